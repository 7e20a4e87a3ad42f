/**
 * "Which" questions: "which country" asks for a place named, "which airports" for the things themselves, named,
 * not only counted, "which union" someone named, "which company" a body.
 */

import lemmatizer from 'wink-lemmatizer';
import { isKnownFirstName } from '../lexicon/namesLexicon.js';
import {
  isGroupNoun,
  isKindOf,
  isMostlyNoun,
  isMostlyVerb,
  isPastVerbOnly,
  isPersonNoun,
  isPlaceAdjective,
  isPlaceNoun,
  isSingularInS,
} from '../lexicon/wordKinds.js';
import { wordNet } from '../lexicon/wordnet.js';
import { isTimeWord } from './answerTypes.js';
import { isOtherName } from './askedPerson.js';
import { likelySpelling } from './english.js';
import { areAdjacent } from './nounPhrase.js';
import { NUMBER_WORD } from './numberWords.js';
import { AUXILIARY_VERBS, isMeasureNoun } from './query.js';
import { isSure } from './rank.js';
import type { SentenceDoc } from './sentenceIndex.js';
import { type Token, termsOf, textBetween, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// "which country", "what countries", "which city": places, named ("which year" names a date; "what" only with a
// plural: "what peak sales" asks no name).
const WHICH_KIND = /^\W*(?:which\s+([\p{L}-]+)|what\s+([\p{L}-]+s|nationality))\s+(?!of\b)/iu;
const NATIONALITY = /^nationalit(?:y|ies)$/;

/**
 * The noun of "which country / what countries …" when it is a kind of place (WordNet): the kind of name asked for,
 * which the answer gives ("from Greece, Italy and Cyprus") rather than writes.
 */
export function kindOfName(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const which = WHICH_KIND.exec(question);
  const noun = which?.[1] ?? which?.[2];
  if (!which || !noun) return undefined;
  const at = which.index + which[0].indexOf(noun);
  // A misspelt kind ("what contries") is the word it most likely misspells. "What nationality" asks the country,
  // which the answer names or writes as its people ("two are Belgian").
  const isKind = (folded: string) =>
    NATIONALITY.test(folded) || isPlaceNoun(folded) || isPlaceNoun(likelySpelling(folded));
  return terms.find((t) => t.token.start === at && isKind(t.token.folded));
}

// "What colour were the tulips", "which vehicle are detectives trying to trace", "what kind of seafood": a noun the
// answer names a kind of (_yellow tulips_, _a white van_) rather than writes.
const KIND_ASKED = /^\W*(?:what|which)\s+(?:(?:kind|kinds|type|types|sort)\s+of\s+)?([\p{L}-]+)\s+(?!of\b)/iu;

/**
 * The noun of "what colour …" or "which vehicle …" when the stories hold it in no form (but perhaps a broader or
 * narrower word of it: _lorry_) and WordNet lists it as a noun: the answer names a kind of it (see `namesKindOf`).
 */
export function kindAsked(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const asked = KIND_ASKED.exec(question);
  const noun = asked?.[1];
  if (!asked || !noun) return undefined;
  const at = asked.index + asked[0].lastIndexOf(noun);
  const term = terms.find((t) => t.token.start === at);
  // Not one the stories hold (a broader or narrower WordNet word of it alone is no holding: "vehicle" ~ _lorry_),
  // nor a measure ("what altitude": a number says it), nor a word before a noun of the stories, which heads the
  // phrase ("which construction company").
  if (!term || (term.matches.length > 0 && isSure(term)) || isMeasureNoun(term.token.folded))
    return undefined;
  const next = terms[terms.indexOf(term) + 1];
  const headed = next !== undefined && next.matches.length > 0 && areAdjacent(question, term, next);
  return !headed && isWordNetNoun(term.token.folded) ? term : undefined;
}

const isWordNetNoun = (folded: string) =>
  wordNet()
    .senses(lemmatizer.noun(folded))
    .some((s) => s.pos === 'noun');

/** Whether the text names a kind of the noun (WordNet): _yellow_ of colour, _a white van_ of vehicle. */
export function namesKindOf(text: string, noun: string): boolean {
  return tokenize(text).some((t) => t.folded !== noun && isKindOf(t.folded, noun));
}

// "which airports", "which four contracts", "which three other wind farms", "which of Strand's other 14 paintings":
// the first plural after "which / what" (and "of" its owner), past a number or up to three modifiers (not a verb —
// "what does …", "which is …" ask no thing —, not "the", nor "of": "what percentage of flights" asks a number). A word
// in -s that English writes so as one ("what operating loss", "which two bus operators") is no plural (+3 −1: "which
// chess engine did they use for the analysis", once declined for "analysis", now answered by _a chess computer_).
const WHICH_OPENING = /^\W*(?:which|what)\s+(?:of\s+(?:the\s+|these\s+|those\s+|[\p{L}-]+['’]s\s+)?)?/iu;
const WHICH_MODIFIERS = 3;
const AUXILIARY = new RegExp(`^(?:${AUXILIARY_VERBS})$`);
const NO_MODIFIER = new RegExp(`^(?:of|the|${AUXILIARY_VERBS})$`);
const NO_PLURAL = /^(?:is|was|does|has|his|its|this)$/;

// "which rival bought …", "which union called …", "which company's satellites": a thing, to be named.
const WHICH_THING = new RegExp(`^\\W*which\\s+(?!(?:${AUXILIARY_VERBS}|one)\\b)([\\p{L}-]+)`, 'iu');

/**
 * The thing "which airports …" asks to be named: a plural, or the noun of "which <noun>" ("which rival bought
 * Pikoteo", "which hospital", "which German supermarket chain": the chain); undefined when it asks no such thing. A
 * sentence writing it only counted or after "a" names none (_taken to a hospital_; see `namesNone`); one writing a
 * code, an ordinal or a name with it does (_the B214 road_, _its 75th anniversary_).
 */
export function thingsAsked(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const plural = pluralAfterWh(question);
  if (plural !== undefined) {
    const asked = terms.find((t) => t.token.start === plural);
    // "Which days will the library open", "what hours": a weekday, a date or a time says them, not a name.
    return asked && !isDayOrHourNoun(asked.token.folded) ? asked : undefined;
  }
  const one = WHICH_THING.exec(question);
  const word = one?.[1]?.toLowerCase() ?? '';
  if (!one || (!isPersonNoun(word) && !isGroupNoun(word) && !isMostlyNoun(word))) return undefined;
  const head = headNoun(question, one.index + one[0].length - word.length);
  return head && !isTimeWord(head.folded) && !isMeasureNoun(head.folded)
    ? terms.find((t) => t.token.start === head.start)
    : undefined;
}

/** Whether the noun names days or hours ("dates", "days", "evenings", "hours"), which a date, a weekday or a time says. */
function isDayOrHourNoun(folded: string): boolean {
  return isKindOf(folded, 'day') || isKindOf(folded, 'hour');
}

// How many words before it may qualify the noun "which" asks ("which German supermarket chain").
const HEAD_MODIFIERS = 2;

/**
 * The noun of the phrase starting at `at`: past a place's adjective ("which German company") and the first nouns of a
 * compound ("which product range", "which supermarket chain"), up to `HEAD_MODIFIERS` words.
 */
function headNoun(question: string, at: number): Token | undefined {
  const words = tokenize(question.slice(at)).slice(0, HEAD_MODIFIERS + 2);
  let head = 0;
  while (head < HEAD_MODIFIERS) {
    const word = words[head] as Token;
    const next = words[head + 1];
    // "Which rider's handlebar" asks the rider.
    if (/['’]s$/i.test(word.surface)) break;
    const ofPlace = isPlaceAdjective(word.folded);
    // A noun before the question's auxiliary ends the phrase, though mostly an adjective ("which law firm did …").
    const endsPhrase = (t: Token) => AUXILIARY.test(words[head + 2]?.folded ?? '') && isWordNetNoun(t.folded);
    if (
      !next ||
      AUXILIARY.test(next.folded) ||
      isMostlyVerb(next.folded) ||
      !(ofPlace || isMostlyNoun(next.folded) || endsPhrase(next))
    )
      break;
    if (!/^\s+$/.test(textBetween(question.slice(at), word, next))) break;
    head++;
  }
  const token = words[head];
  return token && { ...token, start: token.start + at };
}

/** Where the plural "which / what …" asks about starts in the question (see `WHICH_OPENING`), if it asks one. */
function pluralAfterWh(question: string): number | undefined {
  const opening = WHICH_OPENING.exec(question);
  if (!opening) return undefined;
  let at = opening[0].length;
  for (let i = 0; i <= WHICH_MODIFIERS; i++) {
    const word = /^([\p{L}\d-]+)(\s*)/u.exec(question.slice(at));
    const folded = word?.[1]?.toLowerCase() ?? '';
    // "What caused some units to …" asks what did something to them, not which units.
    if (!word || (i === 0 ? AUXILIARY : NO_MODIFIER).test(folded) || (i === 0 && isPastVerbOnly(folded)))
      return undefined;
    // A verb after the noun asked is its verb ("which company | runs the workshop"), not a plural noun (+13 −2).
    if (i > 0 && isMostlyVerb(folded)) return undefined;
    if (/^[\p{L}-]+s$/u.test(folded) && !NO_PLURAL.test(folded) && !isSingularInS(folded)) return at;
    if (word[2] === '') return undefined;
    at += word[0].length;
  }
  return undefined;
}

/**
 * Whether every time the sentence writes the stem, it counts it ("slots at 17 European airports") or writes it after
 * "a" ("sold to a rival"): it names none.
 */
export function namesNone(doc: SentenceDoc, stem: string): boolean {
  const times = occurrences(doc.terms, stem);
  const unnamed = occurrences(doc.fit.counted, stem) + occurrences(doc.fit.indefinite, stem);
  return times > 0 && times <= unnamed && !namedBeside(doc.text, stem);
}

/** Whether the text names, right beside one of its words holding the stem, what that word is (see below). */
function namedBeside(text: string, stem: string): boolean {
  const tokens = tokenize(text);
  return tokens.some(
    (t, i) =>
      termsOf(t).includes(stem) &&
      (namedOn(text, tokens, i) || namedAfter(text, tokens, i) || namedBefore(text, tokens, i)),
  );
}

// Words that end the modifiers before a noun: what is before them is no name of it.
const ENDS_MODIFIERS = /^(?:the|a|an|one|of|its|his|her|their|our|this|that|to|in|on|at|by|for|from|and|or)$/;
// How many modifiers may stand between a name and its noun ("the B214 federal road").
const NAME_MODIFIERS = 2;
// A definite determiner, after which a capitalised word may name the noun (_its MagnaBau range_).
const DEFINITE = /^(?:the|its|his|her|their|our)$/;

/**
 * Whether the word at `i` is written as (part of) a name, capitalised past the sentence's first word ("the 1996
 * Olympics"), or after a code, an ordinal or a name, past a modifier or two: "the N348 access road", "Route 76",
 * "his 24th career title", "its MagnaBau range"; not "a Lindby firm", "a Dutch company".
 */
function namedOn(text: string, tokens: readonly Token[], i: number): boolean {
  if (i > 0 && (tokens[i] as Token).capitalised) return true;
  for (let j = i - 1; j >= Math.max(1, i - 1 - NAME_MODIFIERS); j--) {
    const t = tokens[j] as Token;
    const before = tokens[j - 1];
    if (ENDS_MODIFIERS.test(t.folded)) return false;
    if (t.isNumber && (before?.capitalised === true || /^(?:st|nd|rd|th)$/.test(tokens[j + 1]?.folded ?? '')))
      return true;
    // A capitalised word after "a" or a number is no name of the noun ("a Lindby firm"), nor one that opens a clause
    // or a quote ("said: "Three guesthouses …""), nor a place's adjective ("the Dutch company").
    if (t.capitalised && !t.isNumber)
      return (
        before !== undefined &&
        !before.isNumber &&
        (!ENDS_MODIFIERS.test(before.folded) || DEFINITE.test(before.folded)) &&
        /^\s+$/.test(textBetween(text, before, t)) &&
        !NUMBER_WORD.test(t.folded) &&
        !isPlaceAdjective(t.folded)
      );
  }
  return false;
}

// How many words may stand between "a" and the noun of an apposition ("Tolvia Systems, a Dutch engineering company").
const APPOSITION_WORDS = 3;

/** Whether the word at `i` is in an apposition to a name before it ("built by Tolvia Systems, a company …"). */
function namedBefore(text: string, tokens: readonly Token[], i: number): boolean {
  for (let a = i - 1; a >= Math.max(2, i - 1 - APPOSITION_WORDS); a--) {
    const article = tokens[a] as Token;
    if (!/^an?$/.test(article.folded)) continue;
    const name = tokens[a - 1] as Token;
    return name.capitalised && /^\s*,\s*$/.test(text.slice(name.start + name.surface.length, article.start));
  }
  return false;
}

/**
 * Whether what the word at `i` counts is named right after it, after "of", "including", a colon or a comma ("the
 * three villages of Oberried, Lindhagen and Sankt Veit", "three brands, Morvanka Start, Morvanka Plus and Lilli Baby"),
 * or listed after a comma and "including" or "such as".
 */
function namedAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next) return false;
  const between = text.slice(t.start + t.surface.length, next.start);
  const names = (at: Token | undefined) => at?.capitalised === true;
  // "41 tonnes of supplies, including insulin, baby formula and diesel": the kinds it lists name them too.
  if (/^\s*,\s*$/.test(between) && /^(?:including|such)$/i.test(next.surface)) return true;
  // "two tributaries, the Brede and the Aske": a name may follow its "the".
  if (/^\s*[:,]\s*$/.test(between)) return names(next) || (next.folded === 'the' && names(tokens[i + 2]));
  if (!/^\s+$/.test(between)) return false;
  if (/^(?:of|including)$/i.test(next.surface)) return names(tokens[i + 2]);
  // "A group calling itself Black Lantern", "a boat called Aurora", "a firm known as Veldt".
  if (/^(?:called|named|calling|known)$/i.test(next.surface)) return tokens.slice(i + 2, i + 4).some(names);
  // "A consortium led by Metrostav": who leads, runs or owns it says which (not where it is: "a university in the
  // Midlands" for "which university in the midlands"; +4 −6).
  return (
    /^(?:led|run|owned|operated)$/i.test(next.surface) &&
    tokens[i + 2]?.folded === 'by' &&
    names(tokens[i + 3])
  );
}

/** How many times a stem occurs in space-padded index terms. */
export function occurrences(terms: string, stem: string): number {
  return terms.split(' ').filter((s) => s === stem).length;
}

/**
 * Whether the sentence's speaker, or a capitalised word past its first that may name someone, is none of the
 * question's own words.
 */
export function namesSomeoneElse(doc: SentenceDoc, own: ReadonlySet<string>): boolean {
  const other = (terms: string) => terms.split(' ').some((s) => s !== '' && !own.has(s));
  return other(doc.speakerTerms) || other(doc.fit.capitalised);
}

/**
 * Whether the sentence gives a name (see `namesOtherThan`) that may be a body's: no first name the lexicon knows nor
 * the word after one ("Agency director Peter Lundgaard" names a person).
 */
export function namesBodyOtherThan(doc: SentenceDoc, own: ReadonlySet<string>): boolean {
  const person = (t: Token | undefined) => t?.capitalised === true && isKnownFirstName(t.folded);
  return namesOtherThan(doc, own, (tokens, i) => person(tokens[i]) || person(tokens[i - 1]));
}

/**
 * Whether the sentence gives a name, places included, past its first word that is none of the question's and no
 * month or day, nor one `isNoName` rules out. Read from the sentence's words when asked: only candidates of "which"
 * questions pay.
 */
export function namesOtherThan(
  doc: SentenceDoc,
  question: ReadonlySet<string>,
  isNoName: (tokens: readonly Token[], i: number) => boolean = () => false,
): boolean {
  const tokens = tokenize(doc.text);
  return tokens.some(
    (t, i) => i > 0 && !isTimeWord(t.folded) && isOtherName(t, question) && !isNoName(tokens, i),
  );
}
