/**
 * A rate the question asks for ("how much do guards earn per month"): "per" is no topic word, but the value must be
 * one for each of the unit it names (_2,600 euros a month_, _monthly_, _2,500 crowns each_), not a total that merely
 * names the unit (_insulation grants for about 2,200 homes_).
 */

import { isListedInAnyForm, isMostlyAdjective, isMostlyNoun } from '../lexicon/wordKinds.js';
import { NUMBER_WORD } from './numberWords.js';
import { type Token, termsOf, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// The unit after "per", perhaps after a word that qualifies it ("per square metre").
const PER = /\bper\s+(?:[\p{L}-]+\s+)?$/iu;

// Words that make a unit a rate's: "a month", "each hive", "every 17 residents".
const RATE_WORDS = new Set(['a', 'an', 'per', 'each', 'every']);
// Words that give a rate of any unit, perhaps the question's in other words: _90 francs per guest_ for "per person",
// _an average of 5,600 pounds_ for "per child".
const RATE_ANY = new Set(['per', 'average', 'averaged', 'averages', 'averaging']);
// How far before the unit a rate's word may stand ("a square metre", "every 17 electric cars").
const RATE_REACH = 3;

// The adjectives and adverbs English writes for a rate of a unit of time (_an hourly rate_, _annual sales_).
const TIME_RATES: Readonly<Record<string, readonly string[]>> = {
  hour: ['hourli'],
  dai: ['daili'],
  night: ['nightli'],
  week: ['weekli'],
  month: ['monthli'],
  year: ['yearli', 'annual'],
};

/** Whether the word is one of English (WordNet's): "per" before a name is a first name ("tell per holmberg"). */
const isEnglish = (word: string) => isListedInAnyForm(word.toLowerCase());

/**
 * Whether the token is the "per" of a rate ("per month"): no word of the topic, which a story writes as _a month_ or
 * _monthly_; not a first name ("per holmberg").
 */
export function isRatePer(text: string, token: Token): boolean {
  if (token.folded !== 'per') return false;
  const unit = /^\s+(\p{L}+)/u.exec(text.slice(token.start + token.surface.length))?.[1];
  return unit !== undefined && isEnglish(unit);
}

// A year just past or now, whose value is one a year (_carried 16.8 million passengers last year_); not a year long
// gone (_born at the zoo in 2017_) nor one to come.
const ONE_YEAR = /\b(?:last|this|the\s+past|the\s+previous)\s+year\b/i;
// A unit of time a value is asked for each of: "how much do they earn an hour", "how many flights a day" (not "than a
// month", "for a week", "a year ago").
const RATE_BEFORE = /(?<!\b(?:than|for|within|after|over|about|under|on)\s+)\b(?:an?|each|every)\s+$/i;
const TIME_UNIT = /^(?:hour|day|night|week|month|year)$/;
const NO_RATE_AFTER = /^\s+(?:ago|earlier|before|later|on|from)\b/i;
const COUNT_ASKED = /\bhow\s+(?:much|many)\b/i;

/** Whether the term is a unit of time "how much / how many" asks a value for each of (see `RATE_BEFORE`). */
function isTimeRateAsked(question: string, t: ResolvedTerm): boolean {
  return (
    TIME_UNIT.test(t.token.folded) &&
    COUNT_ASKED.test(question) &&
    RATE_BEFORE.test(question.slice(0, t.token.start)) &&
    !NO_RATE_AFTER.test(question.slice(t.token.start + t.token.surface.length)) &&
    !qualifiesNext(question, t)
  );
}

/** Whether the word after the term is a noun or an adjective it qualifies ("a night shift", "an hour late"). */
function qualifiesNext(question: string, t: ResolvedTerm): boolean {
  const next = /^\s+(\p{L}+)/u
    .exec(question.slice(t.token.start + t.token.surface.length))?.[1]
    ?.toLowerCase();
  return next !== undefined && (isMostlyNoun(next) || isMostlyAdjective(next));
}

/** The stems of the unit the question asks a rate of ("per month", "an hour": month, hour), unless it is a name. */
export function perUnitAsked(
  question: string,
  terms: readonly ResolvedTerm[],
): ReadonlySet<string> | undefined {
  const unit = terms.find((t) => PER.test(question.slice(0, t.token.start)) || isTimeRateAsked(question, t));
  if (!unit || !isEnglish(unit.token.folded)) return undefined;
  return new Set([unit.token.stem, ...unit.matches.map((m) => m.stem)]);
}

/** Whether the text gives a rate of the unit (see `perUnitAsked`), or a sum for each one ("2,500 crowns each"). */
export function givesRateOf(text: string, unit: ReadonlySet<string>): boolean {
  const tokens = tokenize(text);
  const isUnit = (t: Token) => termsOf(t).some((s) => unit.has(s));
  const timeRates = [...unit].flatMap((s) => TIME_RATES[s] ?? []);
  if (unit.has('year') && ONE_YEAR.test(text)) return true;
  return tokens.some(
    (t, i) =>
      RATE_ANY.has(t.folded) ||
      (isUnit(t) && tokens.slice(Math.max(0, i - RATE_REACH), i).some((b) => RATE_WORDS.has(b.folded))) ||
      timeRates.includes(t.stem) ||
      (t.folded === 'each' && isEachSum(tokens, i)),
  );
}

/** Whether "each" ends a sum or count (_2,500 crowns each_, _five each_). */
function isEachSum(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 2), i).some((t) => t.isNumber || NUMBER_WORD.test(t.folded));
}
