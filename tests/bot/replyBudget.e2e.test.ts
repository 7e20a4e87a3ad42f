import { afterEach, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command } from '../../commands/types.js';
import { REPLY_BUDGET_MS } from '../../src/bot/router.js';
import { stubLibrary } from '../fake-discord/fixtures.js';
import { type Harness, startHarness } from '../fake-discord/harness.js';
import { bool, chatInput } from '../fake-discord/interactions.js';
import type { RecordedRequest } from '../fake-discord/server.js';
import { sleep, testCommand, textReply } from '../fake-discord/testCommands.js';

// A command that does not declare `defer` is answered in one callback; only a reply still pending when the
// router's budget runs out is deferred (then edited in). Each interaction is answered exactly once either way.
const BUDGET = 100;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(...extra: Command[]): Promise<Harness> {
  h = await startHarness(stubLibrary().library, { commands: [...commands, ...extra], replyBudgetMs: BUDGET });
  return h;
}

type Raw = ReturnType<typeof chatInput>;
const isEdit = (raw: Raw) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path.endsWith(`/${raw.token}/messages/@original`);
const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

test('the budget leaves most of Discord’s 3 s for delivery and the deferral itself', () => {
  expect(REPLY_BUDGET_MS).toBeGreaterThanOrEqual(1000);
  expect(REPLY_BUDGET_MS).toBeLessThanOrEqual(2000);
});

test('an asynchronous reply ready within the budget goes out in one callback', async () => {
  const quick = testCommand('quick', async () => {
    await sleep(10);
    return textReply('quick @everyone');
  });
  const bot = await start(quick);
  const raw = chatInput('quick');
  const cb = await bot.send(raw);
  expect(cb.body).toMatchObject({
    type: 4,
    data: { content: 'quick @everyone', allowed_mentions: { parse: [] } },
  });
  await settle(BUDGET + 100); // past the budget: the timer was cleared, nothing else is sent
  expect(bot.fake.forInteraction(raw.id, raw.token)).toEqual([cb]);
});

test('a reply still pending at the budget is deferred, then edited in once', async () => {
  const slow = testCommand('slow', async () => {
    await sleep(BUDGET + 150);
    return textReply('late but here @everyone');
  });
  const bot = await start(slow);
  const raw = chatInput('slow');
  const started = Date.now();
  const cb = await bot.send(raw);
  expect(Date.now() - started).toBeGreaterThanOrEqual(BUDGET - 10);
  expect(cb.body).toEqual({ type: 5, data: { flags: 0 } });
  const edit = await bot.fake.waitFor(isEdit(raw));
  expect(edit.body).toMatchObject({ content: 'late but here @everyone', allowed_mentions: { parse: [] } });
  await settle();
  expect(bot.fake.forInteraction(raw.id, raw.token)).toEqual([cb, edit]);
});

test('hide:true makes a late deferral ephemeral', async () => {
  const slow = testCommand('slow', async () => {
    await sleep(BUDGET + 100);
    return textReply('private');
  });
  const bot = await start(slow);
  const raw = chatInput('slow', [bool('hide', true)]);
  expect((await bot.send(raw)).body).toEqual({ type: 5, data: { flags: 64 } });
  await bot.fake.waitFor(isEdit(raw));
});

test('a command that fails after its late deferral gets an ephemeral follow-up; the "thinking…" is removed', async () => {
  const failing = testCommand('failing', async () => {
    await sleep(BUDGET + 100);
    throw new Error('kaboom');
  });
  const bot = await start(failing);
  const raw = chatInput('failing');
  expect(((await bot.send(raw)).body as { type: number }).type).toBe(5);
  const followUp = await bot.fake.waitFor((r) => r.method === 'POST' && r.path.endsWith(`/${raw.token}`));
  expect(followUp.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
  await bot.fake.waitFor((r) => r.method === 'DELETE' && r.path.endsWith(`/${raw.token}/messages/@original`));
  expect(bot.fake.requests.filter(isEdit(raw))).toEqual([]);
});

test('a late deferral into an expired interaction (10062) is logged; the late reply sends nothing', async () => {
  let finished = false;
  const slow = testCommand('slow', async () => {
    await sleep(BUDGET + 100);
    finished = true;
    throw new Error('fails after nobody can be told');
  });
  const bot = await start(slow);
  const raw = chatInput('slow');
  bot.fake.override((r) =>
    r.path.includes(`/interactions/${raw.id}/`)
      ? { status: 404, body: { code: 10062, message: 'Unknown interaction' } }
      : undefined,
  );
  await bot.send(raw);
  await settle(BUDGET + 250);
  expect(finished).toBe(true);
  expect(bot.logs.some((l) => l.includes('interaction could not be answered') && l.includes(raw.id))).toBe(
    true,
  );
  expect(bot.logs.filter((l) => l.includes(' ERROR '))).toEqual([]);
  expect(bot.fake.forInteraction(raw.id, raw.token)).toHaveLength(1);
});

test('a synchronous command past the budget still answers in one callback, and is logged as slow', async () => {
  const busy = testCommand('busy', () => {
    const until = performance.now() + BUDGET + 20;
    while (performance.now() < until);
    return textReply('busy');
  });
  const bot = await start(busy);
  const raw = chatInput('busy');
  const cb = await bot.send(raw);
  expect((cb.body as { type: number }).type).toBe(4);
  await settle();
  expect(bot.fake.forInteraction(raw.id, raw.token)).toEqual([cb]);
  expect(bot.logs.some((l) => l.includes('WARN slow reply command=busy') && l.includes(`id=${raw.id}`))).toBe(
    true,
  );
});

test('a command that declares defer still defers before running, however fast it is', async () => {
  const declared = testCommand('declared', () => textReply('instant'), { defer: true });
  const bot = await start(declared);
  const raw = chatInput('declared');
  expect((await bot.send(raw)).body).toEqual({ type: 5, data: { flags: 0 } });
  expect((await bot.fake.waitFor(isEdit(raw))).body).toMatchObject({ content: 'instant' });
});
