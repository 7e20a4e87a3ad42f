/** What the vocabulary counts of each story, sentence by sentence: how often, and how, each stem is written. */

import { isKnownFirstName } from '../lexicon/namesLexicon.js';
import { nameRuns } from './acronyms.js';
import { zipfFrequency } from './english.js';
import { bump } from './spellings.js';
import type { Token } from './text.js';

// A word this common in English, capitalised as the first of a quote (_"People are paying …"_), opens a sentence and
// is no name; a rarer one there is ("_Svanen_ has …").
const EVERYDAY_OPENING_ZIPF = 4;

/** Sentences per stem within one story: rarity is judged within the story a sentence belongs to. */
export interface StoryStats {
  sentences: number;
  docFreq: Map<string, number>;
  /** Sentences where the stem is capitalised past the sentence's start: a name there. */
  capitalised: Map<string, number>;
  /**
   * Sentences a word rare in English opens, capitalised as any first word is: no sign either way (_Hendriksen said …_
   * of a surname the story writes mid-sentence elsewhere).
   */
  opening: Map<string, number>;
  /** Sentences where the stem is written only inside a longer name, not as its last word ("Food" of "Food and Drug Administration"). */
  insideNames: Map<string, number>;
  /** For those stems, the other stems of the names they are written in, with in how many sentences. */
  nameMates: Map<string, Map<string, number>>;
  /** A person's surname -> the first names the story writes before it ("varholm" -> emil), with in how many sentences. */
  firstNames: Map<string, Map<string, number>>;
}

export function newStoryStats(): StoryStats {
  return {
    sentences: 0,
    docFreq: new Map(),
    capitalised: new Map(),
    opening: new Map(),
    insideNames: new Map(),
    nameMates: new Map(),
    firstNames: new Map(),
  };
}

/**
 * Counts one sentence into the story's stats, from its content tokens and their distinct index terms (`delta` -1
 * takes it out again).
 */
export function countSentence(
  story: StoryStats,
  tokens: readonly Token[],
  terms: ReadonlySet<string>,
  delta: 1 | -1,
): void {
  story.sentences += delta;
  for (const s of terms) bump(story.docFreq, s, delta);
  const capitalised = tokens.filter(
    (t, i) =>
      t.capitalised &&
      !t.isNumber &&
      t.start > 0 &&
      (i > 0 || zipfFrequency(t.folded) < EVERYDAY_OPENING_ZIPF),
  );
  for (const s of new Set(capitalised.map((t) => t.stem))) bump(story.capitalised, s, delta);
  const first = tokens[0];
  // A rare word opening it, as a surname does (_Hendriksen said …_), not an everyday one (_Police said …_).
  if (
    first?.start === 0 &&
    first.capitalised &&
    !first.isNumber &&
    zipfFrequency(first.folded) < EVERYDAY_OPENING_ZIPF
  )
    bump(story.opening, first.stem, delta);
  countInsideNames(story, tokens, delta);
}

/** Counts the stems the sentence writes only inside longer names (not as their last word), and their mates there. */
function countInsideNames(story: StoryStats, tokens: readonly Token[], delta: 1 | -1): void {
  const runs = nameRuns(tokens);
  if (runs.length === 0) return;
  const inside = new Set(runs.flatMap((run) => run.slice(0, -1)));
  const elsewhere = new Set(tokens.filter((t) => !inside.has(t)).map((t) => t.stem));
  const mates = new Map<string, Set<string>>();
  for (const run of runs) {
    for (const t of run.slice(0, -1)) {
      if (elsewhere.has(t.stem)) continue;
      const of = mates.get(t.stem) ?? new Set<string>();
      for (const mate of run) if (mate.stem !== t.stem) of.add(mate.stem);
      mates.set(t.stem, of);
    }
  }
  for (const run of runs) {
    const [first, last] = [run[0], run.at(-1)];
    if (first && last && isKnownFirstName(first.folded))
      bumpIn(story.firstNames, last.stem, first.stem, delta);
  }
  for (const [stemmed, of] of mates) {
    bump(story.insideNames, stemmed, delta);
    for (const mate of of) bumpIn(story.nameMates, stemmed, mate, delta);
  }
}

/** Counts `value` under `key` in a map of counts, dropping a key whose counts are all gone. */
export function bumpIn(
  map: Map<string, Map<string, number>>,
  key: string,
  value: string,
  delta: 1 | -1,
): void {
  let counts = map.get(key);
  if (!counts) {
    counts = new Map();
    map.set(key, counts);
  }
  bump(counts, value, delta);
  if (counts.size === 0) map.delete(key);
}
