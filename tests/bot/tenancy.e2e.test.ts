import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { autocomplete, buttonPress, chatInput, focused, inDm, str } from '../fake-discord/interactions.js';
import { FileServer } from './fileServer.js';
import {
  customIds,
  eventsOnceAtLeast,
  GUILD_A,
  GUILD_B,
  type GuildBot,
  HARBOUR_STORY,
  inGuild,
  seedGlobalStory,
  startGuildBot,
  storyAdd,
  storyList,
  storyRemove,
  storyRemoveChoices,
} from './guildBot.js';

// One bot, two servers: what server A adds is A's alone — answers, lists, autocomplete, insights — and stays A's
// after a restart. Everything goes through the real discord.js Client and the real data folder.
let dataDir: string;
let files: FileServer;
let bot: GuildBot;

const HEADLINE = 'Harbour fire destroys three warehouses in Port Alden';
const WAREHOUSES = 'How many warehouses were destroyed?';
const FIRE_CHIEF = 'what did the fire chief say';

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsroom-tenancy-'));
  await seedGlobalStory(dataDir);
  files = await FileServer.start();
  bot = await startGuildBot(dataDir);
  const url = files.serve('harbour-fire.txt', { body: HARBOUR_STORY });
  const size = Buffer.byteLength(HARBOUR_STORY);
  const added = await bot.run(inGuild(storyAdd({ url, filename: 'harbour-fire.txt', size }), GUILD_A, true));
  expect(added.data.embeds?.[0]?.description).toContain('Added as `harbour-fire`, with 3 paragraphs');
});
afterAll(async () => {
  await bot?.close();
  await files?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const ask = (question: string) => chatInput('ask', [str('question', question)]);
const notCovered = (seen: { data: { embeds?: { description?: string }[] } }) =>
  seen.data.embeds?.[0]?.description?.startsWith("The article doesn't say anything") ?? false;

describe('a story added in server A', () => {
  test('is answered in A, and neither in B nor in a direct message', async () => {
    const inA = await bot.run(inGuild(ask(WAREHOUSES), GUILD_A));
    expect(inA.data.embeds?.[0]?.title).toBe(HEADLINE);
    expect(inA.data.embeds?.[0]?.description).toContain('three **warehouses**');
    expect(notCovered(await bot.run(inGuild(ask(WAREHOUSES), GUILD_B)))).toBe(true);
    expect(notCovered(await bot.run(inDm(ask(WAREHOUSES))))).toBe(true);
    // The global story is everyone's.
    const tram = await bot.run(inGuild(ask('when was the tram line approved'), GUILD_B));
    expect(tram.data.embeds?.[0]?.title).toBe('Council approves new tram line for Riverton');
  });

  test("B's (and a DM's) /story list, /ask autocomplete and /quote story autocomplete show nothing of A's", async () => {
    const listB = (await bot.run(inGuild(storyList(), GUILD_B, true))).data.embeds?.[0];
    expect(listB?.description).toContain(
      '`tram-line` — Council approves new tram line for Riverton · global',
    );
    expect(listB?.description).not.toContain('harbour');
    const listDm = (await bot.run(inDm(storyList()))).data.embeds?.[0];
    expect(listDm?.description).not.toContain('harbour');
    const listA = (await bot.run(inGuild(storyList(), GUILD_A, true))).data.embeds?.[0];
    expect(listA?.description).toContain(`\`harbour-fire\` — ${HEADLINE} · this server · 3 ¶`);
    expect(listA?.footer?.text).toContain('This server added 1 of the 2 stories');

    const suggest = (guild: string) =>
      bot.run(inGuild(autocomplete('ask', [focused('question', 'ware')]), guild));
    expect((await suggest(GUILD_A)).data.choices?.map((c) => c.value)).toContain(HEADLINE);
    expect((await suggest(GUILD_B)).data.choices).toEqual([]);

    const storyIds = async (guild: string) =>
      (await bot.run(inGuild(autocomplete('quote', [focused('story', '')]), guild))).data.choices?.map(
        (c) => c.value,
      );
    expect(await storyIds(GUILD_A)).toEqual(['tram-line', 'harbour-fire']);
    expect(await storyIds(GUILD_B)).toEqual(['tram-line']);
  });

  test("B's /insights holds B's questions only", async () => {
    await bot.run(inGuild(ask(FIRE_CHIEF), GUILD_A));
    // A asked twice, B twice (one about the global story), the DM once.
    await eventsOnceAtLeast(dataDir, 5);
    const b = (await bot.run(inGuild(chatInput('insights'), GUILD_B, true))).data.embeds?.[0];
    expect(b?.description).toMatch(/^\*\*2\*\* questions from 1 person .*\*\*1\*\* answered/);
    expect(JSON.stringify(b)).not.toContain('fire chief');
    const a = (await bot.run(inGuild(chatInput('insights'), GUILD_A, true))).data.embeds?.[0];
    expect(a?.description).toMatch(/^\*\*2\*\* questions .*\*\*2\*\* answered \(\*\*100%\*\* answer rate\)/);
    expect(a?.fields?.find((f) => f.name === 'Most asked')?.value).toContain(FIRE_CHIEF);
  });

  test('B cannot remove it (it is "no such story" there); no server can remove a global story', async () => {
    const byB = await bot.run(inGuild(storyRemove('harbour-fire'), GUILD_B, true));
    expect(byB.data.content).toBe(
      'There is no story `harbour-fire` on this server; `/story list` shows them.',
    );
    expect(customIds(byB)).toEqual([]);
    // Even a forged confirmation button changes nothing.
    const forged = await bot.run(inGuild(buttonPress('story:confirm-remove:harbour-fire'), GUILD_B, true));
    expect(forged.type).toBe(7);
    expect(forged.data.content).toContain('There is no story `harbour-fire`');
    expect(bot.services.library.get('harbour-fire', { guildId: GUILD_A })).toBeDefined();

    const global = await bot.run(inGuild(storyRemove('tram-line'), GUILD_A, true));
    expect(global.data.content).toBe("`tram-line` is a global story; only the bot's operator can remove it.");
    const choices = async (guild: string) =>
      (await bot.run(inGuild(storyRemoveChoices(''), guild, true))).data.choices?.map((c) => c.value);
    expect(await choices(GUILD_A)).toEqual(['harbour-fire']);
    expect(await choices(GUILD_B)).toEqual([]);
  });

  test('survives a restart: a new Client over a new library from the same DATA_DIR answers it in A only', async () => {
    await bot.close();
    bot = await startGuildBot(dataDir);
    const inA = await bot.run(inGuild(ask(WAREHOUSES), GUILD_A));
    expect(inA.data.embeds?.[0]?.title).toBe(HEADLINE);
    expect(notCovered(await bot.run(inGuild(ask(WAREHOUSES), GUILD_B)))).toBe(true);
  });
});
