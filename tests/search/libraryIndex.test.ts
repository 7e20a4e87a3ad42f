import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { ScoreBoard } from '../../src/search/scoreBoard.js';
import { FIELD_WEIGHT, type SentenceDoc, SentenceIndex } from '../../src/search/sentenceIndex.js';
import { generateCorpus, prng } from '../bench/corpus.js';
import { madeUpArticle, peruArticle, realArticle } from './realArticle.js';

const real = realArticle();
const peru = peruArticle();
const all: Article[] = [...generateCorpus(real, 40), real, peru];
// Sentence ids are never reused: every id the tests can reach, removals and re-additions included, is below this.
const MAX_ID = 3 * all.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.sentences.length, 0), 0);

function docsOf(index: SentenceIndex, articleId?: string): SentenceDoc[] {
  const docs: SentenceDoc[] = [];
  for (let id = 0; id < MAX_ID; id++) {
    const doc = index.doc(id);
    if (doc && (articleId === undefined || doc.articleId === articleId)) docs.push(doc);
  }
  return docs;
}

// The sentence search as it was built on MiniSearch, over the same sentence documents: SentenceIndex.candidates must
// return the same sentences, in the same order, with the same scores to the last bit.
function miniSearchSentences(index: SentenceIndex, articles: readonly Article[]) {
  const search = new MiniSearch<SentenceDoc>({
    fields: ['text', 'speaker'],
    extractField: (doc, field) =>
      field === 'id' ? String(doc.id) : field === 'speaker' ? doc.speakerTerms : doc.terms,
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
    searchOptions: { boost: { text: FIELD_WEIGHT.text, speaker: FIELD_WEIGHT.speaker }, combineWith: 'OR' },
  });
  const ids = new Map<string, number[]>();
  const add = (articleId: string) => {
    const docs = docsOf(index, articleId);
    search.addAll(docs);
    ids.set(
      articleId,
      docs.map((d) => d.id),
    );
  };
  const remove = (articleId: string) => {
    for (const id of ids.get(articleId) ?? []) search.discard(String(id));
    ids.delete(articleId);
  };
  for (const a of articles) add(a.id);
  const candidates = (weights: ReadonlyMap<string, number>, allowed: (articleId: string) => boolean) =>
    search
      .search([...weights.keys()].join(' '), {
        boostTerm: (term) => weights.get(term) ?? 1,
        filter: (r) => allowed(index.doc(Number(r.id))?.articleId ?? ''),
      })
      .map((r) => ({ id: Number(r.id), score: r.score }));
  return { search, add, remove, candidates };
}

/** Random weighted stem sets drawn from the index's own terms, now and then one it lacks. */
function queries(index: SentenceIndex, count: number): Map<string, number>[] {
  const stems = [...new Set(docsOf(index).flatMap((d) => `${d.terms}${d.speakerTerms}`.split(' ')))].filter(
    Boolean,
  );
  const r = prng(11);
  return Array.from({ length: count }, () => {
    const weights = new Map<string, number>();
    for (let k = 1 + Math.floor(r() * 5); k > 0; k--) {
      const stem = r() < 0.05 ? 'zzunknown' : (stems[Math.floor(r() * stems.length)] as string);
      weights.set(stem, r() < 0.3 ? 1 : r());
    }
    return weights;
  });
}

describe('SentenceIndex', () => {
  it('ranks candidates exactly as MiniSearch did: same sentences, order and scores', () => {
    const index = new SentenceIndex();
    for (const a of all) index.addArticle(a);
    const reference = miniSearchSentences(index, all);
    const some = new Set(all.filter((_, i) => i % 4 === 0).map((a) => a.id));
    for (const weights of queries(index, 300)) {
      expect(index.candidates(weights, () => true)).toEqual(reference.candidates(weights, () => true));
      expect(index.candidates(weights, (id) => some.has(id))).toEqual(
        reference.candidates(weights, (id) => some.has(id)),
      );
      // The best few, picked without sorting all: the same as the first few of all.
      expect(index.candidates(weights, () => true, 7)).toEqual(
        reference.candidates(weights, () => true).slice(0, 7),
      );
    }
  });

  it('still ranks as MiniSearch (vacuumed) after stories are removed, re-added and replaced', async () => {
    const index = new SentenceIndex();
    for (const a of all) index.addArticle(a);
    const reference = miniSearchSentences(index, all);
    for (const a of all.slice(3, 15)) {
      index.removeArticle(a.id);
      reference.remove(a.id);
    }
    for (const a of [...all.slice(8, 12), ...all.slice(20, 24)]) {
      index.addArticle(a);
      reference.remove(a.id);
      reference.add(a.id);
    }
    await reference.search.vacuum();
    for (const weights of queries(index, 200)) {
      expect(index.candidates(weights, () => true)).toEqual(reference.candidates(weights, () => true));
    }
    expect(index.candidates(new Map(), () => true)).toEqual([]);
  });

  it('forgets every word of a story it removes, a hyphen-joined one and a time of day included', () => {
    const index = new SentenceIndex();
    index.addArticle(peru);
    const words = () => index.vocabulary.inStories(() => true);
    expect([words().has('liftoff'), words().has('pm')]).toEqual([false, false]);
    index.addArticle(
      madeUpArticle('launch', 'Rocket lost', 'The rocket exploded 94 seconds after lift-off at 9 pm.'),
    );
    expect([words().has('liftoff'), words().has('pm')]).toEqual([true, true]);
    index.removeArticle('launch');
    expect([words().has('liftoff'), words().has('pm')]).toEqual([false, false]);
  });
});

describe('SentenceIndex: headlines', () => {
  it('knows the words of the headlines of the stories asked about, until a story is removed', () => {
    const index = new SentenceIndex();
    index.addArticle(peru);
    index.addArticle(madeUpArticle('launch', 'Rocket lost after liftoff', 'The rocket exploded.'));
    const has = (stemmed: string, inStory: (id: string) => boolean) =>
      index.headlinesHold((w) => w === stemmed, inStory);
    expect(has('rocket', () => true)).toBe(true);
    expect(has('rocket', (id) => id !== 'launch')).toBe(false);
    index.removeArticle('launch');
    expect(has('rocket', () => true)).toBe(false);
  });
});

describe('ScoreBoard', () => {
  it('best(n) is the first n of ranked(), ties in first-match order', () => {
    const board = new ScoreBoard();
    const r = prng(5);
    for (let round = 0; round < 50; round++) {
      board.begin(500);
      for (let word = 0; word < 3; word++) {
        board.beginTerm();
        for (let k = 0; k < 200; k++) board.add(Math.floor(r() * 500), Math.floor(r() * 4) / 2);
        board.endTerm(word);
      }
      const allowed = (doc: number) => doc % 7 !== 0;
      const ranked = board.ranked(allowed).map(([doc]) => doc);
      for (const n of [0, 1, 10, 50, 1000]) expect(board.best(n, allowed)).toEqual(ranked.slice(0, n));
    }
  });
});
