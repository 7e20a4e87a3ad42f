import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addStory,
  GlobalStoryError,
  InvalidStoryError,
  listStories,
  loadStories,
  removeStory,
  StoryLimitError,
  StoryNotFoundError,
} from '../../src/stories/index.js';
import { GUILD_A, GUILD_B, LIMITS, removeDir, snapshot, storyText, tempDataDir } from './fixtures.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await tempDataDir();
});
afterEach(async () => {
  await removeDir(dataDir);
});

const ids = (stories: { article: { id: string } }[]): string[] => stories.map((s) => s.article.id);

describe('layout and ids', () => {
  it('writes global and guild stories to their folders, ids from file name or headline', async () => {
    const global = await addStory(dataDir, {
      raw: storyText('Global floods'),
      fileName: 'valley-floods.txt',
      owner: null,
    });
    const own = await addStory(dataDir, {
      raw: storyText('Storm hits the coast'),
      fileName: 'message.txt',
      owner: GUILD_A,
    });
    expect(global.article.id).toBe('valley-floods');
    expect(global.owner).toBeNull();
    // "message.txt" is what Discord names pasted text: the headline says more.
    expect(own.article.id).toBe('storm-hits-the-coast');
    await expect(fs.readFile(path.join(dataDir, 'articles', 'valley-floods.txt'), 'utf8')).resolves.toContain(
      'Global floods',
    );
    await expect(
      fs.readFile(path.join(dataDir, 'guilds', GUILD_A, 'articles', 'storm-hits-the-coast.txt'), 'utf8'),
    ).resolves.toContain('Storm hits');
  });

  it('makes ids unique across global and every guild (-2, -3)', async () => {
    const raw = storyText('Bridge reopens after repairs');
    const a = await addStory(dataDir, { raw, owner: null });
    const b = await addStory(dataDir, { raw, owner: GUILD_A });
    const c = await addStory(dataDir, { raw, owner: GUILD_B });
    expect([a.article.id, b.article.id, c.article.id]).toEqual([
      'bridge-reopens-after-repairs',
      'bridge-reopens-after-repairs-2',
      'bridge-reopens-after-repairs-3',
    ]);
  });

  it('keeps headline ids short and slug-safe', async () => {
    const headline =
      'Überraschung: the “longest” headline ever written about a river, a bridge, a mayor and 2,000 homes';
    const { article } = await addStory(dataDir, { raw: storyText(headline), owner: null });
    expect(article.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(article.id.length).toBeLessThanOrEqual(64);
    expect(article.id.startsWith('uberraschung-the-longest-headline')).toBe(true);
  });
});

describe('tenancy', () => {
  beforeEach(async () => {
    await addStory(dataDir, { raw: storyText('Global story'), fileName: 'global-one.txt', owner: null });
    await addStory(dataDir, { raw: storyText('A story'), fileName: 'a-only.txt', owner: GUILD_A });
    await addStory(dataDir, { raw: storyText('B story'), fileName: 'b-only.txt', owner: GUILD_B });
  });

  it('lists what each scope may see', async () => {
    expect(ids((await listStories(dataDir, { guildId: GUILD_A })).stories)).toEqual(['global-one', 'a-only']);
    expect(ids((await listStories(dataDir, { guildId: GUILD_B })).stories)).toEqual(['global-one', 'b-only']);
    expect(ids((await listStories(dataDir, { guildId: null })).stories)).toEqual(['global-one']);
    expect(ids((await listStories(dataDir)).stories)).toEqual(['global-one', 'a-only', 'b-only']);
  });

  it('survives a restart: a fresh load sees every story with its owner', async () => {
    const { stories, errors } = await loadStories(dataDir);
    expect(errors).toEqual([]);
    expect(stories.map((s) => [s.article.id, s.owner])).toEqual([
      ['global-one', null],
      ['a-only', GUILD_A],
      ['b-only', GUILD_B],
    ]);
    expect(stories[1]?.article.headline).toBe('A story');
  });

  it('lets a guild remove only its own stories', async () => {
    await expect(removeStory(dataDir, 'a-only', GUILD_B)).rejects.toThrow(StoryNotFoundError);
    await expect(removeStory(dataDir, 'a-only', GUILD_B)).rejects.toThrow(
      'There is no story `a-only` that this server added.',
    );
    await removeStory(dataDir, 'a-only', GUILD_A);
    expect(ids((await listStories(dataDir)).stories)).toEqual(['global-one', 'b-only']);
  });

  it('refuses to remove a global story from a guild, with its own message', async () => {
    const attempt = removeStory(dataDir, 'global-one', GUILD_A);
    await expect(attempt).rejects.toThrow(GlobalStoryError);
    await expect(removeStory(dataDir, 'global-one', GUILD_A)).rejects.toThrow(
      "`global-one` is a global story; only the bot's operator can remove it.",
    );
    await removeStory(dataDir, 'global-one', null);
    expect(ids((await listStories(dataDir)).stories)).toEqual(['a-only', 'b-only']);
  });

  it('never joins a malformed guild id into a path', async () => {
    await expect(addStory(dataDir, { raw: storyText('x'), owner: '../../etc' })).rejects.toThrow(
      InvalidStoryError,
    );
    await expect(removeStory(dataDir, 'a-only', '1234')).rejects.toThrow('is not a Discord server id');
    await expect(removeStory(dataDir, '../articles/global-one', null)).rejects.toThrow(StoryNotFoundError);
  });
});

describe('limits and validation', () => {
  it('refuses a story over STORY_MAX_BYTES', async () => {
    const raw = storyText('Too long', 'x'.repeat(500));
    const error = await addStory(dataDir, { raw, owner: GUILD_A }, { ...LIMITS, maxBytes: 300 }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(StoryLimitError);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^The story is [\d,]+ bytes; stories may be at most 300 bytes\.$/);
  });

  it('refuses a guild over STORIES_PER_GUILD, but not global stories or other guilds', async () => {
    const limits = { ...LIMITS, storiesPerGuild: 2 };
    await addStory(dataDir, { raw: storyText('One'), owner: GUILD_A }, limits);
    await addStory(dataDir, { raw: storyText('Two'), owner: GUILD_A }, limits);
    const error = await addStory(dataDir, { raw: storyText('Three'), owner: GUILD_A }, limits).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(StoryLimitError);
    expect(error.code).toBe('guild-full');
    expect(error.message).toBe(
      'This server already has 2 stories (the limit is 2); remove one before adding another.',
    );
    await expect(
      addStory(dataDir, { raw: storyText('Three'), owner: GUILD_B }, limits),
    ).resolves.toBeDefined();
    await expect(addStory(dataDir, { raw: storyText('Three'), owner: null }, limits)).resolves.toBeDefined();
  });

  it('explains what is wrong with a text that is not an article', async () => {
    await expect(addStory(dataDir, { raw: '   \n', fileName: 'notes.txt', owner: GUILD_A })).rejects.toThrow(
      'notes.txt is not a usable story: empty file',
    );
    await expect(
      addStory(dataDir, { raw: 'bin\u0000ary', fileName: 'x.txt', owner: GUILD_A }),
    ).rejects.toThrow(/x\.txt is not a usable story: binary content/);
  });

  it('leaves the disk unchanged when an add fails', async () => {
    await addStory(dataDir, { raw: storyText('Existing'), owner: GUILD_A });
    const before = await snapshot(dataDir);
    const limits = { ...LIMITS, storiesPerGuild: 1, maxBytes: 2000 };
    const failures = [
      addStory(dataDir, { raw: 'no body', owner: GUILD_B }, limits), // invalid, first story of B
      addStory(dataDir, { raw: storyText('Big', 'y'.repeat(3000)), owner: GUILD_B }, limits),
      addStory(dataDir, { raw: storyText('Second'), owner: GUILD_A }, limits),
    ];
    for (const f of failures) await expect(f).rejects.toThrow();
    expect(await snapshot(dataDir)).toEqual(before); // no guild folder for B, no temp files
  });

  it('never overwrites a file that appeared since the scan: takes the next id', async () => {
    // A folder with the story's file name is invisible to the scan but blocks the exclusive write.
    await fs.mkdir(path.join(dataDir, 'articles', 'taken.txt'), { recursive: true });
    const { article } = await addStory(dataDir, {
      raw: storyText('Taken'),
      fileName: 'taken.txt',
      owner: null,
    });
    expect(article.id).toBe('taken-2');
  });

  it('fails a write without leaving a partial or temp file', async () => {
    for (const name of ['taken', 'taken-2', 'taken-3', 'taken-4', 'taken-5', 'taken-6']) {
      await fs.mkdir(path.join(dataDir, 'articles', `${name}.txt`), { recursive: true });
    }
    const before = await snapshot(dataDir);
    await expect(
      addStory(dataDir, { raw: storyText('Taken'), fileName: 'taken.txt', owner: null }),
    ).rejects.toThrow('EEXIST');
    expect(await snapshot(dataDir)).toEqual(before);
  });
});

describe('loading', () => {
  it('reports bad files, odd folders and duplicate ids, and loads the rest', async () => {
    await addStory(dataDir, { raw: storyText('Good one'), fileName: 'good.txt', owner: null });
    await addStory(dataDir, { raw: storyText('Guild one'), fileName: 'mine.txt', owner: GUILD_A });
    await fs.writeFile(path.join(dataDir, 'articles', 'broken.txt'), 'just one line');
    await fs.writeFile(path.join(dataDir, 'guilds', GUILD_A, 'articles', 'good.txt'), storyText('Clash'));
    await fs.mkdir(path.join(dataDir, 'guilds', 'not-a-guild'), { recursive: true });
    await fs.writeFile(path.join(dataDir, 'articles', '.good.txt.123.abc.tmp'), 'half a sto');
    const { stories, errors } = await loadStories(dataDir);
    expect(ids(stories)).toEqual(['good', 'mine']);
    expect(errors.map((e) => e.file).sort()).toEqual(
      ['articles/broken.txt', `guilds/${GUILD_A}/articles/good.txt`, 'guilds/not-a-guild'].sort(),
    );
    expect(errors.find((e) => e.file === 'articles/broken.txt')?.message).toContain('no body paragraphs');
    expect(errors.find((e) => e.file.endsWith('good.txt'))?.message).toContain(
      'already used by a global story',
    );
  });

  it('reports a guild folder whose articles/ cannot be read, and loads the others', async () => {
    await addStory(dataDir, { raw: storyText('Good one'), fileName: 'good.txt', owner: null });
    await fs.mkdir(path.join(dataDir, 'guilds', GUILD_B), { recursive: true });
    await fs.writeFile(path.join(dataDir, 'guilds', GUILD_B, 'articles'), 'a file, not a folder');
    const { stories, errors } = await loadStories(dataDir);
    expect(ids(stories)).toEqual(['good']);
    expect(errors).toEqual([{ file: `guilds/${GUILD_B}/articles`, message: 'cannot read folder (ENOTDIR)' }]);
  });

  it('treats a missing data folder as no stories', async () => {
    await expect(loadStories(path.join(dataDir, 'nope'))).resolves.toEqual({ stories: [], errors: [] });
  });
});
