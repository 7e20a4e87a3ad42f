import { SlashCommandBuilder } from 'discord.js';
import { afterEach, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command } from '../../commands/types.js';
import { stubLibrary } from '../fake-discord/fixtures.js';
import { type Harness, startHarness, TEST_TOKEN } from '../fake-discord/harness.js';
import { chatInput, str } from '../fake-discord/interactions.js';
import { sleep, testCommand } from '../fake-discord/testCommands.js';

// Never crash on an interaction: handler errors, unknown commands, expired and already-acknowledged interactions.
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A command that throws synchronously, without deferring. */
const broken: Command = {
  data: new SlashCommandBuilder().setName('broken').setDescription('Always fails'),
  examples: [],
  execute: () => {
    throw new Error('kaboom');
  },
};

const settle = () => new Promise((r) => setTimeout(r, 150));

test('a command that throws gets an ephemeral "Something went wrong"; the log names command and id', async () => {
  h = await startHarness(stubLibrary().library, { commands: [...commands, broken] });
  const raw = chatInput('broken');
  const cb = (await h.send(raw)).body as { type: number; data: { content: string; flags: number } };
  expect(cb.type).toBe(4);
  expect(cb.data.flags).toBe(64);
  expect(cb.data.content).toMatch(/^Something went wrong/);
  expect(
    h.logs.some(
      (l) => l.includes('handler failed') && l.includes('command=broken') && l.includes(`id=${raw.id}`),
    ),
  ).toBe(true);
});

test('/ask whose engine throws gets one ephemeral "Something went wrong" callback and nothing else', async () => {
  h = await startHarness(stubLibrary().library);
  const raw = chatInput('ask', [str('question', 'boom')]);
  const cb = (await h.send(raw)).body as { type: number; data: { content: string; flags: number } };
  expect(cb.type).toBe(4);
  expect(cb.data).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
  expect(cb.data.content).toMatch(/^Something went wrong/);
  await settle();
  expect(h.fake.forInteraction(raw.id, raw.token)).toHaveLength(1);
  expect(h.logs.some((l) => l.includes('handler failed') && l.includes('command=ask'))).toBe(true);
});

test('a failure after deferring is answered by an ephemeral follow-up and the "thinking…" is removed', async () => {
  const deferred = testCommand(
    'deferred',
    async () => {
      await sleep(20);
      throw new Error('kaboom');
    },
    { defer: true },
  );
  h = await startHarness(stubLibrary().library, { commands: [...commands, deferred] });
  const raw = chatInput('deferred');
  expect((await h.send(raw)).body).toEqual({ type: 5, data: { flags: 0 } });
  const followUp = await h.fake.waitFor(
    (r) => r.method === 'POST' && r.path.endsWith(`/webhooks/${h?.client.application?.id}/${raw.token}`),
  );
  expect(followUp.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
  await h.fake.waitFor((r) => r.method === 'DELETE' && r.path.endsWith(`/${raw.token}/messages/@original`));
});

test('an unknown command is answered ephemerally', async () => {
  h = await startHarness(stubLibrary().library);
  const cb = (await h.send(chatInput('removed'))).body as { data: { content: string; flags: number } };
  expect(cb.data).toMatchObject({ flags: 64, content: "I don't know /removed (any more). Try /help." });
});

test('an expired interaction (callback 404, code 10062) is logged, and the bot keeps answering', async () => {
  h = await startHarness(stubLibrary().library);
  const raw = chatInput('help');
  h.fake.override((r) =>
    r.path.includes(`/interactions/${raw.id}/`)
      ? { status: 404, body: { code: 10062, message: 'Unknown interaction' } }
      : undefined,
  );
  await h.send(raw);
  await settle();
  expect(
    h.logs.some((l) => l.includes('WARN interaction could not be answered') && l.includes(`id=${raw.id}`)),
  ).toBe(true);
  expect(h.logs.some((l) => l.includes('ERROR'))).toBe(false);
  // Only the one callback: no error reply attempted into an interaction that no longer exists.
  expect(h.fake.requests.filter((r) => r.path.includes(raw.id))).toHaveLength(1);
  const next = (await h.send(chatInput('help'))).body as { type: number };
  expect(next.type).toBe(4);
});

test('an already-acknowledged interaction (40060) is logged, not fatal', async () => {
  h = await startHarness(stubLibrary().library);
  const raw = chatInput('article');
  h.fake.override((r) =>
    r.path.includes(`/interactions/${raw.id}/`)
      ? { status: 400, body: { code: 40060, message: 'Interaction has already been acknowledged.' } }
      : undefined,
  );
  await h.send(raw);
  await settle();
  expect(h.logs.some((l) => l.includes('could not be answered') && l.includes('command=article'))).toBe(true);
  expect(h.client.isReady()).toBe(true);
});

test('the per-user cooldown answers ephemerally with the time left; other commands are not limited', async () => {
  h = await startHarness(stubLibrary().library, { cooldownSeconds: 30 });
  const first = (await h.send(chatInput('quote', [str('speaker', 'Jens')]))).body as { type: number };
  expect(first.type).toBe(4);
  const second = (await h.send(chatInput('quote', [str('speaker', 'Jens')]))).body as {
    data: { content: string; flags: number };
  };
  expect(second.data.flags).toBe(64);
  expect(second.data.content).toMatch(/^Slow down: you can use \/quote again in (29|30) s\.$/);
  const help = (await h.send(chatInput('help'))).body as { type: number };
  expect(help.type).toBe(4);
});

test('the token never reaches the logs', async () => {
  h = await startHarness(stubLibrary().library);
  await h.send(chatInput('help'));
  expect(h.logs.join('\n')).not.toContain(TEST_TOKEN);
});
