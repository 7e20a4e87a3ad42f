/** What a question asks for beyond its kind of answer (`AskedFor`), read once per question; see answerFit.ts. */

import lemmatizer from 'wink-lemmatizer';
import {
  doersOf,
  isEndingVerb,
  isGroupNoun,
  isKinNoun,
  isMostlyVerb,
  isPersonNoun,
  isThingNoun,
  isVerbInSomeSense,
  nounsOfVerb,
  verbOpposites,
} from '../lexicon/wordKinds.js';
import { calendarWords, isTimeWord, isYearToken, SAYING, seasonsIn } from './answerTypes.js';
import {
  asksForName,
  calledAsked,
  personAsked,
  possessorOf,
  roleKind,
  roleOf,
  roleOfRest,
} from './askedPerson.js';
import { isAtPlace, placesAsked } from './askedPlace.js';
import { speakerAsked } from './askedSpeaker.js';
import { valueAsked } from './askedValue.js';
import { eventVerb, passiveVerb, spelt, sumEventVerb } from './askedVerb.js';
import { thingsAsked } from './askedWhich.js';
import { namedOnlyBefore, namedOnlySince } from './clauseFit.js';
import { directionAsked } from './direction.js';
import { countedTerm, partNamed } from './howMany.js';
import { type NamedKind, namedKindAsked } from './namedKind.js';
import { nounAfter } from './nounPhrase.js';
import { perUnitAsked } from './perUnit.js';
import { type AnswerType, QUANTITY_TYPES } from './query.js';
import {
  asksPopulation,
  asksSpanSoFar,
  asksTotal,
  numbersJoinedIn,
  ordinalsIn,
  PLACE_NOUN,
  type Placing,
  POPULATION_COUNTS,
  relativeTimesIn,
  standsForPeople,
} from './saidValues.js';
import { TITLE_QUALIFIERS } from './sentenceFit.js';
import { indexTerms, relativesOf, SYNONYM_WEIGHT } from './synonyms.js';
import { stem, type Token, termsOf, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// A title the question itself makes another role ("who is the deputy mayor"), as written or as resolved ("depty").
const QUALIFIER_STEMS = new Set(TITLE_QUALIFIERS.split('|').map(stem));
const qualifiedAsResolved = (person: ResolvedTerm, terms: readonly ResolvedTerm[]) =>
  terms[terms.indexOf(person) - 1]?.matches.some((m) => QUALIFIER_STEMS.has(m.stem)) === true;
const QUALIFIED_BEFORE = new RegExp(`\\b(?:${TITLE_QUALIFIERS})[\\s-]+$`, 'i');

// "What year was the mill built", "in which year": a year (not "which year of the war", a year counted).
const YEAR_ASKED = /\b(?:what|which)\s+year\b(?!\s+of\b)/i;
// "What date will the tunnel reopen", "what day did the laundrette close": a day (+2 −0 for "what day").
const DATE_ASKED = /\b(?:what|which)\s+(?:date|day)\b(?!\s+of\b)/i;

/**
 * What a question asks for beyond its kind of answer, checked against each candidate sentence: "how many troops"
 * wants a number of troops (not "1958", not "1,250 euros per worker"); "who" wants a name the question does not
 * already give ("who is the battery partner in Spain" is not answered by "a battery partner in Spain").
 */
export interface AskedFor {
  /** The word after "how many": what is asked about, however everyday ("how many people"). */
  countedWord?: Token;
  /** The stems that may name the counted thing (the word after "how many", as resolved: typos, synonyms). */
  counted?: ReadonlySet<string>;
  /** The stems of the question's own words, when it asks "who": a sentence must name someone else. */
  otherThan?: ReadonlySet<string>;
  /** "who is the winner", "the names of the judges": a person's name is asked for, not only a group or a body. */
  personName?: boolean;
  /**
   * The person word of "who is the mayor" as resolved, when the question does not qualify it: a sentence that writes
   * it only qualified (_Deputy Mayor Sofie Engholm_) names another role.
   */
  title?: ReadonlySet<string>;
  /**
   * The word of "the name of the <person / thing>" as resolved: the sentence must give a name beside it ("the
   * captain, Peter Doukas,"; "Inspector Karl Huber"; "the two closed schools, St Brigid's and Scoil Mhuire"), other
   * than the question's words.
   */
  nameWord?: ReadonlySet<string>;
  /** The noun of "what colour …" the stories lack, folded: the sentence must name a kind of it (see `kindAsked`). */
  kindOf?: string;
  /** "What does Priya Lamont do for a living": the sentence must say what someone works as (see `givesOccupation`). */
  occupation?: boolean;
  /** The question's own words, as resolved: a name among them is not the name asked for. */
  questionWords?: ReadonlySet<string>;
  /** Whose that person is ("hlavacek's coach"), as resolved: the sentence must name them too. */
  possessor?: ReadonlySet<string>;
  /**
   * Places the question puts what it asks about in ("how many stores are in Belgium"), as resolved: each must be in the
   * sentence. The stores counted elsewhere are not Belgium's.
   */
  places?: readonly ReadonlySet<string>[];
  /** The unit a rate is asked of ("per month"), as resolved: the value must be one for each (see `perUnit.ts`). */
  perUnit?: ReadonlySet<string>;
  /** A thing named by a name of the stories and its kind ("ashcombe rowing club"): not another of that kind. */
  namedKind?: NamedKind;
  /** "How much has the airlift cost in total": a total, which a rate alone does not give. */
  total?: boolean;
  /**
   * The words that name whose words are asked for ("what did Stijn Lauwers / the union chairman say"), as resolved:
   * each must be in the sentence or its speaker's name or role (or beside it: see `speaks`). A sentence about Lauwers
   * that is not his quote and lacks his first name ranks, but only his quote proves. Empty: a speaker the stories do
   * not know.
   */
  speaker?: readonly ReadonlySet<string>[];
  /**
   * "which airports does it control", "which rival bought it": the things to be named, as resolved. A sentence that
   * only counts them ("slots at 17 European airports") or writes one after "a" ("sold to a rival") does not say which.
   */
  named?: ReadonlySet<string>;
  /**
   * "Which hospital treated the passengers": the question's own stems and the noun asked. A sentence without the noun
   * must name something else (_Tollhaven General Hospital_, _bought by Acme_) or a kind of it (_dead trout_ for "which
   * fish"); _four passengers were checked by paramedics_ does not say which.
   */
  whichNamed?: { own: ReadonlySet<string>; noun: string };
  /** The question's words when it asks "how old": those the story names must have their age in the sentence. */
  ageOf?: ReadonlySet<string>;
  /**
   * "How old is Hkawn Nu's husband": the age must be written of the relative asked (`ageOf`), not only of the one named
   * (_said Hkawn Nu, 29, whose husband has not been found_).
   */
  kinAged?: boolean;
  /**
   * What "what was the total cost / Brava's revenue" asks the value of, as resolved: the sentence must name it (a sum
   * in a sentence that does not is the value of something else).
   */
  valueNoun?: ReadonlySet<string>;
  /** The words a sentence must have of the way a change went ("how much did prices fall": fell, dropped, lost …). */
  direction?: RegExp;
  /** The unit a measure asked is in ("how loud": decibels): a sentence measuring in others measures something else. */
  unit?: RegExp;
  /**
   * The days and months the question names ("what did the shares close at on Thursday"): a sentence that names other
   * ones only is of another day ("fell 17% on Wednesday").
   */
  days?: readonly string[];
  /** Those it does not give after "since", which a sentence must not give only after "since" (see `namedOnlySince`). */
  daysAsOf?: readonly string[];
  /**
   * The seasons the question names ("what share of calls were grounded in autumn"): a sentence naming other ones only
   * gives another season's (_19 percent of calls in winter, against 6 percent in summer_).
   */
  seasons?: readonly string[];
  /** "A year ago", "the year before", "the previous year": a value of a year before the story's own. */
  yearAgo?: boolean;
  /** What "who <verb> …" asks the person did ("replaced", "won"), as resolved: the sentence must say it. */
  did?: ReadonlySet<string>;
  /** "Who said / called / described …": the one asked is a sayer, whose words a sentence may report (_He said …_). */
  sayer?: true;
  /**
   * "How did the council vote on March 5": what came of an event, asked in the past. The question's stems, and those
   * of its verbs: a sentence that writes its words only as still to come ("is due to vote on March 5") does not say.
   */
  happened?: { words: ReadonlySet<string>; verbs: ReadonlySet<string> };
  /**
   * What "how many flights were cancelled" asks was done to what it counts, as resolved: the sentence or one beside
   * it must say it ("eleven flights were diverted" counts other flights).
   */
  doneTo?: ReadonlySet<string>;
  /**
   * "How many hours of test flights are required": `doneTo` is a verb of necessity, which a sentence may say by
   * obligation instead (_each airship must complete 40 hours of supervised test flights_).
   */
  obliged?: true;
  /**
   * What "when will the road reopen" asks the date or time of, as resolved: the sentence or one beside it must say it
   * ("The SP27 road was closed" gives the date of something else).
   */
  event?: ReadonlySet<string>;
  /**
   * The stems of the event's opposites ("reopen": close), as the stories have them: a state of them lasting "until"
   * a date gives when the event comes ("schools will stay closed until at least March 24").
   */
  eventEnds?: ReadonlySet<string>;
  /**
   * The event's verb, when it is an ending ("when does the consultation end"): what lasts "until" a date ends then
   * (_runs until March 27_), which need not write the verb.
   */
  endingVerb?: Token;
  /** The years a question gives when it asks a value or a cause: see `saysOfYear`. */
  years?: readonly string[];
  /** Those it gives after "since" ("how far has the level fallen since 2015"), which a sentence's "since" gives too. */
  yearsSince?: readonly string[];
  /** Those it gives after "before" ("how many times was it hit before 2021"), which a sentence's "since" does not give. */
  yearsBefore?: readonly string[];
  /** "Why did X <verb>": the question's words, as resolved; the sentence's cause must follow them (`causeAfter`). */
  causeOf?: ReadonlySet<string>;
  /**
   * "How much / how many … will", "when is the next …": a value still to come, which a sentence dated only before
   * the story's year does not give ("how much will the vendor be fined" is not "was fined 2,000 euros in 2022"); nor
   * does it give a value asked as it is now ("how many members does NATO have now": not "NATO then had 12 members" of
   * 1949).
   */
  toCome?: boolean;
  /** "What will …": the sentence must say what is to come ("will", "would", "plans to", a day to come). */
  willSay?: boolean;
  /** "When will …": the sentence must give a time to come, as "what will" must, or by words of a time ahead. */
  whenWill?: boolean;
  /** "How long has X been …": a span up to now, which a sentence gives from a start ("since 2019") or as a length. */
  soFar?: boolean;
  /** "What year …": a year, which a sentence gives in figures or counted from now ("last year"), not a day alone. */
  year?: boolean;
  /** "What date …": a day, which a sentence gives by its month, its weekday or counted from now ("tomorrow"). */
  date?: boolean;
  /** "Its third day": each ordinal with the stem of the noun it places, which the sentence must not place otherwise. */
  ordinals?: readonly Placing[];
  /** "This year", "last season": a time counted from now, which a sentence naming another of its unit does not give. */
  relativeTime?: readonly Placing[];
  /** "How many people live in X": a population, which a sentence gives with words of living there. */
  population?: boolean;
  /**
   * "How many people work at the warehouse", asking of no place: people counted otherwise than as a place's size,
   * which _Saint-Armel, a village of about 2,300 people_ gives.
   */
  notPlaceSize?: boolean;
  /** Number words the question joins to a noun ("one-bedroom"), as patterns a sentence must match. */
  numbersJoined?: readonly RegExp[];
  /** "How many of the …": a part of a group is counted. */
  partOf?: boolean;
  /** "How many of the dead were children": the part, which the sentence must say (see `partNamed`). */
  part?: ReadonlySet<string>;
  /** The words for a person of "who will be the mediator", as resolved: "a mediator" alone names none. */
  roles?: ReadonlySet<string>;
  /**
   * Whose role "who is the president of BaFin" asks, as resolved: the sentence, its speaker or a sentence beside it
   * must name it ("Frema Chief Executive Viktor Halden" is not Calvenergo's).
   */
  roleOf?: ReadonlySet<string>;
  /** The words of whose role it is after the first ("of Thornbury | District Council"), each of which must be named. */
  roleOfRest?: readonly ReadonlySet<string>[];
  /** Whose "sons" or "husband" speaks ("what did Amina Rahimi's sons say"), as resolved: not the speaker asked for. */
  notSpeaker?: ReadonlySet<string>;
  /** "Which country …": the question's words, as resolved; the sentence must give some other name. */
  someName?: ReadonlySet<string>;
  /**
   * "Which union called the strike", "which official said …": the question's words, as resolved; the sentence must
   * name someone else (a person or a body, not a place), in its words or as its speaker.
   */
  someone?: ReadonlySet<string>;
  /** "Which company …": the someone is a body, not a person (see `namesBodyOtherThan`). */
  body?: true;
}

/** A word for a person as typed, or as the word its typo stands for ("mohter": mother). */
function isPersonWord(t: ResolvedTerm): boolean {
  return isPersonNoun(t.token.folded) || t.matches.some((m) => isPersonNoun(m.stem));
}

// "How loud were the blasts": a sound level, in decibels (_put the blasts at 128 decibels_), not the distance a
// sentence about the noise gives (_30 km south_).
const LOUDNESS_ASKED = /\bhow\s+loud\b/i;
const DECIBELS = /\b(?:decibels?|dB)\b/;

export function askedFor(
  question: string,
  terms: readonly ResolvedTerm[],
  asksWho: boolean,
  /** "Which country …" (see `kindOfName`): a name is asked for, not the question's own. */
  asksPlaceName = false,
  answerType: AnswerType | null = null,
  /** Whether the stories the question may be answered from hold a stem. */
  storiesHave: (stemmed: string) => boolean = () => false,
  /** Whether the stories write the term as a name, and seldom (see `placesAsked`). */
  storyName: (t: ResolvedTerm) => boolean = () => false,
): AskedFor {
  const asked: AskedFor = {};
  // "How old is Vostrel": his age, not another's in the sentence that names him (names are told apart per story).
  // Only whose age the words right after "how old" name: "how old was the woman treated after the Koskenlahti fire"
  // asks the woman's, not Koskenlahti's (+1). Not a place's name ("the man arrested at Kaarvik airport").
  const howOld = /\bhow old\b/i.exec(question);
  if (howOld) {
    const after = howOld.index + howOld[0].length;
    const last = nounAfter(question, terms, after)?.token.start ?? Number.POSITIVE_INFINITY;
    // "How old is Gemma Thornbury's daughter": the daughter's, whom the answer may call _My daughter_ or _His
    // mother_, not Gemma Thornbury's.
    const possessive = terms.find(
      (t) =>
        t.token.start >= after &&
        /['’]s$/.test(t.token.surface) &&
        terms.some((u) => u.token.start > t.token.start && u.token.start <= last && isPersonWord(u)),
    );
    const from = possessive ? possessive.token.start + 1 : after;
    if (
      possessive &&
      terms.some((t) => t.token.start >= from && t.token.start <= last && isKinNoun(t.token.folded))
    )
      asked.kinAged = true;
    asked.ageOf = new Set(
      terms
        .filter((t) => t.token.start >= from && t.token.start <= last && !isAtPlace(question, t))
        .flatMap((t) => t.matches.map((m) => m.stem)),
    );
  }
  const valueNoun = valueAsked(question, terms, answerType);
  if (valueNoun) asked.valueNoun = new Set(valueNoun.matches.map((m) => m.stem));
  asked.direction = directionAsked(question);
  if (LOUDNESS_ASKED.test(question)) asked.unit = DECIBELS;
  // A value asked as it is now ("how many members does NATO have now") is not one of the past either.
  const asksNow = NOW_ASKED.test(question) && VALUE_ASKED.has(answerType);
  if (VALUE_TO_COME.test(question) || TO_COME_ASKED.test(question) || asksNow) asked.toCome = true;
  if (WHAT_WILL.test(question)) asked.willSay = true;
  if (WHEN_WILL.test(question)) asked.whenWill = true;
  if (asksSpanSoFar(question)) asked.soFar = true;
  if (YEAR_ASKED.test(question)) asked.year = true;
  if (DATE_ASKED.test(question)) asked.date = true;
  // The first only: "this year" of a question that also says "last year" asks this year's.
  const relativeTime = relativeTimesIn(question).slice(0, 1);
  if (relativeTime.length > 0) asked.relativeTime = relativeTime;
  if (asksPopulation(question)) asked.population = true;
  // "The population" read as the people it counts (see `populationAsPeople`): a sentence must count them, not only
  // mention residents (_protests from residents_).
  if (asked.population && terms.some(standsForPeople)) asked.counted = new Set(POPULATION_COUNTS);
  if (asksTotal(question)) asked.total = true;
  const ordinals = ordinalsIn(question);
  if (ordinals.length > 0) asked.ordinals = ordinals;
  const joined = numbersJoinedIn(question);
  // Not of what someone said about it: "what did Aschenbach say about the four-day week" is answered by her quote
  // on it, which need not name it.
  if (joined.length > 0 && answerType !== 'speech') asked.numbersJoined = joined;
  const years = tokenize(question)
    .filter(isYearToken)
    .map((t) => t.surface);
  if (years.length > 0 && (VALUE_ASKED.has(answerType) || answerType === 'cause')) {
    asked.years = years;
    asked.yearsSince = years.filter((y) => namedOnlySince(question, y));
    asked.yearsBefore = years.filter((y) => namedOnlyBefore(question, y));
  }
  const days = calendarWords(question);
  if (days.length > 0) {
    asked.days = days;
    asked.daysAsOf = days.filter((d) => !namedOnlySince(question, d));
  }
  if (YEAR_AGO.test(question)) asked.yearAgo = true;
  const seasons = seasonsIn(question);
  if (seasons.length > 0) asked.seasons = seasons;
  // Nor a count someone's words give: "who said traders overestimate how many customers come by car" asks words.
  const many = answerType === 'speech' ? null : /\bhow many\b/i.exec(question);
  if (many) {
    const counted = countedTerm(question, terms, many.index + many[0].length);
    // A counted word no story has still asks for a count of it: only a kind of it can answer ("how many women").
    if (counted) {
      asked.countedWord = counted.token;
      if (/^\s+of\b/i.test(question.slice(many.index + many[0].length))) {
        asked.partOf = true;
        const part = partNamed(question, terms);
        if (part) asked.part = new Set(part.matches.map((m) => m.stem));
      }
      asked.counted = new Set(counted.matches.map((m) => m.stem));
      // "How many people live in Palmira": people, inhabitants and residents alike (_a town of 52,000 residents_).
      if (asked.population) asked.counted = new Set([...asked.counted, ...POPULATION_COUNTS]);
      else if (!PLACE_NOUN_ASKED.test(question)) asked.notPlaceSize = true;
    }
  }
  const person = personAsked(question, terms);
  // A word for a thing as well as a person ("the bulk carrier", "the tanker") may be named as a thing: a ship's
  // name is no person's.
  if (person && !isThingNoun(person.token.folded)) asked.personName = true;
  // "Who is the mayor" is not answered by _the deputy mayor_ (+1), unless it asks the deputy.
  if (
    person &&
    !QUALIFIED_BEFORE.test(question.slice(0, person.token.start)) &&
    !qualifiedAsResolved(person, terms)
  )
    asked.title = new Set(person.matches.map((m) => m.stem));
  // "What's the name of Vostrel's driver" wants the driver named beside the word: a sentence about a driver that
  // names someone else does not say; nor does one about "Sokolan's coach" for "hlavacek's coach". So do "the names
  // of the other two closed schools", and "who is Maruti's coach": not a sentence where Maruti speaks of "my coach".
  // (Wanting it for any "who is the <person>" lost answers: "Under-19 coach Thorsten Wielandt will take charge as
  // caretaker".)
  const asksName =
    asksForName(question) || (person !== undefined && possessorOf(person, terms) !== undefined);
  const nameOf = asksName ? /\bnames?\s+of\s+/i.exec(question) : null;
  const called = calledAsked(question);
  // "What was the puppy's name": the thing before "'s name" is the one named (+4 declined, nothing lost).
  const owner = asksName ? OWNER_NAMED.exec(question) : null;
  const named =
    person ??
    (nameOf
      ? nounAfter(question, terms, nameOf.index + nameOf[0].length)
      : owner
        ? terms.find((t) => t.token.start === owner.indices?.[1]?.[0])
        : called && nounAfter(question, terms, called.thingAt));
  if (named && asksName) {
    asked.nameWord = new Set(named.matches.map((m) => m.stem));
    asked.questionWords = new Set(terms.flatMap((t) => t.matches.map((m) => m.stem)));
    const possessor = possessorOf(named, terms);
    if (possessor) asked.possessor = possessor;
    // "What is the name of the finance minister": as of "who is the finance minister", below (+3).
    const whose = person && roleNamed(question, terms, [person]);
    if (whose) asked.roleOf = whose;
  }
  // The question's words as written and as resolved: a name among them is not the one asked for.
  const own = asksPlaceName || asksWho ? ownStems(terms) : undefined;
  // "Which country was she in": a name is asked for; the question's own names do not give it.
  if (asksPlaceName) asked.someName = own;
  // "What speeds does it reach" asks a measure, not which speeds.
  const namedTerm = answerType === 'measure' ? undefined : thingsAsked(question, terms);
  if (namedTerm && namedTerm.matches.length > 0) asked.named = new Set(namedTerm.matches.map((m) => m.stem));
  if (namedTerm && asked.named && WHICH.test(question) && !SAYS.test(question))
    asked.whichNamed = { own: ownStems(terms), noun: namedTerm.token.folded };
  const kind = namedTerm?.token.folded ?? '';
  if (WHICH.test(question) && (isPersonNoun(kind) || isGroupNoun(kind))) asked.someone = ownStems(terms);
  // "Which company did the maintenance work": a body, which a sentence naming only people does not name (+3 declined).
  if (asked.someone && isGroupNoun(kind) && !isPersonNoun(kind)) asked.body = true;
  const places = placesAsked(question, terms, storyName, asked.population);
  if (places.length > 0) asked.places = places.map((t) => new Set(t.matches.map((m) => m.stem)));
  // "How many members does Ashcombe Rowing Club have": not _Hensford Rowing Club … 140 members_ (+12, nothing lost;
  // all unanswerable declined).
  const namedKind = namedKindAsked(question, terms, storyName);
  if (namedKind) asked.namedKind = namedKind;
  // "How much do guards earn per month": _2,600 euros a month_, not a total (with the "per" no story writes dropped:
  // +24 −3; without the rate required, +21 −10).
  const perUnit = perUnitAsked(question, terms);
  if (perUnit) asked.perUnit = perUnit;
  Object.assign(asked, speakerAsked(question, terms));
  const doneTo = many && passiveVerb(question, terms, many.index, storiesHave);
  if (doneTo) asked.doneTo = verbStems(doneTo, storiesHave);
  if (doneTo && NECESSITY.test(lemmatizer.verb(doneTo.token.folded))) asked.obliged = true;
  const event = eventVerb(question, terms, storiesHave);
  // "Why …": the question's words, as the stories have them surely (a WordNet relative may stand anywhere).
  if (answerType === 'cause')
    asked.causeOf = new Set(
      terms.filter((t) => t.via !== 'wordnet').flatMap((t) => t.matches.map((m) => m.stem)),
    );
  const sumEvent = !event && sumEventVerb(question, terms, storiesHave);
  // The sum of an event may be said by the noun for it ("spent 9.3 million" or "an expenditure of 9.3 million").
  if (sumEvent)
    asked.event = new Set([
      ...verbStems(sumEvent, storiesHave),
      ...nounsOfVerb(spelt(sumEvent)).flatMap(indexTerms).filter(storiesHave),
    ]);
  if (event) {
    asked.event = verbStems(event, storiesHave);
    asked.eventEnds = new Set(verbOpposites(spelt(event)).flatMap(indexTerms).filter(storiesHave));
    // (Not "how did the dispute end", which asks how.)
    const asksWhen = answerType === 'date' || answerType === 'time' || answerType === 'future';
    if (asksWhen && isEndingVerb(spelt(event))) asked.endingVerb = event.token;
  }
  if (asksWho) {
    asked.otherThan = own;
    // "Who will be appointed as the independent mediator": a sentence that writes the role only after "a" ("asked
    // the government to appoint an independent mediator") or counts it names no one as it (+6 declined, nothing
    // lost; for any word for a person in a "who" question, "who apologised to the families", +6 −2).
    const roles = terms.filter(
      (t) => t.matches.length > 0 && (isPersonNoun(t.token.folded) || (t.via === 'typo' && isPersonWord(t))),
    );
    if (WHO_IS.test(question) && roles.length > 0) {
      asked.roles = new Set(roles.flatMap((t) => t.matches.map((m) => m.stem)));
      const whose = roleNamed(question, terms, roles);
      if (whose) asked.roleOf = whose;
      const first = roleOf(question, terms, roles.at(-1) as ResolvedTerm);
      const rest = first ? roleOfRest(question, terms, first) : [];
      if (rest.length > 0) asked.roleOfRest = rest;
    }
    if (WHO_SAID.test(question)) asked.sayer = true;
    // "Who replaced Vostrel", "who built the satellite": the verb is what the person did; a sentence without it
    // names someone who did something else.
    // So is the verb of "who is going to buy the site" (+4, nothing lost; with "who is directing …" too, +8 −1, and a
    // story that names no one developing its platform no longer answers "who is developing the new platform" with a
    // quote of its chief executive about it).
    const doing = WHO_DOING.exec(question);
    const doingAt = doing ? doing[0].length - (doing[1] ?? '').length : -1;
    const whoDid = WHO_DID.test(question);
    const verb = whoDid ? terms[0] : terms.find((t) => t.token.start === doingAt);
    // Or names them by it: "who leads the guards' union" ~ _Lukáš Ferenčík, head of the union_. Right after "who" a
    // word that can be a verb is one, though mostly a noun or an adjective: "who owns the bridge" wants _which owns
    // the bridge_ or _its owner_, "who chairs the board" _chairwoman_ (+33, nothing lost; 28 unanswerable declined).
    const isVerb = (folded: string) => isMostlyVerb(folded) || (whoDid && isVerbInSomeSense(folded));
    if (verb && isVerb(verb.token.folded))
      asked.did = new Set([
        ...verb.matches.map((m) => m.stem),
        ...doersOf(spelt(verb)).flatMap(indexTerms).filter(storiesHave),
      ]);
  }
  // "What did the council decide at the April 28 vote": what came of it, which a sentence saying it is still to come
  // does not say (+30, one loss on a story written after it); not of a question asking what was foreseen or said
  // ("how much did they say it would cost").
  if (PAST_ASKED.test(question) && !FORESEEN_ASKED.test(question))
    asked.happened = {
      words: ownStems(terms),
      verbs: ownStems(terms.filter((t) => isMostlyVerb(t.token.folded) && !isTimeWord(t.token.folded))),
    };
  // "Did the no-confidence vote pass", "did the strike go ahead": whether it was done, which a sentence that does not
  // write the verb (or a word for it) does not say (_A motion … will be put to a vote on March 19_; +7 declined, −1:
  // _would not seek compensation_ for "did the company ask for compensation"; +5 −0 when a verb no story has is not
  // asked). The verb is the question's last, not one after "to" ("did other countries send planes to help") nor
  // in a clause saying when or why ("did the shares drop after the lawsuit was filed"). So for "will the budget
  // committee approve the contract", which _is due to review the contract on March 26_ does not say (+44 unanswerable
  // questions declined, −11: mostly paraphrases, "will prosecutors launch a criminal probe" ~ _whether to open a
  // criminal investigation_).
  const outcome = OUTCOME_ASKED.test(question) ? outcomeVerb(question, terms) : undefined;
  if (outcome)
    asked.did = new Set(
      outcome.matches.length > 0 ? outcome.matches.map((m) => m.stem) : termsOf(outcome.token),
    );
  return asked;
}

/**
 * A verb's stems as resolved, and those of its synonyms and nouns the stories have: what was done may be said so ("how
 * many hens were destroyed" ~ "led to the destruction of 600,000 hens"; "when does the recount start" ~ "is due to
 * begin at 9").
 */
function verbStems(verb: ResolvedTerm, storiesHave: (stemmed: string) => boolean): Set<string> {
  return new Set([
    ...verb.matches.map((m) => m.stem),
    ...relativesOf(spelt(verb), (held) => held.some(storiesHave))
      .filter((r) => r.weight >= SYNONYM_WEIGHT)
      .flatMap((r) => r.terms),
  ]);
}

// The verbs of saying "who said", "who called it …" ask the sayer of.
const SAYING_VERBS =
  'said|says|say|told|tells|called|calls|described|describes|warned|claimed|added|stressed|insisted|argued|announced|declared';
// "Who replaced …", "who won …": a verb right after "who" (not "who is", nor a verb of saying, which the speaker
// rules read).
const WHO_DID = new RegExp(`^\\W*who\\s+(?!(?:is|was|are|were|${SAYING_VERBS})\\b)[\\p{L}-]+`, 'iu');
const WHO_DOING = /^\W*who\s+(?:is|was|are|were)\s+going\s+to\s+(\p{L}+)\b/iu;
const WHO_SAID = new RegExp(`^\\W*who\\s+(?:${SAYING_VERBS})\\b`, 'i');
// A value still to come (see `AskedFor.toCome`); wanted of any "will" question, it lost answers ("how long will the
// resort stay shut").
const VALUE_TO_COME = /^\W*how (?:much|many)\b.*\bwill\b/i;
// "When is the next full inspection": a date to come, which "had last been fully inspected in June 2023" is not (+1
// declined, nothing lost); so is "when will the strike end" (+9 −2: eight unanswerable questions declined; lost,
// _which he has promised to return by Easter_), and what "what will happen to the planes" asks (+5 −1).
const TO_COME_ASKED =
  /^\W*(?:when|what\s+(?:time|date|day))\b[^?]*\bnext\b(?!\s+to\b)|^\W*(?:when|what)\s+will\b/i;
const WHICH = /^\W*which\b/i;
// A word for a place, whose size in people may be what a count asks ("how many people are in the town of Elsmere").
const PLACE_NOUN_ASKED = new RegExp(String.raw`\b${PLACE_NOUN}\b`, 'i');
// A verb of saying: "which official said …" asks a speaker, whom the speaker rules find.
const SAYS = new RegExp(`\\b(?:${SAYING_VERBS})\\b`, 'i');
const YEAR_AGO =
  /\b(?:a\s+year\s+(?:ago|earlier|before)|the\s+year\s+before|the\s+(?:previous|prior|preceding)\s+year)\b/i;
// "What will the inquiry recommend", "what will happen to the planes": what is to come, which a sentence must say is.
const WHAT_WILL = /^\W*what\s+will\b/i;
// "When will the strike end": not a sentence about the strike giving a time past (_… pulled off the road on Tuesday_).
const WHEN_WILL = /^\W*when\s+will\b/i;
// "Now", "currently", "today": not "now that", which gives a reason.
const NOW_ASKED = /\b(?:now|currently|at the moment|these days|today)\b(?!\s+that\b)/i;
// Values a year's clause must give (see `saysOfYear`).
const VALUE_ASKED: ReadonlySet<AnswerType | null> = QUANTITY_TYPES;
// The word whose name "what was the <thing>'s name" asks, when the name is what is asked (not "what did she say
// about the winner's name", "when does voting for the calf's name close").
const OWNER_NAMED =
  /^\W*what(?:['’]?s|\s+(?:is|was|are|were))\s+(?:[\p{L}'’-]+\s+){0,5}?(\p{L}+)['’]s\s+names?\W*$/diu;
// "Who is / was / will be / is going to be …": who holds a role.
const WHO_IS = /^\W*who(?:['’]s|\s+(?:is|was|are|were|will\s+be|would\s+be|is\s+going\s+to\s+be))\b/i;
const OUTCOME_ASKED = /^\W*(?:did|will)\s/i;
// Verbs of necessity, whose passive ("are required", "is needed") an obligation says too.
const NECESSITY = /^(?:require|need)$/;
// A question of what was done: "did", or a perfect ("how many bells has the foundry cast"), not "have" as the verb
// ("how many staff does the firm have") nor an ongoing "have been looking".
const PAST_ASKED =
  /\bdid\b|^\W*(?:how|what|which|who)\b(?!.*\b(?:do|does|did)\b).*\b(?:has|have)\s+(?!to\b)(?!.*\bbeen\s+\w+ing\b)/i;
// Words of what is foreseen, planned or said, after which a verb need not have been done.
const FORESEEN_ASKED = new RegExp(
  `\\b(?:will|would|shall|due|expect\\w*|plan\\w*|going to|supposed|set to|schedul\\w*|promis\\w*|want\\w*|hop\\w*|estimat\\w*|forecast\\w*|predict\\w*|intend\\w*|think|thought|believe\\w*)\\b|${SAYING.source}|\\b(?:say|tell)\\b`,
  'i',
);

function ownStems(terms: readonly ResolvedTerm[]): Set<string> {
  return new Set(terms.flatMap((t) => [...termsOf(t.token), ...t.matches.map((m) => m.stem)]));
}

/**
 * Whose role the question names, or which one it is ("the president of BaFin", "the transport minister"), as stems:
 * a sentence, its speaker or one beside it must name it.
 */
function roleNamed(
  question: string,
  terms: readonly ResolvedTerm[],
  roles: readonly ResolvedTerm[],
): ReadonlySet<string> | undefined {
  const of = roleOf(question, terms, roles.at(-1) as ResolvedTerm);
  return of ? new Set(of.matches.map((m) => m.stem)) : roleKind(question, terms, roles);
}

// Where a clause that only says when or why begins: "did the shares drop | after the lawsuit was filed" (+2 −0).
const SUBORDINATE = /\b(?:after|before|when|while|because|since|until|once|if)\b/i;

/**
 * The verb whose doing "did …" asks: the main clause's last, but for one after "to" or a month that is also a verb
 * ("did the council pass the motion on march 26").
 */
function outcomeVerb(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const clauseEnd = SUBORDINATE.exec(question)?.index ?? question.length;
  return [...terms]
    .filter((t) => t.token.start < clauseEnd)
    .reverse()
    .find(
      (t) =>
        isMostlyVerb(t.token.folded) &&
        !isTimeWord(t.token.folded) &&
        !/\bto\s+$/i.test(question.slice(0, t.token.start)),
    );
}
