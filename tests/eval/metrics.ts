import { contains, type Kind, type Question, type Split } from './questions.js';
import type { Hit, Ranked } from './systems.js';

/** What happened to one question in one system. */
export interface Outcome {
  question: Question;
  abstained: boolean;
  /** 1-based rank of the first excerpt containing `expect` (null: none in the top 5, abstained, or unanswerable). */
  rank: number | null;
  top: Hit | undefined;
}

export function judge(question: Question, ranked: Ranked): Outcome {
  const abstained = !ranked.answered || ranked.hits.length === 0;
  const hits = abstained ? [] : ranked.hits;
  let rank: number | null = null;
  if (question.expect !== null) {
    const expect = question.expect;
    const i = hits.findIndex((h) => contains(h.text, expect));
    rank = i >= 0 ? i + 1 : null;
  }
  return { question, abstained, rank, top: hits[0] };
}

/** Figures for a group of outcomes; a rate is null when the group has no question it applies to. */
export interface Figures {
  answerable: number;
  unanswerable: number;
  hit1: number | null;
  hit3: number | null;
  mrr5: number | null;
  falseAbstention: number | null;
  abstention: number | null;
}

const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);

export function figures(outcomes: readonly Outcome[]): Figures {
  const ans = outcomes.filter((o) => o.question.expect !== null);
  const unans = outcomes.filter((o) => o.question.expect === null);
  const within = (k: number) => ans.filter((o) => o.rank !== null && o.rank <= k).length;
  const rr = ans.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0);
  return {
    answerable: ans.length,
    unanswerable: unans.length,
    hit1: rate(within(1), ans.length),
    hit3: rate(within(3), ans.length),
    mrr5: rate(rr, ans.length),
    falseAbstention: rate(ans.filter((o) => o.abstained).length, ans.length),
    abstention: rate(unans.filter((o) => o.abstained).length, unans.length),
  };
}

/** A question failed when its answer is not the top excerpt, or when an unanswerable one got an answer. */
export function failed(o: Outcome): boolean {
  return o.question.expect === null ? !o.abstained : o.rank !== 1;
}

export const TARGETS = { hit1: 0.95, hit3: 0.98, abstention: 0.9, falseAbstention: 0.03 } as const;

export type Group = Kind | 'answerable' | 'overall';
export type SplitFilter = Split | 'all';

export function select(outcomes: readonly Outcome[], split: SplitFilter, group: Group): Outcome[] {
  return outcomes.filter(
    (o) =>
      (split === 'all' || o.question.split === split) &&
      (group === 'overall' ||
        (group === 'answerable' ? o.question.expect !== null : o.question.kind === group)),
  );
}
