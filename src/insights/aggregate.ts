import type { InsightEvent } from './types.js';

export interface InsightsOptions {
  /** Whose events: a guild id, or null for direct messages / the operator. Never mixes guilds. */
  guild: string | null;
  /** Inclusive lower bound (Date, ISO time or YYYY-MM-DD). */
  since?: Date | string;
  /** Exclusive upper bound. */
  until?: Date | string;
  /** How many questions to list in each ranking (default 10). */
  top?: number;
}

export interface QuestionStat {
  /** As last asked (trimmed); the grouping key is `normalizeQuestion` of it. */
  question: string;
  count: number;
  /** How many of those asks were answered. */
  answered: number;
  /** ISO time of the latest ask. */
  lastAsked: string;
}

export interface InsightsReport {
  guild: string | null;
  questions: number;
  answered: number;
  /** answered / questions, or null when nothing was asked. */
  answerRate: number | null;
  /** Distinct (hashed) users who asked. */
  askers: number;
  /** Most asked, by count (ties: most recent first). */
  topQuestions: QuestionStat[];
  /** The gaps: questions whose latest ask found no answer, most asked first. */
  unanswered: QuestionStat[];
  feedback: { helpful: number; notHelpful: number };
}

/** "What's NATO  doing?!" and "whats nato doing" group together: Unicode form, case, whitespace, punctuation. */
export function normalizeQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Aggregates one guild's (or the DMs') events in the time window. Events are expected in time order. */
export function insights(events: readonly InsightEvent[], options: InsightsOptions): InsightsReport {
  const since = toTime(options.since);
  const until = toTime(options.until);
  const top = options.top ?? 10;
  const groups = new Map<string, QuestionStat & { lastAnswered: boolean }>();
  const askers = new Set<string>();
  const report: InsightsReport = {
    guild: options.guild,
    questions: 0,
    answered: 0,
    answerRate: null,
    askers: 0,
    topQuestions: [],
    unanswered: [],
    feedback: { helpful: 0, notHelpful: 0 },
  };

  for (const event of events) {
    if (event.guild !== options.guild) continue;
    const t = Date.parse(event.t);
    if (Number.isNaN(t) || (since !== undefined && t < since) || (until !== undefined && t >= until))
      continue;
    if (event.kind === 'feedback') {
      if (event.helpful === true) report.feedback.helpful++;
      else if (event.helpful === false) report.feedback.notHelpful++;
      continue;
    }
    report.questions++;
    if (event.answered) report.answered++;
    askers.add(event.user);
    const key = normalizeQuestion(event.question);
    if (key === '') continue;
    const group = groups.get(key) ?? {
      question: event.question.trim(),
      count: 0,
      answered: 0,
      lastAsked: event.t,
      lastAnswered: false,
    };
    group.count++;
    if (event.answered) group.answered++;
    if (t >= Date.parse(group.lastAsked)) {
      group.question = event.question.trim();
      group.lastAsked = event.t;
      group.lastAnswered = event.answered;
    }
    groups.set(key, group);
  }

  report.askers = askers.size;
  report.answerRate = report.questions > 0 ? report.answered / report.questions : null;
  const ranked = [...groups.values()].sort(
    (a, b) => b.count - a.count || Date.parse(b.lastAsked) - Date.parse(a.lastAsked),
  );
  const strip = ({ lastAnswered: _, ...stat }: QuestionStat & { lastAnswered: boolean }): QuestionStat =>
    stat;
  report.topQuestions = ranked.slice(0, top).map(strip);
  report.unanswered = ranked
    .filter((g) => !g.lastAnswered)
    .slice(0, top)
    .map(strip);
  return report;
}

function toTime(value: Date | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(t)) throw new RangeError(`not a date: ${String(value)}`);
  return t;
}
