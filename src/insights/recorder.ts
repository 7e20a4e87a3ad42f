import { remembered } from '../remembered.js';
import { hashUser, loadSalt } from './salt.js';
import { eventsFile, openEventStore } from './store.js';
import type { InsightEvent } from './types.js';

/** Stored questions are cut to this many characters (Discord options allow more; insights need less). */
export const MAX_QUESTION_CHARS = 500;

export interface QuestionRecord {
  guildId: string | null;
  userId: string;
  question: string;
  answered: boolean;
  storyIds?: string[];
}

export interface FeedbackRecord {
  guildId: string | null;
  userId: string;
  /** The question the rated reply answered. */
  question: string;
  helpful: boolean;
  /** Whether the rated reply was an answer (default true). */
  answered?: boolean;
  storyIds?: string[];
}

/** Records what the community asks. Call after replying; a failed record should be logged, not shown to users. */
export interface InsightsRecorder {
  question(record: QuestionRecord): Promise<void>;
  feedback(record: FeedbackRecord): Promise<void>;
  close(): Promise<void>;
}

export interface RecorderOptions {
  dataDir: string;
  /** Reads INSIGHTS_SALT; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

/** Opens `<dataDir>/insights/events.jsonl` (repairing a torn tail) and loads or creates the salt. */
export async function createInsightsRecorder(options: RecorderOptions): Promise<InsightsRecorder> {
  const salt = await loadSalt(options.dataDir, options.env);
  const store = await openEventStore(eventsFile(options.dataDir));
  const now = options.now ?? (() => new Date());

  // The same people ask again and again: each id is hashed once (bounded, see `remembered`).
  const userHash = remembered((userId: string) => hashUser(userId, salt), 10_000);
  const base = (guildId: string | null, userId: string, question: string) => ({
    t: now().toISOString(),
    guild: guildId,
    question: question.trim().replace(/\s+/g, ' ').slice(0, MAX_QUESTION_CHARS),
    user: userHash(userId),
  });

  return {
    question(r) {
      const event: InsightEvent = {
        ...base(r.guildId, r.userId, r.question),
        kind: 'question',
        answered: r.answered,
      };
      if (r.storyIds?.length) event.storyIds = r.storyIds;
      return store.append(event);
    },
    feedback(r) {
      const event: InsightEvent = {
        ...base(r.guildId, r.userId, r.question),
        kind: 'feedback',
        answered: r.answered ?? true,
        helpful: r.helpful,
      };
      if (r.storyIds?.length) event.storyIds = r.storyIds;
      return store.append(event);
    },
    close: () => store.close(),
  };
}
