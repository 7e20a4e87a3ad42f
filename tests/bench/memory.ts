/**
 * The memory a bot process needs for N stories, measured in a fresh process: `npm run bench` runs this file as a child
 * (compiled, under plain `node`, as `npm start` runs the bot) so that nothing of the benchmark itself — the Fuse.js and
 * MiniSearch baselines, their sentence records, the single-story libraries — is counted. The process loads the bot's
 * modules (discord.js, every command; it does not connect), the language resources, then N stories (the real article
 * and N − 1 generated from it, `corpus.ts`), asks a few questions and autocompletes, and prints one JSON line with the
 * heap and resident set size after a full GC at each stage. Then it asks every question of the evaluation sets once
 * (thousands, all different), as a bot running for weeks would be asked: what it looks up is remembered, up to the
 * bounds of its caches, so its memory grows to a plateau; measured right after, and once idle (V8 gives pages back to
 * the system seconds after a busy spell).
 *
 *   tsx tests/bench/memory.ts [--stories N]
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnglishResources } from '../../src/search/english.js';
import { loadArticleById, QUESTIONS_DIR, REAL_ARTICLE_ID } from '../eval/articles.js';
import { loadQuestions } from '../eval/questions.js';
import { generateCorpus } from './corpus.js';
import { FRESH_STAGE, type Memory, memory } from './stats.js';

// How long an idle bot is left before its memory is read again: V8's memory reducer runs seconds after a busy spell.
const IDLE_MS = 5_000;

export interface ProcessMemory {
  stories: number;
  /** How many different questions the long-running stages asked. */
  distinctQuestions: number;
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
  stages.push({ stage: FRESH_STAGE, memory: await settled() });
  const questions = [
    ...new Set(
      readdirSync(QUESTIONS_DIR).flatMap((f) => loadQuestions(join(QUESTIONS_DIR, f)).map((q) => q.q)),
    ),
  ];
  for (const q of questions) library.answer(q);
  stages.push({ stage: 'after every evaluation question', memory: await settled() });
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  stages.push({ stage: 'then idle', memory: await settled() });
  const result: ProcessMemory = {
    stories: library.list().length,
    distinctQuestions: questions.length,
    stages,
  };
  console.log(JSON.stringify(result));
}

await main();
