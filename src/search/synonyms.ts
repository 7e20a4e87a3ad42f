import lemmatizer from 'wink-lemmatizer';
import { remembered } from './remembered.js';
import { contentTokens, termsOf, tokenize } from './text.js';
import { isWordNetLemma, type Pointer, type Sense, type Synset, type WordNet, wordNet } from './wordnet.js';

/** A word WordNet relates to a question word, and how near in meaning it is (0..1). */
export interface Relative {
  word: string;
  weight: number;
  /**
   * The word's index terms (stem, and base form of an irregular verb); for a compound noun, one term of its words'
   * stems with spaces between ("dock worker").
   */
  terms: readonly string[];
}

/** A relative with how it was found, and the synsets it was found in (to check they are usual senses of it). */
interface Candidate extends Relative {
  synonym: boolean;
  synsets: Set<number>;
  /** Found as the country a capital stands for: any sense of the country's name will do ("Russia" the state). */
  metonym?: boolean;
}

/** How sure a WordNet synonym is; broader and narrower words count less. */
export const SYNONYM_WEIGHT = 0.8;
/**
 * How near each WordNet relation is (measured with `npm run eval`, both ways: answers found and abstentions kept).
 * The same synset ("enlist" ~ recruit, "nation" ~ country), the same word in another part of speech ("decided" ~
 * decision) and the noun a word pertains to are near. A narrower noun in the article answers a broader question
 * ("legislature" includes Congress); a broader one answers it less surely ("tremor" is a kind of earthquake, but
 * "tomorrow" is only a kind of day). An adjective's attribute is what "how deep" asks for, as surely as a synonym:
 * the depth ("at a depth of 38 kilometres" answers it). Verb
 * hierarchies and "similar" adjectives matched more noise than answers (afraid ~ white, full ~ air), and sister terms
 * are never followed: a question about Japan is not about Korea.
 */
const POINTER_WEIGHT: Record<string, number> = {
  '+': SYNONYM_WEIGHT, // derivationally related form
  '\\': SYNONYM_WEIGHT, // pertainym
  '~': 0.6, // hyponym (nouns)
  '@': 0.5, // hypernym (nouns)
  '@i': 0.5, // instance hypernym
  '=': SYNONYM_WEIGHT, // attribute: what a "how deep / old / strong" question asks for (depth, age, strength)
};
const NOUN_HIERARCHY = new Set(['~', '@', '@i']);
// A sense is usual when tagged at least this share as often as the word's most tagged sense.
const USUAL_SHARE = 0.25;
// Words looked up are remembered: a cold look-up reads WordNet from disk (~0.7 ms, a few ms for a broad noun).
const REMEMBERED_WORDS = 5_000;

/**
 * Single-word relatives of a (folded, lower-case) word in WordNet whose terms `holds` accepts, nearest first; with
 * `synonymsOnly`, only other names for the same thing ("Kiev" ~ Kyiv). Both words must be used in their usual
 * senses: "receive" and "have" share a synset, but "have" usually means to own, so a question about receiving
 * is not matched to every "has".
 */
export function relativesOf(
  folded: string,
  holds: (terms: readonly string[]) => boolean,
  { synonymsOnly = false }: { synonymsOnly?: boolean } = {},
): Relative[] {
  return (synonymsOnly ? synonymCandidatesOf(folded) : candidatesOf(folded))
    .filter((c) => (c.synonym || !synonymsOnly) && holds(c.terms))
    .filter((c) => c.metonym || [...c.synsets].some((offset) => usualSynsets(c.word).has(offset)))
    .map(({ word, weight, terms }) => ({ word, weight, terms }));
}

const candidatesOf = remembered((folded: string) => collect(wordNet(), folded, false), REMEMBERED_WORDS);
// A name's relatives are its synonyms only: its pointers (a city's districts, a person's works) are never read.
const synonymCandidatesOf = remembered(
  (folded: string) => collect(wordNet(), folded, true),
  REMEMBERED_WORDS,
);

function collect(wn: WordNet, folded: string, synonymsOnly: boolean): Candidate[] {
  const found = new Map<string, Candidate>();
  let compound = false;
  const add = (word: string, weight: number, synset: number, synonym: boolean, metonym = false) => {
    if (word === folded || (/[\s-]/.test(word) && !compound)) return;
    const known = found.get(word);
    if (!known || weight > known.weight) {
      const terms = indexTerms(word);
      found.set(word, { word, weight, terms, synonym, synsets: new Set([synset]), metonym });
    } else if (weight === known.weight) {
      known.synsets.add(synset);
      known.metonym ||= metonym;
    }
  };
  const lemmas = new Set([
    folded,
    lemmatizer.noun(folded),
    lemmatizer.verb(folded),
    lemmatizer.adjective(folded),
  ]);
  for (const lemma of lemmas) {
    for (const sense of usualSenses(wn.senses(lemma))) {
      const synset = wn.synset(sense.offset, sense.pos);
      if (!synset) continue;
      // A noun's synonyms may be compounds: "dockers" ~ dock workers, "CFO" ~ Chief Financial Officer.
      compound = synset.pos === 'noun';
      for (const word of synset.words) add(word, SYNONYM_WEIGHT, synset.offset, true);
      compound = false;
      // News names a country by its capital ("Moscow recruits", "Beijing backs"): a national capital stands for the
      // country it is part of, as surely as a synonym.
      if (isNationalCapital(wn, synset)) {
        for (const pointer of synset.pointers.filter((p) => p.symbol === '#p')) {
          for (const word of targetWords(wn, pointer)) add(word, SYNONYM_WEIGHT, pointer.offset, true, true);
        }
      }
      if (synonymsOnly) continue;
      const position = synset.words.indexOf(lemma) + 1;
      for (const pointer of synset.pointers) {
        const weight = POINTER_WEIGHT[pointer.symbol];
        if (weight === undefined || (pointer.source !== 0 && pointer.source !== position)) continue;
        if (NOUN_HIERARCHY.has(pointer.symbol) && synset.pos !== 'noun') continue;
        for (const word of targetWords(wn, pointer)) add(word, weight, pointer.offset, false);
      }
    }
  }
  // Ties in plain code-unit order: a locale-aware compare costs microseconds each over hundreds of relatives.
  return [...found.values()].sort(
    (a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
  );
}

/**
 * A word's index terms; a compound's ("dock worker", "dock-walloper") words' stems as one term, stop words left out
 * as the index leaves them out.
 */
function indexTerms(word: string): string[] {
  const tokens = tokenize(word);
  if (tokens.length === 1 && tokens[0]) return termsOf(tokens[0]);
  const stems = contentTokens(word).map((t) => t.stem);
  if (stems.length < 2) return [];
  // A title of three words or more is often written without its last ("Chief Executive" for chief executive
  // officer, CEO).
  return stems.length > 2 ? [stems.join(' '), stems.slice(0, -1).join(' ')] : [stems.join(' ')];
}

/**
 * The senses a reader most likely means: those used at least a share of the most used one's count in WordNet's
 * sense-tagged corpus ("live" as reside, not as unrecorded; "weather" the noun, not to brave). A word never tagged
 * keeps the first sense of each part of speech.
 */
function usualSenses(senses: Sense[]): Sense[] {
  const top = Math.max(0, ...senses.map((s) => s.tagCount));
  if (top === 0) return senses.filter((s) => s.senseNumber === 1);
  return senses.filter((s) => s.tagCount >= top * USUAL_SHARE);
}

const usualSynsets = remembered(
  (word: string) => new Set(usualSenses(wordNet().senses(word)).map((s) => s.offset)),
  REMEMBERED_WORDS,
);

const nationalCapital = remembered(
  (wn: WordNet) => new Set(wn.senses('national capital').map((s) => s.offset)),
);

function isNationalCapital(wn: WordNet, synset: Synset): boolean {
  const capitals = nationalCapital(wn);
  return synset.pointers.some((p) => p.symbol === '@i' && capitals.has(p.offset));
}

function targetWords(wn: WordNet, pointer: Pointer): string[] {
  const target: Synset | undefined = wn.synset(pointer.offset, pointer.pos);
  if (!target) return [];
  if (pointer.target === 0) return target.words;
  const word = target.words[pointer.target - 1];
  return word ? [word] : [];
}

/**
 * Whether two words (folded, a space between) form a verb WordNet lists ("take effect", "shelling out", "cave in"),
 * the first in any of its forms.
 */
export const isPhrasalVerb = remembered((words: string): boolean => {
  const [first = '', second = ''] = words.split(' ');
  return wordNet()
    .senses(`${lemmatizer.verb(first)} ${second}`)
    .some((s) => s.pos === 'verb');
}, REMEMBERED_WORDS);

/**
 * Whether the word is used mostly as a verb, by WordNet's tag counts over its senses ("reopen" yes, "schools" no);
 * false when WordNet does not know it (or is missing).
 */
export const isMostlyVerb = remembered((folded: string): boolean => {
  const lemmas = new Set([folded, lemmatizer.noun(folded), lemmatizer.verb(folded)]);
  // Each sense counts a little even when never tagged, so that a word WordNet knows only as a verb is one.
  let balance = 0;
  for (const lemma of lemmas) {
    for (const sense of wordNet().senses(lemma))
      balance += (sense.pos === 'verb' ? 1 : -1) * (sense.tagCount + 0.1);
  }
  return balance > 0;
}, REMEMBERED_WORDS);

/**
 * Whether WordNet uses the word mostly as an adverb ("originally", "annually", "overnight"): it says how or when, not
 * what a question is about. Adverbs are not inflected; the other parts of speech count in every form.
 */
export const isMostlyAdverb = remembered((folded: string): boolean => {
  const others = new Set([
    folded,
    lemmatizer.noun(folded),
    lemmatizer.verb(folded),
    lemmatizer.adjective(folded),
  ]);
  let balance = 0;
  for (const sense of wordNet().senses(folded)) if (sense.pos === 'adv') balance += sense.tagCount + 0.1;
  for (const lemma of others) {
    for (const sense of wordNet().senses(lemma)) if (sense.pos !== 'adv') balance -= sense.tagCount + 0.1;
  }
  return balance > 0;
}, REMEMBERED_WORDS);

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

/** The noun itself, and the members a group noun stands for ("people" -> person). */
const headNouns = remembered((folded: string): Set<string> => {
  const wn = wordNet();
  const lemma = lemmatizer.noun(folded);
  const heads = new Set([lemma]);
  for (const sense of usualSenses(wn.senses(lemma).filter((s) => s.pos === 'noun'))) {
    for (const pointer of wn.synset(sense.offset, 'noun')?.pointers ?? []) {
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

// WordNet's lexicographer file of nouns for people ("noun.person").
const NOUN_PERSON = 18;

/**
 * Whether the noun names people, by WordNet: one of its usual senses is filed under noun.person ("inspector",
 * "judges", "winner"), or it is a kind of person within a few levels.
 */
export const isPersonNoun = remembered(
  (folded: string): boolean => usualNounIn(folded, NOUN_PERSON) || isKindOf(folded, 'person'),
  REMEMBERED_WORDS,
);

/** Whether one of the word's usual noun senses is filed in this lexicographer file of WordNet's. */
function usualNounIn(folded: string, lexFile: number): boolean {
  const wn = wordNet();
  const senses = usualSenses(wn.senses(lemmatizer.noun(folded)).filter((s) => s.pos === 'noun'));
  return senses.some((s) => wn.synset(s.offset, 'noun')?.lexFile === lexFile);
}

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

/**
 * A word of English in its own right, not a person: "food", "white" — not "Dmitro", not "minister" (a title before
 * a name is still the person). Asked whether a word written only inside a longer name means something else alone.
 */
export const isPlainWord = remembered(
  (folded: string): boolean =>
    (isWordNetLemma(folded) || isWordNetLemma(lemmatizer.noun(folded))) && !isPersonNoun(folded),
  5_000,
);
