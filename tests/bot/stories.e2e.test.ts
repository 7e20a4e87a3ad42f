import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buttonPress, chatInput, inDm, str } from '../fake-discord/interactions.js';
import { FileServer } from './fileServer.js';
import {
  customIds,
  type FileMeta,
  filler,
  GUILD_A,
  GUILD_B,
  type GuildBot,
  HARBOUR_STORY,
  inGuild,
  seedGlobalStory,
  startGuildBot,
  storyAdd,
  storyRemove,
} from './guildBot.js';

// /story add and /story remove end to end: who may, every limit refused with a clear private message, and a
// refused or failed add leaves the data folder exactly as it was. Limits here: 2 stories a server, 4,000 bytes,
// 60 s between adds, 1 s to download.
const GUILD_C = '730000000000000033';
const GUILD_D = '740000000000000044';
let dataDir: string;
let files: FileServer;
let bot: GuildBot;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsroom-stories-e2e-'));
  await seedGlobalStory(dataDir);
  files = await FileServer.start();
  bot = await startGuildBot(dataDir);
});
afterAll(async () => {
  await bot?.close();
  await files?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Every file under the data folder (except the insights log) with its content. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !file.includes(`${path.sep}insights${path.sep}`)) {
      out[path.relative(dataDir, file)] = await readFile(file, 'utf8');
    }
  }
  return out;
}

function file(name: string, body: string, meta: Partial<FileMeta> = {}): FileMeta {
  return { url: files.serve(name, { body }), filename: name, size: Buffer.byteLength(body), ...meta };
}

const passCooldown = () => {
  bot.clock.now += 61_000;
};

describe('who may add and remove', () => {
  test('a member without Manage Server is refused, and the attachment is never downloaded', async () => {
    const f = file('harbour-fire.txt', HARBOUR_STORY);
    const seen = await bot.run(inGuild(storyAdd(f), GUILD_A, false));
    expect(seen.deferredFlags).toBe(64);
    expect(seen.data.content).toBe('Only members with the **Manage Server** permission can add stories.');
    expect(files.hitsFor(f.url)).toBe(0);
    const remove = await bot.run(inGuild(storyRemove('tram-line'), GUILD_A, false));
    expect(remove.data.content).toBe(
      'Only members with the **Manage Server** permission can remove stories.',
    );
  });

  test('in a direct message add and remove are refused clearly', async () => {
    const f = file('dm.txt', HARBOUR_STORY);
    expect((await bot.run(inDm(storyAdd(f)))).data.content).toBe(
      'Stories can only be added in a server, not in direct messages.',
    );
    expect(files.hitsFor(f.url)).toBe(0);
    expect((await bot.run(inDm(storyRemove('tram-line')))).data.content).toBe(
      'Stories can only be removed in a server, not in direct messages.',
    );
  });

  test('the definition asks Discord to show /story and /insights to Manage Server by default', async () => {
    const { data: story } = await import('../../commands/story.js');
    const { data: insights } = await import('../../commands/insights.js');
    expect(story.toJSON().default_member_permissions).toBe('32');
    expect(insights.toJSON().default_member_permissions).toBe('32');
  });
});

describe('add, then remove with a confirmation', () => {
  test('adds from the attachment, indexes it at once, then removes it after "Remove" (not after "Cancel")', async () => {
    const added = await bot.run(inGuild(storyAdd(file('harbour-fire.txt', HARBOUR_STORY)), GUILD_A, true));
    expect(added.data.embeds?.[0]?.title).toBe('Harbour fire destroys three warehouses in Port Alden');
    const ask = () =>
      bot.run(inGuild(chatInput('ask', [str('question', 'How many warehouses were destroyed?')]), GUILD_A));
    expect((await ask()).data.embeds?.[0]?.description).toContain('**warehouses**');

    const confirm = await bot.run(inGuild(storyRemove('harbour-fire'), GUILD_A, true));
    expect(confirm.data.content).toContain('Remove **Harbour fire destroys three warehouses in Port Alden**');
    expect(customIds(confirm)).toEqual(['story:confirm-remove:harbour-fire', 'story:cancel-remove']);
    const cancel = await bot.run(inGuild(buttonPress('story:cancel-remove'), GUILD_A, true));
    expect(cancel).toMatchObject({ type: 7, data: { content: 'Nothing was removed.', components: [] } });
    expect(Object.keys(await snapshot())).toContain(
      path.join('guilds', GUILD_A, 'articles', 'harbour-fire.txt'),
    );

    const removed = await bot.run(inGuild(buttonPress('story:confirm-remove:harbour-fire'), GUILD_A, true));
    expect(removed).toMatchObject({ type: 7, data: { components: [] } });
    expect(removed.data.content).toBe('Removed `harbour-fire`. Members no longer get answers from it.');
    expect((await ask()).data.embeds?.[0]?.description).toMatch(/^The article doesn't say anything/);
    expect(Object.keys(await snapshot())).not.toContain(
      path.join('guilds', GUILD_A, 'articles', 'harbour-fire.txt'),
    );
  });

  test('a file that is not a story is refused with the reason, and nothing is written', async () => {
    passCooldown();
    const before = await snapshot();
    const seen = await bot.run(inGuild(storyAdd(file('notes.txt', 'just one line')), GUILD_A, true));
    expect(seen.data.content).toMatch(/^notes\.txt is not a usable story: /);
    expect(await snapshot()).toEqual(before);
  });
});

describe('every limit is answered with a clear private message', () => {
  test('too large by Discord’s metadata: refused before any download', async () => {
    const f = file('big.txt', HARBOUR_STORY, { size: 5000 });
    const seen = await bot.run(inGuild(storyAdd(f), GUILD_B, true));
    expect(seen.data.content).toBe('The file is larger than 4,000 bytes, the most a story may be.');
    expect(files.hitsFor(f.url)).toBe(0);
  });

  test('not text by Discord’s content type or file name: refused before any download', async () => {
    const png = file('story.txt', HARBOUR_STORY, { contentType: 'image/png' });
    expect((await bot.run(inGuild(storyAdd(png), GUILD_B, true))).data.content).toBe(
      '`story.txt` is image/png, not plain text.',
    );
    const pdf = file('story.pdf', HARBOUR_STORY, { contentType: null });
    expect((await bot.run(inGuild(storyAdd(pdf), GUILD_B, true))).data.content).toBe(
      '`story.pdf` is not a .txt or .md file; attach the story as plain text.',
    );
    expect(files.hitsFor(png.url) + files.hitsFor(pdf.url)).toBe(0);
  });

  test('larger than it claimed while downloading: stopped at the cap, nothing written', async () => {
    const before = await snapshot();
    const url = files.serve('liar.txt', { streamBytes: 50_000 });
    const seen = await bot.run(inGuild(storyAdd({ url, filename: 'liar.txt', size: 100 }), GUILD_B, true));
    expect(seen.data.content).toBe('The file is larger than 4,000 bytes, the most a story may be.');
    expect(files.hitsFor(url)).toBe(1);
    expect(await snapshot()).toEqual(before);
  });

  test('too slow to download: given up after the timeout, nothing written', async () => {
    const before = await snapshot();
    const url = files.serve('slow.txt', { slowMs: 5000 });
    const seen = await bot.run(inGuild(storyAdd({ url, filename: 'slow.txt', size: 100 }), GUILD_B, true));
    expect(seen.data.content).toBe('The download took longer than 1 s; try again later.');
    expect(await snapshot()).toEqual(before);
  });

  test('the per-server add cooldown, checked before downloading', async () => {
    const first = await bot.run(inGuild(storyAdd(file('library-1.txt', filler(1))), GUILD_C, true));
    expect(first.data.embeds?.[0]?.description).toContain('Added as `library-1`');
    const second = file('library-2.txt', filler(2));
    const seen = await bot.run(inGuild(storyAdd(second), GUILD_C, true));
    expect(seen.data.content).toBe('This server added a story moments ago; wait 60 s before adding another.');
    expect(files.hitsFor(second.url)).toBe(0);
  });

  test('the per-server story count, checked before downloading; other servers are not affected', async () => {
    for (const n of [3, 4]) {
      passCooldown();
      const seen = await bot.run(inGuild(storyAdd(file(`library-${n}.txt`, filler(n))), GUILD_D, true));
      expect(seen.data.embeds?.[0]?.description).toContain(`Added as \`library-${n}\``);
    }
    passCooldown();
    const third = file('library-5.txt', filler(5));
    const seen = await bot.run(inGuild(storyAdd(third), GUILD_D, true));
    expect(seen.data.content).toBe(
      'This server already has 2 stories (the limit is 2); remove one before adding another.',
    );
    expect(files.hitsFor(third.url)).toBe(0);
    const elsewhere = await bot.run(inGuild(storyAdd(third), GUILD_B, true));
    expect(elsewhere.data.embeds?.[0]?.description).toContain('Added as `library-5`');
  });
});
