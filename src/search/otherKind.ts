/**
 * Whether a sentence is about another kind of the thing a question asks of: "what is Norway's mackerel quota this
 * year" is not answered by _Norway's herring quota was cut by 36% to 290,000 tonnes_, nor "what is the women's course
 * record" by _the men's course record of 2:07:14_.
 */

import { areSiblingKinds, isMostlyNoun } from '../lexicon/wordKinds.js';
import { isStopWord, type Token, textBetween, tokenize } from './text.js';

/**
 * Whether the sentence writes, right before a noun the question writes, a sibling kind (see `areSiblingKinds`) of the
 * word the question writes right before it, and not that word itself.
 */
export function namesOtherKind(
  question: string,
  questionTokens: readonly Token[],
  sentence: string,
): boolean {
  let tokens: Token[] | undefined;
  for (let i = 0; i + 1 < questionTokens.length; i++) {
    const kind = questionTokens[i] as Token;
    const noun = questionTokens[i + 1] as Token;
    if (
      !describes(kind) ||
      !describes(noun) ||
      !isMostlyNoun(kind.folded) ||
      !isMostlyNoun(noun.folded) ||
      textBetween(question, kind, noun) !== ' '
    )
      continue;
    tokens ??= tokenize(sentence);
    if (tokens.some((t) => t.stem === kind.stem)) continue;
    for (let j = 1; j < tokens.length; j++) {
      const before = tokens[j - 1] as Token;
      if (
        (tokens[j] as Token).stem === noun.stem &&
        textBetween(sentence, before, tokens[j] as Token) === ' ' &&
        describes(before) &&
        isMostlyNoun(before.folded) &&
        areSiblingKinds(kind.folded, before.folded)
      )
        return true;
    }
  }
  return false;
}

const describes = (t: Token) => !t.isNumber && !isStopWord(t.folded);
