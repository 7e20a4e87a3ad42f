/** How much each question word weighs in a story, and what it is there (a name, content, or a loose word). */

import { isKnownName } from '../lexicon/namesLexicon.js';
import { isMostlyAdverb, isMostlyVerb } from '../lexicon/wordKinds.js';
import { spelledZipf, zipfFrequency } from './english.js';
import type { TermRole } from './rank.js';
import { isPlainWord } from './synonyms.js';
import { isDesignation, type Token } from './text.js';
import type { ResolvedTerm, Vocabulary } from './vocabulary.js';

// Zipf frequency at which a missing word stops counting much, and the bounds of its weight.
const COMMON_ZIPF = 6.5;
const MIN_RARITY = 0.3;
// Nouns name what a question is about, verbs what happened to it: in "when will schools reopen", a sentence about
// schools answers before one about a road that reopens.
const VERB_WEIGHT = 0.85;
const MAX_RARITY = 1.25;
// Adverbs say how or when ("annually", "overnight"), seldom what a question is about: they weigh little, and one the
// story lacks does not mean it does not cover the question.
const ADVERB_WEIGHT = 0.3;

/**
 * How much each question word weighs within a story: its idf there (less for an everyday word). A word the story
 * lacks weighs by how rare it is in general English: missing "place" or "won" says little, missing "weather" or an
 * unlisted word says the question is about something else. A word matched only loosely (a typo) weighs between its
 * match's weight and a missing word's.
 */
export function termWeights(
  vocabulary: Vocabulary,
  storyId: string,
  terms: readonly ResolvedTerm[],
  focus?: Token,
): number[] {
  const unseen = vocabulary.idf(storyId, '');
  return terms.map(({ token, matches, via }) => {
    const rarity = token.isNumber
      ? 1
      : Math.min(
          MAX_RARITY,
          Math.max(MIN_RARITY, (COMMON_ZIPF - englishZipf(token, matches.length > 0)) / 2),
        );
    // A related word stands in for the question's word, which weighs what it would weigh missing.
    if (via === 'wordnet') return unseen * rarity;
    const best = matches[0];
    const sureness = best?.weight ?? 0;
    const role = token.isNumber
      ? 1
      : isMostlyAdverb(token.folded)
        ? ADVERB_WEIGHT
        : isMostlyVerb(token.folded)
          ? VERB_WEIGHT
          : 1;
    // A short story gives any word it uses once the top idf: an everyday word of English ("new", "last") weighs
    // less, or finding it once would seem to cover the question. What "how many" counts keeps its full weight.
    const found = token === focus ? 1 : Math.min(1, rarity);
    const idf = best ? vocabulary.idf(storyId, best.stem) : 0;
    return role * (sureness * idf * found + (1 - sureness) * unseen * rarity);
  });
}

/**
 * How common the word is in English. One the stories lack is judged in its commonest form, and, when English does not
 * list it, as the word it most likely misspells ("suposed" is as everyday as "supposed").
 */
export function englishZipf(token: Token, found: boolean): number {
  return found ? zipfFrequency(token.folded) : spelledZipf(token.folded);
}

/**
 * Each term's role in the story (see `TermRole`). A word the question writes in lower case, that the story writes only
 * inside longer names and never with another word of them in the question, is loose: "food" alone is not the Food
 * and Drug Administration ("food and drug administration" typed in lower case still is).
 */
export function termRoles(
  vocabulary: Vocabulary,
  storyId: string,
  terms: readonly ResolvedTerm[],
  names: readonly Token[],
  kindWords: readonly Token[] = [],
): TermRole[] {
  return terms.map((t, i) => {
    if (kindWords.includes(t.token)) return 'kind';
    // A designation (a word and its number: "Heliar-2", "A380") pins the thing down as a number does.
    if (isDesignation(t.token)) return 'content';
    const stem = t.matches[0]?.stem ?? '';
    const asName = names.includes(t.token);
    const mates = asName || t.via === 'wordnet' ? undefined : vocabulary.onlyInsideNames(storyId, stem);
    if (
      mates &&
      isPlainWord(t.token.folded) &&
      !terms.some((other, j) => j !== i && other.matches.some((m) => mates.has(m.stem)))
    ) {
      return 'loose';
    }
    const isName =
      asName || isKnownName(t.token.folded) || (t.via === 'exact' && vocabulary.isName(storyId, stem));
    return isName ? 'name' : 'content';
  });
}
