import type { Story, StoryLibrary } from '../search/library.js';
import type { StoryLimits } from './config.js';
import { StoryLimitError } from './errors.js';
import { assertGuildId } from './paths.js';
import { addStory, removeStory } from './repository.js';

export interface StoryServiceOptions {
  /** Root data folder (holds `articles/` and `guilds/`). */
  dataDir: string;
  /** The live library the bot answers from; adds and removes are indexed at once. */
  library: StoryLibrary;
  limits: StoryLimits;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

/** The story operations the bot's commands call; disk and library stay in step. */
export interface StoryService {
  /** The limits in force (for `fetchAttachmentText`'s maxBytes / timeoutMs). */
  readonly limits: StoryLimits;
  /**
   * Throws the `StoryLimitError` an add would hit right now ('cooldown' or 'guild-full'), so a command can refuse
   * before downloading an attachment. `add` checks again.
   */
  checkCanAdd(guildId: string | null): Promise<void>;
  /**
   * Adds a story owned by `guildId` and indexes it. `guildId` null adds a GLOBAL story: only the operator may do
   * that — a Discord command must refuse in DMs rather than pass null.
   */
  add(input: { raw: string; fileName?: string }, guildId: string | null): Promise<Story>;
  /** Removes one of the guild's own stories (null = the operator removing a global story). */
  remove(id: string, guildId: string | null): Promise<void>;
  /** What the guild sees: global stories first, then its own (DMs: global only). */
  list(guildId: string | null): readonly Story[];
}

/**
 * Wraps the repository with the per-guild add cooldown and keeps the library in step. Operations run one at a
 * time per service, so concurrent adds cannot both pass the count limit or pick the same id.
 */
export function createStoryService(options: StoryServiceOptions): StoryService {
  const { dataDir, library, limits } = options;
  const now = options.now ?? Date.now;
  const lastAdd = new Map<string, number>();
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  };

  const checkCooldown = (guildId: string | null): void => {
    if (guildId === null) return; // the operator is not rate-limited
    const last = lastAdd.get(guildId);
    if (last === undefined) return;
    const waitMs = last + limits.addCooldownSeconds * 1000 - now();
    if (waitMs > 0) {
      throw new StoryLimitError(
        'cooldown',
        `This server added a story moments ago; wait ${Math.ceil(waitMs / 1000)} s before adding another.`,
      );
    }
  };

  const checkCount = (guildId: string | null): void => {
    if (guildId === null) return;
    const owned = library.list({ guildId }).filter((s) => s.owner === guildId).length;
    if (owned >= limits.storiesPerGuild) {
      throw new StoryLimitError(
        'guild-full',
        `This server already has ${owned} stories (the limit is ${limits.storiesPerGuild}); remove one before adding another.`,
      );
    }
  };

  return {
    limits,
    async checkCanAdd(guildId) {
      if (guildId !== null) assertGuildId(guildId);
      checkCooldown(guildId);
      checkCount(guildId);
    },
    add(input, guildId) {
      return serial(async () => {
        if (guildId !== null) assertGuildId(guildId);
        checkCooldown(guildId);
        // The repository counts files on disk, the authority; the library check above is only the early answer.
        const story = await addStory(dataDir, { ...input, owner: guildId }, limits);
        library.add(story.article, story.owner);
        if (guildId !== null) lastAdd.set(guildId, now());
        return story;
      });
    },
    remove(id, guildId) {
      return serial(async () => {
        await removeStory(dataDir, id, guildId);
        library.remove(id);
      });
    },
    list(guildId) {
      return library.list({ guildId });
    },
  };
}
