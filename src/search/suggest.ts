import Fuse from 'fuse.js';
import type { Article } from '../article/types.js';

const MAX_CHOICE_LENGTH = 100;

/** What an article can be asked about: its headline, its sections, and what each named speaker said. */
export function topicsOf(article: Article): string[] {
  const speakers = new Set(
    article.quotes
      .filter((q) => !q.fragment && /^\p{Lu}\p{L}+ \p{Lu}/u.test(q.speaker))
      .map((q) => q.speaker),
  );
  return unique([
    article.headline,
    ...article.sections.filter((s) => s !== '').map(sentenceCase),
    ...[...speakers].map((s) => `What did ${s} say?`),
  ]).map((t) => clip(t, MAX_CHOICE_LENGTH));
}

/** Autocomplete: the topics fuzzy-matched to what is typed, best first; everything when nothing is typed yet. */
export function matchTopics(topics: string[], typed: string, limit: number): string[] {
  const query = typed.trim();
  if (query === '') return topics.slice(0, limit);
  const fuse = new Fuse(topics, { ignoreLocation: true, threshold: 0.4, useTokenSearch: true });
  return fuse.search(query, { limit }).map((r) => r.item);
}

/** "AN AUSTERE BIRTHDAY" -> "An austere birthday" (headings are shouted in scraped text). */
function sentenceCase(s: string): string {
  return s === s.toUpperCase() ? s.charAt(0) + s.slice(1).toLowerCase() : s;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter((s) => s.trim() !== ''))];
}
