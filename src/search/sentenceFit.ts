/** What a sentence offers the questions that ask for something in particular (see answerFit.ts), found at index time. */

import { isDemonym, isKnownPlace } from '../lexicon/namesLexicon.js';
import {
  isKindOf,
  isMostlyAdjective,
  isMostlyAdverb,
  isMostlyNoun,
  isMostlyVerb,
  isNounOnly,
  isPersonNoun,
  isPlainPlural,
  isVerbInSomeSense,
  placesOfAdjective,
} from '../lexicon/wordKinds.js';
import { isTimeWord, isYearToken, YEAR } from './answerTypes.js';
import { isOrdinalCount, NUMBER_WORD } from './numberWords.js';
import { barePopulationsAt, POPULATION_COUNTS } from './saidValues.js';
import { isStopWord, stem, type Token, termsOf, textBetween } from './text.js';

/** What a sentence offers such questions, found once at index time (index terms, space-padded like `terms`). */
export interface SentenceFit {
  /** What its numbers count: "About 6,200 workers walked out" -> ` worker `. */
  counted: string;
  /** The words just before its numbers, perhaps what was done to what they count: "enrolled 1,246 adults" -> ` enrol `. */
  countedBy: string;
  /** The same words as written (folded), to ask WordNet whether they are a kind of what is asked ("adults"). */
  countedWords: string;
  /** What changed "from" one figure "to" another: "cut its beds from 20 to 16" -> ` bed ` (see `changedFrom`). */
  changed: string;
  /**
   * What it writes after "a", "other" and the like: "sold to a rival", "to other zoos" (index terms, space-padded; see
   * `INDEFINITE`).
   */
  indefinite: string;
  /** What it writes right after a word making a title another role: "Deputy Mayor Sofie Engholm" -> ` mayor `. */
  qualified: string;
  /**
   * Its pairs of capitalised words, the first as written and the second as index terms, as a title is written after
   * the field it is in: "Justice Minister Pavol Radványi" -> ` justice>minist minister>pavol pavol>radvanyi `.
   */
  titled: string;
  /**
   * Its words written with a capital past the first word that may name someone: not places, days or months, but a
   * place before a word for people ("Ukrainian officials reported").
   */
  capitalised: string;
  /** Its first word when capitalised: a name only if the story writes it so elsewhere too. */
  lead: string;
  /** Whether it names a place ("in the nearby town of Osterby"): what "where" asks for. */
  placed: boolean;
  /** The places its adjectives of place pertain to ("Portuguese" -> portugal), as index terms, space-padded. */
  countries: string;
}

// How far a number may stand before what it counts: "30,000 additional troops", "hundreds of strikers".
const COUNT_GAP = 3;
// How many words before the "from" of a change from one figure to another may say what changed.
const FROM_REACH = 6;
// Words that end what a number counts: "1,250 euros per worker" counts euros, not workers.
// biome-ignore format: a word list reads best packed
const ENDS_COUNT = new Set([
  'per', 'a', 'an', 'each', 'every', 'for', 'to', 'in', 'on', 'at', 'by', 'from', 'with', 'since',
]);

// Adverbs that are a count of times.
const HOW_OFTEN = /^(?:once|twice|thrice)$/;
const NUMBER_OF = /^numbers?$/;
// A part "of" what follows, as a number "of" it is ("a third of the growers"; see `isFractionSubject`).
const FRACTION = /^(?:half|thirds?|quarters?|fifths?|tenths?)$/;
// Words that hedge a number ("about", "more than", "at least", "up to"), between it and a verb before it.
const HEDGE = /^(?:about|around|nearly|almost|some|roughly|approximately|over|than|more|least|at|up|to)$/;
/** Whether the token is an "at" that places what comes before ("cabin crew at two other carriers"), not "at least". */
const placesAt = (tokens: readonly Token[], k: number) =>
  tokens[k]?.folded === 'at' && !/^(?:least|most)$/.test(tokens[k + 1]?.folded ?? '');
const CLAUSE_BREAK = /[,;:()]/;
// Words that join words describing what a number counts ("240 Aster and Lumen owners").
const JOINS = /^(?:and|or)$/;
// Words that count others besides those named, right after a number ("four other dairies", "3,000 more troops").
const BESIDES = /^(?:other|more|further)$/;
// What "N of them" counts: anything a question may count.
export const ANY_COUNTED = '*';
// "Of the altered records, …", "Of the 41 people injured, …": a part of them is what the sentence goes on to count.
const PART_OF_OPENING = /^\W*of\s+(?:the|its|their|these|those)\s+[^,;:.]+,/i;
const OF_THEM_OPENING = /^\W*of\s+(?:those|them|these)\s*,/i;
const DETERMINER = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'this', 'that']);
// Words after a number that make it the subject of a verb: an auxiliary, or "who" opening a clause about it.
const SUBJECT_VERB = /^(?:will|would|had|have|has|were|was|are|is|did|could|can|may|might|must|should|who)$/;

// A verb of change and what may stand between it and the number it changed to ("surged to a record 186,000").
export const CHANGE_VERBS =
  'rose|risen|rise|rises|surged|climbed|jumped|grew|grown|increased|soared|swelled|fell|fallen|dropped|declined|decreased|slipped|shrank|shrunk|slumped';
const CHANGE_VERB = new RegExp(`^(?:${CHANGE_VERBS})$`);
const TO_A_RECORD = /^(?:to|a|an|record|new|high|low|peak|of|all|time)$/;
// The prepositions of a place after what changed ("attacks in the country", "fights in schoolyards").
const PLACING = /^(?:in|at|on|across)$/;
/**
 * The words before a title that make it another role ("deputy mayor", "vice president"), as a regular-expression
 * alternation; not "former" or "acting", which still answer "who is the driver" (_Vostrel's former driver, Peter
 * Novak_).
 */
export const TITLE_QUALIFIERS = 'deputy|vice|assistant';
const TITLE_QUALIFIER = new RegExp(`^(?:${TITLE_QUALIFIERS})$`);

// What may stand between a verb of change and the "to" of its new level: by how much, from what, and when ("rose
// 17% last year to", "fell by 2,000 in 2024 to", "grew from 20,000 to").
const CHANGE_DETAIL = /^(?:by|from|percent|per|cent|last|this|the|past|year|month|week|in|over)$/;
const CHANGE_GAP = 5;
const isChangeDetail = (t: Token | undefined) =>
  t !== undefined && (t.isNumber || CHANGE_DETAIL.test(t.folded));

// The prepositions that end the head of a subject phrase ("complaints | to the city hotline about food trucks"), and
// how far back the phrase may begin.
const PHRASE_PREPOSITION = /^(?:about|over|against|to|of|in|at|on|for|from|with)$/;
const PHRASE_REACH = 8;
// How far back the start of a phrase set off before the verb may stand ("…, a city of about 143,000 people, rose").
const SET_OFF_REACH = 12;

/**
 * The nouns before "rose / fell … to" that a number after it is the new level of, when the sentence says so: the
 * subject's last, and the head of its phrase before its first preposition ("Complaints about traffic noise in
 * Velsbruck, a city of about 143,000 people, rose to 2,860": noise, complaints; "said complaints to the city hotline
 * about food trucks had risen to 1,420": trucks, complaints).
 */
function changedTo(tokens: readonly Token[], at: number, text: string): Token[] {
  const subject = changedSubject(tokens, at, text);
  if (!subject) return [];
  const s = tokens.indexOf(subject);
  let start = s;
  while (start > 0 && s - start < PHRASE_REACH) {
    const before = tokens[start - 1] as Token;
    if (before.isNumber || /[,;:(–—]/.test(textBetween(text, before, tokens[start] as Token))) break;
    if (!before.capitalised && isMostlyVerb(before.folded)) break;
    start--;
  }
  const preposition = tokens.findIndex((t, i) => i > start && i < s && PHRASE_PREPOSITION.test(t.folded));
  const head = preposition > 0 ? tokens[preposition - 1] : undefined;
  return head && head !== subject && !head.isNumber && !DETERMINER.has(head.folded)
    ? [head, subject]
    : [subject];
}

// Verbs that give the level their subject stands at, with no "to" ("deaths have averaged about 20 a year", "head
// injuries accounted for 131 of the cases", "sales totalled 4,100").
const LEVEL_VERB = /^(?:averaged|averages|totalled|totaled|totals|numbered|numbers)$/;
const ACCOUNTED = /^(?:accounted|accounts|account)$/;
const isLevelVerb = (tokens: readonly Token[], k: number) =>
  LEVEL_VERB.test(tokens[k]?.folded ?? '') ||
  (tokens[k]?.folded === 'for' && ACCOUNTED.test(tokens[k - 1]?.folded ?? ''));

/** The noun before "rose / fell … to" (see `changedTo`). */
function changedSubject(tokens: readonly Token[], at: number, text: string): Token | undefined {
  let k = at - 1;
  while (k >= 0 && (HEDGE.test(tokens[k]?.folded ?? '') || TO_A_RECORD.test(tokens[k]?.folded ?? ''))) k--;
  if (!isLevelVerb(tokens, k)) {
    if (k === at - 1 || tokens[k + 1]?.folded !== 'to') return undefined;
    // "Callouts rose 17% last year to about 23,400": by how much and when may come between.
    for (let gap = 0; gap < CHANGE_GAP && isChangeDetail(tokens[k]); gap++) k--;
    if (!CHANGE_VERB.test(tokens[k]?.folded ?? '')) return undefined;
  } else if (tokens[k]?.folded === 'for') k--;
  // "Reported bear attacks in the country rose to 28": the noun before the place they are in (+3); "the register of
  // interpreters has shrunk to 412": before its auxiliary.
  let s = k - 1;
  if (HAVE.test(tokens[s]?.folded ?? '')) s--;
  // A phrase set off by commas before the verb says more of the subject, which stands before it.
  if (s > 0 && /,/.test(textBetween(text, tokens[s] as Token, tokens[s + 1] as Token))) {
    let open = s;
    while (
      open > 0 &&
      s - open < SET_OFF_REACH &&
      !/,/.test(textBetween(text, tokens[open - 1] as Token, tokens[open] as Token))
    )
      open--;
    if (open > 0 && s - open < SET_OFF_REACH) s = open - 1;
  }
  const placing = DETERMINER.has(tokens[s - 1]?.folded ?? '') ? s - 2 : s - 1;
  if (PLACING.test(tokens[placing]?.folded ?? '') && tokens[placing - 1]?.isNumber === false) s = placing - 1;
  const subject = tokens[s];
  return subject && !subject.isNumber && !DETERMINER.has(subject.folded) ? subject : undefined;
}

// Words after which a noun is no particular one, named: "sold to a rival", "sent them to sanctuaries rather than to
// other zoos", "several operators" (+9 unanswerable "which …" questions declined, nothing lost; with "any" −1: _declare
// any gift worth more than 25 euros_ says which gifts).
const INDEFINITE = /^(?:a|an|another|other|several|various|some|many)$/;
// "a few", "a dozen", "a class of": words after "a" that count or class the plural after them.
const COUNTS_PLURAL = /^(?:of|few|couple|lot|dozen|hundred|thousand|million|billion|handful|score)$/;

/**
 * Whether the plural at `i`, past the words after "a", heads a phrase of its own rather than the one "a" opens: _a
 * permit | face fines of up to …_ (a plural ending a phrase; one before a noun describes it: _a sports club_), unless
 * the word before counts or classes it (_a few fines_, _a class of antibiotics_).
 */
function headsOwnPhrase(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    isPlainPlural(word.folded) &&
    !COUNTS_PLURAL.test(tokens[i - 1]?.folded ?? '') &&
    (next === undefined || !isDescribedByPlural(next))
  );
}

/** Whether a plural right before the word describes it rather than ending its phrase: _plains bison_, _a sports club_. */
function isDescribedByPlural(next: Token): boolean {
  return !next.capitalised && !isStopWord(next.folded) && isNounOnly(next.folded);
}

/** The noun of "a staff of nine", "a crew of 12" before the number at `at`. */
function sizedBody(tokens: readonly Token[], at: number): Token | undefined {
  const body = tokens[at - 2];
  if (tokens[at - 1]?.folded !== 'of' || !INDEFINITE.test(tokens[at - 3]?.folded ?? '')) return undefined;
  return body && !body.isNumber && !isStopWord(body.folded) ? body : undefined;
}

const VOTED = /^(?:voted|vote|votes)$/;

/**
 * Who cast the votes a tally's numbers count: the noun right before "voted" ("Councillors voted 27 to 14", "the
 * council voted 17-4"), or before the place they are of, for the tally's first number and its second.
 */
function votersOf(tokens: readonly Token[], at: number, text: string): Token | undefined {
  let k = at - 1;
  const previous = tokens[k];
  const number = tokens[at] as Token;
  if (previous?.folded === 'to' && tokens[k - 1]?.isNumber) k -= 2;
  else if (previous?.isNumber && textBetween(text, previous, number) === '-') k -= 1;
  if (tokens[k]?.folded === 'by') k--;
  if (!VOTED.test(tokens[k]?.folded ?? '')) return undefined;
  // "Councillors in Sables-d'Or-sur-Mer voted 19 to 8", "The city council of Lvovna voted": the noun before the
  // place they are of, when a name stands right before "voted".
  if (tokens[k - 1]?.capitalised) {
    let start = k - 1;
    while (start > 0 && !/[,;:]/.test(textBetween(text, tokens[start - 1] as Token, tokens[start] as Token)))
      start--;
    const of = tokens.findIndex((t, i) => i > start && i < k && PLACE_OF.test(t.folded));
    if (of > 0) k = of;
  }
  const voters = tokens[k - 1];
  return voters && !voters.isNumber && !DETERMINER.has(voters.folded) ? voters : undefined;
}

// The preposition between those who voted and the place they are of ("Councillors in Venlaar voted …").
const PLACE_OF = /^(?:in|of|from|at)$/;

const REFLEXIVE = /^(?:themselves|itself|alone)$/;
const HAVE = /^(?:has|have|had)$/;
const BE = /^(?:is|was|are|were)$/;
// How far back the noun that is "one of N" may stand ("The turbine, known as H-17, was one of 25 machines").
const ONE_OF_REACH = 8;

/** The noun that "is one of" the number ("The station is one of 21"): the nearest after a determiner before the verb. */
function oneOf(tokens: readonly Token[], at: number): Token | undefined {
  let k = at - 1;
  if (tokens[k]?.folded === 'the') k--;
  if (tokens[k]?.folded !== 'of' || tokens[k - 1]?.folded !== 'one' || !BE.test(tokens[k - 2]?.folded ?? ''))
    return undefined;
  for (let j = k - 3; j >= Math.max(1, k - 2 - ONE_OF_REACH); j--) {
    const word = tokens[j];
    if (word && !word.isNumber && DETERMINER.has(tokens[j - 1]?.folded ?? '')) return word;
  }
  return undefined;
}

/** The noun a number "in total" or "in all" is the total of, set off after it ("the trams themselves, 24 in total"). */
function inTotal(tokens: readonly Token[], at: number): Token | undefined {
  if (tokens[at + 1]?.folded !== 'in' || !/^(?:total|all)$/.test(tokens[at + 2]?.folded ?? ''))
    return undefined;
  let k = at - 1;
  while (k >= 0 && (HEDGE.test(tokens[k]?.folded ?? '') || REFLEXIVE.test(tokens[k]?.folded ?? ''))) k--;
  const noun = tokens[k];
  return noun && !noun.isNumber && !DETERMINER.has(noun.folded) ? noun : undefined;
}

/** Whether the number at `at` is a percentage ("26%", "26 percent", "26 per cent") not followed by "of". */
function isShareOfNothing(tokens: readonly Token[], at: number, text: string): boolean {
  const t = tokens[at] as Token;
  let next = at + 1;
  if (text[t.start + t.surface.length] !== '%') {
    if (tokens[next]?.folded === 'per' && tokens[next + 1]?.folded === 'cent') next += 2;
    else if (tokens[next]?.folded === 'percent') next += 1;
    else return false;
  }
  return tokens[next]?.folded !== 'of';
}

const ARTICLE = /^(?:a|an|the)$/;

/** The sentence's fit, from its text and all its tokens (stop words included: "hundreds of strikers"). */
export function sentenceFit(tokens: readonly Token[], text: string): SentenceFit {
  const counted: string[] = [];
  const countedWords: string[] = [];
  const countedBy: string[] = [];
  const changed: string[] = [];
  const populations = barePopulationsAt(text);
  const partOf = PART_OF_OPENING.exec(text)?.[0].length ?? 0;
  // A word a number counts, as index terms and as written.
  const count = (word: Token | undefined) => {
    if (!word) return;
    counted.push(...termsOf(word));
    countedWords.push(word.folded);
  };
  tokens.forEach((t, i) => {
    // "detained twice" counts times: what "how many times" asks.
    if (HOW_OFTEN.test(t.folded)) {
      counted.push(stem('times'));
      countedWords.push('times');
      return;
    }
    // "reduced the number of stewards to 142": what "the number of" names is counted by a number after it.
    const numberOf =
      NUMBER_OF.test(t.folded) && tokens[i + 1]?.folded === 'of' && numberFollows(tokens, i, text);
    // "Only about a third of the village's growers have …": a part of what follows, as "40 of the growers" is, when
    // it is the subject (not "accounted for a fifth of its loans", nor "half of them", which names nothing).
    const fractionOf = isFractionSubject(tokens, i, text);
    if (!(numberOf || fractionOf || isNumeral(t) || isOrdinalCount(tokens, i))) return;
    // "A 1924 steam locomotive", "the 1998 flood": a year after an article describes what follows; it counts nothing.
    if (isYearToken(t) && ARTICLE.test(tokens[i - 1]?.folded ?? '')) return;
    // "enrolled about 1,246 adults": the word before the number (and its hedge) may be what was done to them.
    let before = i - 1;
    while (before >= 0 && HEDGE.test(tokens[before]?.folded ?? '') && !placesAt(tokens, before)) before--;
    const doer = tokens[before];
    // A noun right before the number is no doer ("charges its pensioners 180 euros") unless set off by a comma: "stranded
    // customers, around 14,500".
    const setOff = doer !== undefined && text.slice(doer.start + doer.surface.length).startsWith(',');
    if (doer && !doer.isNumber && !placesAt(tokens, before) && (setOff || isVerbInSomeSense(doer.folded)))
      countedBy.push(...termsOf(doer));
    // "Oostveld, a town of 28,000,": the number counts the people living there.
    if (populations.includes(t.start)) counted.push(...POPULATION_COUNTS);
    // "The trams themselves, 24 in total, will be ordered": a total set off after what it counts.
    count(inTotal(tokens, i));
    // "The station is one of 21 along the coast": the number counts what is one of them.
    count(oneOf(tokens, i));
    // "Councillors voted 27 to 14": a tally counts those who voted.
    count(votersOf(tokens, i, text));
    // "applications surged to a record 186,000": what changed to the number is what it counts.
    // (Not by a share: "scores for meals rose from 62% to 84%" counts no meals.)
    if (!isShareOfNothing(tokens, i, text)) for (const word of changedTo(tokens, i, text)) count(word);
    // "7.8 million twenty-foot equivalent units": the scale word counts what follows, as one number with the figure.
    if (t.isNumber && NUMBER_WORD.test(tokens[i + 1]?.folded ?? '')) return;
    // "handled 26% more passengers": a change by a share counts nothing; "27.5% of patients" is a part of them.
    if (t.isNumber && isShareOfNothing(tokens, i, text)) return;
    // "22 will close outright", "Only 2,340 did so", "900 of whom live in Lindmark": a number that is the subject of
    // its verb counts what the sentences before named, as "N of them" does (unless the sentence opens by naming the
    // whole it counts parts of: "Of the fines issued, 2,870 were paid").
    const subjectOf = partOf ? undefined : verbOfSubject(tokens, i, text);
    if (subjectOf === 'auxiliary') {
      counted.push(ANY_COUNTED);
      return;
    }
    // "Baird's tapir … fewer than 4,500 remain": before a verb of its own, what the sentence named before it.
    if (subjectOf === 'verb') {
      for (const word of tokens.slice(0, i)) if (!isStopWord(word.folded)) count(word);
      return;
    }
    // "all 11 of the airline's other grounds": a part of what follows "of" and its determiner is counted.
    let from = i + 1;
    if (tokens[from]?.folded === 'of') {
      // "Four of them", "27.3 million of them": what the sentences before named, which may be what is asked.
      if (/^(?:them|those|these)$/.test(tokens[from + 1]?.folded ?? '')) {
        counted.push(ANY_COUNTED);
        return;
      }
      from += DETERMINER.has(tokens[from + 1]?.folded ?? '') ? 2 : 1;
      // "four of the country's largest bakery chains": whose they are is a determiner too, no word of the phrase (but
      // "of the county's 687 road bridges" counts the whole with its own number).
      const after = tokens[from + 1];
      if (/['’]s$/.test(tokens[from]?.surface ?? '') && after !== undefined && !isNumeral(after)) from++;
    }
    let end = t.start + t.surface.length;
    const countedBefore = counted.length;
    const wordsBefore = countedWords.length;
    let words = 0;
    const last = Math.min(tokens.length, from + 2 * COUNT_GAP + 1);
    for (let k = from; k < last; k++) {
      const next = tokens[k] as Token;
      const gap = text.slice(end, next.start);
      // "Forty-two plains bison": a number written in two words is one number.
      if (gap === '-' && end === t.start + t.surface.length && isNumeral(next)) {
        end = next.start + next.surface.length;
        continue;
      }
      // "7.8 million twenty-foot equivalent units (TEU)": the acronym in brackets names what was counted.
      if (counted.length > countedBefore && gap === ' (' && isAcronym(next, text)) {
        count(next);
        // "The 14 computed tomography (CT) machines": the phrase may go on after the brackets.
        const closed = next.start + next.surface.length;
        if (text.slice(closed, closed + 2) !== ') ') break;
        end = closed + 1;
        continue;
      }
      // A hyphenated word is one word of the gap: "3,000 well-paid factory workers"; "and" or "or" joining words that
      // describe what is counted is none: "240 Aster and Lumen owners", "1,400 counter and delivery staff".
      // "Four other Omani camel dairies": "other" or "more" right after the number is no word of the gap either.
      if (gap !== '-' && !JOINS.test(next.folded) && !(k === from && BESIDES.test(next.folded))) words++;
      if (
        endsPhrase(next, gap) ||
        (words > COUNT_GAP && !endsLongPhrase(countedWords.slice(wordsBefore), next, words)) ||
        endsAtPlural(countedWords, wordsBefore, next, gap)
      )
        break;
      const joined = end === t.start + t.surface.length && gap === '-';
      end = next.start + next.surface.length;
      count(next);
      // "16-nanometre nodes", "a 6.4-billion-euro factory": a number joined to its unit describes what follows.
      if (joined) break;
    }
    // "cut its beds from 20 to 16": both figures of a change from one to the other count what changed, written before
    // "from" (not _prices ranging from 18 to 65 euros_, which count their unit).
    // "will keep a staff of nine to run its archive": a number counting nothing after it counts the body it sizes.
    if (counted.length === countedBefore) {
      for (const word of changedFrom(tokens, i, text)) changed.push(...termsOf(word));
      count(sizedBody(tokens, i));
    }
  });
  // "Of the altered records, 385 belonged to pupils in Velmora and 52 to …": the numbers after an opening "of the …"
  // count parts of what it names (up to a preposition: not the hospitals of "Of the 96 theatres in its hospitals").
  // "Of those, 2,870 paid the reduced charge": parts of what the sentences before named, as "2,870 of them".
  if (OF_THEM_OPENING.test(text) && tokens.some(isNumeral)) counted.push(ANY_COUNTED);
  if (partOf > 0 && tokens.some((t) => t.start >= partOf && isNumeral(t))) {
    for (const t of tokens.slice(2)) {
      if (t.start >= partOf || ENDS_COUNT.has(t.folded) || t.folded === 'of') break;
      if (isNumeral(t)) continue;
      count(t);
    }
  }
  const indefinite: string[] = [];
  tokens.forEach((t, i) => {
    if (!INDEFINITE.test(t.folded)) return;
    let end = t.start + t.surface.length;
    for (const [j, next] of tokens.slice(i + 1, i + 1 + COUNT_GAP).entries()) {
      if (endsPhrase(next, text.slice(end, next.start))) break;
      if (j > 0 && headsOwnPhrase(tokens, i + 1 + j)) break;
      end = next.start + next.surface.length;
      indefinite.push(...termsOf(next));
    }
  });
  const qualified = tokens.flatMap((t, i) =>
    TITLE_QUALIFIER.test(tokens[i - 1]?.folded ?? '') ? termsOf(t) : [],
  );
  const titled = tokens.flatMap((t, i) => {
    const before = tokens[i - 1];
    if (!before?.capitalised || !t.capitalised || before.isNumber || t.isNumber) return [];
    return textBetween(text, before, t) === ' ' ? termsOf(t).map((term) => `${before.folded}>${term}`) : [];
  });
  const places = placeNames(tokens);
  const capitalised = tokens
    .filter(
      (t, i) =>
        i > 0 &&
        t.capitalised &&
        !t.isNumber &&
        !isTimeWord(t.folded) &&
        // "Ukrainian officials reported": people named by where they are from.
        (!places.has(t) || isPersonNoun(tokens[i + 1]?.folded ?? '')),
    )
    .flatMap(termsOf);
  const first = tokens[0];
  return {
    counted: padded(counted),
    countedWords: padded(countedWords),
    countedBy: padded(countedBy),
    changed: padded(changed),
    indefinite: padded(indefinite),
    qualified: padded(qualified),
    titled: padded(titled),
    capitalised: padded(capitalised),
    lead: first?.capitalised && !first.isNumber ? first.stem : '',
    placed: places.size > 0,
    countries: padded(
      tokens
        .filter((t) => t.capitalised && isKnownPlace(t.folded))
        .flatMap((t) => placesOfAdjective(t.folded)),
    ),
  };
}

// Words a place name follows: "in Orveldt", "in the Netherlands", "near Pisco".
const BEFORE_PLACE = new Set(['in', 'near']);

/**
 * The capitalised words of the sentence that name places: ones compromise's lexicon knows as places, names after
 * "in" or "near" (a "the" between), after "<a kind of region> of" ("the town of Dunmarra"), and the words that
 * continue such a name ("in New York").
 */
function placeNames(tokens: readonly Token[]): Set<Token> {
  const places = new Set<Token>();
  tokens.forEach((t, i) => {
    if (!t.capitalised || t.isNumber || i === 0) return;
    const before = tokens[i - 1];
    const beforeThat = tokens[i - 2];
    const placed =
      isKnownPlace(t.folded) ||
      // A place's name goes on ("New York"), but not past its possessive ("China's Hanzhou Experimental Torus") nor
      // from a people's adjective ("the Norwegian Public Roads Administration" is a body).
      (before !== undefined &&
        places.has(before) &&
        !/['’]s$/.test(before.surface) &&
        !isDemonym(before.folded)) ||
      BEFORE_PLACE.has(before?.folded ?? '') ||
      (before?.folded === 'the' && BEFORE_PLACE.has(beforeThat?.folded ?? '')) ||
      atOneWordName(tokens, i) ||
      (before?.folded === 'of' && beforeThat !== undefined && isKindOf(beforeThat.folded, 'region'));
    if (placed) places.add(t);
  });
  return places;
}

/**
 * Whether the word is a name of one word after "at" (a "the" between): a place ("taken to a treatment site at
 * Oldcross", "parked at Garrowby fire station"); a longer name there is more often a body's ("a retail analyst at
 * Nordbank Markets", "taught at Nordre Lokka primary school").
 */
function atOneWordName(tokens: readonly Token[], i: number): boolean {
  const at = tokens[i - 1]?.folded === 'the' ? tokens[i - 2] : tokens[i - 1];
  return at?.folded === 'at' && tokens[i + 1]?.capitalised !== true;
}

/**
 * Whether the next word, after this gap, ends the phrase a number or "a" opens: another number, a word like "per" or
 * "for" ("1,250 euros per worker" counts euros), or a clause ("21 days, and people are infectious" counts no people).
 */
function endsPhrase(next: Token, gap: string): boolean {
  return next.isNumber || ENDS_COUNT.has(next.folded) || CLAUSE_BREAK.test(gap);
}

/**
 * Whether the word after three that describe what a number counts is the plural noun they describe ("250 certified
 * avalanche dog teams"): none of them a small word, a plural or a verb joined ("two surviving letters and the pipes",
 * "five times as many residents", "84 planned operations and divert ambulances").
 */
function endsLongPhrase(describing: readonly string[], next: Token, words: number): boolean {
  return (
    words === COUNT_GAP + 1 &&
    !next.capitalised &&
    isPlainPlural(next.folded) &&
    describing.every((w) => !isStopWord(w) && !isPlainPlural(w))
  );
}

/**
 * Whether what a number counts ended at the plural just taken ("The three suspects | face charges"), unless "of" or
 * a word joined by "and" goes on with it ("boxes of pills", "2,000 drivers and cyclists"), or its acronym follows.
 */
function endsAtPlural(taken: readonly string[], from: number, next: Token, gap: string): boolean {
  const last = taken.length > from ? taken.at(-1) : undefined;
  return (
    last !== undefined &&
    isPlainPlural(last) &&
    next.folded !== 'of' &&
    gap !== ' (' &&
    !JOINS.test(next.folded) &&
    // "plains bison", "customs officers": a plural before a word that is only ever a noun describes it.
    !isDescribedByPlural(next)
  );
}

/**
 * What follows the number at `i` when it is the subject of that verb: an auxiliary or "who" ("22 will close", "the
 * 430 who worked there"), or a verb of its own ("fewer than 4,500 remain"; see `isOwnVerb`), the number standing
 * first in its clause or after a determiner, adjective or adverb ("only 2,340", "about 1,100") or a verb whose words
 * it opens ("says more than 450 are now trading"; +1, nothing lost): not a number naming a thing, a day or a year
 * ("Route 614 was closed", "on Feb. 27 had", "in 2019 was"), nor one after a verb read as an adjective ("the remaining
 * 2,300 will": +0 −2; before any verb counting what the sentences before named, "three use wheelchairs": +6 −14).
 */
function verbOfSubject(tokens: readonly Token[], i: number, text: string): 'auxiliary' | 'verb' | undefined {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || textBetween(text, t, next) !== ' ' || t.folded === 'one' || YEAR.test(t.surface))
    return undefined;
  const verb =
    SUBJECT_VERB.test(next.folded) || (next.folded === 'of' && tokens[i + 2]?.folded === 'whom')
      ? 'auxiliary'
      : isOwnVerb(tokens, i, text)
        ? 'verb'
        : undefined;
  if (!verb) return undefined;
  let b = i - 1;
  while (b >= 0 && HEDGE.test(tokens[b]?.folded ?? '')) b--;
  const before = tokens[b];
  // "on Feb. 27 had led" is a day; "71 flights were cancelled and another 23 were diverted" counts flights again.
  if (before && (isTimeWord(before.folded) || before.folded === 'another')) return undefined;
  if (!before || /[,;:()!?.]/.test(textBetween(text, before, tokens[b + 1] as Token))) return verb;
  const opens =
    !ENDS_COUNT.has(before.folded) &&
    (DETERMINER.has(before.folded) ||
      JOINS.test(before.folded) ||
      isMostlyAdjective(before.folded) ||
      isMostlyAdverb(before.folded) ||
      (isMostlyVerb(before.folded) && !DETERMINER.has(tokens[b - 1]?.folded ?? '')));
  return opens ? verb : undefined;
}

/**
 * Whether a verb of its own follows the number, as its subject: "fewer than 4,500 remain in the wild", "146 came
 * from New Zealand"; not a participle describing what follows ("1,246 hospitalised adults").
 */
function isOwnVerb(tokens: readonly Token[], i: number, text: string): boolean {
  const verb = tokens[i + 1] as Token;
  const after = tokens[i + 2];
  // A plural verb has no -s: "2,340 calls", "312 jars" are counted nouns, though WordNet makes them verbs mostly; nor
  // is one a compound's first word ("41 call-outs"), an -ing form ("11 teaching posts") or joined to another word
  // describing what follows ("11 finished or part-built instruments").
  return (
    !/(?:s|ing)$/.test(verb.folded) &&
    isMostlyVerb(verb.folded) &&
    !isMostlyNoun(verb.folded) &&
    (!after ||
      (isStopWord(after.folded) && !JOINS.test(after.folded)) ||
      /^\s*[,;:.]/.test(textBetween(text, verb, after))) &&
    text[verb.start + verb.surface.length] !== '-'
  );
}

/** Whether a number follows the token in the same clause. */
function numberFollows(tokens: readonly Token[], i: number, text: string): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const next = tokens[j] as Token;
    if (CLAUSE_BREAK.test(textBetween(text, tokens[j - 1] as Token, next))) return false;
    if (isNumeral(next)) return true;
  }
  return false;
}

// What may stand before a fraction that is the subject: a hedge, its article ("only about a third of").
const BEFORE_FRACTION =
  /^(?:a|one|only|about|around|roughly|nearly|almost|some|just|over|under|than|more|less)$/;

/** Whether the word at `i` is a fraction "of" something named, opening its clause or after "that". */
function isFractionSubject(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i] as Token;
  if (!FRACTION.test(t.folded) || tokens[i + 1]?.folded !== 'of') return false;
  if (/^(?:them|those|these|us|you)$/.test(tokens[i + 2]?.folded ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && BEFORE_FRACTION.test(tokens[k]?.folded ?? '')) k--;
  const opening = tokens[k + 1] as Token;
  const before = tokens[k];
  return before === undefined || before.folded === 'that' || /,\s*$/.test(text.slice(0, opening.start));
}

/** A number in digits or in words ("142", "forty", "hundreds"). */
function isNumeral(token: Token): boolean {
  return token.isNumber || NUMBER_WORD.test(token.folded);
}

/**
 * The words before "from" of "… from A to B" when the numeral at `at` is A or B, back to the verb or a comma: what
 * changed from one figure to the other ("cut night shifts at the plant from five to three": night, shifts, plant).
 */
function changedFrom(tokens: readonly Token[], at: number, text: string): Token[] {
  const isFrom = (k: number) => tokens[k]?.folded === 'from';
  const figure = (k: number) => tokens[k] !== undefined && isNumeral(tokens[k] as Token);
  // The second figure counts nothing of its own either (not "from 18 to 65 euros").
  const bare = (k: number) => {
    const next = tokens[k + 1];
    return (
      next === undefined ||
      isStopWord(next.folded) ||
      /[,;:(–—.]/.test(textBetween(text, tokens[k] as Token, next))
    );
  };
  const from =
    isFrom(at - 1) && tokens[at + 1]?.folded === 'to' && figure(at + 2) && bare(at + 2)
      ? at - 1
      : tokens[at - 1]?.folded === 'to' && figure(at - 2) && isFrom(at - 3) && bare(at)
        ? at - 3
        : -1;
  const words: Token[] = [];
  for (let k = from - 1; k >= 0 && from - k <= FROM_REACH; k--) {
    const t = tokens[k] as Token;
    if (/[,;:(–—]/.test(textBetween(text, t, tokens[k + 1] as Token))) break;
    if (!t.capitalised && isMostlyVerb(t.folded)) break;
    if (!t.isNumber && !isStopWord(t.folded)) words.push(t);
  }
  return words;
}

/** A word in capitals closed by a bracket: "(TEU)". */
function isAcronym(token: Token, text: string): boolean {
  return (
    token.surface.length >= 2 &&
    token.surface === token.surface.toUpperCase() &&
    text[token.start + token.surface.length] === ')'
  );
}

function padded(terms: readonly string[]): string {
  return terms.length === 0 ? '' : ` ${terms.join(' ')} `;
}
