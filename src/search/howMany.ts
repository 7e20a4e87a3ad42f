import { nounAfter } from './nounPhrase.js';
import type { ResolvedTerm } from './vocabulary.js';

// What "how many …" counts (what was done to it: see askedVerb.ts).

const COUNTED_NEXT = /^\s+(?:of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?)?$/i;

/**
 * What "how many" counts: the last word of the words that follow it, one after the other, up to a verb or a small
 * word ("how many loyalty programme members had …" counts members, "how many Patriot systems does …" systems).
 */
export function countedTerm(
  question: string,
  terms: readonly ResolvedTerm[],
  after: number,
): ResolvedTerm | undefined {
  const first = terms.find((t) => t.token.start >= after && !t.token.isNumber);
  // "how many were taken to hospital" counts no word of its own: a verb comes first ("how many of the crew" does).
  if (first && !COUNTED_NEXT.test(question.slice(after, first.token.start))) return undefined;
  return nounAfter(question, terms, after);
}
