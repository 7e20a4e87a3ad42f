/**
 * "Which" questions: "which country" asks for a place named, "which airports" for the things themselves, named,
 * not only counted, "which union" someone named, "which company" a body.
 */

import lemmatizer from 'wink-lemmatizer';
import { isKnownFirstName } from '../lexicon/namesLexicon.js';
import {
  isGroupNoun,
  isKindOf,
  isMostlyVerb,
  isPastVerbOnly,
  isPersonNoun,
  isPlaceNoun,
  isSingularInS,
} from '../lexicon/wordKinds.js';
import { wordNet } from '../lexicon/wordnet.js';
import { isTimeWord } from './answerTypes.js';
import { isOtherName } from './askedPerson.js';
import { likelySpelling } from './english.js';
import { areAdjacent } from './nounPhrase.js';
import { AUXILIARY_VERBS, isMeasureNoun } from './query.js';
import type { SentenceDoc } from './sentenceIndex.js';
import { type Token, termsOf, tokenize } from './text.js';
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
 * The noun of "what colour …" or "which vehicle …" when the stories do not hold it in any form and WordNet lists it as
 * a noun: the answer names a kind of it (see `namesKindOf`).
 */
export function kindAsked(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const asked = KIND_ASKED.exec(question);
  const noun = asked?.[1];
  if (!asked || !noun) return undefined;
  const at = asked.index + asked[0].lastIndexOf(noun);
  const term = terms.find((t) => t.token.start === at);
  // Not a measure ("what altitude": a number says it), nor a word before a noun of the stories, which heads the
  // phrase ("which construction company").
  if (!term || term.matches.length > 0 || isMeasureNoun(term.token.folded)) return undefined;
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
 * The thing "which airports …" asks to be named: a plural, or a single person or group ("which rival bought
 * Pikoteo", "which union"; not "which anniversary", answered by a description); undefined when it asks no such thing.
 */
export function thingsAsked(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const one = WHICH_THING.exec(question);
  const noun = one?.[1]?.toLowerCase() ?? '';
  const at =
    pluralAfterWh(question) ??
    (one && (isPersonNoun(noun) || isGroupNoun(noun)) ? one.index + one[0].length - noun.length : undefined);
  return at === undefined ? undefined : terms.find((t) => t.token.start === at);
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

// How many words may stand between "a" and the noun of an apposition ("Tolvia Systems, a Dutch engineering company").
const APPOSITION_WORDS = 3;

/** Whether the text names, right beside one of its words holding the stem, what that word is (see below). */
function namedBeside(text: string, stem: string): boolean {
  const tokens = tokenize(text);
  return tokens.some(
    (t, i) => termsOf(t).includes(stem) && (namedAfter(text, tokens, i) || namedBefore(text, tokens, i)),
  );
}

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
  if (/^\s*[:,]\s*$/.test(between)) return names(next);
  if (!/^\s+$/.test(between)) return false;
  if (/^(?:of|including)$/i.test(next.surface)) return names(tokens[i + 2]);
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
