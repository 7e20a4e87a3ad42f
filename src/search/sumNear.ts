/** Whether the sum a question asks for stands beside what the question names. */

import { remembered } from '../remembered.js';
import { moneyAt } from './answerTypes.js';
import { type Token, termsOf, tokenize } from './text.js';

/**
 * How far (in words) a sum of money may stand from a word the question names. A sentence gives many sums, and one
 * far from every word of the question is someone else's: "paid 87 euros in the end after adding a seat next to her
 * four-year-old son and one checked bag" does not say what a checked bag costs. Measured on 69 stories, both ways:
 * within 16 words, 5 more unanswerable questions declined and no answer lost (14: +6 −0; 12: +6 −2; 10: +10 −3; 20:
 * +1), so 16 keeps a margin from where answers start to be lost.
 */
export const SUM_REACH = 16;

// Sentences whose sums are remembered (see `sumsIn`).
const REMEMBERED_TEXTS = 10_000;

/** Whether a sum of money in the text stands within `reach` words of a word holding one of the stems. */
export function sumNear(text: string, stems: ReadonlySet<string>, reach = SUM_REACH): boolean {
  const { tokens, sums } = sumsIn(text);
  return sums.some(({ token }) =>
    tokens
      .slice(Math.max(0, token - reach), token + reach + 1)
      .some((t) => termsOf(t).some((term) => stems.has(term))),
  );
}

/** Where a sum of money stands in a text: where its currency sign or name ends, and the index of the token there. */
export interface SumAt {
  at: number;
  /** The currency name's token, or the number after a sign (a sign is no token). */
  token: number;
}

/**
 * A text's tokens and its sums of money, read once: a "how much" question judges each candidate's sums twice, for
 * its reach (`sumNear`) and for whether it gives a new one (`newValue.ts`).
 */
export const sumsIn = remembered((text: string): { tokens: readonly Token[]; sums: readonly SumAt[] } => {
  const tokens = tokenize(text);
  const sums = moneyAt(text).map((at) => {
    const i = tokens.findIndex((t) => t.start + t.surface.length > at);
    return { at, token: i < 0 ? tokens.length : i };
  });
  return { tokens, sums };
}, REMEMBERED_TEXTS);
