/**
 * "Which" questions: "which country" asks for a place named, "which airports" for the things themselves, named,
 * not only counted.
 */

import { isPlaceNoun } from '../lexicon/wordKinds.js';
import { likelySpelling } from './english.js';
import type { SentenceDoc } from './sentenceIndex.js';
import type { ResolvedTerm } from './vocabulary.js';

// "which country", "what countries", "which city": places, named ("which year" names a date; "what" only with a
// plural: "what peak sales" asks no name).
const WHICH_KIND = /^\W*(?:which\s+([\p{L}-]+)|what\s+([\p{L}-]+s))\s+(?!of\b)/iu;

/**
 * The noun of "which country / what countries …" when it is a kind of place (WordNet): the kind of name asked for,
 * which the answer gives ("from Greece, Italy and Cyprus") rather than writes.
 */
export function kindOfName(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const which = WHICH_KIND.exec(question);
  const noun = which?.[1] ?? which?.[2];
  if (!which || !noun) return undefined;
  const at = which.index + which[0].indexOf(noun);
  // A misspelt kind ("what contries") is the word it most likely misspells.
  const isKind = (folded: string) => isPlaceNoun(folded) || isPlaceNoun(likelySpelling(folded));
  return terms.find((t) => t.token.start === at && isKind(t.token.folded));
}

// "which airports", "which four contracts", "which four Stavomont contracts": the first plural after "which / what",
// past a number or a modifier or two (not a verb: "what does …", "what is …").
const WHICH_THINGS =
  /^\W*(?:which|what)\s+(?!(?:is|was|are|were|does|do|did|has|have|had|will|would|can|could)\b)(?:[\p{L}\d-]+\s+){0,2}?(?!(?:is|was|does|has|his|its|this)\b)([\p{L}-]+s)\b/iu;

/** The plural of "which airports …", the things to be named; undefined when the question asks no such thing. */
export function thingsAsked(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const which = WHICH_THINGS.exec(question);
  return which
    ? terms.find((t) => t.token.start === which.index + which[0].length - (which[1]?.length ?? 0))
    : undefined;
}

/** Whether every time the sentence writes the stem, it counts it ("slots at 17 European airports"): it names none. */
export function onlyCounted(doc: SentenceDoc, stem: string): boolean {
  const times = occurrences(doc.terms, stem);
  return times > 0 && times === occurrences(doc.fit.counted, stem);
}

/** How many times a stem occurs in space-padded index terms. */
function occurrences(terms: string, stem: string): number {
  return terms.split(' ').filter((s) => s === stem).length;
}
