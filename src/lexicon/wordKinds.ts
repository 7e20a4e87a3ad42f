/**
 * What kind of word WordNet says a word is: mostly a verb or an adverb, a noun for people or places, a kind of
 * another noun. Both the parser (role words before a name) and the search (what a question asks for) ask it.
 */

import { stemmer } from 'stemmer';
import lemmatizer from 'wink-lemmatizer';
import { remembered } from '../remembered.js';
import {
  isWordNetLemma,
  type PartOfSpeech,
  type Pointer,
  type Sense,
  type Synset,
  type WordNet,
  wordNet,
} from './wordnet.js';

// A sense is usual when tagged at least this share as often as the word's most tagged sense.
const USUAL_SHARE = 0.25;
// Words looked up are remembered: a cold look-up reads WordNet from disk.
export const REMEMBERED_WORDS = 5_000;

/**
 * The senses a reader most likely means: those used at least a share of the most used one's count in WordNet's
 * sense-tagged corpus ("live" as reside, not as unrecorded; "weather" the noun, not to brave). A word never tagged
 * keeps the first sense of each part of speech; one tagged once keeps all its senses.
 */
export function usualSenses(senses: readonly Sense[]): readonly Sense[] {
  const top = Math.max(0, ...senses.map((s) => s.tagCount));
  if (top === 0) return senses.filter((s) => s.senseNumber === 1);
  // One tagged use says nothing of which senses are usual ("chopper": a chop once, never a helicopter).
  if (top === 1) return senses;
  return senses.filter((s) => s.tagCount >= top * USUAL_SHARE);
}

/** The words a pointer leads to: its target synset's, or the one word of it the pointer names. */
export function targetWords(wn: WordNet, pointer: Pointer): readonly string[] {
  const target: Synset | undefined = wn.synset(pointer.offset, pointer.pos);
  if (!target) return [];
  if (pointer.target === 0) return target.words;
  const word = target.words[pointer.target - 1];
  return word ? [word] : [];
}

/**
 * Whether WordNet uses the word mostly as this part of speech, by its tag counts over the senses of all the given
 * forms of it; with `onlyAsWritten`, senses of that part of speech count only for the word as written (adverbs are
 * not inflected). Each sense counts a little even when never tagged, so that a word WordNet knows only as a verb is
 * one; with `orAsOften`, a tie counts too.
 */
function usedMostlyAs(
  pos: PartOfSpeech,
  forms: readonly string[],
  onlyAsWritten?: string,
  orAsOften = false,
): boolean {
  let balance = 0;
  for (const form of new Set(forms)) {
    for (const sense of wordNet().senses(form)) {
      const weight = sense.tagCount + 0.1;
      if (sense.pos !== pos) balance -= weight;
      else if (onlyAsWritten === undefined || form === onlyAsWritten) balance += weight;
    }
  }
  return orAsOften ? balance >= 0 : balance > 0;
}

/** The word as written and as the base form of a noun, a verb and an adjective. */
const formsOf = (folded: string): string[] => [
  folded,
  lemmatizer.noun(folded),
  lemmatizer.verb(folded),
  lemmatizer.adjective(folded),
];

/**
 * Whether the word is used mostly as a verb, by WordNet's tag counts over its senses ("reopen" yes, "schools" no);
 * false when WordNet does not know it (or is missing).
 */
export const isMostlyVerb = remembered(
  (folded: string): boolean =>
    usedMostlyAs('verb', [folded, lemmatizer.noun(folded), lemmatizer.verb(folded)]),
  REMEMBERED_WORDS,
);

/** Whether WordNet lists the word as a verb in any sense ("end", "start"), as written or as its base form. */
export const isVerbInSomeSense = remembered(
  (folded: string): boolean => [folded, lemmatizer.verb(folded)].some(isVerbLemma),
  REMEMBERED_WORDS,
);

/** Whether WordNet lists the form itself, as written, as a verb ("found", "take off"; not "founded"). */
export function isVerbLemma(form: string): boolean {
  return wordNet()
    .senses(form)
    .some((s) => s.pos === 'verb');
}

/**
 * Whether the word is a verb's past form that is no noun in any of its forms ("blocked", "fled"): "how many trawlers
 * blocked the harbour" counts trawlers, though a block is mostly a noun.
 */
export const isPastVerbOnly = remembered((folded: string): boolean => {
  const verb = lemmatizer.verb(folded);
  if (verb === folded || folded.endsWith('s')) return false;
  const senses = [folded, lemmatizer.noun(folded)].flatMap((form) => wordNet().senses(form));
  return (
    senses.every((sense) => sense.pos !== 'noun') &&
    wordNet()
      .senses(verb)
      .some((s) => s.pos === 'verb')
  );
}, REMEMBERED_WORDS);

/** Whether WordNet knows the word, in all its forms, only as a noun ("bison", "officers"; not "protest"). */
export const isNounOnly = remembered((folded: string): boolean => {
  const senses = formsOf(folded).flatMap((form) => wordNet().senses(form));
  return senses.length > 0 && senses.every((sense) => sense.pos === 'noun');
}, REMEMBERED_WORDS);

/** Whether WordNet knows the word (as written) as an adjective or an adverb in any sense ("deep", "soon"). */
export const isAdjectiveOrAdverb = remembered(
  (folded: string): boolean =>
    wordNet()
      .senses(folded)
      .some((s) => s.pos === 'adj' || s.pos === 'adv'),
  REMEMBERED_WORDS,
);

/**
 * Whether the word is used mostly as a noun, by WordNet's tag counts over its senses in all its forms ("prosecutor",
 * "curator" yes; "senior", "national", "have" no: mostly an adjective or a verb).
 */
export const isMostlyNoun = remembered(
  (folded: string): boolean => usedMostlyAs('noun', formsOf(folded)),
  REMEMBERED_WORDS,
);

/**
 * Whether the word is used as a noun at least as often as otherwise: "auctioneer", as much a verb as a noun to WordNet
 * (neither sense ever tagged), is one; "senior" and "have" are not.
 */
export const isNounAsOftenAsNot = remembered(
  (folded: string): boolean => usedMostlyAs('noun', formsOf(folded), undefined, true),
  REMEMBERED_WORDS,
);

/**
 * Whether the word names a field a title is in, as "justice" in "Justice Minister": a noun WordNet lists in no sense as
 * an adjective, so not "foreign", "prime", "deputy" or "Slovak", which say what kind of minister, not which ministry.
 */
export function isFieldWord(folded: string): boolean {
  return isMostlyNoun(folded) && !isAdjectiveOrAdverb(folded);
}

/** Whether WordNet uses the word mostly as an adjective ("previous", "largest"), by its tag counts in all its forms. */
export const isMostlyAdjective = remembered(
  (folded: string): boolean => usedMostlyAs('adj', formsOf(folded)),
  REMEMBERED_WORDS,
);

/** Whether WordNet lists the word in any of its forms (as written, or as a noun's, verb's or adjective's base form). */
export function isListedInAnyForm(folded: string): boolean {
  return formsOf(folded).some(isWordNetLemma);
}

/** Whether English writes the word in -s so as one ("loss", "bus", "analysis"), not as the plural of another. */
export function isSingularInS(folded: string): boolean {
  return isWordNetLemma(folded) && lemmatizer.noun(folded) === folded;
}

/**
 * Whether the word is only the plural of a noun ("suspects", "records"), not a noun of its own as well ("news",
 * "sales"): where a noun phrase ends, a compound's words before its last being singular ("three suspects | face
 * charges", "shares | changed hands"). A plural not in -s is one whatever else WordNet lists it as ("the four men |
 * face charges": _men_ is also the rank and file).
 */
export const isPlainPlural = remembered(
  (folded: string): boolean =>
    lemmatizer.noun(folded) !== folded && (!folded.endsWith('s') || !isWordNetLemma(folded)),
  REMEMBERED_WORDS,
);

/**
 * Whether WordNet uses the word mostly as an adverb ("originally", "annually", "overnight"): it says how or when, not
 * what a question is about. Adverbs are not inflected; the other parts of speech count in every form.
 */
export const isMostlyAdverb = remembered(
  (folded: string): boolean => usedMostlyAs('adv', formsOf(folded), folded),
  REMEMBERED_WORDS,
);

// WordNet's lexicographer file of nouns for groups: organisations, companies, unions, parties.
const NOUN_GROUP = 14;

// How many levels of broader nouns "a kind of" follows: adult -> person, employee -> worker -> person.
const KIND_DEPTH = 4;

/**
 * Whether one noun names a kind of the other, by WordNet's hypernyms over their usual senses (up to four levels):
 * "adults" and "employees" are kinds of "people" (a group word stands for its members: people ~ person).
 */
export function isKindOf(narrower: string, broader: string): boolean {
  const ancestors = broaderNouns(narrower);
  for (const head of headNouns(broader)) if (ancestors.has(head)) return true;
  return false;
}

/**
 * The noun itself, and the members a group noun stands for ("people" -> person); not those of a place (WordNet's "the
 * South" has Southerners as members, but "14 kilometres south" counts no people).
 */
const headNouns = remembered((folded: string): Set<string> => {
  const wn = wordNet();
  const heads = new Set([lemmatizer.noun(folded)]);
  for (const synset of usualNounSynsets(folded)) {
    if (synset.lexFile !== NOUN_GROUP) continue;
    for (const pointer of synset.pointers) {
      if (pointer.symbol === '%m') for (const word of targetWords(wn, pointer)) heads.add(word);
    }
  }
  return heads;
}, REMEMBERED_WORDS);

/** The noun's head nouns and everything they are a kind of, up to KIND_DEPTH levels up. */
const broaderNouns = remembered((folded: string): Set<string> => {
  const wn = wordNet();
  const found = new Set(headNouns(folded));
  let level: Synset[] = [...found].flatMap((head) =>
    usualSenses(wn.senses(head).filter((s) => s.pos === 'noun')).flatMap(
      (s) => wn.synset(s.offset, 'noun') ?? [],
    ),
  );
  for (let depth = 0; depth < KIND_DEPTH && level.length > 0; depth++) {
    level = level.flatMap((synset) =>
      synset.pointers
        .filter((p) => p.symbol === '@' || p.symbol === '@i')
        .flatMap((p) => wn.synset(p.offset, p.pos) ?? []),
    );
    for (const synset of level) for (const word of synset.words) found.add(word);
  }
  return found;
}, REMEMBERED_WORDS);

/**
 * Whether WordNet knows the noun only as named ones, never as a kind of thing: each of its senses is an instance
 * ("Freya", the goddess; "Lincoln"), which a story's capitalised word is as a name, not as a title.
 */
export const isInstanceNounOnly = remembered((folded: string): boolean => {
  const wn = wordNet();
  const senses = wn.senses(folded).filter((s) => s.pos === 'noun');
  return (
    senses.length > 0 &&
    senses.every((s) => wn.synset(s.offset, 'noun')?.pointers.some((p) => p.symbol === '@i') === true)
  );
}, REMEMBERED_WORDS);

// WordNet's lexicographer file of nouns for people ("noun.person").
export const NOUN_PERSON = 18;

/**
 * Whether the noun names people, by WordNet: one of its usual senses is filed under noun.person ("inspector",
 * "judges", "winner"), or it is a kind of person within a few levels.
 */
export const isPersonNoun = remembered(
  (folded: string): boolean => usualNounIn(folded, NOUN_PERSON) || isKindOf(folded, 'person'),
  REMEMBERED_WORDS,
);

/** Whether the noun names a relative, by WordNet: a kind of relative or of parent ("husband", "sons", "mother"). */
export const isKinNoun = remembered(
  (folded: string): boolean => isKindOf(folded, 'relative') || isKindOf(folded, 'parent'),
  REMEMBERED_WORDS,
);

/**
 * The nouns for a person WordNet derives from the verb's usual senses, the one who does it: "lead" -> leader, head,
 * guide; "own" -> owner; "found" -> founder.
 */
export const doersOf = remembered((folded: string): readonly string[] => {
  const wn = wordNet();
  const senses = usualSenses(wn.senses(lemmatizer.verb(folded)).filter((s) => s.pos === 'verb'));
  const words = senses.flatMap((sense) =>
    (wn.synset(sense.offset, 'verb')?.pointers ?? [])
      .filter(
        (p) => p.symbol === '+' && p.pos === 'noun' && wn.synset(p.offset, 'noun')?.lexFile === NOUN_PERSON,
      )
      .flatMap((p) => targetWords(wn, p)),
  );
  // WordNet derives one form where English writes three: "chair" -> chairman, and so chairwoman, chairperson.
  const forms = words.flatMap((w) =>
    /[^o]man$/.test(w) ? [w, `${w.slice(0, -3)}woman`, `${w.slice(0, -3)}person`] : [w],
  );
  return [...new Set(forms)];
}, REMEMBERED_WORDS);

/**
 * The nouns WordNet derives from the verb's usual senses, naming what it does: "pay" -> payment, "earn" ->
 * earnings.
 */
export const nounsOfVerb = remembered((folded: string): readonly string[] => {
  const wn = wordNet();
  const senses = usualSenses(wn.senses(lemmatizer.verb(folded)).filter((s) => s.pos === 'verb'));
  const words = senses.flatMap((sense) =>
    (wn.synset(sense.offset, 'verb')?.pointers ?? [])
      .filter((p) => p.symbol === '+' && p.pos === 'noun')
      .flatMap((p) => targetWords(wn, p)),
  );
  return [...new Set(words)];
}, REMEMBERED_WORDS);

/**
 * The other words of the word's usual senses as a noun for a person, in any of their own senses: "chief" -> head,
 * top dog; "CEO" -> chief executive officer. Not its senses as a verb ("to founder": collapse).
 */
export const personSynonymsOf = remembered((folded: string): readonly string[] => {
  const lemma = lemmatizer.noun(folded);
  const words = usualNounSynsets(folded)
    .filter((synset) => synset.lexFile === NOUN_PERSON)
    .flatMap((synset) => synset.words);
  return [...new Set(words)].filter((w) => w !== lemma && w !== folded);
}, REMEMBERED_WORDS);

/** The other words of the noun's usual senses ("kilos" -> kilogram, kg): another way to write the same thing. */
export const nounSynonymsOf = remembered((folded: string): ReadonlySet<string> => {
  const lemma = lemmatizer.noun(folded);
  return new Set(usualNounSynsets(folded).flatMap((synset) => synset.words.filter((w) => w !== lemma)));
}, REMEMBERED_WORDS);

/** Whether one of the word's usual noun senses is filed in this lexicographer file of WordNet's. */
function usualNounIn(folded: string, lexFile: number): boolean {
  return usualNounSynsets(folded).some((synset) => synset.lexFile === lexFile);
}

/** The synsets of the word's usual senses as a noun (of its base form as a noun). */
function usualNounSynsets(folded: string): Synset[] {
  return synsetsOf(usualSenses(nounSenses(folded)));
}

/** The word's senses as a noun (of its base form as a noun). */
function nounSenses(folded: string): Sense[] {
  return wordNet()
    .senses(lemmatizer.noun(folded))
    .filter((s) => s.pos === 'noun');
}

function synsetsOf(senses: readonly Sense[]): Synset[] {
  const wn = wordNet();
  return senses.flatMap((s) => wn.synset(s.offset, 'noun') ?? []);
}

/**
 * Whether two different nouns name sibling kinds of a thing, by WordNet's direct hypernyms of their usual senses
 * ("mackerel" and "herring" are both food fish); a word is no sibling of itself or of its synonyms.
 */
export const areSiblingKinds = (a: string, b: string): boolean => {
  const mine = directKinds(a);
  if (lemmatizer.noun(a) === lemmatizer.noun(b) || mine.size === 0) return false;
  // Not another word for the same thing ("lab", "laboratory").
  const theirs = new Set(nounSenses(b).map((s) => s.offset));
  if (nounSenses(a).some((s) => theirs.has(s.offset))) return false;
  for (const kind of directKinds(b)) if (mine.has(kind)) return true;
  return false;
};

const directKinds = remembered((folded: string): Set<number> => {
  const kinds = new Set<number>();
  for (const synset of usualNounSynsets(folded)) {
    if (!THING_KINDS.has(synset.lexFile)) continue;
    for (const p of synset.pointers) if (p.symbol === '@') kinds.add(p.offset);
  }
  return kinds;
}, REMEMBERED_WORDS);
// WordNet's files of the kinds a story tells apart: animals, artifacts, foods, people, plants, substances and times
// ("mackerel" and "herring", "men" and "women", "autumn" and "spring"); not groups, phenomena or acts, where
// siblings are often the same thing in other words ("union" and "federation", "energy" and "electricity").
const THING_KINDS = new Set([5, 6, 13, 18, 20, 27, 28]);

/**
 * Whether the noun's most tagged sense names a person: "executive" (whose other usual sense is the executive branch),
 * not "board" or "police".
 */
export const isMostlyPersonNoun = remembered(
  (folded: string): boolean =>
    synsetsOf(mostTagged(nounSenses(folded)).slice(0, 1)).some((synset) => synset.lexFile === NOUN_PERSON),
  REMEMBERED_WORDS,
);

/** The senses WordNet's tagged corpus met most often, in WordNet's order. */
function mostTagged(senses: readonly Sense[]): Sense[] {
  const top = Math.max(0, ...senses.map((s) => s.tagCount));
  return senses.filter((s) => s.tagCount === top).sort((a, b) => a.senseNumber - b.senseNumber);
}

/** Whether one of the word's usual noun senses names a group ("union", "company", "party"). */
export const isGroupNoun = remembered(
  (folded: string): boolean => usualNounIn(folded, NOUN_GROUP),
  REMEMBERED_WORDS,
);

// WordNet's lexicographer files of nouns for made things and natural objects.
const NOUN_ARTIFACT = 6;
const NOUN_OBJECT = 17;

/** Whether one of the word's usual noun senses is a made thing or a natural object ("motorway", "canal", "glacier"). */
export const isThingNoun = remembered(
  (folded: string): boolean => usualNounIn(folded, NOUN_ARTIFACT) || usualNounIn(folded, NOUN_OBJECT),
  REMEMBERED_WORDS,
);

// WordNet's lexicographer files of nouns for possessions, attributes and quantities.
const NOUN_ATTRIBUTE = 7;
const NOUN_POSSESSION = 21;
const NOUN_QUANTITY = 23;

// What one's words must name to be about it: made things and natural objects, sums, measures and amounts, groups.
const NAMED_KINDS: ReadonlySet<number> = new Set([
  NOUN_ARTIFACT,
  NOUN_OBJECT,
  NOUN_POSSESSION,
  NOUN_ATTRIBUTE,
  NOUN_QUANTITY,
  NOUN_GROUP,
]);

/**
 * Whether the noun is a thing, a sum or a group ("bolts", "dividend", "patrol"), by its usual senses; by its most
 * tagged sense alone when WordNet's tagged corpus met it at most once, as all its senses are then usual
 * ("closure": the act of closing, not a fastener).
 */
export const isThingSumOrGroupNoun = remembered((folded: string): boolean => {
  const wn = wordNet();
  const senses = nounSenses(folded);
  const top = Math.max(0, ...senses.map((s) => s.tagCount));
  const judged = top <= 1 ? mostTagged(senses).slice(0, 1) : usualSenses(senses);
  return judged.some((s) => NAMED_KINDS.has(wn.synset(s.offset, 'noun')?.lexFile ?? -1));
}, REMEMBERED_WORDS);

// WordNet's lexicographer file of nouns for places (countries, cities, regions).
const NOUN_LOCATION = 15;

/**
 * Whether the word's usual noun senses name a kind of place: what "which country / city" asks to name. (Groups are
 * left out: "which households pay more" asks which kind, not a name.)
 */
export const isPlaceNoun = remembered(
  (folded: string): boolean => usualNounIn(folded, NOUN_LOCATION),
  REMEMBERED_WORDS,
);

/** The places an adjective pertains to by WordNet ("portuguese" -> portugal), as index terms of their words. */
export const placesOfAdjective = remembered((folded: string): string[] => {
  const wn = wordNet();
  const places: string[] = [];
  for (const sense of wn.senses(folded)) {
    if (sense.pos !== 'adj') continue;
    for (const pointer of wn.synset(sense.offset, 'adj')?.pointers ?? []) {
      if (pointer.symbol !== '\\') continue;
      for (const word of targetWords(wn, pointer)) if (!word.includes(' ')) places.push(stemmer(word));
    }
  }
  return places;
}, REMEMBERED_WORDS);

// The ending of a people's or a place's adjective that WordNet may not know ("Estavian", "Valdorese").
const DEMONYM = /(?:ian|ean|ese|ish)$/;

/** Whether the word is a people's or a place's adjective ("german", "estavian"): its ending or WordNet says so. */
export function isPlaceAdjective(folded: string): boolean {
  return DEMONYM.test(folded) || placesOfAdjective(folded).length > 0;
}

/**
 * The verbs WordNet gives as opposites of a verb's usual senses, or of the verbs they are kinds of: "reopen" (a kind of
 * opening) ends being closed.
 */
export const verbOpposites = remembered((folded: string): readonly string[] => {
  const wn = wordNet();
  const synsets = usualVerbSynsets(folded);
  const broader = broaderVerbs(synsets);
  const opposites = [...synsets, ...broader].flatMap((synset) =>
    synset.pointers.filter((p) => p.symbol === '!').flatMap((p) => targetWords(wn, p)),
  );
  return [...new Set(opposites)];
}, REMEMBERED_WORDS);

// How many levels of broader verbs an ending may be up: "expire" is _run out_, a kind of discontinuing, of ending.
const ENDING_DEPTH = 2;

/**
 * Whether one of the verb's usual senses is, or is a kind of, ending ("end", "expire" as _run out_, "close" as _cease
 * operating_): what lasts "until" a date ends then.
 */
export const isEndingVerb = remembered((folded: string): boolean => {
  let synsets = usualVerbSynsets(folded);
  for (let level = 0; level <= ENDING_DEPTH; level++) {
    if (synsets.some((synset) => synset.words.includes('end'))) return true;
    synsets = broaderVerbs(synsets);
  }
  return false;
}, REMEMBERED_WORDS);

/** The synsets of the verb's usual senses. */
function usualVerbSynsets(folded: string): Synset[] {
  const wn = wordNet();
  const senses = usualSenses(wn.senses(lemmatizer.verb(folded)).filter((s) => s.pos === 'verb'));
  return senses.flatMap((s) => wn.synset(s.offset, 'verb') ?? []);
}

/** The verbs these are kinds of, one level up. */
function broaderVerbs(synsets: readonly Synset[]): Synset[] {
  const wn = wordNet();
  return synsets.flatMap((synset) =>
    synset.pointers.filter((p) => p.symbol === '@').flatMap((p) => wn.synset(p.offset, 'verb') ?? []),
  );
}
