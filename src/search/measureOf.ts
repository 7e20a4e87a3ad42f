/**
 * "How long is the canal", "how many pages is the report", "how old is the orchestra": a measure asked of a thing,
 * which a sentence often gives joined to the thing itself ("the 96-kilometre canal", "The 412-page report", "a
 * six-year contract", "a 48-hour strike", "the 131-year-old orchestra") without the question's other words; and
 * "how much is a ticket": a price asked of a thing, which a story must name.
 */

import lemmatizer from 'wink-lemmatizer';
import { isMostlyVerb, isPlaceNoun, isThingNoun, isVerbInSomeSense } from '../lexicon/wordKinds.js';
import { areAdjacent, nounAfter } from './nounPhrase.js';
import { SMALL_NUMBERS } from './numberWords.js';
import type { Candidate, SentenceIndex } from './sentenceIndex.js';
import { isLastWord, termsOf, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// "How long / big / tall … is / was / will … the X", "how many pages is the X": not "how long did the ban last",
// which asks how long something went on.
const MEASURE_OF =
  /^\W*how\s+(?:(?:long|big|large|tall|high|wide|deep|heavy|far|old)|many\s+\p{L}+)\s+(is|was|are|were|will)\s+/iu;

const RELATIVE = /^\s+(?:that|which|who|where|when)\b/i;

// A number, in figures or words, joined by hyphens to its unit, and perhaps one word, right before the thing: "96-
// kilometre", "six-year", "2.5-billion-euro", "34-member … team" ("a 34-member team of archaeologists").
// Not an age ("a 6-year-old girl"), which is no measure of the thing.
const JOINED_MEASURE = new RegExp(
  `(?:^|[\\s(])((?:\\d[\\d,.]*|${SMALL_NUMBERS})(?:-(?!old\\b)\\p{L}+){1,2})\\s+([\\p{L}'’-]+\\s+)?$`,
  'iu',
);
// For "how old is the orchestra", an age is the measure: "the 131-year-old orchestra" (+1, nothing lost).
const JOINED_AGE = /(?:^|[\s(])(\d{1,4}-years?-old)\s+([\p{L}'’-]+\s+)?$/iu;
// How far before the thing the measure may start.
const REACH = 60;

/** The thing a measure is asked of, as resolved ("how long is varga's contract at kingsmere": contract). */
export function measuredThing(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const asked = MEASURE_OF.exec(question);
  // After "will" the question's last word is the verb it wants, not the thing ("how long will the trial last").
  const phrase =
    asked?.[1]?.toLowerCase() === 'will' ? terms.filter((t) => !isLastWord(question, t.token)) : terms;
  let thing = asked ? nounAfter(question, phrase, asked[0].length) : undefined;
  // After "how long is the", a noun phrase: a word that is mostly a verb ends it as a noun ("the inquiry report").
  for (let i = thing ? phrase.indexOf(thing) + 1 : phrase.length; i < phrase.length; i++) {
    const next = phrase[i] as ResolvedTerm;
    if (!thing || !areAdjacent(question, thing, next) || /(?:ing|ed)$/.test(next.token.folded)) break;
    thing = next;
  }
  if (!thing || thing.matches.length === 0) return undefined;
  // "The levee section that gave way": which of the story's sections is asked the clause says, not a measure.
  const after = question.slice(thing.token.start + thing.token.surface.length);
  return RELATIVE.test(after) ? undefined : thing;
}

// What may follow the thing in "how long is the Danube (in total)": nothing that says something went on.
const THING_ENDS =
  /^\s*(?:in total|in all|altogether|in (?:km|kilometres|kilometers|miles|metres|meters))?\W*$/i;

/**
 * Whether "how long is the X" asks the length of a thing: a made thing or a natural object by WordNet ("viaduct",
 * "river"), not a place, and nothing after it ("how long was the runway closed" asks how long something went on).
 */
export function asksLengthOf(question: string, thing: ResolvedTerm): boolean {
  const { folded } = thing.token;
  const after = question.slice(thing.token.start + thing.token.surface.length);
  return isThingNoun(folded) && !isPlaceNoun(folded) && THING_ENDS.test(after);
}

/**
 * Whether the sentence writes a measure joined to the thing, one of whose stems is given, other than one the question
 * writes itself ("how long will the two-carton limit stay": the limit's measure is not asked).
 */
export function givesMeasureOf(text: string, thing: ReadonlySet<string>, question: string): boolean {
  // Most sentences join nothing: not worth tokenizing (up to `SCAN` are read in 1,000 stories).
  if (!text.includes('-')) return false;
  const asked = question.toLowerCase();
  const joined = /\bhow old\b/.test(asked) ? JOINED_AGE : JOINED_MEASURE;
  return tokenize(text).some((t) => {
    if (!termsOf(t).some((stem) => thing.has(stem))) return false;
    const [, measure, between] = joined.exec(text.slice(Math.max(0, t.start - REACH), t.start)) ?? [];
    // "the 3.2-km Brattvik tunnel" is not the Hemsfjord tunnel: a name between them must be the question's.
    const otherName =
      between !== undefined && /^\p{Lu}/u.test(between) && !asked.includes(between.trim().toLowerCase());
    return measure !== undefined && !asked.includes(measure.toLowerCase()) && !otherName;
  });
}

// How many sentences holding the thing are read for a measure joined to it: a common word in 1,000 stories is skipped.
const SCAN = 500;

/** The sentences holding the thing, not picked already (at most `SCAN`): those that join a measure to it answer. */
export function sentencesHolding(
  index: SentenceIndex,
  thing: ResolvedTerm,
  allowed: (articleId: string) => boolean,
  picked: readonly Candidate[],
): Candidate[] {
  const weights = new Map(thing.matches.map((m) => [m.stem, m.weight]));
  const stems = [[...weights.keys()]];
  return index.namingEvery(weights, stems, allowed, picked, { limit: SCAN, scanLimit: SCAN });
}

// "How much is a ticket", "how much do bus tickets cost", "how much does the treble bell weigh": a sum or measure asked
// of the noun phrase right after the question's verb (and a determiner; not "this" or "that", which point back: "how
// much is this mess going to cost").
const PRICED =
  /^\W*how\s+much\s+(?:is|was|are|were|(does|do|did|will|would))\s+(?:(?:a|an|the|one|each)\s+)?(?=\p{L})/iu;
// "How much do things like fuel cost": the examples say what is asked, not the word they are examples of.
const EXAMPLES_NEXT = /^\s+(?:like|such\s+as)\b/i;

/**
 * The thing "how much" asks the price or measure of, as resolved ("how much do bus tickets cost": tickets), when the
 * question's noun phrase follows its verb at once; undefined when a verb or a small word does ("how much did it cost",
 * "how much did they pay").
 */
export function pricedThing(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const asked = PRICED.exec(question);
  const from = asked?.[0].length ?? -1;
  const phrase = terms.filter((t) => t.token.start >= from);
  const first = phrase[0];
  if (!asked || first?.token.start !== from || isMostlyVerb(first.token.folded)) return undefined;
  // After "do" or "will", the last of the words one after the other is the verb when it is a bare form ("the power
  // bill | go up", "a single ticket | cost").
  let last = 0;
  while (last + 1 < phrase.length && areAdjacent(question, phrase[last], phrase[last + 1])) last++;
  // So is "worth": "how much is the merger | worth".
  const ending = (phrase[last] as ResolvedTerm).token.folded;
  const verbEnds = last > 0 && ((asked[1] !== undefined && isBareVerb(ending)) || ending === 'worth');
  const thing = nounAfter(question, verbEnds ? phrase.slice(0, last) : phrase, from);
  if (!thing || isMostlyVerb(thing.token.folded)) return undefined;
  return EXAMPLES_NEXT.test(question.slice(thing.token.start + thing.token.surface.length))
    ? undefined
    : thing;
}

/** Whether the word is a verb's bare form ("cost", "weigh"), as the verb after "do" is. */
function isBareVerb(folded: string): boolean {
  return lemmatizer.verb(folded) === folded && isVerbInSomeSense(folded);
}
