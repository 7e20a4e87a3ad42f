import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { story } from '../../src/cli/story.js';
import { UsageError } from '../../src/cli/types.js';
import { memoryIO } from './cliIO.js';
import { GUILD_A, removeDir, storyText, tempDataDir } from './fixtures.js';

let dataDir: string;
let file: string;
beforeEach(async () => {
  dataDir = await tempDataDir();
  file = path.join(dataDir, 'harbour-fire.txt'); // outside articles/: only `story add` puts it there
  await fs.writeFile(file, storyText('Harbour fire'));
});
afterEach(async () => {
  await removeDir(dataDir);
});

describe('story CLI', () => {
  it('adds, lists and removes global and guild stories', async () => {
    const io = memoryIO(dataDir);
    expect(await story(['add', file], io)).toBe(0);
    expect(await story(['add', file, '--guild', GUILD_A], io)).toBe(0);
    expect(io.out()).toBe(
      `added harbour-fire (global): Harbour fire\nadded harbour-fire-2 (server ${GUILD_A}): Harbour fire\n`,
    );

    const list = memoryIO(dataDir);
    expect(await story(['list', '--json'], list)).toBe(0);
    expect(JSON.parse(list.out())).toMatchObject([
      { id: 'harbour-fire', owner: null, headline: 'Harbour fire', outlet: 'Reuters', paragraphs: 3 },
      { id: 'harbour-fire-2', owner: GUILD_A },
    ]);
    const dm = memoryIO(dataDir);
    await story(['list', '--guild', '222222222222222222'], dm);
    expect(dm.out()).toMatch(/^harbour-fire {2}global {2}/);
    expect(dm.out()).not.toContain('harbour-fire-2');

    await expect(story(['remove', 'harbour-fire', '--guild', GUILD_A], memoryIO(dataDir))).rejects.toThrow(
      "`harbour-fire` is a global story; only the bot's operator can remove it.",
    );
    const rm = memoryIO(dataDir);
    expect(await story(['remove', 'harbour-fire-2', '--guild', GUILD_A], rm)).toBe(0);
    expect(rm.out()).toBe(`removed harbour-fire-2 (server ${GUILD_A})\n`);
  });

  it('turns bad input into one-line usage errors', async () => {
    const io = memoryIO(dataDir);
    await expect(story([], io)).rejects.toThrow(UsageError);
    await expect(story(['frobnicate'], io)).rejects.toThrow('unknown story action');
    await expect(story(['add'], io)).rejects.toThrow('usage: story add <file>');
    await expect(story(['add', path.join(dataDir, 'nope.txt')], io)).rejects.toThrow('no such file');
    await expect(story(['add', file, '--guild', '../x'], io)).rejects.toThrow(
      '--guild takes a Discord server id',
    );
    await expect(story(['list', '--color'], io)).rejects.toThrow('unknown option --color');
    await expect(story(['remove', 'nothing-here'], io)).rejects.toThrow(
      'There is no global story `nothing-here`.',
    );
    await fs.writeFile(file, 'one line only');
    await expect(story(['add', file], io)).rejects.toThrow(
      'harbour-fire.txt is not a usable story: no body paragraphs found',
    );
  });

  it('refuses a file over STORY_MAX_BYTES before reading it', async () => {
    const saved = process.env.STORY_MAX_BYTES;
    process.env.STORY_MAX_BYTES = '100';
    try {
      await expect(story(['add', file], memoryIO(dataDir))).rejects.toThrow(
        /harbour-fire\.txt is \d+ bytes; stories may be at most 100 bytes\./,
      );
    } finally {
      if (saved === undefined) delete process.env.STORY_MAX_BYTES;
      else process.env.STORY_MAX_BYTES = saved;
    }
  });
});
