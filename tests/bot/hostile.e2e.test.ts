import { afterEach, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import { stubLibrary } from '../fake-discord/fixtures.js';
import { type Harness, startHarness } from '../fake-discord/harness.js';
import { bool, chatInput, int, type RawOption, str } from '../fake-discord/interactions.js';
import type { FakeResponse, RecordedRequest } from '../fake-discord/server.js';
import { sleep, testCommand, textReply } from '../fake-discord/testCommands.js';

// Hostile interactions and a misbehaving Discord, against the real discord.js Client: odd options, expired
// interactions, 429s and 500s on the callback and on the edit. Each is logged, retried where discord.js retries,
// never a crash, and the next interaction is answered. /ask answers in one callback; the edit of a deferred reply
// is exercised through a command that defers (as /story and /insights do).
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The running harness (each test starts its own). */
function live(): Harness {
  if (!h) throw new Error('no harness started');
  return h;
}

type Raw = ReturnType<typeof chatInput>;
const isCallback = (raw: Raw) => (r: RecordedRequest) =>
  r.path.startsWith(`/api/v10/interactions/${raw.id}/${raw.token}/callback`);
const isEdit = (raw: Raw) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path.endsWith(`/${raw.token}/messages/@original`);
const count = (match: (r: RecordedRequest) => boolean) => live().fake.requests.filter(match).length;
const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

/** Answers the first `times` requests matching with `response`, then lets the fake answer as usual. */
function failFirst(match: (r: RecordedRequest) => boolean, times: number, response: FakeResponse): void {
  let left = times;
  live().fake.override((r) => {
    if (!match(r) || left === 0) return undefined;
    left -= 1;
    return response;
  });
}

const RATE_LIMITED = (seconds: number): FakeResponse => ({
  status: 429,
  headers: { 'retry-after': String(seconds) },
  body: { message: 'You are being rate limited.', retry_after: seconds, global: false },
});
const SERVER_ERROR: FakeResponse = { status: 500, body: { message: '500: Internal Server Error', code: 0 } };

/** The bot is still up and answers the next interaction. */
async function expectStillAnswering(): Promise<void> {
  expect(live().client.isReady()).toBe(true);
  const next = (await live().send(chatInput('help'))).body as { type: number };
  expect(next.type).toBe(4);
}

const errors = () => live().logs.filter((l) => l.includes(' ERROR '));

/** Sends /ask and resolves with its one callback: the answer itself (type 4), no deferral. */
async function ask(options: RawOption[]): Promise<{ raw: Raw; data: Record<string, unknown> }> {
  const raw = chatInput('ask', options);
  const callback = (await live().send(raw)).body as { type: number; data: Record<string, unknown> };
  expect(callback.type).toBe(4);
  return { raw, data: callback.data };
}

/** A command that defers first, then takes a moment: its answer is an edit of @original. */
const deferring = testCommand(
  'deferring',
  async () => {
    await sleep(10);
    return textReply('done @everyone');
  },
  { defer: true },
);
const withDeferring = () => startHarness(stubLibrary().library, { commands: [...commands, deferring] });

test('unknown options (not in the command definition) are ignored; the question is answered', async () => {
  h = await startHarness(stubLibrary().library);
  const { data } = await ask([
    str('question', 'when was NATO founded'),
    str('bogus', 'x'),
    { name: 'group', type: 2, options: [int('deep', 1)] },
  ]);
  expect((data as { embeds: unknown[] }).embeds.length).toBeGreaterThan(0);
  expect(errors()).toEqual([]);
  await expectStillAnswering();
});

test('missing required options get a helpful notice, not an error', async () => {
  h = await startHarness(stubLibrary().library);
  const { data } = await ask([]);
  expect((data as { content: string }).content).toMatch(/^Ask a question/);
  const paragraph = (await h.send(chatInput('paragraph'))).body as {
    type: number;
    data: { content: string };
  };
  expect(paragraph.type).toBe(4);
  expect(paragraph.data.content).toMatch(/^There is no ¶\?/);
  expect(errors()).toEqual([]);
  await expectStillAnswering();
});

test('wrong option types (a number for a string, text for a boolean or integer, a bad user id)', async () => {
  h = await startHarness(stubLibrary().library);
  const { data } = await ask([
    { name: 'question', type: 4, value: 42 },
    { name: 'hide', type: 3, value: 'yes' },
    { name: 'for', type: 6, value: 'not-a-snowflake' },
  ]);
  expect((data as { content: string }).content).toMatch(/^Ask a question/);
  const paragraph = (await h.send(chatInput('paragraph', [str('number', 'abc'), bool('hide', true)])))
    .body as {
    type: number;
  };
  expect(paragraph.type).toBe(4);
  expect(errors()).toEqual([]);
  await expectStillAnswering();
});

test('an /ask that expired before its reply (404, code 10062) is logged; nothing more is sent for it', async () => {
  h = await startHarness(stubLibrary().library);
  const raw = chatInput('ask', [str('question', 'when was NATO founded')]);
  failFirst(isCallback(raw), 1, { status: 404, body: { code: 10062, message: 'Unknown interaction' } });
  await h.send(raw);
  await settle();
  expect(
    h.logs.some((l) => l.includes('interaction could not be answered') && l.includes(`id=${raw.id}`)),
  ).toBe(true);
  expect(errors()).toEqual([]);
  expect(h.fake.forInteraction(raw.id, raw.token)).toHaveLength(1);
  await expectStillAnswering();
});

test('429 with Retry-After on the /ask reply: discord.js waits, retries, and the answer arrives once', async () => {
  h = await startHarness(stubLibrary().library);
  const raw = chatInput('ask', [str('question', 'when was NATO founded')]);
  failFirst(isCallback(raw), 1, RATE_LIMITED(0.3));
  const started = Date.now();
  h.fake.dispatch('INTERACTION_CREATE', raw);
  await h.fake.waitFor((r) => isCallback(raw)(r) && count(isCallback(raw)) === 2);
  expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  await settle();
  const callbacks = h.fake.requests.filter(isCallback(raw));
  expect(callbacks).toHaveLength(2); // the rate-limited attempt and the retry
  expect(callbacks.map((r) => (r.body as { type: number }).type)).toEqual([4, 4]);
  expect(h.fake.forInteraction(raw.id, raw.token)).toEqual(callbacks); // no deferral, no edit, no follow-up
  expect(errors()).toEqual([]);
  await expectStillAnswering();
});

test('429 with Retry-After on the deferral of a deferring command: retried, then edited in once', async () => {
  h = await withDeferring();
  const raw = chatInput('deferring');
  failFirst(isCallback(raw), 1, RATE_LIMITED(0.3));
  const started = Date.now();
  h.fake.dispatch('INTERACTION_CREATE', raw);
  await h.fake.waitFor(isEdit(raw));
  expect(h.fake.requests.filter(isCallback(raw))).toHaveLength(2);
  expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  expect(count(isEdit(raw))).toBe(1);
  expect(errors()).toEqual([]);
  await expectStillAnswering();
});

test('429 with Retry-After on the edit: retried once, the answer is edited in exactly once', async () => {
  h = await withDeferring();
  const raw = chatInput('deferring');
  failFirst(isEdit(raw), 1, RATE_LIMITED(0.2));
  expect(((await h.send(raw)).body as { type: number }).type).toBe(5);
  await h.fake.waitFor((r) => isEdit(raw)(r) && count(isEdit(raw)) === 2);
  await settle();
  expect(count(isEdit(raw))).toBe(2); // the rate-limited attempt and the retry
  expect(h.fake.requests.filter(isEdit(raw)).at(-1)?.body).toMatchObject({
    content: 'done @everyone',
    allowed_mentions: { parse: [] },
  });
  expect(count(isCallback(raw))).toBe(1);
  expect(errors()).toEqual([]);
  await expectStillAnswering();
});

test('one 500 on the /ask reply: discord.js retries it; answered once', async () => {
  h = await startHarness(stubLibrary().library);
  const raw = chatInput('ask', [str('question', 'when was NATO founded')]);
  failFirst(isCallback(raw), 1, SERVER_ERROR);
  h.fake.dispatch('INTERACTION_CREATE', raw);
  await h.fake.waitFor((r) => isCallback(raw)(r) && count(isCallback(raw)) === 2);
  await settle();
  expect(count(isCallback(raw))).toBe(2);
  expect(h.fake.forInteraction(raw.id, raw.token)).toHaveLength(2);
  expect(errors()).toEqual([]);
  await expectStillAnswering();
});

test('one 500 on the deferral and one on the edit: discord.js retries both; answered', async () => {
  h = await withDeferring();
  const raw = chatInput('deferring');
  failFirst(isCallback(raw), 1, SERVER_ERROR);
  failFirst(isEdit(raw), 1, SERVER_ERROR);
  h.fake.dispatch('INTERACTION_CREATE', raw);
  await h.fake.waitFor((r) => isEdit(raw)(r) && count(isEdit(raw)) === 2);
  await settle();
  expect(count(isCallback(raw))).toBe(2);
  expect(count(isEdit(raw))).toBe(2);
  expect(errors()).toEqual([]);
  await expectStillAnswering();
});

test('500 on every callback attempt: a bounded number of retries, logged, and the bot carries on', async () => {
  h = await startHarness(stubLibrary().library);
  const raw = chatInput('ask', [str('question', 'when was NATO founded')]);
  failFirst(isCallback(raw), 100, SERVER_ERROR);
  h.fake.dispatch('INTERACTION_CREATE', raw);
  await settle(600);
  // discord.js tries 1 + 3 times; the error reply then tries as often and fails the same way.
  expect(count(isCallback(raw))).toBeLessThanOrEqual(8);
  expect(h.logs.some((l) => l.includes('ERROR handler failed') && l.includes(`id=${raw.id}`))).toBe(true);
  expect(h.logs.some((l) => l.includes('could not send the error reply') && l.includes(`id=${raw.id}`))).toBe(
    true,
  );
  await expectStillAnswering();
});

test('500 on every edit: bounded retries, an ephemeral error follow-up, the "thinking…" removed', async () => {
  h = await withDeferring();
  const raw = chatInput('deferring');
  failFirst((r) => isEdit(raw)(r), 100, SERVER_ERROR);
  await h.send(raw);
  const followUp = await h.fake.waitFor((r) => r.method === 'POST' && r.path.endsWith(`/${raw.token}`));
  expect(followUp.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
  await h.fake.waitFor((r) => r.method === 'DELETE' && r.path.endsWith(`/${raw.token}/messages/@original`));
  expect(count(isEdit(raw))).toBe(4);
  expect(h.logs.some((l) => l.includes('ERROR handler failed') && l.includes(`id=${raw.id}`))).toBe(true);
  await expectStillAnswering();
});
