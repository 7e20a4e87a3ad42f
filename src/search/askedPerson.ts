/**
 * Questions that ask for a person by what they are: "who was the <kind of person>", "what's the name of <someone's>
 * <person>", and where a sentence gives such a name.
 */

import lemmatizer from 'wink-lemmatizer';
import { RELATIVE } from '../article/names.js';
import { AGE_ADVERBS } from '../article/namesSetOff.js';
import { isKnownFirstName } from '../lexicon/namesLexicon.js';
import {
  isKindOf,
  isMostlyAdjective,
  isMostlyNoun,
  isMostlyVerb,
  isPersonNoun,
} from '../lexicon/wordKinds.js';
import { beganBefore, isTimeWord, personAgedOtherwise, RELATIVE_IS, YEARS_OLD } from './answerTypes.js';
import { areAdjacent } from './nounPhrase.js';
import type { SentenceDoc } from './sentenceIndex.js';
import { type Token, termsOf, textBetween, tokenize } from './text.js';
import type { ResolvedTerm } from './vocabulary.js';

// "who is/was/were the …", "what's the name(s) of the …", "what's the captain's name": the person words come within
// the next few words.
const PERSON_ASKED =
  /^\W*(?:who\s+(?:is|was|were|are)\s+(?:the\s+)?|what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+the\s+names?\s+of\s+(?:the\s+)?|what(?:'s|s|\s+is|\s+was)\s+the\s+(?=[\p{L}-]+['’]s\s+names?\b))/iu;
const PERSON_WORD_WITHIN = 3;
const NAME_ASKED = /\bnames?\s+of\b|['’]s\s+names?\b/i;
// "What was the trawler called", "what will the new school be called": the name of the thing right after "what was
// (the)".
const CALLED_ASKED =
  /^\W*what(?:'s|s|\s+(?:is|was|are|were)|\s+will(?=.*\sbe\s+called\W*$))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?=.*\scalled\W*$)/i;

/** "What's the name of Vostrel's driver", "the captain's name": a name, given beside the person word, is asked for. */
export function asksForName(question: string): boolean {
  return NAME_ASKED.test(question) || CALLED_ASKED.test(question);
}

/** Where the thing whose name "what was … called" asks for is written, and the word "called"; undefined otherwise. */
export function calledAsked(question: string): { thingAt: number; calledAt: number } | undefined {
  const asked = CALLED_ASKED.exec(question);
  return asked
    ? { thingAt: asked.index + asked[0].length, calledAt: question.search(/\scalled\W*$/i) + 1 }
    : undefined;
}

// "What is Andrew Lennox's job", "whats sophie kellers occupation": who the named person is, as "who is" asks; the
// word for a job, ending the question, is what the answer says in its own words (_fisheries secretary Andrew Lennox_).
const JOB_ASKED =
  /^\W*what(?:'s|s|\s+(?:is|was))\s+(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.-]+(?:['’]s|s['’]?)\s+(job|occupation|profession|role|position)\W*$/diu;

// "What is the role of Priya Malhotra", "what job does Sarah Whitcomb do": the same, asked in another shape (+7 −0).
const JOB_OF =
  /^\W*what(?:'s|s|\s+(?:is|was))\s+(?:the\s+)?(job|occupation|profession|role|position)\s+of\s+(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+\W*$/diu;
const JOB_DOES =
  /^\W*what\s+(job|occupation|profession|role|position)\s+(?:does|did)\s+(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+\s+(?:do|have|hold)\W*$/diu;

// "What does Martina Kovács do for a living", "… for work", perhaps misspelt ("for a livng"; not "for a laugh").
const JOB_DONE =
  /^\W*what\s+(?:does|did)\s+(?:[\p{L}.'’-]+\s+){1,8}?do\s+for\s+(?:a\s+(li\p{L}{3,5})|(work))\b/diu;

/** Where the word for a job stands in "what is <someone>'s job" (or another shape of it); -1 for any other question. */
export function jobAskedAt(question: string): number {
  const done = JOB_DONE.exec(question);
  if (done) return (done.indices?.[1] ?? done.indices?.[2])?.[0] ?? -1;
  const asked = JOB_ASKED.exec(question) ?? JOB_OF.exec(question) ?? JOB_DOES.exec(question);
  return asked?.indices?.[1]?.[0] ?? -1;
}

/**
 * Whether the question asks for the name of someone it describes by what they are ("who were the judges on the
 * panel", "the name of the inspector who did the check"); not when those people do something in it: "who are the
 * police working with" asks for someone else.
 */
export function personAsked(question: string, terms: readonly ResolvedTerm[]): ResolvedTerm | undefined {
  const asked = PERSON_ASKED.exec(question);
  if (!asked) return undefined;
  const after = asked.index + asked[0].length;
  const following = terms.filter((t) => t.token.start >= after && !t.token.isNumber);
  let at = following.slice(0, PERSON_WORD_WITHIN).findIndex((t) => isPersonNoun(t.token.folded));
  if (at < 0) return undefined;
  // The last person word of the phrase is the person: "the Slovak health minister" asks a minister.
  for (let k = at + 1; k < PERSON_WORD_WITHIN; k++) {
    const [before, next] = [following[k - 1], following[k]];
    if (!before || !next || !/^\s+$/.test(textBetween(question, before.token, next.token))) break;
    if (isPersonNoun(next.token.folded)) at = k;
  }
  const person = following[at];
  if (!person) return undefined;
  // "the inspector who did the check" only says which inspector.
  const rest = question.slice(person.token.start + person.token.surface.length);
  if (/^\s+(?:who|that)\b/i.test(rest)) return person;
  // "Who are the police working with" asks for someone else, as the preposition left without its object says
  // (however "working" is spelt); "the trustee monitoring Nordavia" only says which trustee, as "who monitors"
  // would: the verb has its object.
  if (STRANDED.test(rest)) return undefined;
  const verbAt = following.findIndex((t, i) => i > at && isMostlyVerb(t.token.folded));
  return verbAt < 0 || following[verbAt + 1] !== undefined ? person : undefined;
}

// A word and a preposition right after the person word: "the police working with …".
const STRANDED = /^\s+[\p{L}-]+\s+(?:with|for|against|about|from|by|on|at|into|to)\b/iu;

// How far before a person word its name may stand ("Teresa Valmonte, an analyst"), and how far after ("the captain,
// Peter Doukas"; "Inspector Karl Huber").
const NAME_BEFORE = 3;
const NAME_AFTER = 2;
const QUOTE_MARK = /["“”]/;

/**
 * Whether the sentence gives a name, not one of the question's words, beside a person word it asks the name of. Its
 * first word may be that name only when the caller finds it one (`leadIsName`, asked of that word: _Nordavia, the
 * main carrier at Lintvik, said …_), since any first word has a capital.
 */
export function namesBeside(
  doc: SentenceDoc,
  person: ReadonlySet<string>,
  question: ReadonlySet<string>,
  leadIsName: (lead: Token) => boolean = () => false,
): boolean {
  const tokens = tokenize(doc.text);
  const first = tokens[0] !== undefined && leadIsName(tokens[0]) ? 0 : 1;
  // Not a month or a day (_along with four other puppies, on March 1_: +11 declined, nothing lost).
  const isName = (t: Token) => !isTimeWord(t.folded) && isOtherName(t, question);
  // A quote mark between them sets them apart: _said spokesperson Oddvar Rustad, "and the driver had gone …"_ does
  // not name the driver.
  const apart = (a: Token, b: Token) => QUOTE_MARK.test(doc.text.slice(a.start, b.start));
  // A word for the person may be written in several ("CEO" ~ chief executive).
  const words = [...person].map((stems) => stems.split(' '));
  return tokens.some((t, i) => {
    const length = words.find((w) =>
      w.every((s, k) => tokens[i + k] && termsOf(tokens[i + k] as Token).includes(s)),
    )?.length;
    if (length === undefined) return false;
    const last = tokens[i + length - 1] as Token;
    const after = i + length + namingWords(tokens, i + length);
    // Not the sentence's first word (but see `leadIsName`), though a quote mark opens it (_"A pilot who was unfit
    // …"_), nor a word after "a" (_a Nordhav pilot_ is none in particular; _Marit Lyngstad, a spokesperson_ is named
    // before it).
    const before = tokens.slice(Math.max(first, i - NAME_BEFORE), i);
    const indefinite = before.findIndex((b) => INDEFINITE.test(b.folded));
    const named = indefinite < 0 ? before : before.slice(0, indefinite);
    // Nor a name after a relative pronoun (_an inspection firm, which Brakmoor officials declined to name_).
    // Nor after a preposition (_to visit her sister in Trelund_ names a place, not the sister).
    const to = tokens.findIndex(
      (b, k) => k >= after && (RELATIVE.test(b.folded) || PREPOSITION.test(b.folded)),
    );
    const titled = nameBeforeTitle(tokens, i, question, first);
    return (
      named.some((b) => isName(b) && !apart(b, t)) ||
      (titled !== undefined && isName(titled) && !apart(titled, t)) ||
      tokens
        .slice(after, Math.min(after + NAME_AFTER, to < 0 ? tokens.length : to))
        .some((b) => isName(b) && !apart(last, b) && !POSSESSIVE.test(b.surface))
    );
  });
}

const INDEFINITE = /^(?:a|an)$/;
// A name that owns what follows it is not the one named: _A spokesman for Fairlie's department_ (+1, nothing lost).
const POSSESSIVE = /['’]s?$/;
// Not "for" or "of", which names hold (_Institute for Mediterranean Climate Studies_).
const PREPOSITION = /^(?:in|at|from|near|on|to|with|by|into|outside)$/;

/**
 * The word before the title the question gives in full, ending in the person word at `at`: a name may stand there,
 * further off than `NAME_BEFORE` (_Colm Varley, the council's chief executive_). Not a word before `first`.
 */
function nameBeforeTitle(
  tokens: readonly Token[],
  at: number,
  question: ReadonlySet<string>,
  first: number,
): Token | undefined {
  let start = at;
  while (start > 1 && termsOf(tokens[start - 1] as Token).some((s) => question.has(s))) start--;
  if (tokens[start - 1]?.folded === 'the') start--;
  return start < at - 1 && start > first ? tokens[start - 1] : undefined;
}

/** How many words at `at` say that a name follows ("a group calling itself Grey Lantern", "a boat named Aurora"). */
function namingWords(tokens: readonly Token[], at: number): number {
  const [first, second] = [tokens[at]?.folded, tokens[at + 1]?.folded];
  if (first === 'called' || first === 'named' || first === 'dubbed') return 1;
  if (
    (first === 'calling' && /^(?:it|them|him|her)sel(?:f|ves)$/.test(second ?? '')) ||
    (first === 'known' && second === 'as')
  )
    return 2;
  return 0;
}

/**
 * A capitalised word, no number, that is none of the question's own words: a name the question does not give. Not
 * "I", a pronoun however it is written ("I told my coach").
 */
export function isOtherName(t: Token, question: ReadonlySet<string>): boolean {
  if (t.surface === 'I') return false;
  return t.capitalised && !t.isNumber && !termsOf(t).some((s) => question.has(s));
}

/** Whose person the question asks the name of ("hlavacek's coach"): that word's stems, or undefined. */
export function possessorOf(
  person: ResolvedTerm,
  terms: readonly ResolvedTerm[],
): ReadonlySet<string> | undefined {
  // The word before, or one further back over the words of the person's phrase: "Veltmann's chief executive".
  for (let k = terms.indexOf(person) - 1; k >= 0; k--) {
    const [before, after] = [terms[k] as ResolvedTerm, terms[k + 1] as ResolvedTerm];
    if (/['’]s$/.test(before.token.surface)) return new Set(before.matches.map((m) => m.stem));
    if (before.token.start + before.token.surface.length + 1 !== after.token.start) return undefined;
  }
  return undefined;
}

/**
 * Whether the sentence can give the age of one of these names. An age set off by commas belongs to the name before
 * it: "Kresnik, 51, admitted … to Vostrel" gives Kresnik's, not Vostrel's; "a 12-year-old" not set off after a name is
 * someone unnamed's. A sentence with no age, or with one written otherwise ("Eder, a 47-year-old mother", "aged 57",
 * "founded in 1921"), is not judged here. `ofPerson`: the question asks a person's age (by a first name).
 */
export function givesAgeOf(doc: SentenceDoc, names: ReadonlySet<string>, ofPerson = false): boolean {
  const tokens = tokenize(doc.text);
  // "Vollmer, 81," or "Vollmer, now 81,".
  const aged = tokens.filter((t, i) => {
    const next = tokens[i + 1];
    const age = AGE_ADVERB.test(next?.folded ?? '') ? tokens[i + 2] : next;
    return (
      next !== undefined &&
      age?.isNumber === true &&
      /^,\s*$/.test(textBetween(doc.text, t, next)) &&
      (age === next || /^\s+$/.test(textBetween(doc.text, next, age)))
    );
  });
  const ownAge = (aged: string, name: string) =>
    tokenize(name).some((w) => termsOf(w).some((s) => names.has(s))) ? aged : '';
  // A person (`ofPerson`) is not as old as a thing beside them (_Gareth Ollerenshaw, who runs Ollerenshaw & Daughters,
  // a 140-year-old basket firm_); a thing's age answers for a thing ("how old is the Lhota brewery").
  const text = doc.text
    .replace(SOMEONE_AGED, '')
    .replace(RELATIVE_AGED, '')
    .replace(AGED_NAME, ownAge)
    .replace(AGED_THING, (aged, words: string) => (ofPerson && isThingDescribed(words) ? '' : aged));
  if (personAgedOtherwise(text)) return true;
  // No age set off after a name, nor written otherwise: the year a thing began is the age only of what it names
  // (_Brookside, which opened in 1998_ gives none for "how old is Orla Fennessy"; +8, nothing lost), and unnamed
  // people's is no one's asked about; nor is it a person's (_The shop, Ashdown Typewriters, was opened by his father
  // Walter Ashdown in April 1968_ gives none for "how old was Walter Ashdown").
  if (aged.length === 0) {
    const began = text === doc.text && !ofPerson ? beganBefore(text) : undefined;
    return began !== undefined && tokenize(began).some((w) => termsOf(w).some((s) => names.has(s)));
  }
  // The age follows the surname; the question may name the person by any word of the name ("how old is priya"), but
  // not by a first name the name lacks while it has one the question lacks: "how old is Derek Hollis" is not
  // _Margaret Hollis, 67_.
  const isAsked = (w: Token) => termsOf(w).some((s) => names.has(s));
  return aged.some((t) => {
    const name = nameEndingIn(doc.text, tokens, t);
    const written = new Set(name.flatMap(termsOf));
    const first = name[0] as Token;
    const otherFirst =
      name.length > 1 &&
      !isAsked(first) &&
      isKnownFirstName(first.folded) &&
      [...names].some((s) => !written.has(s));
    return name.some(isAsked) && !otherFirst;
  });
}

/** The capitalised words of the name that ends in this token ("Priya Okonjo-Baird, 21"): the token alone if none. */
function nameEndingIn(text: string, tokens: readonly Token[], last: Token): Token[] {
  const name = [last];
  for (let i = tokens.indexOf(last) - 1; i >= 0; i--) {
    const word = tokens[i] as Token;
    const first = name[0] as Token;
    if (!word.capitalised || !/^[\s-]*$/.test(textBetween(text, word, first))) break;
    name.unshift(word);
  }
  return name;
}

/**
 * Whether the sentence writes an age of someone it calls by one of the kin words (stems): _his 12-year-old son_, _her
 * husband, 45,_, _two sons, aged 9 and 12_, _My daughter is 12_.
 */
export function givesKinAge(text: string, kin: ReadonlySet<string>): boolean {
  return tokenize(text).some(
    (t) =>
      termsOf(t).some((s) => kin.has(s)) &&
      (AGED_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) ||
        AGED_AFTER.test(text.slice(t.start + t.surface.length))),
  );
}

// An age just before the word, perhaps with a word between: "12-year-old son", "two-year-old twin daughters".
const AGED_BEFORE = new RegExp(`${YEARS_OLD}\\s+(?:[\\p{L}-]+\\s+)?$`, 'u');
// An age set off just after it, perhaps after a name: "husband, 45", "mother, Gemma Marsh, 31", "sons, aged 9",
// "is 12", "mother, who is 78".
const AGED_AFTER = new RegExp(
  `^(?:,?\\s+\\p{Lu}[\\p{L}'’-]*)*(?:\\s*,\\s*(?:(?:${AGE_ADVERBS})\\s+)?|,?\\s+aged\\s+|(?:,\\s*who)?\\s+(?:is|was)\\s+)\\d{1,3}\\b`,
  'u',
);

const AGE_ADVERB = new RegExp(`^(?:${AGE_ADVERBS})$`);
// "My daughter is 12": the age of the speaker's own, not the speaker's.
const RELATIVE_AGED = new RegExp(`${RELATIVE_IS}\\s+\\d{1,2}\\b`, 'gu');
// "the 31-year-old MV Corran Isle": the age of what that name names, not of anyone else the sentence is about.
const AGED_NAME = new RegExp(
  `\\bthe\\s+${YEARS_OLD}\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+)*\\p{Lu}[\\p{L}'’-]*)`,
  'gu',
);
// "the attention of a 12-year-old": someone unnamed, not the person asked about ("Eder, a 47-year-old mother," is
// set off after her name, and gives hers).
const SOMEONE_AGED = new RegExp(`(?<!,\\s*)\\b(?:a|an)\\s+${YEARS_OLD}\\b`, 'gi');

// "a 140-year-old basket firm", "the 600-year-old tower": the age of a thing, which the words after it say, up to three.
const AGED_THING = new RegExp(`\\b${YEARS_OLD}((?:\\s+[\\p{Ll}-]+){1,3})`, 'gu');

/** Whether the words after an age describe a thing: a noun for no person among them, and none for one. */
function isThingDescribed(words: string): boolean {
  const nouns = words.trim().split(/\s+/);
  return !nouns.some((w) => isPersonNoun(w)) && nouns.some((w) => isMostlyNoun(w));
}

// Someone described by age and a word for a person ("A 47-year-old man and a 29-year-old woman were arrested", "a
// 64-year-old retired ferry mechanic"): the words after the age, up to three.
const DESCRIBED_AGED = new RegExp(`\\b(?:a|an)\\s+${YEARS_OLD}((?:\\s+\\p{L}+){1,3})`, 'giu');

// Someone described by a word for a person, opening the sentence or after "by" or "from" ("A groundsman discovered
// the damage", "given to the town in 1921 by a local mill owner"): the words after "a", up to three.
const DESCRIBED = /(?:^\W*|\b(?:by|from)\s+)(?:a|an)((?:\s+[\p{Ll}'’-]+){1,3})/giu;

/** Whether the text describes someone by a word for a person where a doer stands, though it names no one. */
export function describesSomeone(text: string): boolean {
  return describesAPerson(text, DESCRIBED);
}

/** Whether the text describes someone by their age and a word for a person, though it names no one. */
export function describesSomeoneAged(text: string): boolean {
  return describesAPerson(text, DESCRIBED_AGED);
}

/** Whether a word for a person is among the words a description (`described`, its first group) gives. */
function describesAPerson(text: string, described: RegExp): boolean {
  return [...text.matchAll(described)].some((m) =>
    (m[1] ?? '')
      .trim()
      .split(/\s+/)
      .some((w) => isPersonNoun(w.toLowerCase())),
  );
}

/** The word right after "the <role> of (the)" in the question, as the stories hold it ("the president of BaFin"). */
export function roleOf(
  question: string,
  terms: readonly ResolvedTerm[],
  role: ResolvedTerm,
): ResolvedTerm | undefined {
  const after = terms[terms.indexOf(role) + 1];
  if (after?.via !== 'exact') return undefined;
  return /^\s+of\s+(?:the\s+)?$/i.test(textBetween(question, role.token, after.token)) ? after : undefined;
}

/**
 * The words after the first of whose role it is, one after the other, as the stories hold them ("the chief executive
 * of Thornbury | District Council"): a sentence naming the role must name each, not only the first (_The Thornbury
 * Chamber of Commerce … its chief executive, Owen Radley_).
 */
export function roleOfRest(
  question: string,
  terms: readonly ResolvedTerm[],
  first: ResolvedTerm,
): ReadonlySet<string>[] {
  const rest: ReadonlySet<string>[] = [];
  for (let i = terms.indexOf(first) + 1, last = first; i < terms.length; i++) {
    const next = terms[i] as ResolvedTerm;
    if (next.via !== 'exact' || !areAdjacent(question, last, next)) break;
    rest.push(new Set(next.matches.map((m) => m.stem)));
    last = next;
  }
  return rest;
}

/**
 * The word right before the role that says which one it is ("the transport minister", "aldavia's transport
 * minister"), as the stories write it: its own stems, not WordNet's relatives ("transport" ~ carry is no ministry);
 * a typo of it as resolved. The sentence must name it beside the role, as it must "the minister of X" (+1: _Finance
 * Minister Ruben Falk_ is not the transport minister).
 */
export function roleKind(
  question: string,
  terms: readonly ResolvedTerm[],
  roles: readonly ResolvedTerm[],
): ReadonlySet<string> | undefined {
  const role = roles.at(-1) as ResolvedTerm;
  const before = terms[terms.indexOf(role) - 1];
  if (
    !before ||
    roles.includes(before) ||
    /['’]s$/.test(before.token.surface) ||
    !areAdjacent(question, before, role)
  )
    return undefined;
  return new Set(before.via === 'wordnet' ? termsOf(before.token) : before.matches.map((m) => m.stem));
}

// Words for someone that say nothing of their work: _a third man, 31-year-old Marco Feilinger_.
const ANYONE = new Set('man woman person people boy girl child resident neighbour neighbor'.split(' '));
// Verbs of working, or heading something: _who runs a bakery_, _works as a nurse_, _head of operations_.
const WORKS = /\b(?:runs|ran|run|works|worked|working|employed|heads?\s+of|chairs|leads|manages)\b/i;

/**
 * Whether a sentence says what someone works as: a verb of working, or a noun for a person (not a name) that is
 * neither a relative (_her husband, Roy_; _another parent_), a lover (_her fiancé_) nor anyone at all (_a third man_).
 */
export function givesOccupation(text: string): boolean {
  return (
    WORKS.test(text) ||
    tokenize(text).some(
      (t, i, tokens) =>
        !t.isNumber &&
        !(t.capitalised && i > 0) &&
        (!isMostlyVerb(t.folded) || isNounHere(tokens, i)) &&
        !isMostlyAdjective(t.folded) &&
        !ANYONE.has(lemmatizer.noun(t.folded)) &&
        isPersonNoun(t.folded) &&
        !isKindOf(t.folded, 'relative') &&
        !isKindOf(t.folded, 'lover'),
    )
  );
}

// Words before a noun, not a verb.
const DETERMINERS = new Set('a an the his her its their our my your this that'.split(' '));

/** Whether a word that is mostly a verb is a noun where it stands: _a nurse_, _a retired nurse_, _head of operations_. */
function isNounHere(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.folded ?? '';
  return (
    DETERMINERS.has(before) ||
    DETERMINERS.has(tokens[at - 2]?.folded ?? '') ||
    isMostlyAdjective(before) ||
    tokens[at + 1]?.folded === 'of'
  );
}
