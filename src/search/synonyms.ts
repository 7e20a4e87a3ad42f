import lemmatizer from 'wink-lemmatizer';
import {
  isMostlyVerb,
  isPersonNoun,
  isVerbLemma,
  NOUN_PERSON,
  REMEMBERED_WORDS,
  targetWords,
  usualSenses,
} from '../lexicon/wordKinds.js';
import { isWordNetLemma, type Synset, type WordNet, wordNet } from '../lexicon/wordnet.js';
import { remembered } from '../remembered.js';
import { contentTokens, termsOf, tokenize } from './text.js';

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
  /** An array, not a set: most hold one synset, and thousands of candidates are remembered (see `candidatesOf`). */
  synsets: number[];
  /** Found as the country a capital stands for: any sense of the country's name will do ("Russia" the state). */
  metonym?: boolean;
  /**
   * Found as a synonym in a sense naming people: a title names them however else it is mostly used ("boss" ~ chief,
   * whose usual sense is a head of anything: _Chief Executive_).
   */
  namesPerson?: boolean;
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

/**
 * Single-word relatives of a (folded, lower-case) word in WordNet whose terms `holds` accepts, nearest first; with
 * `synonymsOnly`, only other names for the same thing ("Kiev" ~ Kyiv). Both words must be used in their usual
 * senses: "receive" and "have" share a synset, but "have" usually means to own, so a question about receiving
 * is not matched to every "has". A word naming people in the question's sense is the exception: "boss" ~ chief, though
 * "chief" is mostly a head of anything (+32 −4 of which 22 "boss" questions; see `Candidate.namesPerson`).
 */
export function relativesOf(
  folded: string,
  holds: (terms: readonly string[]) => boolean,
  { synonymsOnly = false }: { synonymsOnly?: boolean } = {},
): Relative[] {
  return (synonymsOnly ? synonymCandidatesOf(folded) : candidatesOf(folded))
    .filter((c) => (c.synonym || !synonymsOnly) && holds(c.terms))
    .filter(
      (c) =>
        c.metonym || c.namesPerson === true || c.synsets.some((offset) => usualSynsets(c.word).has(offset)),
    )
    .map(({ word, weight, terms }) => ({ word, weight, terms }));
}

// A word's candidates are many (a broad noun has hundreds of narrower ones) and only needed while a new word is
// resolved (see `Vocabulary.resolve`, which remembers what it found): fewer are kept than of other look-ups.
const REMEMBERED_CANDIDATES = 1_000;
const candidatesOf = remembered((folded: string) => collect(wordNet(), folded, false), REMEMBERED_CANDIDATES);
// A name's relatives are its synonyms only: its pointers (a city's districts, a person's works) are never read.
const synonymCandidatesOf = remembered(
  (folded: string) => collect(wordNet(), folded, true),
  REMEMBERED_WORDS,
);

function collect(wn: WordNet, folded: string, synonymsOnly: boolean): Candidate[] {
  const found = new Map<string, Candidate>();
  // `how.compound`: a word of several may be taken (a noun's synonyms); `how.metonym`: see `Candidate`.
  const add = (
    word: string,
    weight: number,
    synset: number,
    synonym: boolean,
    how: { compound?: boolean; metonym?: boolean; namesPerson?: boolean } = {},
  ) => {
    const metonym = how.metonym === true;
    const namesPerson = how.namesPerson === true;
    // An abbreviation written with its point ("no." for number, "st." for street) reads as another word once folded.
    if (word === folded || (/[\s-]/.test(word) && !how.compound) || /^[^.]+\.$/.test(word)) return;
    const known = found.get(word);
    if (!known || weight > known.weight) {
      const terms = indexTerms(word);
      found.set(word, { word, weight, terms, synonym, synsets: [synset], metonym, namesPerson });
    } else if (weight === known.weight) {
      if (!known.synsets.includes(synset)) known.synsets.push(synset);
      known.metonym ||= metonym;
      known.namesPerson ||= namesPerson;
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
      const compound = synset.pos === 'noun';
      const namesPerson = synset.pos === 'noun' && synset.lexFile === NOUN_PERSON;
      for (const word of synset.words)
        add(word, SYNONYM_WEIGHT, synset.offset, true, { compound, namesPerson });
      // News names a country by its capital ("Moscow recruits", "Beijing backs"): a national capital stands for the
      // country it is part of, as surely as a synonym.
      if (isNationalCapital(wn, synset)) {
        for (const pointer of synset.pointers.filter((p) => p.symbol === '#p')) {
          for (const word of targetWords(wn, pointer))
            add(word, SYNONYM_WEIGHT, pointer.offset, true, { metonym: true });
        }
      }
      if (synonymsOnly) continue;
      if (namesPerson)
        for (const named of namedInformally(wn, synset)) add(named.word, SYNONYM_WEIGHT, named.offset, false);
      // A verb is said by the verbs that cause it: "did anybody die" ~ _No one was killed_ (+8 −1: "have any dogs
      // died from the toxic water", answered by the closure of the lake).
      if (synset.pos === 'verb')
        for (const cause of wn.causesOf(synset.offset))
          for (const word of wn.synset(cause, 'verb')?.words ?? []) add(word, SYNONYM_WEIGHT, cause, false);
      // A participle used as an adjective is a shade of its head adjective: "hurt" (suffering from physical injury) ~
      // injured (+16 −3; for any adjective satellite, +31 −13: "prime minister", "the final report", "total prize").
      if (synset.satellite && isMostlyVerb(folded))
        for (const pointer of synset.pointers.filter((p) => p.symbol === '&'))
          for (const word of targetWords(wn, pointer)) add(word, SYNONYM_WEIGHT, pointer.offset, false);
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
 * What an informal word for people names (see `Synset.informal`), and the groups those people are members of: "cops"
 * (_uncomplimentary terms for a policeman_) ~ policeman, police officer, and police; "mum" ~ mother. News writes the
 * plain word or the group; a chat asks in its own (+18 −1; the groups of any word for people and of its broader
 * word: +44 −16, "owner" ~ people, "captain" ~ police, "father" ~ family).
 */
function namedInformally(wn: WordNet, synset: Synset): { word: string; offset: number }[] {
  if (!synset.informal) return [];
  return synset.pointers
    .filter((p) => p.symbol === '@')
    .flatMap((p) => wn.synset(p.offset, 'noun') ?? [])
    .flatMap((broader) => [
      ...broader.words.map((word) => ({ word, offset: broader.offset })),
      ...broader.pointers
        .filter((p) => p.symbol === '#m')
        .flatMap((p) => targetWords(wn, p).map((word) => ({ word, offset: p.offset }))),
    ]);
}

/**
 * A word's index terms; a compound's ("dock worker", "dock-walloper") words' stems as one term, stop words left out
 * as the index leaves them out.
 */
export function indexTerms(word: string): string[] {
  const tokens = tokenize(word);
  if (tokens.length === 1 && tokens[0]) return termsOf(tokens[0]);
  const stems = contentTokens(word).map((t) => t.stem);
  if (stems.length < 2) return [];
  // A title of three words or more is often written without its last ("Chief Executive" for chief executive
  // officer, CEO).
  return stems.length > 2 ? [stems.join(' '), stems.slice(0, -1).join(' ')] : [stems.join(' ')];
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

/**
 * The verb WordNet lists that two words (folded, a space between) form ("take effect", "shelling out": shell out),
 * the first in any of its forms, or as written when its base form makes none ("lay off", though "lay" is also lie's
 * past); undefined when they form none.
 */
export const phrasalVerbOf = remembered((words: string): string | undefined => {
  const [first = '', second = ''] = words.split(' ');
  return [`${lemmatizer.verb(first)} ${second}`, words].find(isVerbLemma);
}, REMEMBERED_WORDS);

/** Whether two words (folded, a space between) form a verb WordNet lists (see `phrasalVerbOf`). */
export function isPhrasalVerb(words: string): boolean {
  return phrasalVerbOf(words) !== undefined;
}

/**
 * A word of English in its own right, not a person: "food", "white" — not "Dmitro", not "minister" (a title before
 * a name is still the person). Asked whether a word written only inside a longer name means something else alone.
 */
export const isPlainWord = remembered(
  (folded: string): boolean =>
    (isWordNetLemma(folded) || isWordNetLemma(lemmatizer.noun(folded))) && !isPersonNoun(folded),
  5_000,
);

/**
 * Whether a verb shares a synset, in any of WordNet's senses (not only its usual ones), with a word whose terms
 * `holds` accepts: "hurt" ~ injured. Too loose to match sentences by, enough to say the stories may say it otherwise.
 */
export function hasVerbSynonymIn(
  folded: string,
  holds: (word: string, terms: readonly string[]) => boolean,
): boolean {
  const wn = wordNet();
  return wn
    .senses(lemmatizer.verb(folded))
    .filter((sense) => sense.pos === 'verb')
    .some((sense) =>
      (wn.synset(sense.offset, sense.pos)?.words ?? []).some(
        (word) => word !== folded && holds(word, indexTerms(word)),
      ),
    );
}
