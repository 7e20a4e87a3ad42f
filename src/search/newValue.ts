/** Whether a sentence gives a value the question does not already give. */

import { remembered } from '../remembered.js';
import { isTimeWord, isYearToken } from './answerTypes.js';
import { AFTER_A_MULTIPLE, isOrdinalCount, NUMBER_WORD } from './numberWords.js';
import { sumsIn } from './sumNear.js';
import { type Token, tokenize } from './text.js';

const SCALE = /^(?:hundred|thousand|million|billion)s?$/;
const FRACTION = /^(?:half|halves|thirds?|quarters?)$/;
// "Twice", "thrice": a count of times ("how many times did he email the director": _emailed … twice_), not a multiple
// ("twice as long", "twice the price").
const TIMES = new Map([
  ['twice', '2'],
  ['thrice', '3'],
]);
const MULTIPLE_NEXT = new RegExp(`^(?:${AFTER_A_MULTIPLE})$`);

/**
 * A value a token gives: a number, in digits or words (by its digits, so "five-day" gives the 5 of "five days"), or,
 * when a date or time is asked, a word that places an event in time ("November", "Monday", "yesterday").
 */
function valueGiven(t: Token, dated: boolean, next?: Token): string | undefined {
  if (t.isNumber) return t.folded;
  if (t.lemma !== undefined && /^\d/.test(t.lemma)) return t.lemma;
  const times = TIMES.get(t.folded);
  if (times !== undefined) return MULTIPLE_NEXT.test(next?.folded ?? '') ? undefined : times;
  if (NUMBER_WORD.test(t.folded) || FRACTION.test(t.folded) || (dated && isTimeWord(t.folded)))
    return t.folded;
  return undefined;
}

/**
 * Whether the sentence gives a value (see `valueGiven`) other than the question's own. A question that names a value
 * asks for another: "how much will each family get from the 2 million euros" is not answered by the sentence that
 * gives only the 2 million euros, nor "what date in November will the five-day strike start" by "a five-day strike in
 * November". A date or time may be given in other words ("next spring", "before the international break"): when one
 * is asked, a sentence with no value at all is left to the other checks. With `money`, only sums count: "how much of
 * the 9.6 billion crowns will the state pay" is not answered by "9.6 billion crowns modernising 23 substations by
 * 2030", whose other numbers are no sums. Nor is a year the other value asked of one the question gives: "how
 * much of the 2.7 million euros went on the lifts" ~ _spent 2.7 million euros … since 2015_ (+1 declined, nothing
 * lost; a question that gives none may ask when something was founded). With `counting` ("how many of the 1,870
 * customers were in Cyprus"), years and sums count for nothing: _between 2016 and 2022 … 41 billion crowns of payments
 * for 1,870 customers_ does not say.
 */
export function givesNewValue(
  sentence: string,
  question: readonly Token[],
  dated: boolean,
  { money = false, counting = false }: { money?: boolean; counting?: boolean } = {},
): boolean {
  const given = new Set(question.flatMap((t, i) => valueGiven(t, dated, question[i + 1]) ?? []));
  // Most questions give no value: any the sentence gives is new, and a date may be given in words.
  if (given.size === 0 && dated) return true;
  const values = money
    ? sumNumbersIn(sentence)
    : dated
      ? valuesIn(sentence).dated
      : counting
        ? countsIn(sentence)
        : valuesIn(sentence)[given.size === 0 ? 'plain' : 'plainButYears'];
  return (dated && values.length === 0) || values.some((value) => !given.has(value));
}

const REMEMBERED_SENTENCES = 10_000;

/**
 * The values of a sentence that may count something: no year, no sum of money (nor its "million"); a place in a
 * series counts it so far (_the fourth case … since 2018_, see `isOrdinalCount`).
 */
const countsIn = remembered((sentence: string): string[] => {
  const sums = new Set(sumNumbersIn(sentence));
  const tokens = tokenize(sentence);
  return tokens.flatMap((t, i) => {
    if (isOrdinalCount(tokens, i)) return [t.folded];
    if (isYearToken(t) || (SCALE.test(t.folded) && tokens[i - 1]?.isNumber)) return [];
    const value = valueGiven(t, false, tokens[i + 1]);
    return value === undefined || sums.has(value) ? [] : [value];
  });
}, REMEMBERED_SENTENCES);

// A sentence's values, read once, with and without words of time (and years): a story's sentences are judged for many
// questions.
const valuesIn = remembered((sentence: string) => {
  const tokens = tokenize(sentence);
  const values = (dated: boolean) => tokens.flatMap((t, i) => valueGiven(t, dated, tokens[i + 1]) ?? []);
  const years = new Set(tokens.filter(isYearToken).map((t) => t.folded));
  const plain = values(false);
  return { plain, plainButYears: plain.filter((v) => !years.has(v)), dated: values(true) };
}, REMEMBERED_SENTENCES);

// How many words before a currency's name its number may stand ("10 million Danish crowns").
const SUM_WORDS = 3;

/** The numbers of a sentence's sums of money: before a currency's name, or after its sign ("$1.05 billion"). */
function sumNumbersIn(sentence: string): string[] {
  const { tokens, sums } = sumsIn(sentence);
  return sums.flatMap(({ at, token }) => {
    const sign = /[$€£¥₹]/.test(sentence[at] ?? '');
    const near = sign
      ? tokens.slice(token, token + 1)
      : tokens.slice(Math.max(0, token - SUM_WORDS), token + 1);
    const numbers = near.filter((t) => t.isNumber).map((t) => t.folded);
    // A sum in words ("tens of billions of dollars") is a value no question gives in digits.
    return numbers.length > 0 ? numbers : [`a sum at ${at}`];
  });
}
