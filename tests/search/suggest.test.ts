import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { TopicIndex, topicsOf } from '../../src/search/suggest.js';
import { isStopWord } from '../../src/search/text.js';
import { generateCorpus } from '../bench/corpus.js';
import { peruArticle, realArticle } from './realArticle.js';

const real = realArticle();
const peru = peruArticle();
const corpus = generateCorpus(real, 40);
const all = [...corpus, real, peru];

// The topic search as it was built on MiniSearch: TopicIndex must rank its candidates exactly the same.
function miniSearchTopics(articles: readonly Article[]) {
  const search = new MiniSearch<{ id: number; articleId: string; text: string }>({
    fields: ['text'],
    storeFields: ['text', 'articleId'],
    processTerm: (term) => (isStopWord(term.toLowerCase()) ? null : term.toLowerCase()),
    searchOptions: {
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'OR',
    },
  });
  const ids = new Map<string, number[]>();
  let nextId = 0;
  const add = (a: Article) => {
    const topics = topicsOf(a).map((text) => ({ id: nextId++, articleId: a.id, text }));
    search.addAll(topics);
    ids.set(
      a.id,
      topics.map((t) => t.id),
    );
  };
  const remove = (articleId: string) => {
    for (const id of ids.get(articleId) ?? []) search.discard(id);
    ids.delete(articleId);
  };
  for (const a of articles) add(a);
  const top = (query: string, allowed: readonly string[]) => {
    const set = new Set(allowed);
    return search
      .search(query, { filter: (r) => set.has(r.articleId as string) })
      .slice(0, 50)
      .map((r) => r.text as string);
  };
  return { search, add, remove, top };
}

// What a user types on the way to a question: prefixes of every question-like topic and a few hand-picked inputs.
const typed = [
  ...new Set(
    all
      .flatMap(topicsOf)
      .slice(0, 300)
      .flatMap((t) => [t.slice(0, 4), t.slice(0, 9), t.slice(0, 17), t]),
  ),
  'what did nato',
  'stoltenbreg',
  'patriot missi',
  'how many troops does Russia recruit a month?',
  'NATO NATO nato',
  'ünïcödé wörds',
  'the of and',
].filter((t) => t.trim().length >= 3);

/** The candidates TopicIndex hands to Fuse.js (its private ranking), as texts. */
function candidates(index: TopicIndex, query: string, allowed: readonly string[]): string[] {
  const ranked = (
    index as unknown as { candidates(q: string, a: readonly string[], n: number): number[] }
  ).candidates(query, allowed, 50);
  const texts = (index as unknown as { texts: string[] }).texts;
  return ranked.map((id) => texts[id] as string);
}

describe('TopicIndex', () => {
  it('ranks candidates exactly as MiniSearch did, in every story or a few', () => {
    const index = new TopicIndex();
    for (const a of all) index.add(a);
    const reference = miniSearchTopics(all);
    const everyone = all.map((a) => a.id);
    const some = everyone.filter((_, i) => i % 3 === 0);
    for (const query of typed) {
      expect(candidates(index, query.trim(), everyone), query).toEqual(reference.top(query.trim(), everyone));
      expect(candidates(index, query.trim(), some), query).toEqual(reference.top(query.trim(), some));
    }
  });

  // MiniSearch drops the words of discarded topics only when it vacuums, asynchronously and when it sees fit;
  // TopicIndex drops them at once. The reference vacuums after each removal, which is what MiniSearch converges to.
  it('still ranks as MiniSearch after stories are removed, re-added and replaced', async () => {
    const index = new TopicIndex();
    const reference = miniSearchTopics(all);
    for (const a of all) index.add(a);
    for (const a of all.slice(5, 20)) {
      index.remove(a.id);
      reference.remove(a.id);
    }
    await reference.search.vacuum();
    for (const a of [...all.slice(10, 15), ...all.slice(25, 30)]) {
      index.add(a);
      reference.remove(a.id);
      await reference.search.vacuum();
      reference.add(a);
    }
    const ids = all.map((a) => a.id);
    for (const query of typed.slice(0, 400)) {
      expect(candidates(index, query.trim(), ids), query).toEqual(reference.top(query.trim(), ids));
    }
  });

  it('offers what is typed, forgives typos, and only the allowed stories', () => {
    const index = new TopicIndex();
    index.add(real);
    index.add(peru);
    expect(index.match('stoltenbreg', [real.id], 25)[0]).toContain('Stoltenberg');
    expect(index.match('troops', [real.id], 25).some((t) => /troops/i.test(t))).toBe(true);
    expect(index.match('troops', [peru.id], 25).some((t) => /troops/i.test(t))).toBe(false);
    expect(index.match('earthquake', [real.id], 25)).toEqual([]);
    expect(index.match('na', [real.id], 3)).toEqual(topicsOf(real).slice(0, 3));
    expect(index.match('nato', [real.id, peru.id], 5).length).toBeLessThanOrEqual(5);
  });

  it('forgets a removed story and takes a replaced one as it is now', () => {
    const index = new TopicIndex();
    index.add(real);
    index.add(peru);
    index.remove(peru.id);
    expect(index.match('Arequipa', [real.id, peru.id], 25)).toEqual([]);
    expect(index.topicsOf([peru.id, real.id], 2)).toEqual(topicsOf(real).slice(0, 2));
    index.add({ ...real, headline: 'A brand new headline about volcanoes' });
    expect(index.match('volcanoes', [real.id], 25)).toEqual(['A brand new headline about volcanoes']);
    expect(index.match(real.headline.slice(0, 30), [real.id], 25)).not.toContain(real.headline);
  });
});
