import type { Article } from '../article/types.js';
import { type Person, people } from './people.js';
import { type Summary, type SummaryLength, summarize } from './summary.js';
import { type TimelineEvent, timeline } from './timeline.js';

/**
 * Per-article caches for the newsroom analyses. Articles are immutable and a story re-added is a new object, so
 * the Article itself is the key; a WeakMap lets a removed story's results go with it. people() costs ~150 ms, and
 * autocomplete asks for it on every keystroke. Results are shared: callers must not mutate them.
 */
export function memoise<T>(compute: (article: Article) => T): (article: Article) => T {
  const cache = new WeakMap<Article, T>();
  return (article) => {
    if (cache.has(article)) return cache.get(article) as T;
    const value = compute(article);
    cache.set(article, value);
    return value;
  };
}

export const peopleOf: (article: Article) => readonly Person[] = memoise(people);

export const timelineOf: (article: Article) => readonly TimelineEvent[] = memoise(timeline);

const summaries: Record<SummaryLength, (article: Article) => Summary> = {
  short: memoise((article) => summarize(article, 'short')),
  full: memoise((article) => summarize(article, 'full')),
};

export function summaryOf(article: Article, length: SummaryLength): Summary {
  return summaries[length](article);
}
