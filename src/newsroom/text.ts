import nlp from 'compromise';
import { contentTokens } from '../search/text.js';

/** Shared word handling for the newsroom modules: one tokenizer so summary and benchmark agree on "a word". */

/** Words (letters, digits, inner apostrophes/hyphens) in reading order, as written. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Stemmed, stop-word-free, folded terms (the search's own): what sentence similarity is computed on. */
export function contentTerms(text: string): string[] {
  return contentTokens(text).map((t) => t.stem);
}

/** A regex that finds `phrase` as whole words (Unicode-aware, so "Nöstlinger" and "NATO’s" behave). */
export function wholeWord(phrase: string, flags = 'gu'): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one
  .lexicon;

/** Tags compromise gives a word out of context (its reading in a sentence can differ: "General" before a name). */
export function lexiconTags(word: string): string[] {
  const tags = LEXICON[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}
