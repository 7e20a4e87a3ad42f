import { nounAfter } from './nounPhrase.js';
import { type AnswerType, isMeasureNoun } from './query.js';
import type { ResolvedTerm } from './vocabulary.js';

// "What is / was the <noun>", asking a sum, a number or a measure: the noun is what the value is of ("the total
// cost", "Brava's revenue"); not "the name of".
const WHAT_VALUE = /^\W*what(?:'s|s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+/i;
const AMOUNT_TYPES = new Set<AnswerType | null>(['money', 'number', 'measure', 'level']);

/** The noun whose value "what is / was the <noun>" asks, when a value is asked. */
export function valueAsked(
  question: string,
  terms: readonly ResolvedTerm[],
  answerType: AnswerType | null,
): ResolvedTerm | undefined {
  const what = AMOUNT_TYPES.has(answerType) ? WHAT_VALUE.exec(question) : null;
  const noun = what ? nounAfter(question, terms, what[0].length) : undefined;
  // A noun no story has, not even by a relative, is a value none gives ("what was Valdoura's profit" when it gives its
  // revenue): its stems are none, and no sentence answers (+2 declined, nothing lost).
  // "What was the average journey length": the measure is the value, not a noun's ("a journey of 2.7 kilometres").
  // Nor is "the number of customers" the value of a number: it is a count of what follows.
  if (!noun || /^(?:names?|numbers?)$/.test(noun.token.folded) || isMeasureNoun(noun.token.folded))
    return undefined;
  return noun;
}
