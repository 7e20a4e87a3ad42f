import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LoadBot, startLoadBot } from './bot.js';
import { runRound } from './drive.js';

// A small `npm run load`: 2 × 100 /ask in one burst each against the real Client and router. Every interaction is
// answered exactly once, in one callback (no deferral, no edit), nothing errors, and a second round does not grow
// the heap.
let bot: LoadBot;
beforeAll(async () => {
  bot = await startLoadBot();
});
afterAll(async () => bot?.close());

test('200 /ask in bursts of 100: none lost, none duplicated, no errors, no heap growth', {
  timeout: 30_000,
}, async () => {
  const first = await runRound(bot.fake, { total: 100, burst: 100, burstTimeoutMs: 10_000 });
  const afterFirst = await bot.memory();
  const second = await runRound(bot.fake, { total: 100, burst: 100, burstTimeoutMs: 10_000 });
  const afterSecond = await bot.memory();
  for (const round of [first, second]) {
    expect(round.sent).toBe(100);
    expect(round.lost).toEqual([]);
    expect(round.duplicated).toEqual([]);
    expect(round.answerMs).toHaveLength(100);
    expect(round.deferred).toBe(0);
    expect(round.followUps).toBe(0);
  }
  expect(bot.problems).toEqual([]);
  // The first round warms caches and JIT; the second must not add more than noise.
  expect(afterSecond.heapUsedMb - afterFirst.heapUsedMb).toBeLessThan(8);
});
