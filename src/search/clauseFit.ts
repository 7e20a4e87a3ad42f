import { causesIn, givesCause, isYearToken } from './answerTypes.js';
import type { AskedFor } from './askedFor.js';
import { countsAsked } from './howMany.js';
import { NUMBER_WORD } from './numberWords.js';
import { sentenceFit } from './sentenceFit.js';
import { type Token, termsOf, tokenize } from './text.js';

// Checks of what a clause of a sentence gives, beyond the sentence's words: that a cause explains what the question
// asks about, and that a value or a cause is of the year the question asks about.

/**
 * Whether the text gives a cause of what the question asks about: a verb of causing ("caused", "triggered"), or a
 * connective ("because", "after") that follows what it explains, with at least as many of the question's words before
 * it as after it, and one at least: "replacing the tiles … after a pulse in June 2024 damaged 212 of them" says why the
 * tiles were replaced, not why the pulse damaged them. Measured on 104 stories: +5 declined, nothing lost (+6 with
 * verbs of causing held to the same order, which "a faulty cable caused the fire" does not keep).
 */
export function causeAfter(text: string, stems: ReadonlySet<string>): boolean {
  const causes = causesIn(text);
  if (causes.length === 0 || causes.some((c) => c.verb)) return true;
  const tokens = tokenize(text);
  const holds = (t: Token) => termsOf(t).some((term) => stems.has(term));
  return causes.some(({ at }) => {
    const before = tokens.filter((t) => t.start < at && holds(t)).length;
    return before > 0 && before >= tokens.filter((t) => t.start > at && holds(t)).length;
  });
}

// Where a sentence's clauses part: ", and", ", while", a semicolon.
const CLAUSE_BREAK = /,\s+(?:and|while|but|whereas)\b|;/i;
const THAT_YEAR = /\b(?:that|the same) year\b/i;

/**
 * Whether the text gives a value (a number that is no year, in figures or words; of what "how many" counts, when it
 * asks) or, for "why", a word of causing, in a clause with one of the years the question gives, when the text gives
 * two years or more: "in 1987 a landslide killed 11 people, and in 2018 floods caused damage of 140 million euros"
 * gives no count of 2018's dead; "the outflow peaked in 2012, when 31,800 people left" no count of 2004's census. A
 * clause that says "that year" is also of the years of the clause before it. Measured on 114 stories: +5 declined,
 * nothing lost (by the nearest year instead of the clause: +3 −3, "zero by 2030, and that 30% of the fuel … by 2035").
 * Nor, whatever its years, does a sentence whose only mention of the year asked is after "since" (_their lowest level
 * since March 2023_ for "how much did the shares fall in March 2023"), unless the question says "since" too: +7
 * declined on 128 stories, nothing lost.
 */
export function saysOfYear(text: string, asked: AskedFor): boolean {
  const years = asked.years ?? [];
  const yearsSaid = new Set(tokenize(text).flatMap((t) => (isYearToken(t) ? [t.surface] : [])));
  // "Shares fell 7.2%, their lowest level since March 2023": a year after "since" dates no value, unless a "when"
  // clause tells what happened then.
  const asOf = years.filter((y) => yearsSaid.has(y) && !asked.yearsSince?.includes(y));
  if (asOf.length > 0 && asOf.every((y) => namedOnlySince(text, y))) return false;
  // "How many times was the bridge hit before 2021" is not answered by _struck only twice since 2021, when …_.
  if (asked.yearsBefore?.some((y) => yearsSaid.has(y) && namedOnlyAfter(text, y))) return false;
  if (yearsSaid.size < 2) return true;
  const isValue = (t: Token) => (t.isNumber && !isYearToken(t)) || NUMBER_WORD.test(t.folded);
  let before: readonly string[] = [];
  return text.split(CLAUSE_BREAK).some((clause) => {
    const tokens = tokenize(clause);
    const own = tokens.filter(isYearToken).map((t) => t.surface);
    const clauseYears = THAT_YEAR.test(clause) ? [...own, ...before] : own;
    before = clauseYears;
    if (!clauseYears.some((y) => years.includes(y))) return false;
    if (asked.causeOf) return givesCause(clause);
    return tokens.some(isValue) && countsAsked(sentenceFit(tokens, clause), asked);
  });
}

// The date's words before a year: "March", "early", "Nov. 14,".
const DATE_BEFORE_YEAR = String.raw`(?:(?:early|late|mid-?)\s*)?(?:\p{L}+\.?\s+)?(?:\d{1,2},?\s+)?$`;
// A year after "before" ("before 2021", "before March 2021").
const BEFORE_YEAR = new RegExp(String.raw`\b(?:before|until|till|prior\s+to)\s+${DATE_BEFORE_YEAR}`, 'iu');
// A year after "since", "after" or "from".
const AFTER_YEAR = new RegExp(String.raw`\b(?:since|after|from)\s+${DATE_BEFORE_YEAR}`, 'iu');

/** Whether every mention of the word in the text is after "before" ("how many were there before 2021"). */
export function namedOnlyBefore(text: string, word: string): boolean {
  return everyMentionAfter(text, word, BEFORE_YEAR);
}

/** Whether every mention of the word in the text is after "since", "after" or "from" (a "when" clause or not). */
function namedOnlyAfter(text: string, word: string): boolean {
  return everyMentionAfter(text, word, AFTER_YEAR);
}

/**
 * Whether every mention of the word in the text has `before` in the 30 characters before it, and no `unlessAfter`
 * right after it.
 */
function everyMentionAfter(text: string, word: string, before: RegExp, unlessAfter?: RegExp): boolean {
  const at = [...text.matchAll(new RegExp(`\\b${word}\\b`, 'giu'))].map((m) => m.index ?? 0);
  return (
    at.length > 0 &&
    at.every(
      (i) =>
        before.test(text.slice(Math.max(0, i - 30), i)) &&
        !(unlessAfter?.test(text.slice(i + word.length)) ?? false),
    )
  );
}

// "since 2016", "since March 2023", "since early 2021", "since Nov. 14, 2024".
const SINCE_BEFORE = new RegExp(String.raw`\bsince\s+${DATE_BEFORE_YEAR}`, 'iu');
// The rest of a date after its month or day, then "when": "since June 2019, when 45,200 people were on the list",
// "since March last year, when 10,300 people were waiting".
const WHEN_AFTER_DATE =
  /^\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?(?:(?:1[89]|20)\d\d|(?:last|this)\s+year)?\s*,?\s*when\b/i;

/**
 * Whether the text names the word (a year, a day or a month the question asks about) only after "since", with no
 * "when" clause after it: "have fallen 31% since June 12 and closed at 17.85 euros" gives no close of June 12.
 */
export function namedOnlySince(text: string, word: string): boolean {
  return everyMentionAfter(text, word, SINCE_BEFORE, WHEN_AFTER_DATE);
}
