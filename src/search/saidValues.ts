import { WEEKDAYS } from '../article/calendar.js';
import { digitsOfNumberWord, SMALL_NUMBERS } from './numberWords.js';
import { stem, termsOf, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// Values a question gives or asks in words, which a sentence must say: a number word joined to a noun ("a one-bedroom
// flat"), a span up to now ("how long has X been …"), a population ("how many people live in X") and a time counted
// from now ("this year") or an ordinal ("its third day").

// "A one-bedroom flat", "the two-day strike": a number word joined to a noun.
const NUMBER_JOINED = new RegExp(`\\b(${SMALL_NUMBERS})-(\\p{L}+)`, 'giu');

/**
 * The number words the question joins to a noun, each as the pattern of that number, as a word or in figures, joined
 * to that noun ("two-bedroom", "2-bedroom"): numbers the sentence must give, as a number in figures is (+1 declined,
 * nothing lost).
 */
export function numbersJoinedIn(question: string): RegExp[] {
  return [...question.matchAll(NUMBER_JOINED)].map((m) => {
    const word = (m[1] ?? '').toLowerCase();
    const digits = digitsOfNumberWord(word) ?? (word === 'one' ? '1' : undefined);
    const number = digits ? `(?:${word}|(?<![\\d,.])${digits})` : word;
    return new RegExp(`\\b${number}[\\s-]+${(m[2] ?? '').toLowerCase()}`, 'i');
  });
}

// "How long has Berezin been education minister": a span up to now ("has … got to" asks a time left).
const HOW_LONG_SO_FAR = /^\W*how\s+long\s+(?:has|have|had)\b(?!.*\bgot\s+to\b)/i;
// Such a span, from its start ("since 2019", "in 2011", "three weeks earlier", "the 87-year-old auction house") or as
// a length ("for 31 years", "for three generations", "delayed by 14 months", "pushed back by up to nine weeks", "with
// 26 years in the cab", "in 22 years in this job", "who has waited 26 months"); "works 60 hours a week", "eight years
// of work" or "in the past two years" is none.
const SPAN_SAID = new RegExp(
  `\\bsince\\b|\\b(?:has|have|had)\\s+(?:been\\s+)?\\p{L}+\\s+(?:(?:more than|almost|nearly|about|around|over|just|only)\\s+)*(?:\\d[\\d,.]*|a|an|half a|${SMALL_NUMBERS})\\s+(?:years?|months?|weeks?|days?|decades?|generations?|century|centuries)\\b(?!\\s+(?:ago|of)\\b)|\\b(?:for|by|with|within)\\s+(?:(?:more than|almost|nearly|about|around|over|just|only|up to|the past|the last)\\s+)*(?:\\d[\\d,.]*|a|an|half a|${SMALL_NUMBERS}|several|many)\\s+(?:consecutive\\s+)?(?:years?|months?|weeks?|days?|hours?|decades?|generations?|century|centuries)\\b|\\bin\\s+(?:\\d+|${SMALL_NUMBERS})\\s+(?:years?|decades?)\\s+(?:in|at|as)\\b|\\d+-year-old\\b|\\b(?:ago|earlier)\\b|\\b(?:in|founded|established|opened|began|started|first)\\s+(?:\\w+\\s+)?(?:1[89]|20)\\d\\d\\b`,
  'iu',
);

/** Whether the question asks "how long has X been …" (+3 declined, nothing lost, when a span is wanted). */
export function asksSpanSoFar(question: string): boolean {
  return HOW_LONG_SO_FAR.test(question);
}

/** Whether the text gives a span up to now. */
export function givesSpan(text: string): boolean {
  return SPAN_SAID.test(text);
}

// "How many people live in Wetterstedt", "how many residents does Dunmoor have" (+1, nothing lost), "what's the
// population of Mirovo", "how big is Grenmoor population wise": a population; not "what share of the population",
// "how much did the population shrink".
const POPULATION_ASKED =
  /\bhow many (?:people|folks|residents|inhabitants)\b.*\b(?:live|lives|living)\b|\bhow many (?:residents|inhabitants)\s+(?:does|do|did)\b.*\bhave\b|^\W*(?:what(?:'s|s|\s+is|\s+was)|how\s+(?:big|large)\s+is)\s+(?:the\s+)?(?:\p{L}+\s+)?population\b|\bpopulation[\s-]?wise\b/iu;
// The verb a question asks a population with, which a population given as a count does not need.
const LIVING = /^(?:live[sd]?|living)$/;
// The people a population counts, as index terms (see `populationAsPeople`).
export const POPULATION_COUNTS: readonly string[] = [stem('people'), stem('inhabitants'), stem('residents')];
// "A town of 28,000": a place's size given as a bare number of people, ended by punctuation or a word that starts
// what follows ("a town of 4,800 with its own bus links"), not by a unit ("an area of 3,000 square kilometres").
export const PLACE_NOUN = String.raw`(?:town|city|village|hamlet|region|country|county|island|municipality|borough|parish|township|commune|canton|province|prefecture|district|community|neighbou?rhood|suburb|estate|port|area|capital|settlement|territory|nation|metropolis|enclave|atoll|archipelago)`;
const ABOUT = String.raw`(?:(?:about|some|around|roughly|nearly|almost|more than|fewer than|just over|just under)\s+)?`;
const PLACE_OF = String.raw`\b${PLACE_NOUN}\s+of\s+${ABOUT}`;
const BARE_PEOPLE = String.raw`(?=\s*[,;:)–—](?:\s|$)|\.(?:\s|$)|\s+(?:whose|which|that|where|with|and|but)\b)`;
// A population as news gives it: people living somewhere, a count of inhabitants or residents, "home to", "houses",
// "a town of 28,000 (people)", "a settlement of about 410 people" (+2 −0 with a settlement, a territory …), with a
// number near; not "about 300 people gathered outside the courthouse", nor residents uncounted ("where roughly four
// in ten residents work in wine"), nor a word of living without a number ("to make way for housing"; +2 with
// population candidates, see answer.ts).
const PLACE_SIZE = String.raw`${PLACE_OF}[\d,.]+(?:\s+(?:million|thousand))?(?:\s+(?:people|inhabitants|residents)\b|${BARE_PEOPLE})`;
const POPULATION_SAID = new RegExp(
  String.raw`\d[^.;\d]{0,40}?\b(?:live[sd]?|living|population|home to)\b|\b(?:live[sd]?|living|population|home to|houses|housing)\b[^.;]{0,40}?\d|[\d,.]+(?:\s+(?:million|thousand))?\s+(?:inhabitants|residents)\b|${PLACE_SIZE}`,
  'i',
);
const COUNT = String.raw`[\d,.]+(?:\s+(?:million|thousand))?`;
// The number of "a town of 28,000" (at its end), which counts the people living there.
const BARE_POPULATION = new RegExp(String.raw`${PLACE_OF}(${COUNT})${BARE_PEOPLE}`, 'gi');
const PLACE_SIZE_SAID = new RegExp(PLACE_SIZE, 'i');

// "Mossgiel, a town of about 3,800 people": the place whose size is given, named right before it.
const SIZED_PLACE = new RegExp(
  String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*),\s+(?:a|an|the)\s+(?:(?!of\b)[\p{L}-]+\s+){0,3}?${PLACE_SIZE}`,
  'gu',
);

/**
 * The names of the places whose size in people the text gives beside them, as index terms: "what is the population of
 * Glasgow" is not answered by _Mossgiel, a town of about 3,800 people some 40 km south of Glasgow_.
 */
export function sizedPlaces(text: string): string[] {
  return [...text.matchAll(SIZED_PLACE)].flatMap((m) => tokenize(m[1] ?? '').flatMap(termsOf));
}

// A population as news states one of a place: "a town of 28,000 (people)", "a population of about 41,000", "Estmar's
// 52,000 residents", "its 9,400 residents", "which has about 410,000 residents", "with about 1,900 residents", "home
// to about 9,800 people"; not "More than 1,400 residents of Tarnfield have signed", nor "300 people gathered".
const PEOPLE = String.raw`(?:(?:permanent|year-round)\s+)?(?:people|inhabitants|residents|citizens)\b`;
const STATED_POPULATION = new RegExp(
  String.raw`${PLACE_SIZE}|\bpopulation\s+of\s+${ABOUT}\d|(?:['’]s|\b(?:its|has|have|had|with|home\s+to))\s+${ABOUT}${COUNT}\s+${PEOPLE}`,
  'i',
);
// Such a population of a place the sentence leaves unnamed, which is then the one its story is about: "the town of
// about 38,000 people", "in a town of 26,000", "the village's population of about 650", "the town's 72,000
// residents", "its 9,400 residents".
const UNNAMED_POPULATION = new RegExp(
  String.raw`\b(?:the|a|an|this|that|our)\s+(?:(?!of\b)[\p{L}-]+\s+){0,2}?${PLACE_SIZE}|\b(?:(?:the\s+)?${PLACE_NOUN}['’]s|its)\s+(?:population\s+of\s+${ABOUT}\d|${ABOUT}${COUNT}\s+${PEOPLE})`,
  'iu',
);

/** Whether the text states a place's population (see `STATED_POPULATION`). */
export function statesPopulation(text: string): boolean {
  return STATED_POPULATION.test(text);
}

/**
 * Whether the text states the population of a place it leaves unnamed ("the town of about 38,000 people"), and of no
 * place it names (_Mossgiel, a town of 3,800_).
 */
export function statesUnnamedPopulation(text: string): boolean {
  return UNNAMED_POPULATION.test(text) && sizedPlaces(text).length === 0;
}

/** Whether the text gives a place's size in people: "a town of 28,000 (people)", "a city of about 1.2 million". */
export function givesPlaceSize(text: string): boolean {
  return PLACE_SIZE_SAID.test(text);
}

/** The text without its places' sizes in people ("a village of about 2,300 people"), which count no one else. */
export function withoutPlaceSizes(text: string): string {
  return text.replace(PLACE_SIZES, '');
}

const PLACE_SIZES = new RegExp(PLACE_SIZE, 'gi');

/** Where the text gives a population as a bare number ("a town of 28,000"): the offsets its numbers start at. */
export function barePopulationsAt(text: string): number[] {
  return [...text.matchAll(BARE_POPULATION)].map((m) => (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0));
}

/**
 * Whether the question asks how many people live somewhere (+3 declined, nothing lost, when it is wanted; asked as
 * "the population" too, +10 −1: the population of another place, _Vestrheim, a town of 26,000 people_, for "what
 * is the population of Gran Canaria", which the sentence names after it).
 */
export function asksPopulation(question: string): boolean {
  return POPULATION_ASKED.test(question);
}

/** Whether the text gives a population. */
export function givesPopulation(text: string): boolean {
  return POPULATION_SAID.test(text);
}

/** A word that places a noun, and the noun: "this year" -> [this, year]; "its third day" -> [third, dai]. */
export type Placing = readonly [string, string];

// "This year", "last season": a time counted from now.
const RELATIVE_TIME = /\b(this|last|next)\s+(year|month|week|season)\b/giu;
// "Its third day", "the first two days": an ordinal and the noun it places ("last" and "final" are left out: "last
// quarter" is a time counted from now).
const ORDINAL_OF =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(\p{L}+)/giu;

function placingsIn(text: string, pattern: RegExp): Placing[] {
  return [...text.matchAll(pattern)].map((m) => [
    (m[1] ?? '').toLowerCase(),
    stem((m[2] ?? '').toLowerCase()),
  ]);
}

/** The times counted from now that the text names ("this year", "last season"), as placings. */
export function relativeTimesIn(text: string): Placing[] {
  return placingsIn(text, RELATIVE_TIME);
}

// "In total", "so far", "altogether": a total, which a value given only as a rate does not give ("costing around 1.2
// million crowns a day" for "how much has the airlift cost in total so far": +3 declined, nothing lost).
const TOTAL_ASKED = /\b(?:in total|altogether|all told|so far|overall|in all|total)\b/i;
const RATE = /\d[^.;]{0,40}?\b(?:a|per|each|every)\s+(?:hour|day|week|month|year)\b/i;
const TOTAL_SAID = /\b(?:total|totalled|totaled|altogether|in all|so far|overall|combined|cumulative)\b/i;

/** Whether "how much / how many" asks a total ("how much has the airlift cost in total so far"). */
export function asksTotal(question: string): boolean {
  return /\bhow (?:much|many)\b/i.test(question) && TOTAL_ASKED.test(question);
}

/** Whether the text gives a value only as a rate ("costing around 1.2 million crowns a day"), with no total. */
export function givesRateOnly(text: string): boolean {
  return RATE.test(text) && !TOTAL_SAID.test(text);
}

// A weekday, "today" or "yesterday": a time of the story's own week.
const OWN_WEEK = new RegExp(`\\b(?:${WEEKDAYS.join('|')}|today|yesterday)\\b`, 'i');

/**
 * Whether the text is dated in the story's own week (a weekday, "today", "yesterday") and names no past time counted
 * from now: "what was the microcystin level last year" is not answered by _samples taken on Sunday showed
 * concentrations of …_ (+5 declined, nothing lost).
 */
export function datedThisWeekOnly(text: string): boolean {
  return OWN_WEEK.test(text) && !relativeTimesIn(text).some(([word]) => word === 'last');
}

/** The ordinals of the text, each with the stem of the noun it places. */
export function ordinalsIn(text: string): Placing[] {
  return placingsIn(text, ORDINAL_OF);
}

/**
 * Whether the sentence places each asked noun as asked, or does not place it at all: "compensation payments reached
 * 1.3 million euros last year" does not say this year's (+4 declined, nothing lost); "11,400 calls in its first two
 * days" does not say its third day's (+2 declined, nothing lost).
 */
export function placesAsAsked(said: readonly Placing[], asked: readonly Placing[]): boolean {
  return asked.every(([word, noun]) => {
    const same = said.filter(([, n]) => n === noun);
    return same.length === 0 || same.some(([w]) => w === word);
  });
}

/**
 * "What's the population of Mirovo" in a story that never writes _population_: the word stands for the people a
 * population counts (_Mirovo, a town of about 11,400 people_), as surely as itself; the sentence must then count them
 * (see `AskedFor.counted`).
 */
export function populationAsPeople(
  terms: ResolvedTerm[],
  question: string,
  has: (stemmed: string) => boolean,
): void {
  if (!asksPopulation(question)) return;
  // "How many people live in Orbeza": _a town of about 28,000 people_ gives it without the verb.
  for (let i = terms.length - 1; i >= 0; i--)
    if (LIVING.test(terms[i]?.token.folded ?? '')) terms.splice(i, 1);
  const people = POPULATION_COUNTS.filter(has);
  if (people.length === 0) return;
  const counts = people.map((s) => ({ stem: s, weight: 1 }));
  terms.forEach((t, i) => {
    // A story may write "population" of something else (_Slovakia's brown bear population_): the people counted
    // still give a town's (+1).
    if (t.token.folded === 'population' && t.via === 'exact')
      terms[i] = { ...t, matches: [...t.matches, ...counts] };
    else if (standsForPeople(t)) terms[i] = { token: t.token, matches: counts, via: 'family' };
  });
}

/** Whether the term is "population" not found as written: read as the people it counts (see `populationAsPeople`). */
export function standsForPeople(t: ResolvedTerm): boolean {
  return t.token.folded === 'population' && t.via !== 'exact';
}
