/**
 * The memory a bot process needs for N stories, measured in a fresh process: `npm run bench` runs this file as a
 * child (under tsx, as `npm start` runs the bot) so that nothing of the benchmark itself — the Fuse.js and MiniSearch
 * baselines, their sentence records, the single-story libraries — is counted. The process loads the bot's modules
 * (discord.js, every command; it does not connect), the language resources, then N stories (the real article and
 * N − 1 generated from it, `corpus.ts`), asks a few questions and autocompletes, and prints one JSON line with the
 * heap and resident set size after a full GC at each stage.
 *
 *   tsx tests/bench/memory.ts [--stories N]
 */
import { loadEnglishResources } from '../../src/search/english.js';
import { loadArticleById, REAL_ARTICLE_ID } from '../eval/articles.js';
import { generateCorpus } from './corpus.js';
import { type Memory, memory } from './stats.js';

export interface ProcessMemory {
  stories: number;
  /** After a full GC at each stage, in order; the last is the figure to compare with the target. */
  stages: { stage: string; memory: Memory }[];
}

/**
 * Memory after a full GC, once the event loop has turned: V8 returns the pages it freed on background threads, so a
 * figure taken straight after the collection still counts some 20 MB that an idle bot has given back.
 */
async function settled(): Promise<Memory> {
  memory();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return memory();
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--stories');
  const stories = i >= 0 ? Number(process.argv[i + 1]) : 1000;
  if (!(stories >= 1)) throw new Error('--stories takes a positive number');
  const stages: ProcessMemory['stages'] = [{ stage: 'runtime', memory: await settled() }];
  await import('../../commands/index.js');
  await import('../../src/bot/start.js');
  stages.push({ stage: 'bot modules', memory: await settled() });
  loadEnglishResources();
  stages.push({ stage: 'language resources', memory: await settled() });
  const { createLibrary } = await import('../../src/search/createLibrary.js');
  const { article } = loadArticleById(REAL_ARTICLE_ID);
  const articles = [...generateCorpus(article, stories - 1), article];
  stages.push({ stage: 'stories parsed', memory: await settled() });
  const library = createLibrary(articles.map((a) => ({ article: a, owner: null })));
  // What the first questions load lazily (caches, word relations) belongs to the figure too.
  for (const q of [
    'how many troops does Russia recruit a month?',
    'what did Stoltenbreg say',
    'weather in Brussels',
  ]) {
    library.answer(q);
  }
  for (const typed of ['what did nato', 'patriot missi']) library.suggest(typed);
  stages.push({ stage: 'library built, questions asked', memory: await settled() });
  const result: ProcessMemory = { stories: library.list().length, stages };
  console.log(JSON.stringify(result));
}

await main();
