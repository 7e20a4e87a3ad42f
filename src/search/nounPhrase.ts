import { isMostlyVerb, isPastVerbOnly } from '../lexicon/wordKinds.js';
import { likelySpelling } from './english.js';
import { NUMBER_WORD } from './numberWords.js';
import { textBetween } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

/**
 * The noun a phrase ends in, from a position: the last of the words that follow one after the other, past a number
 * ("the other two closed schools": schools), up to a verb ("trawlers blocked": trawlers) or a small word.
 */
export function nounAfter(
  question: string,
  terms: readonly ResolvedTerm[],
  from: number,
): ResolvedTerm | undefined {
  const following = terms.filter(
    (t) => t.token.start >= from && !t.token.isNumber && !NUMBER_WORD.test(t.token.folded),
  );
  let head = following[0];
  for (const next of following.slice(1)) {
    const between = head ? textBetween(question, head.token, next.token) : '';
    // A misspelt past form is judged as the word it most likely misspells ("volunterred": volunteered).
    const { folded } = next.token;
    const past = isPastVerbOnly(folded) || isPastVerbOnly(likelySpelling(folded));
    if (!/^[\s-]*$/.test(between) || isMostlyVerb(folded) || past) break;
    head = next;
  }
  return head;
}
