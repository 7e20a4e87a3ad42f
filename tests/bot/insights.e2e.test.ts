import { appendFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { insights as aggregate, eventsFile } from '../../src/insights/index.js';
import { embedLength, LIMITS } from '../../src/render/index.js';
import { renderInsights } from '../../src/render/insights.js';
import { buttonPress, chatInput, inDm, int, str } from '../fake-discord/interactions.js';
import {
  eventsOnceAtLeast,
  GUILD_A,
  GUILD_B,
  type GuildBot,
  inGuild,
  seedGlobalStory,
  startGuildBot,
} from './guildBot.js';

// /insights: what one server asked, for its moderators only — most asked, the gaps, answer rate and feedback.
let dataDir: string;
let bot: GuildBot;
const TRAM = 'when was the tram line approved';
const GAP = 'who won the football match';
const B_ONLY = 'what did Ana Ruiz say about the tram';

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsroom-insights-'));
  await seedGlobalStory(dataDir);
  // An old question of A's, 100 days ago: outside the default 30 days, inside days:365.
  await mkdir(path.dirname(eventsFile(dataDir)), { recursive: true });
  const old = { t: new Date(Date.now() - 100 * 86_400_000).toISOString(), guild: GUILD_A, kind: 'question' };
  await appendFile(
    eventsFile(dataDir),
    `${JSON.stringify({ ...old, question: 'an old question', answered: false, user: 'x' })}\n`,
  );
  bot = await startGuildBot(dataDir);
  const ask = (q: string, guild: string) => bot.run(inGuild(chatInput('ask', [str('question', q)]), guild));
  await ask(TRAM, GUILD_A);
  await ask('When was the tram line approved?', GUILD_A);
  await ask(GAP, GUILD_A);
  await ask(B_ONLY, GUILD_B);
  await bot.run(inGuild(buttonPress(`ask:fb:y:a:${TRAM}`), GUILD_A));
  await bot.run(inGuild(buttonPress(`ask:fb:n:u:${GAP}`), GUILD_A));
  await eventsOnceAtLeast(dataDir, 7);
});
afterAll(async () => {
  await bot?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const insights = (guild: string, moderator = true, days?: number) =>
  bot.run(inGuild(chatInput('insights', days === undefined ? [] : [int('days', days)]), guild, moderator));

test("a moderator of A sees A's most asked, gaps, answer rate and feedback, privately", async () => {
  const seen = await insights(GUILD_A);
  expect(seen.deferredFlags).toBe(64);
  const embed = seen.data.embeds?.[0];
  expect(embed?.title).toBe('Insights for this server · the last 30 days');
  expect(embed?.description).toBe(
    '**3** questions from 1 person in the last 30 days; **2** answered (**67%** answer rate).',
  );
  const fields = Object.fromEntries((embed?.fields ?? []).map((f) => [f.name, f.value]));
  expect(fields.Feedback).toBe('Helpful: **1** · Not helpful: **1**');
  // Asked twice in two spellings: one entry, as last asked.
  expect(fields['Most asked']?.split('\n')).toEqual([
    '**2×** When was the tram line approved? (2 answered)',
    `**1×** ${GAP} (0 answered)`,
  ]);
  expect(fields['Unanswered: what the stories do not cover yet']).toBe(`**1×** ${GAP}`);
  expect(JSON.stringify(embed)).not.toContain('Ana Ruiz');
  expect(JSON.stringify(embed)).not.toContain('an old question');
});

test('days widens the window (1–365)', async () => {
  const year = (await insights(GUILD_A, true, 365)).data.embeds?.[0];
  expect(year?.description).toMatch(/^\*\*4\*\* questions/);
  expect(year?.fields?.find((f) => f.name.startsWith('Unanswered'))?.value).toContain('an old question');
});

test("B's moderators see B's question only", async () => {
  const embed = (await insights(GUILD_B)).data.embeds?.[0];
  expect(embed?.description).toMatch(/^\*\*1\*\* questions from 1 person/);
  expect(JSON.stringify(embed)).toContain('Ana Ruiz');
  expect(JSON.stringify(embed)).not.toContain('tram line approved');
  expect(embed?.fields?.[0]?.value).toBe('Helpful: **0** · Not helpful: **0**');
});

test('refused without Manage Server, and in direct messages', async () => {
  expect((await insights(GUILD_A, false)).data.content).toBe(
    'Only members with the **Manage Server** permission can see insights.',
  );
  expect((await bot.run(inDm(chatInput('insights')))).data.content).toBe(
    'Insights are kept per server: run `/insights` in a server you moderate.',
  );
});

test('the report stays within Discord limits however long and odd the questions are', () => {
  const events = Array.from({ length: 40 }, (_, i) => ({
    t: new Date().toISOString(),
    guild: GUILD_A,
    kind: 'question' as const,
    question: `${i} @everyone **${'why '.repeat(120)}** <@123>`,
    answered: false,
    user: `u${i}`,
  }));
  const embed = renderInsights(aggregate(events, { guild: GUILD_A }), 30).embeds?.[0];
  expect(embed).toBeDefined();
  if (!embed) return;
  for (const f of embed.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  expect(JSON.stringify(embed)).not.toMatch(/@everyone|<@123>/);
});
