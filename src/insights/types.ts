/**
 * One line of `<dataDir>/insights/events.jsonl`. The question text is the only message content ever stored;
 * the user is an HMAC of their Discord id (pseudonymous: countable, not reversible without the salt).
 */
export interface InsightEvent {
  /** ISO 8601 time. */
  t: string;
  /** Guild id, or null for direct messages / the operator's console. */
  guild: string | null;
  kind: 'question' | 'feedback';
  question: string;
  /** Whether the bot found cited excerpts (for feedback: whether the rated reply was an answer). */
  answered: boolean;
  /** HMAC-SHA256 (hex) of the user id. */
  user: string;
  /** Feedback only: the 👍 / 👎 of the reply. */
  helpful?: boolean;
  /** Stories the reply cited. */
  storyIds?: string[];
}

/** Lines read back are checked field by field: a hand-edited or torn line is skipped, not trusted. */
export function isInsightEvent(value: unknown): value is InsightEvent {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.t === 'string' &&
    (e.guild === null || typeof e.guild === 'string') &&
    (e.kind === 'question' || e.kind === 'feedback') &&
    typeof e.question === 'string' &&
    typeof e.answered === 'boolean' &&
    typeof e.user === 'string' &&
    (e.helpful === undefined || typeof e.helpful === 'boolean') &&
    (e.storyIds === undefined ||
      (Array.isArray(e.storyIds) && e.storyIds.every((s) => typeof s === 'string')))
  );
}
