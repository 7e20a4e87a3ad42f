import { MONTHS, WEEKDAYS } from '../article/calendar.js';
import type { Article } from '../article/types.js';
import { clip } from '../search/text.js';
import {
  addDays,
  type Direction,
  dayYear,
  isoDay,
  isoMonth,
  monthIndex,
  parseIso,
  resolveMonthYear,
  resolveWeekday,
  validDay,
  weekdayIndex,
} from './dates.js';
import { REPORTING_VERBS } from './mentions.js';
import { lexiconTags } from './text.js';

/** A dated event of the story, resolved against the publication date. */
export interface TimelineEvent {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the wording allows. */
  date: string;
  /** Last day of a span ("the night from Wednesday to Thursday"). */
  end?: string;
  /** True when the resolution is a reading of vague wording ("earlier in the day", "two years ago"). */
  approximate?: boolean;
  /** The article's own phrase: "on Thursday", "last year", "next November". */
  wording: string;
  /** The sentence holding it, clipped. */
  text: string;
  paragraph: number;
  sentence: number;
}

type Resolved = Pick<TimelineEvent, 'date' | 'end' | 'approximate'>;

interface Rule {
  re: RegExp;
  /** Resolves a match; `ref` is undefined when the article has no publication date. */
  resolve(m: RegExpMatchArray, ref: Date | undefined, future: boolean): Resolved | null;
}

const MONTH = `(?:${MONTHS.map((m) => `${m}|${m.slice(0, 3)}\\.?`).join('|')}|sept\\.?)`;
const WD = `(?:${WEEKDAYS.join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[5-9]|20)\\d{2})(?!\\d)';
const PART = '(?:morning|afternoon|evening|night)';
const NUMBER_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Future tense: a plain weekday or month in such a sentence points forward ("talks will resume on Friday"). */
const FUTURE_CUE =
  /\b(?:will|shall|is due|are due|is set to|are set to|is scheduled|are scheduled|plans? to|is expected to|are expected to|upcoming)\b/iu;

/**
 * Whether the date at `start` reads forward: the sentence is in the future tense and the date is not tied to a past
 * verb written just before it ("said on Friday that talks will resume" is still last Friday).
 */
function readsForward(text: string, start: number): boolean {
  if (!FUTURE_CUE.test(text)) return false;
  const before = /([\p{L}’']+)[\s,]*(?:on|in|last|this)?\s*$/u.exec(text.slice(0, start))?.[1] ?? '';
  const tags = lexiconTags(before);
  return !(tags.includes('PastTense') || /ed$/u.test(before) || REPORTING_VERBS.has(before.toLowerCase()));
}

const dirOf = (word: string | undefined, future: boolean): Direction => {
  const w = (word ?? '').toLowerCase();
  if (w === 'next' || w === 'this coming') return 'next';
  if (w === 'last') return 'last';
  return future ? 'future' : 'past';
};

const ymd = (y: number, m0: number, d: number): Resolved | null =>
  validDay(y, m0, d) ? { date: isoDay(new Date(Date.UTC(y, m0, d))) } : null;

/** Rules in priority order: a span taken by an earlier rule is not matched again. */
const RULES: Rule[] = [
  {
    // "during the night from Wednesday to Thursday", "between Monday and Tuesday"
    re: new RegExp(
      `(?:(?:during|in|over|on)\\s+)?(?:the\\s+${PART}\\s+)?(?:from|between)\\s+(${WD})\\s+(?:to|and|into)\\s+(${WD})`,
      'giu',
    ),
    resolve: (m, ref, future) => {
      if (!ref) return null;
      const start = resolveWeekday(ref, weekdayIndex(m[1] ?? ''), future ? 'future' : 'past');
      const end = resolveWeekday(start, weekdayIndex(m[2] ?? ''), 'future');
      return { date: isoDay(start), end: isoDay(end) };
    },
  },
  {
    // "on April 4, 1949", "February 24, 2022", "(Thursday,) March 3rd 2023"
    re: new RegExp(
      `(?:(?:on|since|until|by|from)\\s+)?(?:${WD},?\\s+)?(${MONTH})\\s+${DAY},?\\s+${YEAR}`,
      'giu',
    ),
    resolve: (m) => ymd(Number(m[3]), monthIndex(m[1] ?? ''), Number(m[2])),
  },
  {
    // "on 4 April 1949"
    re: new RegExp(`(?:(?:on|since|until|by|from)\\s+)?${DAY}\\s+(${MONTH})\\s+${YEAR}`, 'giu'),
    resolve: (m) => ymd(Number(m[3]), monthIndex(m[2] ?? ''), Number(m[1])),
  },
  {
    // "in February 2022"
    re: new RegExp(`(?:(?:in|since|until|by|from|during)\\s+)?(${MONTH})\\s+(?:of\\s+)?${YEAR}`, 'giu'),
    resolve: (m) => ({ date: isoMonth(Number(m[2]), monthIndex(m[1] ?? '')) }),
  },
  {
    // "on March 3": the last such day, or the coming one in a future-tense sentence
    re: new RegExp(`(?:(?:on|since|until|by|from)\\s+)?(${MONTH})\\s+${DAY}(?![\\d,]*\\s*\\d)`, 'giu'),
    resolve: (m, ref, future) => {
      if (!ref) return null;
      const month0 = monthIndex(m[1] ?? '');
      const day = Number(m[2]);
      return ymd(dayYear(ref, month0, day, future), month0, day);
    },
  },
  {
    // "next November", "last March", "in February" (a bare "May" needs its preposition: it is also a verb)
    re: new RegExp(
      `(?:(next|last|this coming|this)|in|since|until|by|from|during|early|late|mid-?)\\s+(${MONTH})(?![\\p{L}])`,
      'giu',
    ),
    resolve: (m, ref, future) => {
      if (!ref) return null;
      const month0 = monthIndex(m[2] ?? '');
      const dir = (m[1] ?? '').toLowerCase() === 'this' ? 'future' : dirOf(m[1], future);
      const year =
        (m[1] ?? '').toLowerCase() === 'this' ? ref.getUTCFullYear() : resolveMonthYear(ref, month0, dir);
      return {
        date: isoMonth(year, month0),
        ...(m[1] ? {} : { approximate: !future && month0 > ref.getUTCMonth() }),
      };
    },
  },
  {
    // "last year", "earlier this year", "next month", "this week"
    re: /(?:(earlier|later|early|late)\s+)?(this|last|next)\s+(year|month|week)\b/giu,
    resolve: (m, ref) => {
      if (!ref) return null;
      const step = { this: 0, last: -1, next: 1 }[(m[2] ?? 'this').toLowerCase() as 'this' | 'last' | 'next'];
      const unit = (m[3] ?? '').toLowerCase();
      if (unit === 'year') return { date: String(ref.getUTCFullYear() + step) };
      if (unit === 'month') {
        const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + step, 1));
        return { date: isoMonth(d.getUTCFullYear(), d.getUTCMonth()) };
      }
      return { date: isoDay(addDays(ref, 7 * step)), approximate: true };
    },
  },
  {
    // "two years ago", "a month ago"
    re: new RegExp(`\\b(\\d+|${NUMBER_WORDS.join('|')})\\s+(year|month|week|day)s?\\s+ago\\b`, 'giu'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const raw = (m[1] ?? '').toLowerCase();
      const n = /\d/.test(raw) ? Number(raw) : Math.max(1, NUMBER_WORDS.indexOf(raw));
      const unit = (m[2] ?? '').toLowerCase();
      if (unit === 'year') return { date: String(ref.getUTCFullYear() - n), approximate: true };
      if (unit === 'month') {
        const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - n, 1));
        return { date: isoMonth(d.getUTCFullYear(), d.getUTCMonth()), approximate: true };
      }
      return { date: isoDay(addDays(ref, -n * (unit === 'week' ? 7 : 1))), approximate: true };
    },
  },
  {
    // "yesterday", "earlier in the day", "this morning": the story's own day
    re: new RegExp(
      `\\b(?:(yesterday|today|tomorrow|tonight)|(?:earlier|later)\\s+(?:in\\s+the\\s+day|today)|this\\s+${PART})\\b`,
      'giu',
    ),
    resolve: (m, ref) => {
      if (!ref) return null;
      const shift = { yesterday: -1, tomorrow: 1 }[(m[1] ?? '').toLowerCase()] ?? 0;
      return { date: isoDay(addDays(ref, shift)), ...(m[1] ? {} : { approximate: true }) };
    },
  },
  {
    // "on Thursday", "last Friday", "next Monday morning"
    re: new RegExp(`(?:(on|last|next|this|since|by|until|from)\\s+)?(${WD})(?:\\s+${PART})?\\b`, 'giu'),
    resolve: (m, ref, future) => {
      if (!ref) return null;
      return {
        date: isoDay(resolveWeekday(ref, weekdayIndex(m[2] ?? ''), dirOf(m[1], future))),
      };
    },
  },
  {
    // "from 2010 to 2014"
    re: new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s*(?:to|and|until|–|-)\\s*${YEAR}`, 'giu'),
    resolve: (m) => ({ date: m[1] ?? '', end: m[2] ?? '' }),
  },
  {
    // "in the spring of 2023", "summer 2021": the year, approximately
    re: new RegExp(
      `(?:in\\s+)?(?:the\\s+)?(?:early\\s+|late\\s+)?(?:spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR}`,
      'giu',
    ),
    resolve: (m) => ({ date: m[1] ?? '', approximate: true }),
  },
  {
    // "in 2022", "since 1949": a year needs its preposition so numbers ("2,000 troops") are not read as dates
    re: new RegExp(
      `\\b(?:in|since|until|by|from|during|before|after)\\s+(?:early\\s+|late\\s+|mid-)?${YEAR}\\b`,
      'giu',
    ),
    resolve: (m) => ({ date: m[1] ?? '' }),
  },
];

/** Month and weekday names are capitalised in English: "march" and "may" are verbs. */
const NAME_WORDS = new RegExp(`\\b(${MONTH}|${WD})(?![\\p{L}])`, 'giu');
function namesCapitalised(wording: string): boolean {
  return [...wording.matchAll(NAME_WORDS)].every((m) => /^\p{Lu}/u.test(m[1] ?? ''));
}

/** Dated phrases of one sentence, each span read by the first rule that matches it. */
export function sentenceDates(
  text: string,
  ref: Date | undefined,
): (Resolved & { wording: string; at: number })[] {
  const taken: [number, number][] = [];
  const out: (Resolved & { wording: string; at: number })[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a) || !namesCapitalised(m[0])) continue;
      const future = readsForward(text, start);
      const resolved = rule.resolve(m, ref, future);
      if (!resolved?.date) continue;
      taken.push([start, end]);
      out.push({ ...resolved, wording: m[0].trim(), at: start });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The story's dated events in chronological order (ties in reading order). Relative wording ("on Thursday",
 * "last year") needs `article.published`; without it only dates that carry their own year are kept.
 */
export function timeline(article: Article): TimelineEvent[] {
  const ref = parseIso(article.published);
  const events: TimelineEvent[] = [];
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      for (const d of sentenceDates(s.text, ref)) {
        const event: TimelineEvent = {
          date: d.date,
          wording: d.wording,
          text: clip(s.text, 240),
          paragraph: p.n,
          sentence: s.index,
        };
        if (d.end) event.end = d.end;
        if (d.approximate) event.approximate = true;
        events.push(event);
      }
    }
  }
  // Stable sort: "2024" before "2024-04"; equal dates keep reading order.
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
