import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as askCommand from '../../commands/ask.js';
import type { CommandContext } from '../../commands/types.js';
import { hashUser } from '../../src/insights/index.js';
import { finalize } from '../../src/render/finalize.js';
import { NO_INSIGHTS, readOnlyStories } from '../../src/services.js';
import { ARTICLE, stubLibrary } from '../fake-discord/fixtures.js';
import { buttonPress, chatInput, inDm, str, USER } from '../fake-discord/interactions.js';
import {
  customIds,
  eventsOnceAtLeast,
  GUILD_A,
  type GuildBot,
  inGuild,
  SALT,
  seedGlobalStory,
  startGuildBot,
} from './guildBot.js';

// "Helpful" / "Not helpful" under every /ask reply, and what gets recorded: every question and every click, with
// the server's id (null in DMs) and a salted hash of the user — after the reply, never in its way.
const QUESTION = 'when was the tram line approved';
let dataDir: string;
let bot: GuildBot;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsroom-feedback-'));
  await seedGlobalStory(dataDir);
  bot = await startGuildBot(dataDir);
});
afterAll(async () => {
  await bot?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const ask = (question: string) => chatInput('ask', [str('question', question)]);

describe('feedback buttons', () => {
  test('an answer gets Helpful / Not helpful as its last buttons, the question in the custom_id', async () => {
    const seen = await bot.run(inGuild(ask(QUESTION), GUILD_A));
    expect(seen.type).toBe(4); // the answer itself, in one callback
    const buttons = seen.data.components?.flatMap((row) => row.components) ?? [];
    expect(buttons.slice(-2).map((b) => [b.label, b.custom_id])).toEqual([
      ['Helpful', `ask:fb:y:a:${QUESTION}`],
      ['Not helpful', `ask:fb:n:a:${QUESTION}`],
    ]);
  });

  test('Context, More and feedback share one row of at most 5: a third Context gives way to More', () => {
    // Every paragraph has two sentences, so each excerpt would get a Context button.
    const article = {
      ...ARTICLE,
      paragraphs: ARTICLE.paragraphs.map((p) => ({
        ...p,
        sentences: [...p.sentences, { index: p.sentences.length, text: 'More.' }],
      })),
    };
    const { library } = stubLibrary([{ article, owner: null }]);
    const ctx: CommandContext = {
      library,
      scope: { guildId: GUILD_A },
      user: { id: USER.id, name: USER.username },
      operator: false,
      can: () => false,
      commands: [],
      readAttachment: () => Promise.reject(new Error('unused')),
      stories: readOnlyStories(library),
      insights: NO_INSIGHTS,
      afterReply: () => undefined,
    };
    const reply = finalize(askCommand.execute({ options: { question: 'when was NATO founded' } }, ctx));
    expect(reply.components?.map((row) => row.components.map((b) => b.label))).toEqual([
      ['Context ¶4', 'Context ¶1', 'More', 'Helpful', 'Not helpful'],
    ]);
  });

  test('a "not covered" reply gets them too, marked unanswered; a long question is read back from the embed', async () => {
    const long = `what will the weather be like ${'over the coming days '.repeat(5)}`.trim();
    const seen = await bot.run(inGuild(ask(long), GUILD_A));
    expect(customIds(seen)).toEqual(['ask:fb:y:u:', 'ask:fb:n:u:']);
    const click = await bot.run(inGuild(buttonPress('ask:fb:n:u:', seen.data.embeds), GUILD_A));
    expect(click.type).toBe(4);
    const events = await eventsOnceAtLeast(dataDir, 3);
    expect(events.at(-1)).toMatchObject({
      kind: 'feedback',
      question: long,
      helpful: false,
      answered: false,
    });
  });

  test('a click is thanked privately (a new ephemeral reply, not an edit) and recorded with guild and hashed user', async () => {
    const click = await bot.run(inGuild(buttonPress(`ask:fb:y:a:${QUESTION}`), GUILD_A));
    expect(click).toMatchObject({ type: 4, data: { flags: 64, content: 'Thanks! Glad it helped.' } });
    const events = await eventsOnceAtLeast(dataDir, 4);
    const last = events.at(-1);
    expect(last).toMatchObject({
      kind: 'feedback',
      guild: GUILD_A,
      question: QUESTION,
      helpful: true,
      answered: true,
    });
    expect(last?.user).toBe(hashUser(USER.id, SALT));
    expect(JSON.stringify(events)).not.toContain(USER.id);
  });

  test('every question is recorded, answered or not, with the guild id; in a DM with null', async () => {
    await bot.run(inDm(ask(QUESTION)));
    const events = await eventsOnceAtLeast(dataDir, 5);
    const questions = events.filter((e) => e.kind === 'question');
    expect(questions.map((e) => [e.guild, e.answered])).toEqual([
      [GUILD_A, true],
      [GUILD_A, false],
      [null, true],
    ]);
    expect(questions[0]?.storyIds).toEqual(['tram-line']);
  });

  test('a malformed feedback button is explained, not recorded', async () => {
    const seen = await bot.run(inGuild(buttonPress('ask:fb:maybe:a:q'), GUILD_A));
    expect(seen.data.content).toContain('no longer valid');
    await new Promise((r) => setTimeout(r, 100));
    expect(await eventsOnceAtLeast(dataDir, 5)).toHaveLength(5);
  });
});

test('when recording fails the user still gets the answer; the failure is only logged', async () => {
  const failing = await startGuildBot(dataDir, {
    insights: {
      question: () => Promise.reject(new Error('disk full')),
      feedback: () => Promise.reject(new Error('disk full')),
      report: () => Promise.reject(new Error('unused')),
    },
  });
  try {
    const seen = await failing.run(inGuild(ask(QUESTION), GUILD_A));
    expect(seen.data.embeds?.[0]?.title).toBe('Council approves new tram line for Riverton');
    const click = await failing.run(inGuild(buttonPress(`ask:fb:y:a:${QUESTION}`), GUILD_A));
    expect(click.data.content).toBe('Thanks! Glad it helped.');
    for (
      let i = 0;
      i < 50 && failing.logs.filter((l) => l.includes('after-reply task failed')).length < 2;
      i++
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(
      failing.logs.filter((l) => l.includes('WARN after-reply task failed') && l.includes('disk full')),
    ).toHaveLength(2);
    // No error reply went out after the answer.
    expect(failing.fake.requests.filter((r) => r.method === 'POST' && r.path.includes('/webhooks/'))).toEqual(
      [],
    );
  } finally {
    await failing.close();
  }
});

test('a question is recorded only once its reply has reached Discord', async () => {
  const seenBefore: boolean[] = [];
  let recorded: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (recorded = resolve));
  let live: GuildBot | undefined;
  const raw = inGuild(ask(QUESTION), GUILD_A);
  const replied = () =>
    live?.fake.requests.some((r) =>
      r.path.startsWith(`/api/v10/interactions/${raw.id}/${raw.token}/callback`),
    ) ?? false;
  live = await startGuildBot(dataDir, {
    insights: {
      ...NO_INSIGHTS,
      question: async () => {
        seenBefore.push(replied());
        recorded();
      },
    },
  });
  try {
    const seen = await live.run(raw);
    expect(seen.type).toBe(4);
    await done;
    expect(seenBefore).toEqual([true]);
  } finally {
    await live.close();
  }
});
