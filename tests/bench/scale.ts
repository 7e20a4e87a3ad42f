/** The 1,000-story part of `npm run bench`: latency, autocomplete, build time, memory and answer quality at scale. */
import type { Article } from '../../src/article/types.js';
import { createLibrary } from '../../src/search/createLibrary.js';
import type { StoryLibrary } from '../../src/search/library.js';
import { type SentenceRecord, sentencesOf } from '../eval/articles.js';
import { type Figures, figures, judge, type Outcome } from '../eval/metrics.js';
import { contains, type Question } from '../eval/questions.js';
import { buildFuse, buildMiniSearch, LIMIT } from '../eval/systems.js';
import { generateCorpus } from './corpus.js';
import {
  type Latency,
  type Memory,
  measureBuild,
  memory,
  timeCalls,
  timeOnce,
  UNREMEMBERED,
} from './stats.js';

export interface ScaleOptions {
  stories: number;
  calls: number;
  /** Time budget per system, in seconds: at this scale some systems take tens of ms per call. */
  seconds: number;
}

export interface ScaleResult {
  stories: number;
  /** Time budget per system used for the latency figures. */
  seconds: number;
  sentences: number;
  generateMs: number;
  build: { engine: number; fuse: number; minisearch: number };
  heapDeltaMB: { engine: number; fuse: number; minisearch: number };
  latency: { engine: Latency; fuse: Latency; minisearch: Latency; suggest: Latency };
  memory: Memory;
  quality: {
    alone: Figures;
    /** A hit must come from the real article (an identical recombined sentence in a synthetic story does not count). */
    amongAll: Figures;
    /** A hit is any excerpt containing the expected words, whichever story it comes from. */
    amongAllTextOnly: Figures;
    /** All stories indexed, but the question restricted to the real article (`articleIds`): do corpus statistics shift answers? */
    restricted: Figures;
    /** Unanswerable questions where no excerpt came from the real article. */
    realArticleSilent: number | null;
    topChanged: number;
  };
}

/** Prefixes as a user types them: a few characters, then more, then the whole question. */
export function typedPrefixes(questions: readonly Question[]): string[] {
  return questions.flatMap((q) =>
    [2, 4, 7, 11, 16, q.q.length].filter((n) => n <= q.q.length).map((n) => q.q.slice(0, n)),
  );
}

function outcomesOn(
  library: StoryLibrary,
  questions: readonly Question[],
  realId: string,
  articleIds?: readonly string[],
) {
  const strict: Outcome[] = [];
  const textOnly: Outcome[] = [];
  const tops: string[] = [];
  let silent = 0;
  for (const q of questions) {
    const a = library.answer(q.q, articleIds ? { limit: LIMIT, articleIds } : { limit: LIMIT });
    const hits = a.excerpts.map((e) => ({ ...e }));
    textOnly.push(judge(q, { answered: a.answered, hits }));
    // Strict: an excerpt only counts as the answer when it is the real article's.
    const o = judge(q, { answered: a.answered, hits });
    const i = hits.findIndex(
      (h) => h.articleId === realId && q.expect !== null && contains(h.text, q.expect),
    );
    strict.push({ ...o, rank: q.expect === null || o.abstained || i < 0 ? null : i + 1 });
    if (q.expect === null && !hits.some((h) => h.articleId === realId && a.answered)) silent++;
    const top = hits[0];
    tops.push(a.answered && top ? `${top.articleId}#${top.paragraph}.${top.sentence}` : '-');
  }
  const unanswerable = questions.filter((q) => q.expect === null).length;
  return { strict, textOnly, tops, silent: unanswerable === 0 ? null : silent / unanswerable };
}

export function runScale(real: Article, questions: readonly Question[], opts: ScaleOptions): ScaleResult {
  const gen = timeOnce(() => generateCorpus(real, opts.stories));
  const articles = [...gen.value, real];
  const records: SentenceRecord[] = articles.flatMap(sentencesOf).map((r, id) => ({ ...r, id }));
  const qs = questions.map((q) => q.q);

  const alone = outcomesOn(createLibrary([{ article: real, owner: null }]), questions, real.id);

  const engine = measureBuild(() =>
    createLibrary(
      articles.map((article) => ({ article, owner: null })),
      UNREMEMBERED,
    ),
  );
  const library = engine.value;
  const fuse = measureBuild(() => buildFuse(records));
  const mini = measureBuild(() => buildMiniSearch(records));

  // At least `calls` timed calls, unless the time budget runs out first.
  const timing = { warmup: 50, minCalls: opts.calls, maxSeconds: opts.seconds };
  const latency = {
    engine: timeCalls(qs, (q) => library.answer(q, { limit: LIMIT }), timing),
    fuse: timeCalls(qs, (q) => fuse.value.search(q, { limit: LIMIT }), timing),
    minisearch: timeCalls(qs, (q) => mini.value.search(q).slice(0, LIMIT), timing),
    suggest: timeCalls(typedPrefixes(questions), (t) => library.suggest(t, { limit: 25 }), timing),
  };

  const among = outcomesOn(library, questions, real.id);
  const restricted = outcomesOn(library, questions, real.id, [real.id]);
  const topChanged = among.tops.filter((t, i) => t !== alone.tops[i]).length;
  return {
    stories: articles.length,
    seconds: opts.seconds,
    sentences: records.length,
    generateMs: gen.ms,
    build: { engine: engine.ms, fuse: fuse.ms, minisearch: mini.ms },
    heapDeltaMB: { engine: engine.heapDeltaMB, fuse: fuse.heapDeltaMB, minisearch: mini.heapDeltaMB },
    latency,
    memory: memory(),
    quality: {
      alone: figures(alone.strict),
      amongAll: figures(among.strict),
      amongAllTextOnly: figures(among.textOnly),
      restricted: figures(restricted.strict),
      realArticleSilent: among.silent,
      topChanged,
    },
  };
}
