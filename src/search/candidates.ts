/** Which sentences a question is ranked over: the best of the inverted index, for the question's rarer words. */

import type { Candidate, SentenceIndex } from './sentenceIndex.js';
import type { ResolvedTerm, StoryWords } from './vocabulary.js';

// How many sentences the inverted index gives; and how many more that name all of a question's names (or ledes).
const CANDIDATES = 60;
const NAMING_EVERY = 10;
// How many sentences holding the least common of the names are read for those that hold them all.
const NAMING_SCAN = 500;
/** The share of sentences past which a word is too common to pick candidates by. */
export const COMMON_SHARE = 0.1;
// From this many names, a question names several things, and a sentence naming them all may answer it.
const NAMES_TOGETHER = 2;

/**
 * Candidates come from the rarer words: a word in most sentences ("NATO" in a NATO story) would make the inverted
 * index score nearly every sentence; the ranking still counts it. A sentence naming all of the question's names
 * (`named`) is a candidate too, though one of them is too common to pick by ("how many turbines was Tarrow Bank going
 * to have": "Tarrow Bank" is in most sentences of its story); one name alone would pick sentences merely about it.
 */
export function pickCandidates(
  index: SentenceIndex,
  terms: readonly ResolvedTerm[],
  named: readonly ResolvedTerm[],
  words: StoryWords,
  allowed: (articleId: string) => boolean,
): Candidate[] {
  const weights = stemWeights(terms);
  const rare = new Map([...weights].filter(([s]) => words.share(s) <= COMMON_SHARE));
  // A story's lede restates its headline in other words, so a rare word of the headline picks the lede too ("how many
  // escape rooms were shut in Lindqvarn": _ordered seven of its nine escape rooms to close_ under "… shuts escape
  // rooms …"; +18 −4 over all questions, three of them unanswerable ones the lede now answers).
  const picked = withOthers(
    index.candidates(rare.size > 0 ? rare : weights, allowed, CANDIDATES),
    index.ledesHeadlined(rare.keys(), allowed, NAMING_EVERY).map((doc) => ({ id: doc.id, score: 0 })),
  );
  const common = named.some((t) => !t.matches.some((m) => rare.has(m.stem)));
  if (rare.size === 0 || named.length < NAMES_TOGETHER || !common) return picked;
  const names = named.map((t) => t.matches.map((m) => m.stem));
  return [
    ...picked,
    ...index.namingEvery(weights, names, allowed, picked, { limit: NAMING_EVERY, scanLimit: NAMING_SCAN }),
  ];
}

/** The candidates of `first`, then those of `more` not among them. */
export function withOthers(first: readonly Candidate[], more: readonly Candidate[]): Candidate[] {
  const ids = new Set(first.map((c) => c.id));
  return [...first, ...more.filter((c) => !ids.has(c.id))];
}

function stemWeights(terms: readonly ResolvedTerm[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const t of terms) {
    for (const m of t.matches) weights.set(m.stem, Math.max(weights.get(m.stem) ?? 0, m.weight));
  }
  return weights;
}
