// `npm run load`: the bot (`npm start` as its own process, or `-- --in-process`) against a fake Discord on
// 127.0.0.1. Two rounds of 1,000 /ask in bursts of 100 (eight questions in turn), one more where no question comes
// twice, then a paced round; prints latency percentiles, the slowest answer of each burst (the first burst after a
// start, and the first of new questions, cost the most), lost/duplicated answers and memory. Asserts nothing
// (tests/load/load.e2e.test.ts does, on a small run).
// LOAD_TOTAL=n changes the round size.
import { join } from 'node:path';
import { QUESTIONS_DIR, REAL_ARTICLE_ID } from '../eval/articles.js';
import { loadQuestions } from '../eval/questions.js';
import { startLoadBot } from './bot.js';
import { type BotUnderLoad, startBotProcess } from './botProcess.js';
import { distinctQuestions, type RoundOptions, type RoundResult, runRound } from './drive.js';
import { type Memory, percentile } from './stats.js';

const TOTAL = Number(process.env.LOAD_TOTAL ?? 1000);
const BURST = 100;
const IN_PROCESS = process.argv.includes('--in-process');
/** Hard cap on the whole run, whatever happens. */
const RUN_LIMIT_MS = 180_000;

const guard = setTimeout(() => {
  console.error(`load: gave up after ${RUN_LIMIT_MS / 1000} s`);
  process.exit(2);
}, RUN_LIMIT_MS);
guard.unref();

const bot: BotUnderLoad = IN_PROCESS ? await startLoadBot() : await startBotProcess(RUN_LIMIT_MS);
console.log(
  `bot: ${IN_PROCESS ? 'in this process (with the fake)' : 'src/main.ts compiled, in its own process (as npm start runs it)'}\n`,
);
try {
  const rows: [string, Memory][] = [['before', await bot.memory()]];
  const rounds: [string, RoundOptions][] = [
    ['round 1 (bursts)', { total: TOTAL, burst: BURST, burstTimeoutMs: 30_000 }],
    ['round 2 (bursts)', { total: TOTAL, burst: BURST, burstTimeoutMs: 30_000 }],
    // The bot remembers answers; rounds 1 and 2 repeat eight questions. Here no text comes twice: every answer is
    // worked out anew, the story's own question set first (new words looked up), then typed otherwise.
    [
      'round 3 (new questions)',
      {
        total: TOTAL,
        burst: BURST,
        burstTimeoutMs: 30_000,
        questions: distinctQuestions(storyQuestions(), TOTAL),
      },
    ],
    // 40 per second: below discord.js's 50 requests/s global limit, so this shows the time per answer alone.
    ['paced 40/s', { total: Math.min(TOTAL, 200), burst: BURST, burstTimeoutMs: 30_000, paceMs: 25 }],
  ];
  for (const [label, options] of rounds) {
    const result = await runRound(bot.fake, options);
    rows.push([`after ${label}`, await bot.memory()]);
    console.log(summary(label, result));
  }
  console.log('\nmemory (after a full GC):');
  for (const [label, m] of rows) {
    console.log(
      `  ${label.padEnd(24)} rss ${m.rssMb.toFixed(1)} MB   heap used ${m.heapUsedMb.toFixed(1)} MB`,
    );
  }
  console.log(`\nwarnings/errors logged by the bot: ${bot.problems.length}`);
  for (const line of bot.problems.slice(0, 5)) console.log(`  ${line}`);
} finally {
  await bot.close();
  clearTimeout(guard);
}

/** The shipped story's evaluation questions. */
function storyQuestions(): string[] {
  return loadQuestions(join(QUESTIONS_DIR, `${REAL_ARTICLE_ID}.json`)).map((q) => q.q);
}

function summary(label: string, r: RoundResult): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const rate = Math.round((r.answerMs.length / r.elapsedMs) * 1000);
  return [
    `${label}: ${r.sent} /ask, ${(r.elapsedMs / 1000).toFixed(1)} s (${rate} answers/s)`,
    `  answered ${r.answerMs.length} (deferred ${r.deferred}), lost ${r.lost.length}, duplicated ${r.duplicated.length}, error follow-ups ${r.followUps}`,
    `  dispatch -> answer: p50 ${ms(percentile(r.answerMs, 50))}  p99 ${ms(percentile(r.answerMs, 99))}  max ${ms(percentile(r.answerMs, 100))}`,
    `  slowest answer of each burst: ${r.burstMaxMs.map((n) => n.toFixed(0)).join(' ')} ms`,
    `  (timestamped by the fake Discord in this process; its event loop ran late by p99 ${ms(r.loopDelayMs.p99)}, max ${ms(r.loopDelayMs.max)})`,
  ].join('\n');
}
