/**
 * What a question costs the first time it is asked, measured in a fresh process: `npm run bench` runs this file as a
 * child (compiled, under plain `node`, as `npm start` runs the bot). The main benchmark times whole passes over the
 * questions after a warm-up, which shows the engine in its steady state; but most questions a bot gets are new, and a
 * word it has not seen yet costs look-ups (English frequency, WordNet's senses and relations, spellings) that are then
 * remembered. This process does what the bot does before it goes online (language resources, the story, `warmUp`), then
 * asks each question of the story's question set once, then once more, and prints one JSON line with both latencies.
 *
 *   tsx tests/bench/firstAsk.ts
 */
import { commands } from '../../commands/index.js';
import { warmUp } from '../../src/bot/warmUp.js';
import { createLibrary } from '../../src/search/createLibrary.js';
import { loadEnglishResources } from '../../src/search/english.js';
import { readOnlyStories } from '../../src/services.js';
import { loadArticleById, QUESTIONS_DIR, REAL_ARTICLE_ID } from '../eval/articles.js';
import { loadQuestions } from '../eval/questions.js';
import { LIMIT } from '../eval/systems.js';
import { type Latency, summarise, UNREMEMBERED } from './stats.js';

export interface FirstAsk {
  questions: number;
  /** Each question asked once, the first time. */
  first: Latency;
  /** The same questions asked again, in the same order. */
  again: Latency;
}

loadEnglishResources();
const { article } = loadArticleById(REAL_ARTICLE_ID);
// The engine's own cost the second time (the bot would remember the answer itself; see `UNREMEMBERED`).
const library = createLibrary([{ article, owner: null }], UNREMEMBERED);
warmUp({ library, commands, stories: readOnlyStories(library) });
// As the gateway delivers them: parsed from JSON (see `inBothForms` in src/bot/warmUp.ts).
const questions = loadQuestions(`${QUESTIONS_DIR}/${REAL_ARTICLE_ID}.json`).map(
  (q) => JSON.parse(JSON.stringify(q.q)) as string,
);
const pass = (): Latency =>
  summarise(
    questions.map((q) => {
      const start = process.hrtime.bigint();
      library.answer(q, { limit: LIMIT });
      return process.hrtime.bigint() - start;
    }),
  );
const first = pass();
const result: FirstAsk = { questions: questions.length, first, again: pass() };
console.log(JSON.stringify(result));
