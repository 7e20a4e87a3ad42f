/**
 * Whether a sentence is about another kind of the thing a question asks of: "what is Norway's mackerel quota this
 * year" is not answered by _Norway's herring quota was cut by 36% to 290,000 tonnes_, nor "what is the women's course
 * record" by _the men's course record of 2:07:14_.
 */

import { areSiblingKinds, isMostlyNoun } from '../lexicon/wordKinds.js';
import { isStopWord, type Token, textBetween, tokenize } from './text.js';

/** A noun of the question and the noun the question writes right before it, naming its kind ("mackerel quota"). */
export interface KindOfNoun {
  kind: Token;
  noun: Token;
}

/** The question's nouns written right after another noun (`KindOfNoun`), read once per question. */
export function kindsAsked(question: string, questionTokens: readonly Token[]): KindOfNoun[] {
  return questionTokens.flatMap((kind, i) => {
    const noun = questionTokens[i + 1];
    return noun &&
      describes(kind) &&
      describes(noun) &&
      isMostlyNoun(kind.folded) &&
      isMostlyNoun(noun.folded) &&
      textBetween(question, kind, noun) === ' '
      ? [{ kind, noun }]
      : [];
  });
}

/**
 * Whether the sentence writes, right before a noun the question writes after its kind (`kindsAsked`), a sibling kind
 * (see `areSiblingKinds`) of that word, and not that word itself.
 */
export function namesOtherKind(kinds: readonly KindOfNoun[], sentence: string): boolean {
  if (kinds.length === 0) return false;
  const tokens = tokenize(sentence);
  return kinds.some(
    ({ kind, noun }) =>
      !tokens.some((t) => t.stem === kind.stem) &&
      tokens.some((t, j) => {
        const before = tokens[j - 1];
        return (
          before !== undefined &&
          t.stem === noun.stem &&
          textBetween(sentence, before, t) === ' ' &&
          describes(before) &&
          isMostlyNoun(before.folded) &&
          areSiblingKinds(kind.folded, before.folded)
        );
      }),
  );
}

const describes = (t: Token) => !t.isNumber && !isStopWord(t.folded);
