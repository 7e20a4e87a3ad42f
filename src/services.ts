import type { InsightsLog, StoryStore } from '../commands/types.js';
import type { LoadError } from './article/types.js';
import {
  createInsightsRecorder,
  eventsFile,
  type InsightsRecorder,
  insights,
  readEvents,
} from './insights/index.js';
import { createLibrary } from './search/createLibrary.js';
import type { StoryLibrary } from './search/library.js';
import {
  createStoryService,
  DEFAULT_LIMITS,
  InvalidStoryError,
  limitsFromEnv,
  loadStories,
} from './stories/index.js';

/** What the commands run on: the stories (global + every guild's), the live index, and the insights log. */
export interface Services {
  library: StoryLibrary;
  stories: StoryStore;
  insights: InsightsLog;
  /** Story files that could not be loaded, one line each (the others still load). */
  errors: LoadError[];
  /** Flushes and closes the insights log. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Holds `articles/` (global), `guilds/<id>/articles/` and `insights/`. */
  dataDir: string;
  /** Story limits (STORIES_PER_GUILD, …) and INSIGHTS_SALT; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Open the event log for writing (the bot). The console only reads: the operator's trial questions are not the community's. */
  record: boolean;
  /** Clock for the per-guild add cooldown (tests). */
  now?: () => number;
}

/**
 * Loads every story from `dataDir` into one library (owners kept, so scopes work) and wires the story service
 * and the insights log onto it. Throws on a malformed limit variable or an unwritable event log.
 */
export async function openServices(options: ServiceOptions): Promise<Services> {
  const env = options.env ?? process.env;
  const limits = limitsFromEnv(env);
  const { stories: loaded, errors } = await loadStories(options.dataDir);
  const library = createLibrary(loaded);
  const stories = createStoryService({ dataDir: options.dataDir, library, limits, now: options.now });
  const recorder = options.record
    ? await createInsightsRecorder({ dataDir: options.dataDir, env })
    : undefined;
  return {
    library,
    stories,
    insights: insightsLog(options.dataDir, recorder),
    errors,
    close: async () => recorder?.close(),
  };
}

/** Records through `recorder` (nothing without one) and reports from the event log on disk. */
export function insightsLog(
  dataDir: string,
  recorder?: Pick<InsightsRecorder, 'question' | 'feedback'>,
): InsightsLog {
  return {
    question: async (record) => recorder?.question(record),
    feedback: async (record) => recorder?.feedback(record),
    async report(options) {
      const { events } = await readEvents(eventsFile(dataDir));
      return insights(events, options);
    },
  };
}

/** For a bot started with a library alone (tests, tools): stories are listed but cannot be added or removed. */
export function readOnlyStories(library: StoryLibrary): StoryStore {
  const refuse = async (): Promise<never> => {
    throw new InvalidStoryError('Adding and removing stories is not available on this bot.');
  };
  return {
    limits: DEFAULT_LIMITS,
    checkCanAdd: refuse,
    add: refuse,
    remove: refuse,
    list: (guildId) => library.list({ guildId }),
  };
}

/** Records nothing and reports nothing asked. */
export const NO_INSIGHTS: InsightsLog = {
  question: async () => undefined,
  feedback: async () => undefined,
  report: async (options) => insights([], options),
};
