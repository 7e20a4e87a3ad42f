import { distance } from 'fastest-levenshtein';
import { isKnownName } from '../lexicon/namesLexicon.js';
import {
  isAdjectiveOrAdverb,
  isFieldWord,
  isMostlyAdjective,
  isMostlyAdverb,
  isMostlyVerb,
  isPersonNoun,
} from '../lexicon/wordKinds.js';
import { remembered } from '../remembered.js';
import { fitsAskedFor, type StoryFacts } from './answerFit.js';
import { agedOneNamed } from './answerTypes.js';
import { anyoneVerb, saysNoOne, undergoneTerms } from './anyoneAsked.js';
import { askedFor } from './askedFor.js';
import { calledAsked, jobAskedAt } from './askedPerson.js';
import { anyQuoteAnswers, isEverydayPerson, speakerTerms } from './askedSpeaker.js';
import { kindAsked, kindOfName } from './askedWhich.js';
import { COMMON_SHARE, pickCandidates, withOthers } from './candidates.js';
import { directionVerbAt } from './direction.js';
import { openingPlace } from './elsewhere.js';
import { asMeant, likelySpelling } from './english.js';
import { citeExcerpts } from './excerpts.js';
import { asksLengthOf, givesMeasureOf, measuredThing, pricedThing, sentencesHolding } from './measureOf.js';
import { callsByHead, headOfName, namesWithHead } from './nameHead.js';
import { fieldsNaming, nameMatesOf } from './naming.js';
import { givesNewValue } from './newValue.js';
import { kindsAsked, namesOtherKind } from './otherKind.js';
import { isRatePer } from './perUnit.js';
import { inPhrasalVerb, withPhrasalSynonyms } from './phrasalVerbs.js';
import {
  type AnswerType,
  analyseQuestion,
  HOW_WORDS,
  QUANTITY_TYPES,
  spellAuxiliarySlot,
  spellQuestionWord,
  spellStopWords,
} from './query.js';
import { isSure, type RankedSentence, rankCandidates } from './rank.js';
import { roleHolder } from './roleHolder.js';
import {
  givesPlaceSize,
  givesPopulation,
  populationAsPeople,
  statesPopulation,
  statesUnnamedPopulation,
} from './saidValues.js';
import type { Candidate, SentenceDoc, SentenceIndex } from './sentenceIndex.js';
import { sumNear } from './sumNear.js';
import { englishZipf, termRoles, termWeights } from './termWeights.js';
import { isLastWord, stem, type Token, textBetween, tokenize } from './text.js';
import type { Answer } from './types.js';
import type { ResolvedTerm, Vocabulary } from './vocabulary.js';

/** Thresholds of the answer/abstain decision, on the coverage-based score of the best sentence (0..1). */
export const ANSWER_THRESHOLD = 0.45;
// Later excerpts must be close to the best one: a list padded with weak matches is noise.
const FOLLOWER_SHARE = 0.6;
// The most sentences of a quote an excerpt cites for "what did X say" (see `citeExcerpts`): a quote is often two, its
// attribution between them.
const QUOTE_SENTENCES = 3;
// A sentence must surely cover this share of what is asked beyond the names it is asked about.
const CONTENT_THRESHOLD = 0.3;
// Less for "what did X say about Y", where the speaker, who must match, is much of what is asked, and a quote says its
// topic its own way ("what did Vangsnes say about the size of the eruption": "the most powerful eruption we have
// recorded"): 0.2 was +5 and lost nothing; 0.15, with more stories, +2 more ("what did Lena Marklund say about the pay
// claim", a word the story lacks, beside "pay"), nothing lost; 0.1 +3 −2; at 0 every quote of a named speaker answers.
const SPEECH_CONTENT_THRESHOLD = 0.15;
// How many sentences holding the person "how old" asks of, or the place whose population is asked, are read for
// those that give an age or a population.
const AGED_SCAN = 500;
// How many quotes of a person the question names are read beyond the candidates.
const QUOTES_BY_NAMED = 30;
// The content share of a sentence that covers all of it (floating point).
const FULL_CONTENT = 0.999;
// From this many names in a question, an answering sentence (or its neighbours) must name at least one of them.
const NAMES_TO_BE_NAMED = 2;
// What a question asks for when it asks a value (a count, a sum, a measure, an age, a score, a date or a time).
const VALUE_TYPES = new Set<AnswerType | null>([...QUANTITY_TYPES, 'date', 'future', 'time']);
// Values asked as a date or time: a month or day named is one ("in November").
const DATED_TYPES = new Set<AnswerType | null>(['date', 'future', 'time', 'length']);
// A question about the story's own events (see `BACKGROUND_FACTOR` in rank.ts) names no year nor a time before it
// ("the last time", "previous", "ever", "in history"), and asks no date, age or words, which the past often gives.
const PAST_ASKED =
  /\b(?:1[89]\d\d|20\d\d|previous(?:ly)?|last|earlier|before|ago|history|historic|ever|first|since|record|former|once|past|then|decades?|years?)\b/i;
const ASKED_OF_THE_PAST = new Set<AnswerType | null>(['date', 'age', 'speech']);
// "Since when has …", and the "since" of a sentence that answers it.
const SINCE_WHEN = /^\W*since\s+when\b/i;
const SINCE = /\bsince\b/i;
// "The country": the one a story's dateline gives after its town.
const THE_COUNTRY = /\bthe country\b/i;
// Zipf frequency below which a word is topical: the article lacking it means it does not cover the question.
const MISSING_WORD_ZIPF = 4.5;
// What may follow the thing priced: "how much is a day pass", "how much will the repairs cost", "how much is the
// merger worth" (not "how much is the union seeking", whose noun is who asks).
const PRICE_ENDS =
  /^\s*(?:cost|costs|worth)?(?:\s+(?:at|in)\s+(?!(?:its|their|his|her)\b)(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?(?:\s+(?:cost|costs|worth|earn|earns|charge|charges))?\W*$/iu;

// Longer questions are declined before any analysis: every pattern run over a question then stays cheap, whoever
// calls (the bot's option allows 200 characters, the CLI 300).
export const MAX_QUESTION_CHARS = 1_000;

// "How do I …", "how to …", "best way to …", "best beaches in …", "what's the best bakery in …", "should I …", "what's
// a good recipe for …", "any good podcasts", "can you recommend …": a reader's own how-to or shopping, which no news
// story answers, however many of its words the story shares ("how do i coach a kids football team", "best way to
// treat a hamstring injury"; "what is the best-selling beer" asks about the story).
const ASKS_ADVICE =
  /^\W*(?:how\s+(?:do|can|should|could|would)\s+(?:i|we|you)\b|how\s+to\b|(?:(?:what(?:'s|s|\s+is|\s+are)\s+)?the\s+)?best\b(?!-)|should\s+i\b|can\s+i\b|(?:what(?:'s|s|\s+is|\s+are)|is\s+there|are\s+there|any)\s+(?:a\s+|an\s+|some\s+|any\s+)?good\b|(?:can|could|would)\s+you\s+(?:recommend|suggest)\b)/i;

export interface AnswerRequest {
  question: string;
  limit: number;
  allowed: (articleId: string) => boolean;
}

/** Not yet a reply: the excerpts, or why there are none; suggestions are added by the library. */
export type Verdict = Omit<Answer, 'suggestions'>;

// The word after "how" that asks a value's kind: "how long", "how far", "how often", "how deep"; and the word that may
// qualify it: "how far away", "how much extra", "how much pricier".
const HOW_WORD = new RegExp(
  `\\bhow\\s+(${[...HOW_WORDS, 'large', 'high', 'deep', 'wide'].join('|')})\\b(?:\\s+([a-z]+)\\b)?`,
  'di',
);

export function answerQuestion(index: SentenceIndex, request: AnswerRequest): Verdict {
  const verdict = answerAsTyped(index, request);
  // (A question over the length allowed is declined as it is: its words are not read.)
  if (verdict.answered || request.question.length > MAX_QUESTION_CHARS) return verdict;
  // "What is the populaton of Oostveld", "which street did the crash hapen on": words neither the stories nor English
  // have, each one typo from a word English has, are asked as those words before the question is declined (the kind
  // of answer may say them: a population, a percentage; or the stories by another form).
  const words = index.vocabulary.inStories(request.allowed);
  let respelt = request.question;
  for (const token of [...tokenize(request.question)].reverse()) {
    const spelt = likelySpelling(token.folded);
    if (spelt === '' || words.has(token.stem)) continue;
    respelt = `${respelt.slice(0, token.start)}${spelt}${respelt.slice(token.start + token.surface.length)}`;
  }
  if (respelt === request.question) return verdict;
  const retried = answerAsTyped(index, { ...request, question: respelt });
  return retried.answered ? { ...retried, question: request.question } : verdict;
}

function answerAsTyped(index: SentenceIndex, { question, limit, allowed }: AnswerRequest): Verdict {
  if (question.length > MAX_QUESTION_CHARS) {
    return notCovered(question, `The question is too long (over ${MAX_QUESTION_CHARS} characters).`);
  }
  const words = index.vocabulary.inStories(allowed);
  // A misspelt question word ("wich", "wen"), auxiliary ("dose") or other stop word ("hapen") is read as the one
  // meant.
  const matchesStories = (word: string) =>
    tokenize(word).some((t) => index.vocabulary.resolve(t, words).via !== 'none');
  const text = spellStopWords(
    spellAuxiliarySlot(spellQuestionWord(question), (word) => words.has(stem(word))),
    matchesStories,
  );
  if (ASKS_ADVICE.test(text)) {
    return notCovered(question, 'The question asks for advice or instructions; the stories report the news.');
  }
  const analysed = analyseQuestion(text);
  if (analysed.terms.length === 0) {
    return notCovered(question, 'The question has no words to look for (only question words or stop words).');
  }
  // A name is matched only by its synonyms ("Kiev" ~ Kyiv), never a related word: Japan is not Korea.
  const resolved = analysed.terms.map((t) =>
    index.vocabulary.resolve(t, {
      isName: analysed.names.includes(t) || isKnownName(t.folded),
      has: words.has,
      hasPhrase: words.hasPhrase,
      last: t === analysed.terms.at(-1) && isLastWord(text, t),
    }),
  );
  completeNames(resolved, text, index.vocabulary, words.has);
  populationAsPeople(resolved, text, words.has);
  // "What countries were they from": the kind of place is what the answer names, not a word it must write; nor is
  // "called" of "what was the trawler called" (a name).
  const nameKind = kindOfName(text, resolved);
  // Nor is the noun of "what colour …" the stories lack: the answer names a kind of it (_yellow_; see `namesKindOf`).
  // Only a topical noun, which would otherwise be missing: an everyday one ("which firm", "what price") is answered
  // in its own words or by a name.
  const jobAt = jobAskedAt(text);
  // Nor is the word for a job of "what role does Jonas Lindell have": who they are is asked, as for "whats his job".
  const asKind = nameKind || jobAt >= 0 ? undefined : kindAsked(text, resolved);
  const kind = asKind && englishZipf(asKind.token, false) < MISSING_WORD_ZIPF ? asKind : undefined;
  const calledAt = calledAsked(text)?.calledAt;
  // Nor is the "long" of "how long" (or "far", "often" …) when no story has the word: a length or a duration gives
  // it (_off work for seven weeks_); where a story has it, it may write it (_118 metres long_).
  // Only when it asks a value ("how far above normal" asks a difference, in its own words).
  const howWord = analysed.answerType === null ? undefined : HOW_WORD.exec(text)?.indices;
  const howWordAt = howWord?.[1]?.[0] ?? -1;
  // So is the word after it that qualifies the value, an adjective or adverb no story has ("how far away", "how much
  // pricier" ask a distance, a difference); not after "many": "how many private schools" counts private ones. One the
  // stories have, when the word it qualifies is dropped, is a word the kind of answer may say (_47 miles (76 km)
  // away_), nor the only one to pick sentences by ("how far away is Halvang airport" is not _turn aircraft away_).
  const qualifierAt =
    howWord?.[1] && /many/i.test(text.slice(...howWord[1])) ? -1 : (howWord?.[2]?.[0] ?? -1);
  const qualifies = (t: ResolvedTerm) => t.token.start === qualifierAt && isAdjectiveOrAdverb(t.token.folded);
  const howWordDropped = resolved.some((t) => t.token.start === howWordAt && t.matches.length === 0);
  const qualifier = howWordDropped ? resolved.find((t) => qualifies(t) && t.matches.length > 0) : undefined;
  // Nor is the "per" of a rate ("per month") that no story writes, or only as a typo's ("pier"): _a month_ says it
  // (see `perUnit.ts`).
  const terms = withPhrasalSynonyms(
    resolved.filter(
      (t) =>
        t !== nameKind &&
        t !== kind &&
        t.token.start !== calledAt &&
        t.token.start !== jobAt &&
        !(t.token.start === howWordAt && t.matches.length === 0) &&
        !(qualifies(t) && t.matches.length === 0) &&
        !(isRatePer(text, t.token) && t.via !== 'exact'),
    ),
    text,
    words,
  );
  if (terms.length === 0) {
    return notCovered(question, 'The question has no words to look for beyond the kind of answer it wants.');
  }
  // A name the article never mentions, even misspelt, means the question is about something else.
  const unknownName = terms.find(
    (t) => t.matches.length === 0 && (analysed.names.includes(t.token) || isKnownNameTyped(t.token)),
  );
  if (unknownName) {
    return notCovered(question, `The article does not mention “${unknownName.token.surface}”.`);
  }
  // A name of the question: written as one, known as one, or written as one by a story that has it.
  const isQuestionName = (t: ResolvedTerm) =>
    analysed.names.includes(t.token) || isKnownName(t.token.folded) || isStoryName(index.vocabulary, t);
  // A topical word (not an everyday one) that matches nothing, not even with a typo: the question is about
  // something the article does not say ("the range of a Patriot missile"). How everyday a word is goes by its
  // commonest form ("joined" by "join"), or the word it misspells when English lacks it ("acording").
  // Only a synonym stands in for a topical word; a broader or narrower word ranks sentences but proves nothing
  // ("weather" is not covered by a sentence about the atmosphere of a ceremony). Adverbs and verbs never count here,
  // even misspelt ("entred": +2): they say how or what happened ("rise", "shrink"), and weigh in the ranking instead;
  // nor do adjectives, even misspelt, which say which or what kind ("the previus fire", "the maximum fines": +12 −3);
  // nor does the head of a compound whose rarer first word the stories have (see `isHeadOfRarer`), nor the "wide" of
  // "how wide", which a measure says ("had widened to roughly 60 metres"), nor the "pricier" of "how much pricier",
  // which a change up says (see direction.ts), nor a word of the speaker of "what did the social democrat lawmaker
  // say", whom the story may describe otherwise (_Social Democrat MP_): whether it quotes such a speaker is judged on
  // all their words (see `speakerAsked`; +3). The noun of "what was the weather like" is topical however everyday:
  // the answer describes it.
  // Nor is a word a story's headline has, perhaps misspelt: the story is about it though its sentences may say it
  // otherwise (_Climbers airlifted off glacier_, then "a helicopter lifted 16 people off the glacier"; +3).
  const changeAt = directionVerbAt(text);
  const speakerWords = speakerTerms(text, terms);
  // The thing a price or measure is asked of, however everyday: a story without it cannot give its price ("how much is a
  // ticket to the cheese festival").
  const priced = pricedThing(text, terms);
  // "What did Marlene Vosskamp say about the thieves": what someone the story names is asked about may be in other
  // words in their quotes (_These were not opportunists_); not someone asked by a role, which others may hold ("what
  // did the finance minister say about the baby bonus": +17 −1, against +21 −3 with roles).
  const aboutAt = analysed.answerType === 'speech' ? (/\babout\b/i.exec(text)?.index ?? -1) : -1;
  const speakerFound = speakerWords.some(
    (t) =>
      t.via === 'exact' && isQuestionName(t) && !isPersonNoun(t.token.folded) && !isFieldWord(t.token.folded),
  );
  const missing = terms.find(
    (t) =>
      !t.token.isNumber &&
      !speakerWords.includes(t) &&
      !(speakerFound && aboutAt >= 0 && t.token.start > aboutAt) &&
      t.token.start !== changeAt &&
      t.token !== analysed.measureWord &&
      !isMostlyAdverb(asMeant(t.token.folded)) &&
      !isMostlyVerb(asMeant(t.token.folded)) &&
      (englishZipf(t.token, false) < MISSING_WORD_ZIPF ||
        t.token === analysed.describedNoun ||
        t === priced) &&
      (t.matches.length === 0 || !isSure(t)) &&
      !isMostlyAdjective(asMeant(t.token.folded)) &&
      !isHeadOfRarer(resolved, t, text) &&
      !inPhrasalVerb(t.token, text) &&
      !inHeadline(index, t.token, allowed),
  );
  if (missing) {
    return notCovered(question, `The article says nothing about “${missing.token.surface}”.`);
  }
  const named = terms.filter((t) => t.matches.length > 0 && isQuestionName(t));
  const byAll = pickCandidates(index, terms, named, words, allowed);
  const without = qualifier && terms.filter((t) => t !== qualifier);
  const picked = without ? withOthers(byAll, pickCandidates(index, without, named, words, allowed)) : byAll;
  // "How long is the Selunar canal": a sentence joining a measure to the thing gives it (_the 96-kilometre canal_),
  // though it lacks the question's other words and so may not be picked by them.
  const thing = measuredThing(text, terms);
  const thingStems = new Set(thing?.matches.map((m) => m.stem));
  // Asked of a sentence up to four times (candidate, proof, order): read once each.
  const joinsMeasure = remembered((doc: SentenceDoc) => givesMeasureOf(doc.text, thingStems, text));
  const measures = (doc: SentenceDoc | undefined) =>
    doc !== undefined && thingStems.size > 0 && joinsMeasure(doc);
  const measured = thing
    ? [...picked, ...sentencesHolding(index, thing, allowed, picked).filter((c) => measures(index.doc(c.id)))]
    : picked;
  // "What did Fenwick say she would do next": the quotes of the person named, though a story naming them often does
  // not let their name pick sentences (see `pickCandidates`).
  const candidates =
    analysed.answerType === 'speech' && named.length > 0
      ? [
          ...measured,
          ...index.quotesBy(
            named.map((t) => t.matches.map((m) => m.stem)),
            allowed,
            measured,
            QUOTES_BY_NAMED,
          ),
        ]
      : measured;
  // A sentence naming a person by one word of the name the question writes names them (see naming.ts).
  const nameMates = nameMatesOf(terms.filter(isQuestionName), text);
  // "Who is Ingrid Maas" asks what she is, not for someone else's name; "who is the mayor of Lier" asks a name, though
  // a story writes the title capitalised before one (_Mayor Corinne Lammers_; +3 declined, −1: "who is the cheif
  // executive of nordhalm", whose answer names no Nordhalm).
  const isTitle = (t: ResolvedTerm) =>
    isPersonNoun(t.token.folded) && !isKnownName(t.token.folded) && !analysed.names.includes(t.token);
  // A first name the lexicon does not know, typed before a surname the stories write, is of the name though no story
  // writes it capitalised inside a sentence (_Rui Fontanal, energy spokesman …_ opens its sentence).
  const beforeSurname = (t: ResolvedTerm) => {
    const next = terms[terms.indexOf(t) + 1];
    return (
      next !== undefined &&
      isQuestionName(next) &&
      /^\s+$/.test(textBetween(text, t.token, next.token)) &&
      t.matches.some((m) => next.matches.some((n) => index.vocabulary.writesInNameWith(m.stem, n.stem)))
    );
  };
  const asksWhoIsName =
    (/^\W*who\s+(?:is|was)\b/i.test(text) || jobAt >= 0) &&
    terms.every((t) => (isQuestionName(t) || beforeSurname(t)) && !isTitle(t));
  const asked = askedFor(
    text,
    terms,
    analysed.answerType === 'person' && !asksWhoIsName,
    nameKind !== undefined,
    analysed.answerType,
    words.has,
    // The place a story is about goes without saying in most of its sentences; one it names seldom does not.
    (t) => isStoryName(index.vocabulary, t) && t.matches.every((m) => words.share(m.stem) <= COMMON_SHARE),
  );
  if (kind) asked.kindOf = kind.token.folded;
  // What someone works as, which a sentence saying only who they are to others does not say (_Her husband, Roy_).
  if (jobAt >= 0) asked.occupation = true;
  // Words the kind of answer says already: the verb of paying ("how much did they pay": a sum), that of a change one
  // way ("how much did Tainova shares rise": a sentence must say it went up, _closed 2.7% higher_), and the "long" of
  // "how long" (or "far" …) where a story has it, which a span may write (_118 metres long_) or not (_has lived there
  // for 40 years_; +19 −5), and the verb of an ending, which "until" says (see `AskedFor.endingVerb`).
  const kindWords = [
    ...(analysed.payingVerb ? [analysed.payingVerb] : []),
    ...(analysed.measureWord ? [analysed.measureWord] : []),
    ...terms.filter((t) => t.token.start === changeAt).map((t) => t.token),
    ...(qualifier ? [qualifier.token] : []),
    ...terms.filter((t) => t.token.start === howWordAt).map((t) => t.token),
    ...(asked.endingVerb ? [asked.endingVerb] : []),
  ];
  // "How old is the mayor": the age of the one person the story quotes as mayor, given by their name (_Carvalhal, 54_).
  const holder = roleHolder(
    index,
    asked.ageOf,
    terms.filter((t) => analysed.names.includes(t.token) || isKnownName(t.token.folded)),
  );
  const facts: StoryFacts = {
    isName: (doc, stemmed) => index.vocabulary.isName(doc.articleId, stemmed),
    isNameWhereTold: (doc, stemmed) => index.vocabulary.isNameWhereTold(doc.articleId, stemmed),
    inContext: (doc, stemmed) => index.fieldsWith(doc, stemmed).includes('context'),
    besideItsSpeaker: (doc, stemmed) =>
      index.quotedAlike(doc).some((other) => index.fieldsWith(other, stemmed).some((f) => f !== 'speaker')),
    inParagraphBefore: (doc, stemmed) =>
      index.paragraphBefore(doc).some((other) => other.terms.includes(` ${stemmed} `)),
    inSentenceBefore: (doc, stemmed) => index.sentenceBefore(doc)?.terms.includes(` ${stemmed} `) === true,
    sentenceBefore: (doc) => index.sentenceBefore(doc),
    inHeadline: (doc, stemmed) => index.headlineHas(doc, stemmed),
    inStoryPlace: (doc, stemmed) => index.storyPlaceHas(doc, stemmed),
    holderOf: (doc) => holder.in(doc.articleId),
  };
  // Sentences naming every group of stems and giving what is asked, though they lack the question's rarer words: read
  // beyond the candidates, up to `AGED_SCAN` of them.
  const namingAndGiving = (groups: readonly (readonly string[])[], gives: (doc: SentenceDoc) => boolean) =>
    groups.length === 0
      ? []
      : index
          .namingEvery(new Map(groups.flat().map((s) => [s, 1])), groups, allowed, candidates, {
            limit: AGED_SCAN,
            scanLimit: AGED_SCAN,
          })
          .filter((c) => {
            const doc = index.doc(c.id);
            return doc !== undefined && gives(doc);
          });
  // "How old are the players who were arrested": a sentence giving an age beside the person asked (_The players,
  // aged between 19 and 26_).
  const aged = namingAndGiving(asked.ageOf ? [[...asked.ageOf]] : [], (doc) => doc.holds.age);
  // Or one opening with the age of someone the sentence before names (_The 26-year-old, running only his third
  // marathon_ after the sentence naming Elias Maruti; see `rankCandidates`).
  const agedIds = new Set(aged.map((c) => c.id));
  const agedAfter = asked.ageOf
    ? storySentences(index, candidates, (doc) => {
        const named = agedOneNamed(doc.text, index.sentenceBefore(doc)?.text);
        return !agedIds.has(doc.id) && [...(asked.ageOf ?? [])].some((s) => named.has(s));
      })
    : [];
  // "What is the population of Gravlina": a sentence naming the place and giving a population (_Gravlina, a town of
  // 6,400 people_), though the place and "people" are too common in its story to pick it by (+3); or, of the place
  // its story is about, giving the population of a place it leaves unnamed (_the town of about 38,000 people_).
  const placesAsked = asked.population ? (asked.places ?? []) : [];
  const ofStoryPlace = (doc: SentenceDoc) =>
    placesAsked.length > 0 &&
    placesAsked.every((stems) => [...stems].some((s) => index.storyPlaceHas(doc, s))) &&
    statesUnnamedPopulation(doc.text);
  const namingPopulated = namingAndGiving(
    placesAsked.map((stems) => [...stems]),
    (doc) => givesPopulation(doc.text),
  );
  const namingIds = new Set(namingPopulated.map((c) => c.id));
  const populated = [
    ...namingPopulated,
    ...(placesAsked.length > 0 ? storySentences(index, candidates, ofStoryPlace) : []).filter(
      (c) => !namingIds.has(c.id),
    ),
  ];
  // "What was the vote on the taxi fare rise": news gives the tally in another sentence than the one naming the
  // measure (_The measure passed by 31 votes to 18_), which the question's words do not pick.
  const tallies =
    analysed.answerType === 'score' ? storySentences(index, candidates, (doc) => doc.holds.score) : [];
  // "What time did the bridge collapse": news gives the time in a sentence of its own words (_fell into the river at
  // 7:42 a.m._, _They forced a rear fire door at about 3:40 a.m._), which the question's words do not pick.
  const timed =
    analysed.answerType === 'time' ? storySentences(index, candidates, (doc) => doc.holds.time) : [];
  // "Was anybody hurt in the blaze": a sentence saying no one was (_No one was hurt._), though it lacks the blaze.
  const undergone = anyoneVerb(text, terms);
  const undergoneStems = undergone ? undergoneTerms(undergone) : new Set<string>();
  const noOne = (doc: SentenceDoc) =>
    undergone !== undefined && saysNoOne(doc.text, doc.terms, undergoneStems);
  const saidOfNoOne = namingAndGiving(undergone ? [[...undergoneStems]] : [], noOne);
  // "How much is the toll for trucks with three axles", "who are the other two members": a number written in words
  // must be in the sentence, in words or figures, as one in figures must (+39 −23; not of "what did X say about the
  // two sides", whose quote need not write it, nor of "the two suspects", which names whom it asks of: +33 −6).
  const countedInWords = new Set(
    analysed.answerType === 'speech'
      ? []
      : terms.filter(
          (t) =>
            !t.token.isNumber &&
            /^\d+$/.test(t.token.lemma ?? '') &&
            !/\bthe\s+$/i.test(text.slice(0, t.token.start)) &&
            // Nor "two hundred", which is no 2.
            !SCALE_NEXT.test(text.slice(t.token.start + t.token.surface.length)),
        ),
  );
  const questionStems = new Set(terms.flatMap((t) => [t.token.stem, ...t.matches.map((m) => m.stem)]));
  const ranked = rankCandidates(
    [
      ...candidates,
      ...holder.candidates(candidates, allowed),
      ...aged,
      ...agedAfter,
      ...populated,
      ...tallies,
      ...timed,
      ...saidOfNoOne,
    ],
    terms,
    remembered((storyId: string) => termWeights(index.vocabulary, storyId, terms, asked.countedWord)),
    remembered((storyId: string) => termRoles(index.vocabulary, storyId, terms, analysed.names, kindWords)),
    analysed.answerType,
    (id) => index.doc(id),
    (doc, stemmed) => {
      const fields = fieldsNaming(index, doc, stemmed, nameMates);
      // "What did Jonas Imboden say about the avalanche": a speaker's words are about their story's subject, as
      // its headline gives it, though the quote never names it ("It came down like a white wall").
      const quotesOnSubject =
        analysed.answerType === 'speech' && doc.speaker !== undefined && index.headlineHas(doc, stemmed);
      if (!fields.includes('text') && holder.named(doc, stemmed)) return [...fields, 'text'];
      return fields.length === 0 && quotesOnSubject ? ['context'] : fields;
    },
    (doc) => fitsAskedFor(doc, asked, facts),
    !PAST_ASKED.test(text) && !ASKED_OF_THE_PAST.has(analysed.answerType),
    countedInWords,
    // A place the sentence opens with that is not its story's: background, as a past year is, to a question that
    // names none of the sentence's names (_In neighbouring Torrebruna, … nine buildings, compared with 58 in
    // Montecalvo_ for "how many buildings were declared unsafe in montecalvo").
    (doc) => {
      const place = openingPlace(doc.text);
      return (
        place.length > 0 &&
        !place.some((w) => index.storyPlaceHas(doc, w.stem)) &&
        !tokenize(doc.text).some((w) => w.capitalised && questionStems.has(w.stem))
      );
    },
  );
  // Whether the article covers the question is judged on sure matches alone; related words only order the answers.
  // A question about two or more of the stories' names ("how much did Kolberg pay Wierzbicki") is not answered by a
  // sentence that names none of them, nor do its neighbours: that is someone else's story ("paid Uwe Dressler
  // 1.6 million euros"). One name alone is often left out of its answer ("the pill", "the company"), unless its story
  // seldom names it and a value is asked of it: a count, sum, date or time in a sentence about someone else is
  // theirs ("how many passengers does Alvion carry": "Skyvara, which carried 94 million passengers"). The sentence
  // must then name it, or someone whose role does (+3), or follow one that does.
  // "The country" names the country of the story's dateline ("KAMITSURUGI, Japan": _with the country receiving about
  // 40 million overseas visitors last year_ for "how many overseas visitors did Japan receive").
  const nameIn = (doc: SentenceDoc | undefined) =>
    doc !== undefined &&
    named.some((t) =>
      t.matches.some(
        (m) =>
          index.fieldsWith(doc, m.stem).length > 0 ||
          index.namesSpeakerWith(doc, m.stem) ||
          (THE_COUNTRY.test(doc.text) && index.datelineCountryHas(doc, m.stem)),
      ),
    );
  const seldomNamed = (doc: SentenceDoc) =>
    VALUE_TYPES.has(analysed.answerType) &&
    named.every((t) =>
      t.matches.every((m) => index.vocabulary.shareIn(doc.articleId, m.stem) <= COMMON_SHARE),
    );
  // A quote may have them beside another quote of its speaker ("what did the Weg & Wagen director say": Blom's
  // second quote, after one whose paragraph names the group), or in the paragraph before it, which names whose title
  // the speaker's is (see `speaks`: "what did the ceo of rheintal wohnbau say", +1).
  // "The company, founded in 1868 …, employs 340 people", "Its shares fell 7.3%": a sentence opening with a word for
  // a body, or "its", is about the one a sentence a little before names. So is one calling a thing by the noun the
  // question's name heads (_The 640-bed infirmary_ for "Bradwell Royal Infirmary"), when a sentence a little before
  // writes the name with it (+7, nothing lost; +9 −4 after any sentence naming the name: _from Prague_ is not Prague
  // airport).
  // The question's tokens, read here and by the value checks below.
  const questionTokens = tokenize(text);
  const nameHead = headOfName(questionTokens, named, terms);
  const namedShortlyBefore = (doc: SentenceDoc) => {
    const asBody = BODY_OPENING.test(doc.text) || THEIR_BODY.test(doc.text);
    const byHead = !asBody && nameHead !== undefined && callsByHead(doc.text, nameHead);
    if (!asBody && !byHead) return false;
    let earlier = index.sentenceBefore(doc);
    for (let back = 0; earlier && back < BODY_REACH; back++) {
      if (asBody ? nameIn(earlier) : nameHead !== undefined && namesWithHead(earlier.text, nameHead))
        return true;
      earlier = index.sentenceBefore(earlier);
    }
    return false;
  };
  const namesSomeone = (r: RankedSentence) => {
    if (named.length >= NAMES_TO_BE_NAMED)
      return (
        nameIn(r.doc) ||
        namedShortlyBefore(r.doc) ||
        (analysed.answerType === 'speech' &&
          (index.quotedAlike(r.doc).some(nameIn) || index.paragraphBefore(r.doc).some(nameIn)))
      );
    if (named.length === 0 || !seldomNamed(r.doc) || nameIn(r.doc)) return true;
    return nameIn(index.sentenceBefore(r.doc)) || namedShortlyBefore(r.doc);
  };
  // "What did Vondrackova say about Sulc": the name the words are about is in the sentence or beside it; a quote may
  // be about the one its story's headline names without writing it ("what did Laura Benedetti say about talks with
  // Kessler" ~ _"We are not against a conversation in principle"_ in a story headed "… rejects Kessler takeover
  // bid"; +7, nothing lost).
  const about = analysed.answerType === 'speech' ? /\babout\b/i.exec(text) : null;
  const namedAbout = about ? named.filter((t) => t.token.start > about.index) : [];
  const speaksOfNamed = (doc: SentenceDoc) =>
    namedAbout.every((t) =>
      t.matches.some(
        (m) =>
          fieldsNaming(index, doc, m.stem, nameMates).some((f) => f !== 'speaker') ||
          (doc.holds.quote === true && index.headlineHas(doc, m.stem)),
      ),
    );
  const contentThreshold = analysed.answerType === 'speech' ? SPEECH_CONTENT_THRESHOLD : CONTENT_THRESHOLD;
  // "How much …": the sum stands beside a word the question names, other than the kind of answer's ("pay").
  const namedWords = new Set(
    terms.filter((t) => !kindWords.includes(t.token)).flatMap((t) => t.matches.map((m) => m.stem)),
  );
  // And the thing whose price is asked is in the sentence or beside it: "how much does a sauna cost" is not _would
  // cost the city 1.2 million sorvs_ in a sentence about something else (+10, nothing lost; within 16 words of the
  // sum, and of any noun after "how much is": +17 −21).
  const pricedAlone =
    priced !== undefined && PRICE_ENDS.test(text.slice(priced.token.start + priced.token.surface.length));
  const pricedStems = new Set(pricedAlone ? priced.matches.map((m) => m.stem) : []);
  const sumOfQuestion = (doc: SentenceDoc) =>
    analysed.answerType !== 'money' ||
    (sumNear(doc.text, namedWords) &&
      (pricedStems.size === 0 ||
        [...pricedStems].some((s) => index.fieldsWith(doc, s).some((f) => f !== 'speaker'))));
  // A value is asked beyond those the question gives (see `givesNewValue`).
  const dated = DATED_TYPES.has(analysed.answerType);
  const counting = /\bhow many\b/i.test(text);
  const newValue = (doc: SentenceDoc) =>
    !VALUE_TYPES.has(analysed.answerType) ||
    givesNewValue(doc.text, questionTokens, dated, { money: analysed.answerType === 'money', counting });
  // "How long is the Tolquén river" asks a thing's length, which a measure gives, not a date or a duration (+3
  // declined, nothing lost; see `asksLengthOf`).
  const lengthOfThing = analysed.answerType === 'length' && thing !== undefined && asksLengthOf(text, thing);
  // "What did Marta Kowalczyk say about the collapse": a quote of the person named answers, though it lacks the
  // words of what it is about, unless that is a thing, a sum or a group (see `anyQuoteAnswers`; +30, nothing lost).
  const anyQuote = analysed.answerType === 'speech' && anyQuoteAnswers(text);
  const quotesNamed = (r: RankedSentence) =>
    anyQuote &&
    r.doc.holds.quote === true &&
    named.length > 0 &&
    named.every((t) => t.matches.some((m) => r.doc.speakerTerms.includes(` ${m.stem} `)));
  const provesByWords = (r: RankedSentence) =>
    r.proven >= ANSWER_THRESHOLD &&
    (!lengthOfThing || r.doc.holds.measure) &&
    (r.content >= contentThreshold || quotesNamed(r)) &&
    namesSomeone(r) &&
    speaksOfNamed(r.doc) &&
    sumOfQuestion(r.doc) &&
    newValue(r.doc);
  // A measure joined to the thing answers, if the sentence gives what else is asked (names, places, a time).
  const givesMeasure = (r: RankedSentence) => measures(r.doc) && r.proven > 0 && namesSomeone(r);
  // So does a place's size in people, in a sentence naming the place asked, though without the question's word for
  // them (_Oostveld, a town of 28,000_; _Palmira, a town of about 52,000 residents_); or a population stated as news
  // states one (_Dravik, a mostly rural region … with about 410,000 inhabitants_), of the place named or of the
  // story's place left unnamed (see `ofStoryPlace`).
  const namesPlacesAsked = (doc: SentenceDoc) =>
    placesAsked.every((stems) => [...stems].some((s) => doc.terms.includes(` ${s} `)));
  const givesPopulationAsked = (r: RankedSentence) =>
    placesAsked.length > 0 &&
    ((r.proven >= ANSWER_THRESHOLD && namesPlacesAsked(r.doc) && givesPlaceSize(r.doc.text)) ||
      ((namesPlacesAsked(r.doc) || ofStoryPlace(r.doc)) &&
        statesPopulation(r.doc.text) &&
        fitsAskedFor(r.doc, asked, facts))) &&
    (ofStoryPlace(r.doc) || namesSomeone(r));
  // "What did the union leader say", asking nothing else: a quote by the speaker asked answers (see `speaks`), though
  // the words that name them are only WordNet's relatives of the role's ("leader": _head of the union branch_) or
  // stand inside the name of their body (_the European Grooms' Union_).
  // Every word naming them must be one the stories have, but an everyday word for a person ("the union guy").
  const speakerOnly =
    analysed.answerType === 'speech' &&
    (asked.speaker?.length ?? 0) > 0 &&
    terms.every((t) => speakerWords.includes(t) && (t.matches.length > 0 || isEverydayPerson(t)));
  // Every word required of the speaker must be in the name or role of the one quoted, not merely beside the quote.
  const quotesSpeaker = (r: RankedSentence) =>
    speakerOnly &&
    r.doc.holds.quote === true &&
    r.proven > 0 &&
    (asked.speaker ?? []).every((stems) => [...stems].some((s) => r.doc.speakerTerms.includes(` ${s} `))) &&
    fitsAskedFor(r.doc, asked, facts) &&
    namesSomeone(r);
  const saysOfNoOne = (r: RankedSentence) => noOne(r.doc) && namesSomeone(r);
  // A sentence about another kind of the thing asked proves nothing (see `namesOtherKind`; +6, nothing lost: five
  // unanswerable questions declined, "who won the men's race" no longer answered by the women's winner).
  const kinds = kindsAsked(text, questionTokens);
  const otherKind = (doc: SentenceDoc) => namesOtherKind(kinds, doc.text);
  const proves = (r: RankedSentence) =>
    (provesByWords(r) || givesMeasure(r) || givesPopulationAsked(r) || quotesSpeaker(r) || saysOfNoOne(r)) &&
    !otherKind(r.doc);
  // A sentence that shows the article covers the question comes before one that only shares more of its words
  // ("how many votes did Nation First get": the count, before "depended on Nation First votes").
  // Judged once each: the proof of a "how much" question tokenizes the sentence (see `sumNear`).
  const proving = new Set(ranked.filter(proves));
  const noOneSaid = new Set([...proving].filter(saysOfNoOne));
  // "What did Blom say about the mayor": of the speaker's proving quotes, those that say all it is about come first
  // (_The mayor is punishing people_ before another quote of his that ranks higher by its attribution's words).
  const saysAllAbout = (r: RankedSentence) => analysed.answerType === 'speech' && r.content >= FULL_CONTENT;
  // "Who is Jonas Lindell": a sentence writing the whole name, where news says who someone is (_Jonas Lindell,
  // regional chairman of the Rescue Workers' Union, said …_), before a shorter one naming them by their surname
  // (_"…," Lindell said._; +5, nothing lost).
  const writesWholeName = (r: RankedSentence) =>
    asksWhoIsName &&
    terms.every((t) => t.matches.some((m) => index.fieldsWith(r.doc, m.stem).includes('text')));
  // "Who is the mayor of Brunnhaven": a sentence writing the title, where news names who holds it (_Mayor Sabine
  // Oberländer said …_), before a quote of theirs that only its attribution makes the mayor's.
  const writesTitle = (r: RankedSentence) =>
    asked.personName === true &&
    (asked.roles?.size ?? 0) > 0 &&
    [...(asked.roles ?? [])].every((stem) => r.doc.terms.includes(` ${stem} `));
  // "Since when had the planetarium been closed": a sentence saying since when (_had been closed since July 2025_)
  // before one dating the event otherwise (_until it closed in 1998_).
  const asksSince = SINCE_WHEN.test(text);
  const saysSince = (r: RankedSentence) => asksSince && SINCE.test(r.doc.text);
  const first = (r: RankedSentence) =>
    saysAllAbout(r) || givesMeasure(r) || writesWholeName(r) || writesTitle(r) || saysSince(r);
  // Then the speaker's own words, quoted, before words reported of them, which cover more of the question's words by
  // repeating them: ""This was a failure of procedure," Lundgaard said" before "Agency director Peter Lundgaard said
  // the bacteria had most likely entered …" (+11 −1: a quote about prices before the CFO's reported words about
  // discounts); so too among those that come first (+5, nothing lost).
  // Reported words that quote some of theirs count as quoted (_Vasko called the allowance "too little, too late"_ for
  // "what did Vasko say about the retention allowance"; +15 −7: seven direct quotes now after such a sentence).
  const quoted = (r: RankedSentence) =>
    analysed.answerType === 'speech' &&
    (r.doc.holds.quote === true || (r.doc.holds.speech && QUOTED_WORDS.test(r.doc.text)));
  const tier = (r: RankedSentence) => (first(r) ? 0 : 2) + (quoted(r) ? 0 : 1);
  // "Did anyone die": the sentence saying no one did comes before one about deaths years ago.
  const ordered = [
    ...noOneSaid,
    ...[...proving].filter((r) => !noOneSaid.has(r)).sort((a, b) => tier(a) - tier(b)),
    ...ranked.filter((r) => !proving.has(r)),
  ];
  const best = ordered[0];
  if (!best || !proving.has(best)) {
    return notCovered(question, 'Its closest sentences match too little of the question.');
  }
  const floor = Math.max(ANSWER_THRESHOLD * FOLLOWER_SHARE, best.score * FOLLOWER_SHARE);
  // A sentence saying no one underwent it answers, however few of the question's words it has: cited as sure as an
  // answer must be.
  const excerpts = citeExcerpts(
    ordered
      .filter((r) => r.score >= floor || noOneSaid.has(r))
      .map((r) => (noOneSaid.has(r) ? { ...r, score: Math.max(r.score, ANSWER_THRESHOLD) } : r)),
    limit,
    analysed.answerType === 'speech' ? (doc) => index.quoteAround(doc, QUOTE_SENTENCES) : undefined,
  );
  return { question, answered: true, excerpts };
}

// How far a headline word may be from a question word for the one to be a typo of the other, by the word's length.
const HEADLINE_TYPO_LENGTH = 5;
const HEADLINE_TYPO_EDITS = (length: number) => (length < 8 ? 1 : 2);

/**
 * Whether the headline of a story in scope has the token's stem, or one a typo away ("cort": court). Headline words
 * are not in the vocabulary (a headline is no answer), so its typo trees do not hold them.
 */
function inHeadline(index: SentenceIndex, token: Token, allowed: (articleId: string) => boolean): boolean {
  const asked = token.stem;
  return index.headlinesHold(
    (w) =>
      w === asked ||
      (w.length >= HEADLINE_TYPO_LENGTH &&
        Math.abs(w.length - asked.length) <= HEADLINE_TYPO_EDITS(w.length) &&
        distance(w, asked) <= HEADLINE_TYPO_EDITS(w.length)),
    allowed,
  );
}

/**
 * Whether a question word is a name compromise's lexicon knows, unless it is typed in lower case and mostly a verb in
 * English ("what did he chuck at a violin player": a throw, not Chuck; +1, nothing lost).
 */
function isKnownNameTyped(token: Token): boolean {
  return isKnownName(token.folded) && (token.capitalised || !isMostlyVerb(token.folded));
}

// Words in quotation marks inside a sentence: a phrase of someone's, quoted.
const QUOTED_WORDS = /["“][^"”]{3,}["”]/;
// A sentence opening with a word for a body or its possessive ("The company", "The firm's", "Its").
const BODY_OPENING =
  /^(?:(?:The|That|This)\s+(?:company|firm|group|business|maker|producer|operator|airline|carrier|bank|insurer|retailer|chain|club|society|charity|trust|association|union|cooperative|co-operative|manufacturer|supplier|developer|brewery|council|authority|agency|regulator)(?:['’]s)?|Its)\b/;
// "She added that her group had recorded at least 312 deaths": the body of someone the sentences before name.
const THEIR_BODY =
  /\b(?:his|her|their)\s+(?:group|organi[sz]ation|company|firm|union|association|charity|party|agency|ministry|department|council|club|network|campaign)\b/i;
// How many sentences back the body it stands for may be named.
const BODY_REACH = 4;

// A scale word after a number word ("two hundred"): the number is another.
const SCALE_NEXT = /^[\s-]+(?:hundred|thousand|million|billion|dozen)\b/i;

/** Whether the term is written as a name by a story that has it (capitalised inside its sentences). */
function isStoryName(vocabulary: Vocabulary, t: ResolvedTerm): boolean {
  return t.via !== 'wordnet' && t.matches.some((m) => vocabulary.isNameAnywhere(m.stem));
}

/** The sentences of the candidates' stories that `gives` accepts, not candidates themselves. */
function storySentences(
  index: SentenceIndex,
  candidates: readonly Candidate[],
  gives: (doc: SentenceDoc) => boolean,
): Candidate[] {
  const ids = new Set(candidates.map((c) => c.id));
  const stories = new Set(candidates.flatMap((c) => index.doc(c.id)?.articleId ?? []));
  return [...stories]
    .flatMap((id) => index.sentencesOf(id, gives))
    .filter((doc) => !ids.has(doc.id))
    .map((doc) => ({ id: doc.id, score: 0 }));
}

/**
 * A word that matched nothing, or only as a typo of another word or a WordNet relative, typed right after or before a
 * word of a longer name the stories write, may be the rest of that name misspelt ("ingrid mass"; "henrike vass" is
 * Henrike Vaas, not "pass"; "gavn roper" is Gavin Roper; "jonas fris" is Jonas Friis, not Friday): matched as a typo of
 * it (see `Vocabulary.restOfName`).
 */
function completeNames(
  terms: ResolvedTerm[],
  question: string,
  vocabulary: Vocabulary,
  has: (stemmed: string) => boolean,
): void {
  terms.forEach((t, i) => {
    if ((t.matches.length > 0 && t.via !== 'typo' && t.via !== 'wordnet') || t.token.isNumber) return;
    for (const [mate, beforeIt] of [
      [terms[i - 1], false],
      [terms[i + 1], true],
    ] as const) {
      if (!mate || mate.matches.length === 0) continue;
      const gap = beforeIt
        ? textBetween(question, t.token, mate.token)
        : textBetween(question, mate.token, t.token);
      if (!/^[\s-]+$/.test(gap)) continue;
      const rest = vocabulary.restOfName(t.token, mate, has, beforeIt);
      if (rest.length > 0) {
        terms[i] = { token: t.token, matches: rest, via: 'typo' };
        return;
      }
    }
  });
}

/**
 * Whether the term is the head of a compound whose first word is rarer and surely in the stories: "churn rate",
 * "inflation goal". The rarer word names the topic; the head only says what of it is asked, and a story can give
 * it without the word ("monthly churn … rose to 2.8%"). A head rarer than its first word ("messaging app") is a
 * topic of its own.
 */
function isHeadOfRarer(resolved: readonly ResolvedTerm[], t: ResolvedTerm, question: string): boolean {
  const first = resolved[resolved.indexOf(t) - 1];
  if (!first || first.token.isNumber || first.matches.length === 0 || !isSure(first)) return false;
  return (
    /^[\s-]+$/.test(textBetween(question, first.token, t.token)) &&
    englishZipf(first.token, false) < englishZipf(t.token, false)
  );
}

function notCovered(question: string, reason: string): Verdict {
  return { question, answered: false, reason, excerpts: [] };
}
