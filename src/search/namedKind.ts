/**
 * A thing the question names by a name and its kind ("ashcombe rowing club"), and whether a sentence names another of
 * that kind instead (_Hensford Rowing Club, founded in 1862, said 11 of its 140 members …_).
 */

import { isDemonym, isKnownPlace } from '../lexicon/namesLexicon.js';
import { isMostlyVerb } from '../lexicon/wordKinds.js';
import { isTimeWord } from './answerTypes.js';
import { commonestFormZipf } from './english.js';
import { isStopWord, type Token, termsOf, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// A word of general English, not a name: its kind's words are these ("rowing club", whichever story capitalises them).
const COMMON_WORD_ZIPF = 3;

/** A name of the stories and the words of its kind written right after it in the question, as resolved. */
export interface NamedKind {
  name: ReadonlySet<string>;
  kind: readonly ReadonlySet<string>[];
}

/**
 * The first name of the stories (see `storyName`) the question writes right before words of general English, with
 * those words: "ashcombe" and "rowing club" of "how many members does ashcombe rowing club have".
 */
export function namedKindAsked(
  question: string,
  terms: readonly ResolvedTerm[],
  storyName: (t: ResolvedTerm) => boolean,
): NamedKind | undefined {
  // The term after the i-th, when it is a word of the kind written right after it.
  const next = (i: number) => {
    const t = terms[i];
    const after = terms[i + 1];
    if (!t || !after || after.via !== 'exact' || !isKindWord(after.token)) return undefined;
    const gap = question.slice(t.token.start + t.token.surface.length, after.token.start);
    return /^\s+$/.test(gap) ? after : undefined;
  };
  for (let i = 0; i < terms.length; i++) {
    const named = terms[i];
    if (!named || named.matches.length === 0 || !storyName(named) || !isPlainName(named)) continue;
    const kind: ResolvedTerm[] = [];
    for (let after = next(i); after; after = next(i + kind.length)) kind.push(after);
    if (kind.length === 0) continue;
    return {
      name: new Set(named.matches.map((m) => m.stem)),
      kind: kind.map((t) => new Set(t.matches.map((m) => m.stem))),
    };
  }
  return undefined;
}

/**
 * Whether the word may say a thing's kind ("rowing club"): a word of general English, not what was done ("irmgard
 * vollmer spend in hospital", "the vex-40 index close down") nor a number.
 */
function isKindWord(token: Token): boolean {
  return (
    !token.isNumber && !isMostlyVerb(token.folded) && commonestFormZipf(token.folded) >= COMMON_WORD_ZIPF
  );
}

/**
 * Whether the question writes the name as a thing's own, not a possessor ("orsini's italian plants"), a people's
 * adjective ("the italian economy" ~ _Italy's economic output_) nor a short form ("eu limits" ~ _European Union
 * limits_).
 */
function isPlainName(t: ResolvedTerm): boolean {
  return !/['’]s$/.test(t.token.surface) && !isDemonym(t.token.folded) && t.token.folded.length > 3;
}

/**
 * Whether the sentence writes another name right before the kind's words (or their last ones): _Hensford Rowing
 * Club_ for "ashcombe rowing club", asked of a sentence without Ashcombe. A place or people the lexicon knows ("the
 * Norwegian rowing club"), a letter of a short form ("a U.S. list price") or a word of time is no such name, nor a
 * sentence's first word that the story does not write as a name (`isName`).
 */
export function namesAnotherOfKind(
  text: string,
  asked: NamedKind,
  isName: (stemmed: string) => boolean,
): boolean {
  const tokens = tokenize(text);
  const has = (i: number, stems: ReadonlySet<string>) => {
    const t = tokens[i];
    return t !== undefined && termsOf(t).some((s) => stems.has(s));
  };
  return tokens.some(
    (t, i) =>
      t.capitalised &&
      !t.isNumber &&
      (i > 0 || isName(t.stem)) &&
      !isStopWord(t.folded) &&
      !isKnownPlace(t.folded) &&
      t.folded.length > 1 &&
      !isTimeWord(t.folded) &&
      !asked.kind.some((stems) => has(i, stems)) &&
      // The kind may be a name's end: "carrow marsh surgery" ~ _Brookfield Surgery_.
      asked.kind.some((_, from) => asked.kind.slice(from).every((stems, k) => has(i + 1 + k, stems))),
  );
}
