/**
 * Whether a candidate sentence gives what a question asks for in particular (`AskedFor`, read from the question in
 * askedFor.ts): a number of what is counted, a name beside the role asked, the place, the year, the outcome.
 */

import lemmatizer from 'wink-lemmatizer';
import { MONTH_FORMS, MONTHS } from '../article/calendar.js';
import { isKnownFirstName } from '../lexicon/namesLexicon.js';
import { isFieldWord } from '../lexicon/wordKinds.js';
import { agedOneNamed, calendarWords, seasonsIn } from './answerTypes.js';
import type { AskedFor } from './askedFor.js';
import {
  describesSomeone,
  describesSomeoneAged,
  givesAgeOf,
  givesKinAge,
  givesOccupation,
  namesBeside,
} from './askedPerson.js';
import { speaks } from './askedSpeaker.js';
import {
  namesBodyOtherThan,
  namesKindOf,
  namesNone,
  namesOtherThan,
  namesSomeoneElse,
  occurrences,
} from './askedWhich.js';
import { causeAfter, namedOnlySince, saysOfYear } from './clauseFit.js';
import { isNoEnglishWord } from './english.js';
import { countsAsked } from './howMany.js';
import { type NamedKind, namesAnotherOfKind } from './namedKind.js';
import { givesRateOf } from './perUnit.js';
import {
  datedThisWeekOnly,
  givesPlaceSize,
  givesPopulation,
  givesRateOnly,
  givesSpan,
  ordinalsIn,
  placesAsAsked,
  relativeTimesIn,
  sizedPlaces,
  statesPopulation,
  statesUnnamedPopulation,
  withoutPlaceSizes,
} from './saidValues.js';
import { CHANGE_VERBS, sentenceFit, TITLE_QUALIFIERS } from './sentenceFit.js';
import type { SentenceDoc } from './sentenceIndex.js';
import { isStopWord, stem, type Token, termsOf, textBetween, tokenize } from './text.js';

// A day given without a year after a word that starts or ends something ("fares from May 1", "by Nov. 13"): still to
// come, though the sentence names a past year too (_… below the 32 crowns charged before the trial began in March
// 2024_: +1, nothing lost).
const MONTH_WRITTEN = MONTH_FORMS.map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}`);
// "It will hold 38,000 spectators, compared with … which opened in 1957": what is to come, whatever else is past; so
// is what someone said would be (_The ministry said it would spend 1.2 million euros this year_; +4, nothing lost).
const SAYS_TO_COME = /\b(?:will|shall|would)\b(?!\s+have\b)/i;
// A day besides its weekday or month (see `givesDay`): a month short before its day ("Feb. 24"), or a day counted
// from now ("tomorrow", "next week").
const DAY_OTHERWISE = new RegExp(
  `\\b(?:${MONTH_FORMS.filter((m) => m.length < 5).join('|')})\\.?\\s+\\d{1,2}\\b|\\b(?:today|tomorrow|yesterday|tonight)\\b|\\b(?:next|this|last)\\s+(?:week|month)\\b`,
  'i',
);
// A year: in figures ("in 1623", "a 2017 model", "mid-2019"), or counted from now or from another ("last year", "the
// year before", "two years ago").
const GIVES_YEAR =
  /(?<![\d,.])(?:1[5-9]|20)\d\d(?![\d]|,\d)|\b(?:last|this|next|that|the same|the following|the previous)\s+year\b|\byears?\s+(?:ago|earlier|later|before|after)\b/i;
// Other words of what is to come: "plans to", "is due to", "is set to", "is expected to", "is to", "is going to".
const PLANS =
  /\b(?:plans?|planned|planning|intends?|expects?|expected|due|set|scheduled|going|aims?|hopes?|(?:is|are)\s+to)\s+(?:to\s+)?\p{L}/iu;
// A value foreseen, though the sentence's verbs are past: _A replacement vessel, estimated to cost 14.5 million pounds,
// was approved_, _The company plans to spend 18 million euros_ (not "to be", said of what was: _was due to be ready_).
const FORESEEN =
  /\b(?:plans?|planned|intends?|expected|estimated|projected|due|scheduled|going|aims?)\s+to\s+(?!be\b)\p{L}/iu;
// A value as it is now, in a sentence of past events: "has grown by 18 percent since 2020, … with 9,400 dogs now
// registered" answers "how many dogs are now registered".
// So do "today" ("has shrunk from 41 boats in 2010 to 14 today") and a change up to now ("The project's estimated
// cost has risen to 2.9 billion euros").
// So does a change since a year up to now (_has almost tripled since 2021_; _had been cut from 46 to 31 since 2022_).
const SAYS_NOW = new RegExp(
  `\\b(?:now|currently|today)\\b|\\b(?:has|have)\\s+(?:${CHANGE_VERBS})\\s+to\\b|\\b(?:has|have|had)\\s+[^.;]{0,40}?\\bsince\\s+\\d{4}\\b`,
  'i',
);
const DAY_TO_COME = new RegExp(
  `\\b(?:from|on|by|until|starting|effective)\\s+(?:${MONTH_WRITTEN.join('|')})\\.?\\s+\\d{1,2}\\b(?!,?\\s+\\d{4})`,
);
const UNTIL = /\b(?:until|till)\b/i;
// Words of a time ahead: "should reopen", "hoped to tow", "promised to review", "next week", "by the end of January",
// "from July", "slipped to 2029".
const TIME_AHEAD = new RegExp(
  `\\b(?:should|hoped|promised|pledged|next|later|within|until|starting|slipped|delayed|postponed|pushed\\s+back)\\b|\\b(?:by|from)\\s+(?:early\\s+|mid-|late\\s+|the\\s+end\\s+of\\s+)?(?:${MONTH_WRITTEN.join('|')}|spring|summer|autumn|winter|the\\s+end)\\b`,
  'i',
);
// "The country", "the town": the place the story's headline names ("the country's 31 public universities" in a story
// headlined _Aldmoor to re-run exams …_).
const PLACE_NOUNS = 'country|nation|city|town|region|island|village|province|state';
const THE_PLACE = new RegExp(`\\bthe (?:${PLACE_NOUNS})\\b`, 'i');
// "The city's chief auditor": a title of the place a story is about.
const THE_PLACE_OWNS = new RegExp(`\\bthe (?:${PLACE_NOUNS})['’]s\\b`, 'i');
// "Its operations director, Priya Ramaswamy, said …": of the body or place the sentence before names.
const ITS_OPENING = /^\W*(?:its|their)\b/i;
// "there" for a place named before, not the "there" of "there were 12 people".
const PLACE_BEFORE =
  /\bthere\b(?!\s+(?:is|are|was|were|be|been|has|have|had|will|would|may|might|could|should|must|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|'s|’s)\b)/i;

// A name given as such: "a three-year-old male named Juniper", "a female called Saffi", "a petition titled “Keep
// Wren & Quill”", "the mural, known locally as “Der lange Fluss”".
const GIVES_NAME =
  /\b(?:named|called|nicknamed|dubbed|titled|entitled|known\s+(?:\p{L}+ly\s+)?as)\s+["“]?\p{Lu}/u;

/** The terms (space-padded) of the clause of the text that gives a name (see `GIVES_NAME`), up to a semicolon. */
function clauseGivingName(text: string): string | undefined {
  const clause = text.split(';').find((part) => GIVES_NAME.test(part));
  return clause === undefined ? undefined : ` ${tokenize(clause).flatMap(termsOf).join(' ')} `;
}

// A possessive pronoun, for the one a sentence before named, and the word after it.
const HIS_OR_HER = /\b(?:his|her|its|their)\s+(\p{L}+)/giu;

/** Whether the text writes the title after a possessive pronoun ("Her coach, Lars Ek"). */
function titleAfterPronoun(text: string, title: ReadonlySet<string>): boolean {
  return [...text.matchAll(HIS_OR_HER)].some((m) =>
    tokenize(m[1] ?? '')
      .flatMap(termsOf)
      .some((s) => title.has(s)),
  );
}

// A sentence whose subject is a pronoun for a person or people, as its first word; and one reporting their words
// (_He said the first creditors' meeting …_), which says nothing else they did.
const PRONOUN_LEAD = /^(?:He|She|They)\b/;
const REPORTED_LEAD = /^(?:He|She|They)\s+(?:said|says|added|told)\b/;

// A word that dates a value in time: a year, a month, a season, or one counted back ("earlier", "ago", "since").
const DATED = new RegExp(
  `\\b(?:last|previous|previously|earlier|ago|before|since|once|(?:19|20)\\d\\d|${MONTHS.join('|')}|spring|summer|autumn|winter|season|years?)\\b`,
  'i',
);

/** What the stories say of a sentence's words beyond the sentence itself: one object per question. */
export interface StoryFacts {
  /** Whether the sentence's story writes the stem as a name. */
  isName(doc: SentenceDoc, stemmed: string): boolean;
  /** Whether a sentence beside it holds the stem. */
  inContext(doc: SentenceDoc, stemmed: string): boolean;
  /** Whether another quote of its speaker, or a sentence beside one, holds the stem. */
  besideItsSpeaker(doc: SentenceDoc, stemmed: string): boolean;
  /** Whether the paragraph before the sentence's holds the stem. */
  inParagraphBefore(doc: SentenceDoc, stemmed: string): boolean;
  /** Whether the sentence before it, even across a paragraph, holds the stem. */
  inSentenceBefore(doc: SentenceDoc, stemmed: string): boolean;
  /** The sentence before it, even across a paragraph. */
  sentenceBefore(doc: SentenceDoc): SentenceDoc | undefined;
  /** Whether the sentence's story writes the stem as a name, a surname opening its sentences too (`isNameWhereTold`). */
  isNameWhereTold(doc: SentenceDoc, stemmed: string): boolean;
  /** Whether the headline of the sentence's story holds the stem. */
  inHeadline(doc: SentenceDoc, stemmed: string): boolean;
  /** Whether the stem names the place the sentence's story is about (in its headline or dateline). */
  inStoryPlace(doc: SentenceDoc, stemmed: string): boolean;
  /** The surname (stem) of the one person the sentence's story quotes in the role "how old is the <role>" asks of. */
  holderOf(doc: SentenceDoc): string | undefined;
}

/** Whether the sentence gives what the question asks for (always, when it asks for nothing in particular). */
export function fitsAskedFor(doc: SentenceDoc, asked: AskedFor, facts: StoryFacts): boolean {
  const { otherThan, speaker, personName, places, named } = asked;
  if (personName && !doc.holds.person) return false;
  if (asked.title && anotherRoleOnly(doc, asked.title, asked.roleOf)) return false;
  if (asked.occupation && !givesOccupation(doc.text)) return false;
  if (asked.kindOf && !namesKindOf(doc.text, asked.kindOf)) return false;
  const inText = (stem: string) => doc.terms.includes(` ${stem} `);
  // "What is the red panda's name": _The animal, a three-year-old male named Juniper, …_ beside a sentence about it;
  // "what was the committee called": _a committee called “Altenfeld bleibt Altenfeld”_; but the name of one thing is
  // not another's (_a Labrador called Pepper; the oldest was a 12-year-old terrier_).
  const namedHere = (words: ReadonlySet<string>) => {
    const clause = clauseGivingName(doc.text);
    if (clause === undefined) return false;
    return [...words].some((s) => clause.includes(` ${s} `) || (!inText(s) && facts.inContext(doc, s)));
  };
  if (
    asked.nameWord &&
    !namesBeside(doc, asked.nameWord, asked.questionWords ?? new Set(), (lead) =>
      leadNamesBeside(doc, facts, lead),
    ) &&
    !namedHere(asked.nameWord)
  )
    return false;
  // "Who is Sandberg's coach": _Her coach, Lars Ek, …_ after a sentence naming Sandberg.
  const possessedBefore = (stem: string) =>
    asked.title !== undefined &&
    titleAfterPronoun(doc.text, asked.title) &&
    facts.inSentenceBefore(doc, stem);
  if (asked.possessor && ![...asked.possessor].some((s) => inText(s) || possessedBefore(s))) return false;
  // "sold in Portugal": "the Portuguese cement market" names it too.
  // "Staff there filed only 46 reports": "there" is the place the sentence before it names, and so is the "its" a
  // sentence opens with ("at Northpost": _Its operations director, Priya Ramaswamy, …_).
  // A population of "the town" or "the country" is that of the place the story's headline names, in a sentence that
  // names no other; so is anything else said of "the town" or "the country" (+2), or of the place the sentence before
  // names when it names none itself ("In the neighbouring town of Kleinhagen, a wolf was spotted … Instead, the town
  // hired two escorts"; +5 −2). The population of a place left unnamed is that of the story's place, in its headline
  // or dateline (_the town of about 38,000 people_, see `statesUnnamedPopulation`).
  const placeIn = (stem: string) =>
    inText(stem) ||
    doc.fit.countries.includes(` ${stem} `) ||
    (PLACE_BEFORE.test(doc.text) && facts.inContext(doc, stem)) ||
    (asked.population === true && facts.inHeadline(doc, stem) && namesNothing(doc, facts)) ||
    (asked.population === true && facts.inStoryPlace(doc, stem) && statesUnnamedPopulation(doc.text)) ||
    (THE_PLACE.test(doc.text) &&
      (facts.inHeadline(doc, stem) || (!doc.fit.placed && facts.inSentenceBefore(doc, stem)))) ||
    (ITS_OPENING.test(doc.text) && facts.inSentenceBefore(doc, stem));
  if (places && !places.every((stems) => [...stems].some(placeIn))) return false;
  const { namedKind } = asked;
  const namesKind = (kind: NamedKind) => namesAnotherOfKind(doc.text, kind, (s) => facts.isName(doc, s));
  if (namedKind && ![...namedKind.name].some(inText) && namesKind(namedKind)) return false;
  if (named && [...named].some((stem) => namesNone(doc, stem))) return false;
  // "Which hospital …" of a sentence without the word (+11 −1: _The outdoor slides and the children's lagoon tested
  // negative_ for "which parts of the park"; +14 −16 for "what <noun>" as well, which often asks hours or a kind).
  const { whichNamed } = asked;
  if (
    named &&
    whichNamed &&
    ![...named].some(inText) &&
    !namesOtherThan(doc, whichNamed.own) &&
    !namesKindOf(doc.text, whichNamed.noun)
  )
    return false;
  if (asked.did && ![...asked.did].some(inText)) return false;
  if (asked.happened && saysOnlyToCome(doc.text, asked.happened)) return false;
  if (asked.roles && [...asked.roles].some((stem) => namesNone(doc, stem))) return false;
  // "Who is the mayor of Lier": a sentence naming someone of Lier by no word of the title, in its words, its
  // speaker's role or the sentences beside it, names someone else (_Jonas Verhulst, … city carillonneur of the Belgian
  // town of Lier_; +10 declined, −1: "who is the new winner of the title", _passes to German rider Lukas Brandhorst_).
  // A word written in the sentence, in its speaker's name or role, or in the sentences beside it.
  const besideSaid = (stem: string) =>
    inText(stem) || doc.speakerTerms.includes(` ${stem} `) || facts.inContext(doc, stem);
  if (asked.personName && asked.roles && ![...asked.roles].some(besideSaid)) return false;
  // "Who is the chief executive of Hanmyeong": not _Chief Financial Officer Pieter van Houten_, beside a sentence that
  // writes the chief executive's title.
  const titledHere = (stem: string) => inText(stem) || doc.speakerTerms.includes(` ${stem} `);
  if (asked.personName && asked.title && ![...asked.title].some(titledHere) && doc.fit.titled.trim() !== '')
    return false;
  const { roleOf } = asked;
  // "Who is the chief auditor of Bramwell", of a story about Bramwell: _the city's chief auditor_ is its.
  // "Who is the chief executive of Halvemoor", of a story whose headline names Halvemoor: a title given bare before a
  // name is its (_chief executive Anneke Brouwersma told reporters_).
  const theStorys = (stem: string) =>
    facts.inHeadline(doc, stem) &&
    (THE_PLACE_OWNS.test(doc.text) || (asked.roles !== undefined && titledBare(doc.text, asked.roles)));
  // A quote whose speaker holds the role says nothing of whose it is by the words quoted: "who is the mayor of Haldern"
  // is not _“Haldern got the jobs, and we got the smell.”_, said by the mayor of a village downstream.
  const roleQuoted = doc.speaker !== undefined && asked.roles !== undefined && ![...asked.roles].some(inText);
  const ofSaid = (stem: string) => (roleQuoted ? doc.speakerTerms.includes(` ${stem} `) : besideSaid(stem));
  const whoseSaid = (stems: ReadonlySet<string>) => [...stems].some((s) => ofSaid(s) || theStorys(s));
  // "Who was the captain of the plane", of a story about one plane: _The captain, Marta Wilczek, …_ is its captain,
  // when what the role is of is no name (+7 −0).
  const theStorysRole = (stems: ReadonlySet<string>) =>
    asked.roles !== undefined &&
    ![...stems].some((s) => facts.isName(doc, s)) &&
    theRole(doc.text, asked.roles);
  if (roleOf && !whoseSaid(roleOf) && !theStorysRole(roleOf)) return false;
  // "Who is the mayor of Unterau": not _Christine Wagrain, the mayor of Felden_, beside a sentence about Unterau.
  if (roleOf && asked.roles && ![...roleOf].some(inText) && roleOfAnother(doc.text, asked.roles, roleOf))
    return false;
  if (roleOf && asked.roleOfRest?.some((stems) => !whoseSaid(stems))) return false;
  const days = asked.days && calendarWords(doc.text);
  if (days && days.length > 0 && !asked.days?.some((d) => days.includes(d))) return false;
  if (asked.daysAsOf?.some((d) => namedOnlySince(doc.text, d))) return false;
  const seasons = asked.seasons && seasonsIn(doc.text);
  if (seasons && seasons.length > 0 && !asked.seasons?.some((s) => seasons.includes(s))) return false;
  if (asked.direction && !asked.direction.test(doc.text)) return false;
  if (asked.unit && !asked.unit.test(doc.text)) return false;
  if (asked.valueNoun && ![...asked.valueNoun].some(inText)) return false;
  if (asked.perUnit && !givesRateOf(doc.text, asked.perUnit)) return false;
  if (
    asked.toCome &&
    doc.holds.past &&
    !DAY_TO_COME.test(doc.text) &&
    !SAYS_TO_COME.test(doc.text) &&
    !FORESEEN.test(doc.text) &&
    !SAYS_NOW.test(doc.text)
  )
    return false;
  if (asked.willSay && !saysToCome(doc.text)) return false;
  if (asked.whenWill && !saysToCome(doc.text) && !TIME_AHEAD.test(doc.text) && !yearToCome(doc)) return false;
  if (asked.soFar && !givesSpan(doc.text)) return false;
  if (asked.year && !GIVES_YEAR.test(doc.text)) return false;
  if (asked.date && !givesDay(doc.text)) return false;
  if (asked.part && ![...asked.part].some(inText)) return false;
  if (asked.ordinals && !placesAsAsked(ordinalsIn(doc.text), asked.ordinals)) return false;
  if (asked.relativeTime && !placesAsAsked(relativeTimesIn(doc.text), asked.relativeTime)) return false;
  const asksLast = asked.relativeTime?.some(([word]) => word === 'last');
  if (asksLast && datedThisWeekOnly(doc.text)) return false;
  // "How many members did the trust have last year" (or "a year ago", "the year before"): a sentence naming no time
  // gives the story's own (_the Supporters' Trust, which has about 2,700 members_), unless the sentence before says
  // "last" (+30 −1; "a year ago" and the like, +2 −0).
  if ((asksLast || asked.yearAgo) && !DATED.test(doc.text) && !facts.inSentenceBefore(doc, 'last'))
    return false;
  // "How many reports did Veldmark have last year": a value dated only years before is another year's (_640 reports
  // … in 2019_), unless the sentence also dates it from now ("last season", "this year").
  const lastYear = asked.relativeTime?.some(([word, noun]) => word === 'last' && noun === 'year');
  if (
    lastYear &&
    doc.holds.longPast &&
    !relativeTimesIn(doc.text).some(([word, noun]) => noun === 'year' || word === 'last')
  )
    return false;
  if (asked.population && !givesPopulation(doc.text)) return false;
  // The size of a place the sentence names beside it is that place's, not the one the question names ("the town"
  // is any).
  const namesPlaces = places?.every((stems) => [...stems].some((s) => facts.isName(doc, s))) === true;
  const sized = asked.population && namesPlaces ? sizedPlaces(doc.text) : [];
  if (sized.length > 0 && !places?.some((stems) => sized.some((s) => stems.has(s)))) return false;
  if (asked.total && givesRateOnly(doc.text)) return false;
  if (asked.numbersJoined && !asked.numbersJoined.every((joined) => joined.test(doc.text))) return false;
  const saysDone = (stems: ReadonlySet<string>) =>
    [...stems].some((s) => inText(s) || facts.inContext(doc, s));
  if (asked.doneTo && !saysDone(asked.doneTo) && !(asked.obliged && OBLIGATION.test(doc.text))) return false;
  if (asked.causeOf && !causeAfter(doc.text, asked.causeOf)) return false;
  if (asked.years && !saysOfYear(doc.text, asked)) return false;
  if (
    asked.event &&
    !saysDone(asked.event) &&
    !(UNTIL.test(doc.text) && (asked.endingVerb !== undefined || [...(asked.eventEnds ?? [])].some(inText)))
  )
    return false;
  // "How old is the mayor", of a sentence naming the one person quoted as mayor but not the role (_Carvalhal, 54_):
  // the age must be theirs.
  const { ageOf } = asked;
  const holder = ageOf && ![...ageOf].some(inText) ? facts.holderOf(doc) : undefined;
  if (holder !== undefined && inText(holder)) {
    if (!doc.holds.age || !givesAgeOf(doc, new Set([holder]))) return false;
  } else if (ageOf && doc.holds.age) {
    // Not a place's name ("how old is the Brunwil mayor": _In Brunnwil, mayor Thomas Aebi, 61, said_); read only of a
    // sentence giving an age, as it tokenizes the sentence.
    const aged = new Set(
      [...ageOf].filter((s) => facts.isNameWhereTold(doc, s) && !namedAsPlace(doc.text, s)),
    );
    const ofPerson = [...ageOf].some(isKnownFirstName);
    // "Now 81, he says …" gives the age of the one the sentence before names.
    const named = agedOneNamed(doc.text, facts.sentenceBefore(doc)?.text);
    const ofOneBefore = [...aged].some((s) => named.has(s));
    if (aged.size > 0 && !ofOneBefore && !givesAgeOf(doc, aged, ofPerson)) return false;
  }
  // "How old is Hkawn Nu's husband", of a sentence with the husband in it: his age, not hers beside him (+9, nothing
  // lost; the same for any person's word after a possessive, "the airline's boss": +10 −6).
  if (asked.kinAged && ageOf && [...ageOf].some(inText) && !givesKinAge(doc.text, ageOf)) return false;
  const { someName, someone } = asked;
  if (someName && !namesOtherThan(doc, someName)) return false;
  // Names of people and bodies, not places: "the unions that organised the strike in Korvena" names no union.
  if (someone && !namesSomeoneElse(doc, someone)) return false;
  if (someone && asked.body && !namesBodyOtherThan(doc, someone)) return false;
  const { notSpeaker } = asked;
  if (
    notSpeaker &&
    doc.speaker &&
    tokenize(doc.speaker).some((t) => termsOf(t).some((s) => notSpeaker.has(s)))
  )
    return false;
  if (speaker && (speaker.length === 0 || !speaker.every((stems) => speaks(doc, stems, speaker, facts))))
    return false;
  // A population stated counts the people asked, though in no word for them (_a population of about 41,000_).
  if (!countsAsked(doc.fit, asked) && !(asked.population && statesPopulation(doc.text))) return false;
  // Nor does a place's size count people asked otherwise (_Saint-Armel, a village of about 2,300 people_ for "how many
  // people work at the Saint-Armel warehouse"; +15, nothing lost; +15 −2 of questions naming a place too: "how many
  // peple are in the town of Elsmere Haven").
  if (asked.notPlaceSize && givesPlaceSize(doc.text)) {
    const rest = withoutPlaceSizes(doc.text);
    if (!countsAsked(sentenceFit(tokenize(rest), rest), asked)) return false;
  }
  if (otherThan) {
    const { lead } = doc.fit;
    // "Who called the reform a death sentence": _He called the reform "a death sentence …"_ names whom the sentence
    // before names.
    const led = PRONOUN_LEAD.test(doc.text) && (asked.sayer === true || !REPORTED_LEAD.test(doc.text));
    const before = led ? facts.sentenceBefore(doc) : undefined;
    // "Who was arrested over the theft": _A 47-year-old man and a 29-year-old woman were arrested_ names no one but says
    // who; not when a role is asked ("who was the surgeon": not _a 71-year-old man undergoing surgery_; +6 −0).
    return (
      namesSomeoneElse(doc, otherThan) ||
      (before !== undefined && namesSomeoneElse(before, otherThan)) ||
      (lead !== '' && facts.isName(doc, lead) && !otherThan.has(lead)) ||
      saysDoerOf(doc.text, otherThan) ||
      (!asked.roles && (describesSomeoneAged(doc.text) || describesSomeone(doc.text)))
    );
  }
  return true;
}

/**
 * Whether the sentence gives who did what a question word says, in the passive: "who owns Ecovar" by _Ecovar, which is
 * owned by a Dutch infrastructure fund_, "who ran the network" by _run by two brothers_ (not _by 2015_).
 */
function saysDoerOf(text: string, stems: ReadonlySet<string>): boolean {
  // Most sentences have no "by": not worth tokenizing for.
  if (!/\sby\s/i.test(text)) return false;
  const tokens = tokenize(text);
  return tokens.some(
    (t, i) =>
      !t.capitalised &&
      tokens[i + 1]?.folded === 'by' &&
      tokens[i + 2]?.isNumber === false &&
      termsOf(t).some((s) => stems.has(s)),
  );
}

/** Whether the text writes the stem only after "in", "at" or "from", as a place ("In Brunnwil, mayor …"). */
function namedAsPlace(text: string, stemmed: string): boolean {
  const tokens = tokenize(text);
  const at = tokens.flatMap((t, i) => (termsOf(t).includes(stemmed) ? [i] : []));
  return at.length > 0 && at.every((i) => /^(?:in|at|from)$/.test(tokens[i - 1]?.folded ?? ''));
}

/** Whether the sentence names nothing: no capitalised word but a first one that is no name ("The university"). */
function namesNothing(doc: SentenceDoc, facts: StoryFacts): boolean {
  return doc.fit.capitalised.trim() === '' && !leadIsName(doc, facts);
}

/**
 * Whether the sentence's first word is a name set off by a comma, as one before a description of them is (_Nordavia,
 * the main carrier at Lintvik, said …_): one the story writes with a capital elsewhere too, or no English word. Not a
 * surname whose words follow (_Brekke said the pilot …_).
 */
function leadNamesBeside(doc: SentenceDoc, facts: StoryFacts, lead: Token): boolean {
  if (doc.fit.lead === '' || doc.text[lead.start + lead.surface.length] !== ',') return false;
  return leadIsName(doc, facts) || isNoEnglishWord(lead.folded);
}

/** Whether the sentence's first word is a name: one the story writes with a capital elsewhere too. */
function leadIsName(doc: SentenceDoc, facts: StoryFacts): boolean {
  const { lead } = doc.fit;
  return lead !== '' && facts.isName(doc, lead);
}

/**
 * Whether the sentence writes the title, and only as another role: after a word making it one ("Deputy Mayor Sofie
 * Engholm"), or, when the question says which one it asks (`roleOf`) and the sentence does not, after another
 * field's noun ("Justice Minister Pavol Radványi" for "who is the health minister", whose story speaks of health
 * beside it).
 */
function anotherRoleOnly(
  doc: SentenceDoc,
  title: ReadonlySet<string>,
  which: ReadonlySet<string> | undefined,
): boolean {
  const times = (terms: string) => [...title].reduce((n, stem) => n + occurrences(terms, stem), 0);
  const written = times(doc.terms);
  // A quote with no title in its words is of another role when its speaker's is qualified (_Helena Vikström, the
  // deputy mayor_ for "who is the mayor").
  if (written === 0) return doc.speaker !== undefined && qualifiedOnly(doc.speakerTerms, title);
  let other = times(doc.fit.qualified);
  if (which && ![...which].some((s) => doc.terms.includes(` ${s} `)))
    other += doc.fit.titled
      .trim()
      .split(' ')
      .filter((pair) => {
        const [before = '', term = ''] = pair.split('>');
        return title.has(term) && !which.has(stem(before)) && isFieldWord(before);
      }).length;
  return other >= written;
}

// The stems of the words that make a title another's ("deputy mayor"; see `TITLE_QUALIFIERS`).
const QUALIFIER_STEMS = new Set(TITLE_QUALIFIERS.split('|').map(stem));

/** Whether the stems hold the title, each time after a qualifier ("deputi mayor"). */
function qualifiedOnly(terms: string, title: ReadonlySet<string>): boolean {
  const stems = terms.trim().split(' ');
  const at = stems.flatMap((s, i) => (title.has(s) ? [i] : []));
  return at.length > 0 && at.every((i) => QUALIFIER_STEMS.has(stems[i - 1] ?? ''));
}

/** Whether the text writes one of the role's words followed by "of" and a name not among `which` ("mayor of Felden"). */
function roleOfAnother(text: string, roles: ReadonlySet<string>, which: ReadonlySet<string>): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => {
    if (!termsOf(t).some((s) => roles.has(s)) || tokens[i + 1]?.folded !== 'of') return false;
    const name = tokens[i + 2]?.folded === 'the' ? tokens[i + 3] : tokens[i + 2];
    return name?.capitalised === true && !termsOf(name).some((s) => which.has(s));
  });
}

/**
 * Whether the text gives one of the role's words right before a name, with no name or possessive before the title
 * ("chief executive Anneke Brouwersma", "The chief executive, …", "Vice-Chancellor Eleanor Sandqvist"), not
 * "Nordfjell's chief executive Per Olsen" nor "Skelby mayor Rune Aldersen".
 */
function titledBare(text: string, roles: ReadonlySet<string>): boolean {
  const tokens = tokenize(text);
  const isRole = (i: number) =>
    tokens[i] !== undefined && termsOf(tokens[i] as Token).some((t) => roles.has(t));
  return tokens.some((_token, i) => {
    if (!isRole(i) || tokens[i + 1]?.capitalised !== true || isRole(i + 1)) return false;
    let first = i;
    // A word joined to the title by a hyphen is of it (_Vice-Chancellor Eleanor Sandqvist_).
    const joined = (k: number) =>
      tokens[k - 1] !== undefined && textBetween(text, tokens[k - 1] as Token, tokens[k] as Token) === '-';
    while (isRole(first - 1) || joined(first)) first--;
    const before = tokens[first - 1];
    return (
      before === undefined ||
      (!/['’]s$/.test(before.surface) && (!before.capitalised || isStopWord(before.folded)))
    );
  });
}

// An obligation, which says what is required: "must complete", "have to", "is required to", "mandatory".
const OBLIGATION = /\b(?:must|ha(?:ve|s|d)\s+to|need(?:s|ed)?\s+to|required|obliged|mandatory|compulsory)\b/i;

// What a sentence says is still to come: the verb after "will", "would", "is due to", and its next three words within
// the clause.
const TO_COME_MARK =
  /\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|expected|set|scheduled|going|poised|planning)\s+to|plans?\s+to|intends?\s+to|(?:still|yet)\s+to)\s+(?!have\b)(?:(?:not|also|then|now|soon|only|still|be)\s+)*([^\s,.;:]+(?:\s+[^\s,.;:]+){0,3})/gi;

// A verb's past form, as the lemmatizer reads it ("was", "found", "published"), not its present ("is", "says"); or
// one of the verbs English writes alike in both ("which cost 1.49 euros in 2023", "set a target in 2020").
// biome-ignore format: a word list reads best packed
const SAME_IN_PAST = new Set(['cost', 'set', 'cut', 'put', 'hit', 'let', 'shut', 'spread', 'quit', 'hurt', 'cast']);
// A value as it was before a change: "up from 1,150 euros", "down from 12%".
const WAS_VALUE = /\b(?:up|down)\s+from\b/i;
const isPastForm = (folded: string) =>
  SAME_IN_PAST.has(folded) || (!/(?:s|ing)$/.test(folded) && lemmatizer.verb(folded) !== folded);

/**
 * Whether the sentence writes the verb of the question only as still to come, and none of its verbs as done ("how
 * did the council vote on March 5" ~ _The council is due to vote on March 5_: it does not say how).
 */
function saysOnlyToCome(text: string, happened: NonNullable<AskedFor['happened']>): boolean {
  // Each still-to-come stretch, from its verb to its end.
  const stretches = [...text.matchAll(TO_COME_MARK)].map((m) => {
    const end = (m.index ?? 0) + m[0].length;
    return { verb: end - (m[1]?.length ?? 0), end };
  });
  if (stretches.length === 0) return false;
  const tokens = tokenize(text);
  // A verb after "to", past a still-to-come verb, is still to come too ("would hold an emergency session on March 19
  // to decide"; +9, nothing lost).
  const infinitive = (t: Token) =>
    tokens[tokens.indexOf(t) - 1]?.folded === 'to' && stretches.some(({ verb }) => verb < t.start);
  const toCome = (t: Token) =>
    stretches.some(({ verb, end }) => t.start >= verb && t.start < end) || infinitive(t);
  const asked = (t: Token, stems: ReadonlySet<string>) => termsOf(t).some((s) => stems.has(s));
  // A sentence all of whose verbs are to come says nothing done (_An independent evaluation … is due to be published
  // early next year_ for "what did the researchers find"), unless it gives a value as it was (_up from 1,150 euros_).
  if (!WAS_VALUE.test(text) && !tokens.some((t) => !toCome(t) && isPastForm(t.folded))) return true;
  const later = tokens.some(
    (t) =>
      (stretches.some(({ verb }) => verb === t.start) && asked(t, happened.words)) ||
      (toCome(t) && asked(t, happened.verbs)),
  );
  return later && !tokens.some((t) => !toCome(t) && asked(t, happened.verbs));
}

/** Whether the sentence says what is to come: "will", "would", "plans to", a day to come. */
function saysToCome(text: string): boolean {
  return SAYS_TO_COME.test(text) || PLANS.test(text) || DAY_TO_COME.test(text);
}

/** Whether the sentence names a year that is not before its story's (the story's year known). */
function yearToCome(doc: SentenceDoc): boolean {
  return doc.holds.upcoming && doc.holds.date && !doc.holds.past && /\b(?:19|20)\d\d\b/.test(doc.text);
}

/**
 * Whether the text gives a day: by its weekday or month as `calendarWords` reads them (not the "may" of "it may
 * reopen"), by a short month before its day ("Feb. 24"), or counted from now.
 */
function givesDay(text: string): boolean {
  return calendarWords(text).length > 0 || DAY_OTHERWISE.test(text);
}

/** Whether the text writes one of the roles after "the" (perhaps a word between): _The captain, Marta Wilczek_. */
function theRole(text: string, roles: ReadonlySet<string>): boolean {
  const tokens = tokenize(text);
  return tokens.some(
    (t, i) =>
      termsOf(t).some((s) => roles.has(s)) &&
      (tokens[i - 1]?.folded === 'the' || tokens[i - 2]?.folded === 'the'),
  );
}
