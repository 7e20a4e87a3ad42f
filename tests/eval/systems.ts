import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Article } from '../../src/article/types.js';
import { createLibrary } from '../../src/search/createLibrary.js';
import { type SentenceRecord, sentencesOf } from './articles.js';

/** One ranked excerpt, reduced to what the metrics need. */
export interface Hit {
  text: string;
  paragraph: number;
  sentence: number;
  articleId: string;
  score: number;
}

/** A system's reply: `answered` false (or no hits) counts as abstaining. */
export interface Ranked {
  answered: boolean;
  hits: Hit[];
}

export interface Ranker {
  ask(question: string, limit: number): Ranked;
}

export interface System {
  name: string;
  /** Builds the system's index over one article. */
  build(article: Article): Ranker;
}

export const LIMIT = 5;

/** This project's engine, exactly as the bot calls it. */
export const engine: System = {
  name: 'engine',
  build(article) {
    const library = createLibrary([{ article, owner: null }]);
    return {
      ask(question, limit) {
        const answer = library.answer(question, { limit });
        return {
          answered: answer.answered,
          hits: answer.excerpts.map((e) => ({
            text: e.text,
            paragraph: e.paragraph,
            sentence: e.sentence,
            articleId: e.articleId,
            score: e.score,
          })),
        };
      },
    };
  },
};

function toHit(r: SentenceRecord, score: number): Hit {
  return { text: r.text, paragraph: r.paragraph, sentence: r.sentence, articleId: r.articleId, score };
}

/** Plain Fuse.js with its defaults over the sentences; abstains only when it finds nothing. */
export function buildFuse(records: SentenceRecord[]): Fuse<SentenceRecord> {
  return new Fuse(records, { keys: ['text'], includeScore: true });
}

export const fuse: System = {
  name: 'fuse',
  build(article) {
    const index = buildFuse(sentencesOf(article));
    return {
      ask(question, limit) {
        const hits = index.search(question, { limit }).map((r) => toHit(r.item, 1 - (r.score ?? 1)));
        return { answered: hits.length > 0, hits };
      },
    };
  },
};

/** BM25 baseline: MiniSearch over the sentences with fuzzy and prefix matching; abstains only when nothing matches. */
export function buildMiniSearch(records: SentenceRecord[]): MiniSearch<SentenceRecord> {
  const index = new MiniSearch<SentenceRecord>({
    fields: ['text'],
    storeFields: [],
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  index.addAll(records);
  return index;
}

export const minisearch: System = {
  name: 'minisearch',
  build(article) {
    const records = sentencesOf(article);
    const index = buildMiniSearch(records);
    return {
      ask(question, limit) {
        const hits: Hit[] = [];
        for (const r of index.search(question).slice(0, limit)) {
          const rec = records[Number(r.id)];
          if (rec) hits.push(toHit(rec, r.score));
        }
        return { answered: hits.length > 0, hits };
      },
    };
  },
};

export const SYSTEMS: readonly System[] = [engine, fuse, minisearch];
