import { distance } from 'fastest-levenshtein';
import lemmatizer from 'wink-lemmatizer';
import { isKnownName } from '../lexicon/namesLexicon.js';
import {
  isAdjectiveOrAdverb,
  isGroupNoun,
  isListedInAnyForm,
  isMostlyVerb,
  isPastVerbOnly,
  isPersonNoun,
  isThingNoun,
  isVerbLemma,
} from '../lexicon/wordKinds.js';
import { isWordNetLemma } from '../lexicon/wordnet.js';
import { AMOUNT_FALLEN } from './direction.js';
import { likelySpelling, zipfFrequency } from './english.js';
import { adjacentSwaps } from './spellings.js';
import { contentTokens, hyphenJoined, isDesignation, isStopWord, type Token, tokenize } from './text.js';

/** What kind of answer the question asks for; used to prefer sentences that contain one. */
export type AnswerType =
  | 'money'
  | 'measure'
  | 'level'
  | 'length'
  | 'time'
  | 'score'
  | 'age'
  | 'number'
  | 'date'
  | 'future'
  | 'cause'
  | 'frequency'
  | 'speech'
  | 'person'
  | 'place'
  | null;

/** The kinds of answer that are a quantity (a count, a sum, a measure, a level, a length, an age, a score). */
export const QUANTITY_TYPES: ReadonlySet<AnswerType> = new Set<AnswerType>([
  'number',
  'money',
  'measure',
  'level',
  'length',
  'age',
  'score',
]);

export interface AnalysedQuestion {
  text: string;
  terms: Token[];
  answerType: AnswerType;
  /** Content words written with a capital inside the question: names the article should know. */
  names: Token[];
  /** The verb of paying in "how much did X pay / spend": the sum says it, however a sentence words it. */
  payingVerb?: Token;
  /** The word of "how far / tall / deep / big …" and "how much weight": the value says it ("46 km south of"). */
  measureWord?: Token;
  /** The noun of "what is the weather like": what the answer describes, a topic however everyday. */
  describedNoun?: Token;
}

/** The verbs that may follow a question word ("what does …", "how much did …"), as a regular-expression alternation. */
export const AUXILIARY_VERBS = 'is|was|are|were|does|do|did|has|have|had|will|would|can|could';

// A height, depth, width, weight, speed, distance or temperature: a number with its unit ("38 kilometres", "68 degrees
// Celsius", "31C": +14 −4, 8 of them unanswerable questions declined as they should be), not any number. A
// length's word is the unit's to say ("how far is X from Y": "46 kilometres south of"; "how deep": "buried under
// 4 metres of snow"; "what altitude": "climbed through 19,000 feet"); a speed or a weight is not any measure, and
// "fast" or "heavy" is still asked. Not "how far behind / above / in …", a difference ("41 seconds behind", "how far
// in the red"), nor "how far did they get", how far something went. "What was the average journey length", "whats
// the flight distance": a measure too, the noun ending a few words after "what is the" (not "the length of the
// strike", a duration; +2, nothing lost). "What speeds does it reach": as "how fast"; so are "what is the top speed
// of …" and "what's the speed limit on …" (+10 −1, ten unanswerable declined). "How loud": a sound level, in decibels
// only (see `unit` in askedFor.ts; +3, nothing lost).
const MEASURE_NOUNS = 'altitude|height|depth|elevation|distance|width|length|temperature';
const MEASURE_ASKED = new RegExp(
  `\\b(?:what|which)\\s+(altitude|height|depth|elevation|distance|width|temperature)\\b|\\b(?:what|which)\\s+(?:top\\s+|maximum\\s+|average\\s+)?speeds?\\b|^\\W*what(?:'s|s|\\s+is|\\s+was|\\s+are|\\s+were|\\s+will\\s+be)\\s+(?:the\\s+|its\\s+)?(?:top\\s+|maximum\\s+|average\\s+|cruising\\s+)?(speeds?)\\b|^\\W*what(?:'s|s|\\s+is|\\s+was|\\s+are|\\s+were|\\s+will\\s+be)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+){1,3}?(${MEASURE_NOUNS})\\b(?!\\s+of\\b)|\\bhow (?:heavy|fast)\\b|\\bhow (tall|high|deep|wide|thick|loud|far(?!\\s+(?:behind|ahead|above|below|along|in|into|over|under|short|off|back)\\b)(?!.*\\b(?:get|gets|got|gotten|go|goes|gone|went|come|came|make|made|advanced?|progress(?:ed)?)\\b))\\b`,
  'iu',
);
// "How high did gas prices go", "how high will public debt reach": a level, which a share or a sum may give as well
// as a measure (_reached 118% of GDP_, _topped 300 euros per megawatt hour_). Not that of a thing, a made one or a
// natural object ("how high is the cliff": a height), nor "how high up" or "how high above the river".
const LEVEL_ASKED = /\bhow (high)\b(?!\s+(?:up|above|below)\b)/i;
// The words of what "how high" is asked of, up to three after its verb ("how high did | the trust | bid").
const LEVEL_OF = new RegExp(
  `\\bhow high\\s+(?:${AUXILIARY_VERBS})\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?((?:[\\p{L}'’-]+\\s*){1,3})`,
  'iu',
);
const MEASURE_NOUN = new RegExp(`^(?:${MEASURE_NOUNS})s?$`);

/** Whether the word names a measure ("depth", "distance"): the measure is the value asked, not a noun's value. */
export function isMeasureNoun(folded: string): boolean {
  return MEASURE_NOUN.test(folded);
}

// "How big is the discount", "how much weight did she lose": a number says it ("a discount of 4 dollars a tonne", "had
// lost 7 kilograms"), or a share. Not "how long", whose word a length writes ("118 metres long": +5 −6 as a kind
// word).
// "What was the weather like", "what's the mood going to be like": a description of the noun.
const DESCRIBED =
  /^\W*what(?:'s|s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+)?([\p{L}-]+)\s+(?:(?:going\s+to|gonna)\s+be\s+)?like\b/diu;
const SIZE_ASKED = /\bhow (big|large)\b|\bhow much (weight)\b/i;

// "What was the result of the council vote", "what was the vote on the plan": the tally, which the noun asks for (see
// `ANSWER_KIND_NOUN`).
const VOTE_RESULT =
  /\bwhat(?:'s|s|\s+is|\s+was|\s+were)\s+the\s+(?:final\s+)?(?:(result|outcome|tally)\s+of\s+the\s+(?:[\p{L}-]+\s+){0,3}?vote\b|(vote)\s+(?:on|in|over)\b)/iu;

// "How did the councillors / the board vote": the tally of a body or of several people (_voted 9 to 4_), not how one
// person voted ("how did the mayor vote": for or against).
const TALLY_ASKED =
  /^\W*how\s+(?:did|do|does|will|would)\s+(?:the\s+)?(?:\p{L}[\p{L}'’-]*\s+){0,3}?(\p{L}[\p{L}'’-]*)\s+vote\b/iu;

function asksTally(question: string): boolean {
  const voters = TALLY_ASKED.exec(question)?.[1]?.toLowerCase();
  if (voters === undefined) return false;
  const one = lemmatizer.noun(voters);
  return isGroupNoun(voters) || (one !== voters && isPersonNoun(one));
}

const ANSWER_TYPES: [{ test: (text: string) => boolean }, AnswerType][] = [
  // "What did the mayor say about how much notice they gave": words, whatever the question after "about" asks.
  [
    /^\W*(?:\S+\s+)?what\s+(?:did|does|do|has|have|had|will|would)\b.*?\b(?:say|said|tell|told)\s+(?:about|on)\s+(?:how|when|why|what|where|who|which)\b/i,
    'speech',
  ],
  // "Who said Juniper has no idea how much trouble he caused": words, whatever the words quoted ask.
  [/^\W*(?:\S+\s+)?who\s+(?:said|says|told|warned|claimed|stressed|declared)\b/i, 'speech'],
  // "Who called the rink a frozen vanity project", "who described the past three days as controlled chaos": words
  // that name a thing as something, whoever said them (_Opposition councillors have called the spending "…"_).
  [
    /^\W*(?:\S+\s+)?who\s+(?:called|calls|described|describes|dubbed|branded|labelled|labeled)\s+(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?:(?!(?:on|in|at|to|for|from|after|before|during|about|over)\b)[\p{L}'’-]+\s+){1,4}(?:as\s+|(?=(?:a|an|the)\s))/iu,
    'speech',
  ],
  // "How much rain fell": a measure of what came down (_287 millimetres_), no change.
  [AMOUNT_FALLEN, 'measure'],
  // "How much of the miners' legal costs must the department pay": a part, often a share (_70% of the miners' legal
  // costs_), as well as a sum; not of a sum the question gives ("how much of the 186,000 euros"), which the sentence
  // giving it would answer.
  [/\bhow much of (?:the|its|their|his|her|this|that|[\p{L}-]+['’]s)\s(?![\d$€£])/iu, 'number'],
  // "How much compensation / state aid did they get": a sum, the noun after "how much" (not "how much did profit
  // fall": a share, perhaps), whatever word of change follows ("… after the 2022 power cut").
  [
    new RegExp(
      `\\bhow much\\s+(?:(?!(?:${AUXILIARY_VERBS})\\b)\\p{L}+\\s+)?(?:compensation|profit|revenue|turnover|income|earnings|debt|funding|aid|damages|salary|wages?|ransom|bail|pension|rent|bonus|subsidy|subsidies|grants?|loans?)\\b`,
      'iu',
    ),
    'money',
  ],
  // "How much" of paying, costing, earning, and "what is the price / fine / salary / profit …": a sum of money, not
  // any number ("14 supplement products", "prices rose 1.2%"). Amounts that also change by a share ("how much did
  // profit fall": 38%) stay numbers, and so does "what percentage of the price". "Free of charge" and "in charge"
  // ask no sum.
  // "How much was its fine cut", "how much did the price / spending rise": a change, often a share ("by 30%"), not a
  // sum, as is one going on ("how much is Kessling raising prices by"), not a word describing a noun ("how much are
  // the rising fares"). Not the noun of "how much will the pay rise be".
  [
    /\bhow much\b.*\b(?:(?:cut|reduced|lowered|raised|increased|rose|risen|fell|fallen|dropped|jumped|grew|grown|shrank|climbed|slumped)\b|(?<!\b(?:the|a|an|its|their|his|her|our)\s)(?:cutting|reducing|lowering|raising|increasing|rising|falling|dropping|jumping|growing|shrinking|climbing|slumping|decreasing|declining)\b|(?:increase|decrease|decline|rise|fall|drop|jump|grow|shrink|climb|slump)s?\b(?!\s+(?:be|is|was|were|are|been|of|for)\b))/i,
    'number',
  ],
  // "How much above the reference rent can landlords charge", "how much more": a difference, often a share ("10%").
  [/\bhow much (?:more|less|above|below|higher|lower)\b(?!\s+(?:money|cash)\b)/i, 'number'],
  [
    /\bhow much\b.*\b(?:cost|costs|costing|pa(?:y|ys|id|ying)|spen(?:d|ds|t|ding)|worth|valu(?:e|es|ed|ing)|money|cash|earn(?:s|ed|ing)?|(?<!\b(?:of|in)\s)charg(?:e|es|ed|ing)|fined?|invest(?:s|ed|ing)?)\b/i,
    'money',
  ],
  [/\bhow (?:expensive|costly|pricey)\b/i, 'money'],
  // "How much was the Rossund Bridge toll before …", "how much is a ferry ticket from Lavrio": a sum, what the noun
  // costs, though more words follow (+5 declined, nothing lost).
  [
    /\bhow much (?:is|are|was|were|will be|would be) (?:the |a |an )?(?:[\p{L}-]+(?:'s)? ){0,3}(?:toll|fare|fee|price|cost|rent|fine|ticket|salary|wage|pension|bill)s?\b/iu,
    'money',
  ],
  // "How much were the chicken wraps", "how much is a weekend pass": the price of a thing named in a few words.
  [/^\W*how much (?:is|are|was|were) (?:the |a |an |one )?(?:[\p{L}-]+ ){0,2}[\p{L}-]+\W*$/iu, 'money'],
  // "What does a tonne of cement cost", "what will it cost to rebuild": a sum, as "how much … cost" asks; not the noun
  // ("what did the minister say about the cost": words).
  [
    /^\W*what\s+(?:does|do|did|will|would|could)\b.*\b(?<!\b(?:the|its|a|an|their|his|her|our|of)\s)cost\b/i,
    'money',
  ],
  // "What price did okra fall to", "what fee do interpreters get", "what fine has the authority proposed", "what price
  // per tonne will Egypt pay": the sum, asked before its verb (+31 −0; with fines, grants, loans … +12 −2 more: "what
  // fines do companies face" of _fines of up to 4% of their global annual turnover_, a share; "what compensation",
  // +0 −1, is left out).
  [
    /^\W*what\s+(?:price|fee|fare|rent|toll|salary|wage|fine|bonus|grant|payment|subsidy|loan|pension|penalty|dividend|budget|cost)s?\s+(?:per\s+[a-z]+\s+)?(?:does|do|did|will|would|could|can|is|are|was|were|has|have|had)\b/i,
    'money',
  ],
  [
    /^\W*what(?:'s|s|\s+(?:is|was|are|were|will\s+be))\s+(?!(?:the\s+)?(?:percentage|share|fraction|proportion)\s+of\b)(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+(?:'s)?\s+){0,3}?(?:price|cost|fine|fee|salary|wage|profit|revenue|turnover|income|earnings|debt|budget|dividend|bonus|compensation)s?\b/iu,
    'money',
  ],
  // "How fast did rescuers get to the ship", "how quickly can the boat be launched": how long it took or takes (_within
  // 50 minutes_), or a speed, as "how long" asks a duration or a length; not "how fast will the train be", a speed
  // (+12, nothing lost; with it, +12 −1).
  [/\bhow (?:fast|quickly)\s+(?:did|do|does|can|could|will|would)\b(?!.*\bbe\W*$)/i, 'length'],
  [LEVEL_ASKED, 'level'],
  [MEASURE_ASKED, 'measure'],
  // "How long": a length or a duration, with its unit ("a 34-kilometre detour", "for up to 40 hours"), preferred in
  // the ranking; it proves nothing by itself, since a duration is often given by its end ("until at least Nov. 30").
  [/\bhow long\b(?!\s+ago\b)/i, 'length'],
  // "How old": an age, or the year something began ("founded in 1921"); so does "when was it founded / born".
  [/\bhow old\b/i, 'age'],
  [/^\W*(?:\S+\s+)?when\s+(?:was|were|is|are)\b.*\b(?:founded|established|born|incorporated)\b/i, 'age'],
  [
    /\bhow (?:many|much)\b|\bwhat (?:number|percentage|percent|share|fraction|proportion|portion|amount|sum|size)\b|\b(?:in|as\s+an?)\s+(?:percent|percentage)\W*$|^\W*what(?:'s|s|\s+is|\s+was|\s+were)\s+the\s+(?:percent|percentage)\b|\bhow (?:big|large)\b|^\W*what(?:'s|s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:[\p{L}-]+\s+)?(?:amount|sum|value|total|number)\s+of\b/iu,
    'number',
  ],
  // "When" asks a date as the question word ("when", "and when", "since when"), not as a conjunction later on ("what
  // did he say when he was told").
  // "What was the score": a result as sport writes it ("6-4 3-6 7-6(5)", "a 5-0 home defeat").
  [/\bwhat(?:'s|s|\s+is|\s+was|\s+were)\s+the\s+(?:final\s+|full\s+)?scores?\b|\bby what score\b/i, 'score'],
  // "What was the result of the council vote": the tally ("voted 27 to 19", "passed by 19 votes to 12").
  [VOTE_RESULT, 'score'],
  [{ test: asksTally }, 'score'],
  // "What time": a time of day ("at 11:07 a.m."), preferred in the ranking; "when" then serves as well.
  // "What hours are the cameras on": times of day ("from 7 a.m. to 8 p.m.").
  [/\bwhat time\b|\b(?:what|which)\s+hours\b/i, 'time'],
  // "When will it reopen": a date still to come, which a sentence gives with some date, time or word of time.
  // Not "since when is night hunting allowed", nor "when do the regulations date from": a date past.
  [
    /^\W*(?!since\b)(?:\S+\s+)?when\s+(?:will|would|is|are|does|do)\b(?!.*\bdate[sd]?\s+(?:back|from)\b)/i,
    'future',
  ],
  // "Why did it fail", "what caused the fire": a cause, which a sentence gives in words of causing ("because of").
  [/^\W*(?:\S+\s+)?(?:why\b|how\s+come\b|what\s+(?:caused|triggered|sparked|prompted|led\s+to)\b)/i, 'cause'],
  // "How often does the band rehearse": a frequency ("twice a week", "every six years"; see `givesFrequency`).
  [/^\W*(?:\S+\s+)?how\s+(?:often|frequently)\b/i, 'frequency'],
  [
    /^\W*(?:\S+\s+)?when\b|\bwhat (?:year|date|day|month|time|deadline)\b|\bwhich (?:year|date|day|month)\b|\bhow long ago\b|^\W*what(?:'s|s|\s+is|\s+was)\s+the\s+(?:[\p{L}-]+\s+)?deadline\b/iu,
    'date',
  ],
  // Not "what crime reference number should people quote": the thing "what <noun>" names is asked, not words (+4,
  // nothing lost).
  [
    /\b(?:say|says|said|saying|tell|told|stress(?:ed)?|warn(?:ed)?|claim(?:ed)?|announce[ds]?)\b|^(?!\W*(?:what|which)\s+(?!(?:did|does|do|has|have|had|was|is|were|are|will|would|should|could|can)\b)\p{L}).*\bquote[ds]?\b/iu,
    'speech',
  ],
  // "Who" asks for a person as the question word, not as a relative later on ("the firefighter whose truck …").
  [/^\W*(?:\S+\s+)?who(?:m|se)?\b/i, 'person'],
  [/\bwhere\b/i, 'place'],
];

// The noun of "what share / fraction / percentage / year …", "how big a chunk of …", "what was the (combined) value
// of …", "what's the name of …" and "what's the captain's name", the "old" of "how old", the "cash" of "how much
// cash", the "percent" of "… in percent" and "what was the percentage increase" (a story writes "%"; +3, nothing lost)
// and the "deadline" of "what's the deadline" ("by noon on Friday"): it names the kind of answer (a number, a sum, a
// date, a name, an age), not a topic ("7-year-old" is no answer to "how old is Sofia Karamanli"; "worth 386 million
// euros" is to "the value of the contracts").
const ANSWER_KIND_NOUN =
  /\bhow (old)\b|\bhow much (?:more\s+)?(cash|money)\b|\bwhat(?:'s|s|\s+is|\s+was|\s+were)\s+the\s+(?:final\s+|full\s+)?(scores?)\b|\bwhat(?:'s|s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:[\p{L}-]+\s+)?(amount|sum|value|total)\s+of\b|\b(?:what|which) (number|percentage|percent|share|fraction|proportion|portion|amount|sum|size|year|date|day|month|time|deadline)\b|\bhow (?:big|large) an? (share|fraction|proportion|portion|part|slice|chunk)\b|^\W*what(?:'s|s|\s+is|\s+was)\s+the\s+(?:[\p{L}-]+\s+)?(deadline)\b|\b(?:in|as\s+an?)\s+(percent|percentage)\W*$|^\W*what(?:'s|s|\s+is|\s+was|\s+were)\s+the\s+(percent|percentage)\b|\bwhat(?:'s|s|\s+is|\s+are|\s+was|\s+were)\s+the\s+(?:(names?)\s+of\b|[\p{L}-]+['’]s\s+(names?)\b)/iu;

export function analyseQuestion(text: string): AnalysedQuestion {
  const kindNoun = ANSWER_KIND_NOUN.exec(text) ?? VOTE_RESULT.exec(text);
  const noun = kindNoun?.slice(1).find((group) => group !== undefined);
  const kindNounAt = kindNoun && noun ? kindNoun.index + kindNoun[0].lastIndexOf(noun) : -1;
  const terms = withDesignations(
    text,
    asBareVerbs(
      text,
      dedupe(contentTokens(text)).filter((t) => t.start !== kindNounAt),
    ),
  );
  const first = text.match(/[\p{L}\p{N}]/u)?.index ?? 0;
  // A capital on the first word says nothing; one later on marks a name (users who type in lower case get none).
  const names = terms.filter((t) => t.capitalised && !t.isNumber && t.start > first);
  const typeOfWords = ANSWER_TYPES.find(([re]) => re.test(text))?.[1] ?? null;
  const answerType = typeOfWords === 'level' && !levelOfNoThing(text) ? 'measure' : typeOfWords;
  const paying = PAYING.exec(text);
  const payingAt = paying?.[1] ? paying.index + paying[0].length - paying[1].length : -1;
  const payingVerb = terms.find((t) => t.start === payingAt);
  const measure = (
    answerType === 'measure' ? MEASURE_ASKED : answerType === 'level' ? LEVEL_ASKED : SIZE_ASKED
  ).exec(text);
  const kindWord = measure?.slice(1).find((group) => group !== undefined);
  const measureWordAt = measure && kindWord ? measure.index + measure[0].length - kindWord.length : -1;
  const measureWord = terms.find((t) => t.start === measureWordAt);
  const described = DESCRIBED.exec(text);
  const describedNoun = terms.find((t) => t.start === described?.indices?.[1]?.[0]);
  return {
    text,
    terms,
    answerType,
    names,
    ...(payingVerb ? { payingVerb } : {}),
    ...(measureWord ? { measureWord } : {}),
    ...(describedNoun ? { describedNoun } : {}),
  };
}

const PERSONAL_PRONOUN = /^(?:i|you|we|they|he|she|it)$/;

/**
 * Whether "how high" is asked of something other than a thing ("gas prices", "the trust"): no word of it a thing, nor
 * a person the question does not name ("how high can you fly").
 */
function levelOfNoThing(text: string): boolean {
  const words = LEVEL_OF.exec(text)?.[1]?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  return (
    words.length > 0 &&
    !PERSONAL_PRONOUN.test(words[0] ?? '') &&
    !words.some((w) => isThingNoun(w.replace(/['’]s$/, '')))
  );
}

// "How much did Kingsmere pay for Varga", "how much has Vistrochem spent": a sentence may give the sum without the verb
// ("signed Varga … for a fee of 142 million pounds", "18 million euros on Mikkel Aagaard"). Not "get paid": what one
// earns is asked by the verb ("would add 85 million euros to labour costs" is no one's pay). Nor "cost": "how much did
// the villa cost" is not answered by any sum beside the villa.
const PAYING =
  /\bhow much\b.*?\b(?<!\b(?:get|gets|got|getting|be|been|being|is|was|were|are)\s)(pa(?:y|id|ys|ying)|spen(?:d|t|ds|ding))\b/i;

// What a question opens with, typed in a hurry: "wich", "wen", "hw", "waht".
const WH_WORDS = ['what', 'which', 'when', 'where', 'who', 'why', 'how', 'whose'];
// An opening word this common in English is meant as written ("that", "then", "hot"), not as a slip.
const EVERYDAY_OPENING_ZIPF = 4;

/**
 * The question with its first word spelt as the question word it misspells ("wich company runs the mine"), so that
 * the question is read for what it asks and the slip is not looked for as a topic: a word one typo from one question
 * word (two letters swapped count as one) that English seldom uses and that is no stop word ("whos" is who's). So are
 * the word after "how" (see `spellHowWord`) and a verb the question is built with (see `spellAuxiliaries`).
 */
export function spellQuestionWord(question: string): string {
  return spellAuxiliaries(spellWhatWord(spellHowWord(spellOpeningWord(question))));
}

function spellOpeningWord(question: string): string {
  const first = /^\W*([a-z]+)\b/i.exec(question);
  const word = first?.[1]?.toLowerCase();
  if (!first || !word || isStopWord(word) || zipfFrequency(word) >= EVERYDAY_OPENING_ZIPF) return question;
  return respelt(question, endingAt(first, word), word, WH_WORDS);
}

/**
 * The question with the word at `at` written as the one of `among` it is one typo from (two letters swapped count as
 * one), or of those, the one it begins ("hav": have, not has or had); as it was when it is one typo from none or from
 * several ("hwo": how or who; better read as written than guessed).
 */
function respelt(question: string, at: number, word: string, among: readonly string[]): string {
  const meant = meantAmong(word, among);
  return meant === undefined ? question : question.slice(0, at) + meant + question.slice(at + word.length);
}

/** The one word of `among` that `word` misspells (see `respelt`), if there is one. */
function meantAmong(word: string, among: readonly string[]): string | undefined {
  const swaps = adjacentSwaps(word);
  const near = among.filter((w) => distance(word, w) === 1 || swaps.includes(w));
  const begun = near.filter((w) => w.startsWith(word));
  const meant = near.length === 1 ? near : begun;
  return meant.length === 1 ? meant[0] : undefined;
}

/** Where the word that ends the match begins. */
const endingAt = (found: RegExpExecArray, word: string) => found.index + found[0].length - word.length;

// What "how" asks with, typed in a hurry: "how manny", "how mutch", "how lnog".
export const HOW_WORDS = ['many', 'much', 'long', 'old', 'far', 'often', 'big', 'tall', 'soon'];

/**
 * The question with the word after an opening "how" spelt as the one it misspells ("how manny children"), when it is
 * one typo from one of `HOW_WORDS` and no word WordNet knows as an adjective or adverb (which "how" may ask with: "how
 * deep"). A name it may also be ("Manny") is no reading of "how manny".
 */
function spellHowWord(question: string): string {
  const how = /^\W*how\s+([a-z]+)\b/i.exec(question);
  const word = how?.[1]?.toLowerCase();
  if (!how || !word || HOW_WORDS.includes(word) || isStopWord(word) || isAdjectiveOrAdverb(word))
    return question;
  return respelt(question, endingAt(how, word), word, HOW_WORDS);
}

// What "what" asks a share or a count with, typed in a hurry: "what percntage", "what precent".
const WHAT_VALUE_WORDS = ['percentage', 'percent', 'proportion', 'fraction', 'number', 'amount'];

/**
 * The question with the word after an opening "what" spelt as the one of `WHAT_VALUE_WORDS` it is one typo from, when
 * it is no word WordNet knows nor a name, and English seldom writes it ("what percntage of crashes").
 */
function spellWhatWord(question: string): string {
  const what = /^\W*what\s+([a-z]+)\b/i.exec(question);
  const word = what?.[1]?.toLowerCase();
  if (!what || !word || WHAT_VALUE_WORDS.includes(word) || isStopWord(word)) return question;
  if (zipfFrequency(word) >= SELDOM_ZIPF || isWordNetLemma(word) || isKnownName(word)) return question;
  return respelt(question, endingAt(what, word), word, WHAT_VALUE_WORDS);
}

// Verbs a question is built with, which a hurried hand misspells ("when wil the court rule", "how many members does
// it hav"); three letters or more, or too many words are one typo from them.
// biome-ignore format: a word list reads best packed
const AUXILIARIES = [
  'was', 'are', 'were', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
];
// A word this common in English is meant as written, however close to a verb ("wall", "hat").
const SELDOM_ZIPF = 3;

/**
 * The question with each word that is no word of English (WordNet has no such lemma, nor the names lexicon, and
 * English seldom writes it) spelt as the one verb of `AUXILIARIES` it is one typo from: a stop word, not a topic the
 * stories lack.
 */
function spellAuxiliaries(question: string): string {
  return respellSlips(question, (word) => {
    // The look-ups last: few words are a typo from one of these verbs, and a word new to the bot costs them.
    const meant = AUXILIARIES.includes(word) ? undefined : meantAmong(word, AUXILIARIES);
    return meant !== undefined && isNoEverydayWord(word) ? meant : undefined;
  });
}

/**
 * The question with each word English lacks (no WordNet lemma nor name, seldom written) that matches no word of the
 * stories, not even misspelt, spelt as the word it most likely misspells when that is a stop word ("when did the
 * stampede hapen": happen): a word that only builds the question, not a topic the stories lack. Not a question word
 * ("whn": why, when?), which `spellQuestionWord` reads only when one is meant.
 */
export function spellStopWords(question: string, matchesStories: (word: string) => boolean): string {
  return respellSlips(question, (word) => {
    if (!isNoEverydayWord(word)) return undefined;
    const meant = likelySpelling(word);
    return meant !== '' && isStopWord(meant) && !WH_WORDS.includes(meant) && !matchesStories(word)
      ? meant
      : undefined;
  });
}

/**
 * Whether the word is no stop word nor any word English has: seldom written, in no form WordNet lists (not "dyes", the
 * plural of a lemma), no known name.
 */
function isNoEverydayWord(word: string): boolean {
  return (
    !isStopWord(word) && zipfFrequency(word) < SELDOM_ZIPF && !isListedInAnyForm(word) && !isKnownName(word)
  );
}

/** The question with each whole word in lower case, three letters or more, written as `meantFor` reads it, if it does. */
function respellSlips(question: string, meantFor: (word: string) => string | undefined): string {
  let spelt = question;
  // Whole words only: not the "caf" of "café" ("can").
  for (const found of question.matchAll(/(?<![\p{L}\p{N}])[a-z]{3,}(?![\p{L}\p{N}])/gu)) {
    const meant = meantFor(found[0]);
    if (meant === undefined) continue;
    // Earlier words may have changed length ("wil" -> "will").
    const at = found.index + spelt.length - question.length;
    spelt = spelt.slice(0, at) + meant + spelt.slice(at + found[0].length);
  }
  return spelt;
}

// Where a question's auxiliary stands: right after "how long / much / often / far / old", "when", "where", "why", or
// "how many" and one word.
const AUXILIARY_SLOT = /^\W*(?:how\s+(?:long|much|often|far|old|many\s+[a-z]+)|when|where|why)\s+([a-z]+)\b/i;

/**
 * The question with the word standing where its auxiliary must stand spelt as the one verb of `AUXILIARIES` it is one
 * typo from, though English writes it, when no story has it and it is no verb: "how long dose the crossing take"
 * (see `spellAuxiliaries` for words English lacks).
 */
export function spellAuxiliarySlot(question: string, inStories: (word: string) => boolean): string {
  const slot = AUXILIARY_SLOT.exec(question);
  const word = slot?.[1]?.toLowerCase();
  if (!slot || !word || AUXILIARIES.includes(word) || isStopWord(word) || inStories(word)) return question;
  // A verb there is the question's own ("how many bees died").
  if (isMostlyVerb(word) || isPastVerbOnly(word)) return question;
  return respelt(question, endingAt(slot, word), word, AUXILIARIES);
}

/**
 * A designation ("taranis-1", "heliar-2") is sought whole, not as its word and its number: "Boreas-1" says nothing
 * about the Taranis-1 rocket, nor Heliar-1 about Heliar-2.
 */
function withDesignations(text: string, terms: Token[]): Token[] {
  const designations = hyphenJoined(text).filter(isDesignation);
  if (designations.length === 0) return terms;
  const inOne = (t: Token) =>
    designations.some((d) => t.start >= d.start && t.start < d.start + d.surface.length);
  return [...terms.filter((t) => !inOne(t)), ...designations].sort((a, b) => a.start - b.start);
}

// Words after which a verb is in its bare form ("did the Ellerys found", "plans to found"), and the words of a subject
// that may stand between (a determiner or pronoun, or a word that is no stop word nor mostly a verb).
const BARE_VERB_AFTER = /^(?:do|does|did|will|would|can|could|should|may|might|must|to)$/;
const SUBJECT_WORDS = 3;
const SUBJECT_STOP_WORDS =
  /^(?:the|a|an|his|her|its|their|our|this|that|these|those|he|she|it|they|we|you|i)$/;

/**
 * The question's words, each that is mostly another verb's past but stands in a verb's bare form read as the verb it
 * is as written: "when did the Ellerys found the farm" asks who founded it (_Banda founded the centre in 2017_), not
 * who found it; "what did police say they found" keeps find.
 */
function asBareVerbs(text: string, terms: Token[]): Token[] {
  if (!terms.some((t) => t.lemmaOnly)) return terms;
  const tokens = tokenize(text);
  return terms.map((t) => {
    if (!t.lemmaOnly || !isVerbLemma(t.folded)) return t;
    const at = tokens.findIndex((u) => u.start === t.start);
    for (let i = at - 1; i >= Math.max(0, at - 1 - SUBJECT_WORDS); i--) {
      const word = (tokens[i] as Token).folded;
      if (BARE_VERB_AFTER.test(word)) {
        const { surface, folded, stem, start, isNumber, capitalised } = t;
        return { surface, folded, stem, start, isNumber, capitalised };
      }
      if (!SUBJECT_STOP_WORDS.test(word) && (isStopWord(word) || isMostlyVerb(word))) return t;
    }
    return t;
  });
}

function dedupe(tokens: Token[]): Token[] {
  const seen = new Set<string>();
  return tokens.filter((t) => !seen.has(t.stem) && seen.add(t.stem));
}
