import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLibrary } from '../../src/search/createLibrary.js';
import type { StoryLibrary } from '../../src/search/library.js';
import {
  addStory,
  createStoryService,
  GlobalStoryError,
  loadStories,
  StoryLimitError,
  StoryNotFoundError,
  type StoryService,
} from '../../src/stories/index.js';
import { GUILD_A, GUILD_B, LIMITS, removeDir, storyText, tempDataDir } from './fixtures.js';

let dataDir: string;
let library: StoryLibrary;
let service: StoryService;
let clock: number;

beforeEach(async () => {
  dataDir = await tempDataDir();
  await addStory(dataDir, { raw: storyText('Shipped story'), fileName: 'shipped.txt', owner: null });
  library = createLibrary((await loadStories(dataDir)).stories);
  clock = 1_000_000;
  service = createStoryService({
    dataDir,
    library,
    limits: { ...LIMITS, addCooldownSeconds: 60 },
    now: () => clock,
  });
});
afterEach(async () => {
  await removeDir(dataDir);
});

const visible = (guildId: string | null): string[] => service.list(guildId).map((s) => s.article.id);

describe('story service', () => {
  it("indexes a guild's story live, visible to that guild only (not to B, not to DMs)", async () => {
    const added = await service.add(
      { raw: storyText('Harbour fire', 'destroying three warehouses'), fileName: 'harbour-fire.txt' },
      GUILD_A,
    );
    expect(added).toMatchObject({ owner: GUILD_A, article: { id: 'harbour-fire' } });
    expect(visible(GUILD_A)).toEqual(['shipped', 'harbour-fire']);
    expect(visible(GUILD_B)).toEqual(['shipped']);
    expect(visible(null)).toEqual(['shipped']);
    expect(library.get('harbour-fire', { guildId: GUILD_B })).toBeUndefined();
    expect(library.answer('warehouses', { scope: { guildId: GUILD_B } }).answered).toBe(false);
    expect(
      library.answer('How many warehouses were destroyed?', { scope: { guildId: GUILD_A } }).answered,
    ).toBe(true);
  });

  it('removes from disk and library; B cannot remove A’s; no guild can remove a global story', async () => {
    await service.add({ raw: storyText('Harbour fire'), fileName: 'harbour-fire.txt' }, GUILD_A);
    await expect(service.remove('harbour-fire', GUILD_B)).rejects.toThrow(StoryNotFoundError);
    await expect(service.remove('shipped', GUILD_A)).rejects.toThrow(GlobalStoryError);
    expect(visible(GUILD_A)).toEqual(['shipped', 'harbour-fire']);

    await service.remove('harbour-fire', GUILD_A);
    expect(visible(GUILD_A)).toEqual(['shipped']);
    expect((await loadStories(dataDir)).stories.map((s) => s.article.id)).toEqual(['shipped']);
  });

  it('enforces the add cooldown per guild, with the time left in the message', async () => {
    await service.add({ raw: storyText('First') }, GUILD_A);
    clock += 15_000;
    const error = await service.add({ raw: storyText('Second') }, GUILD_A).catch((e) => e);
    expect(error).toBeInstanceOf(StoryLimitError);
    expect(error.code).toBe('cooldown');
    expect(error.message).toBe('This server added a story moments ago; wait 45 s before adding another.');
    await expect(service.checkCanAdd(GUILD_A)).rejects.toThrow('wait 45 s');
    // Another guild is not affected, and the operator is never rate-limited.
    await expect(service.add({ raw: storyText('Second') }, GUILD_B)).resolves.toBeDefined();
    await expect(service.add({ raw: storyText('Op one') }, null)).resolves.toBeDefined();
    await expect(service.add({ raw: storyText('Op two') }, null)).resolves.toBeDefined();
    clock += 45_000;
    await expect(service.add({ raw: storyText('Second') }, GUILD_A)).resolves.toBeDefined();
  });

  it('does not start the cooldown on a failed add', async () => {
    await expect(service.add({ raw: 'not an article', fileName: 'bad.txt' }, GUILD_A)).rejects.toThrow(
      'bad.txt is not a usable story',
    );
    await expect(service.add({ raw: storyText('Fixed') }, GUILD_A)).resolves.toBeDefined();
  });

  it('tells a full guild before any download, and serialises concurrent adds', async () => {
    service = createStoryService({
      dataDir,
      library,
      limits: { ...LIMITS, storiesPerGuild: 2, addCooldownSeconds: 0 },
      now: () => clock,
    });
    const results = await Promise.allSettled(
      ['One', 'Two', 'Three'].map((h) => service.add({ raw: storyText('Same headline', h) }, GUILD_A)),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(visible(GUILD_A)).toEqual(['shipped', 'same-headline', 'same-headline-2']);
    await expect(service.checkCanAdd(GUILD_A)).rejects.toThrow('the limit is 2');
  });
});
