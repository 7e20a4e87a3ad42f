/** Limits on what guilds may add. Operators tune them with environment variables (see `limitsFromEnv`). */
export interface StoryLimits {
  /** Stories one guild may own at a time (global stories do not count). */
  storiesPerGuild: number;
  /** Largest story text accepted, in UTF-8 bytes (also the attachment download cap). */
  maxBytes: number;
  /** Seconds a guild waits between two successful adds. */
  addCooldownSeconds: number;
  /** How long an attachment download may take, in milliseconds. */
  downloadTimeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<StoryLimits> = Object.freeze({
  storiesPerGuild: 25,
  maxBytes: 200_000,
  addCooldownSeconds: 60,
  downloadTimeoutMs: 10_000,
});

/**
 * Limits from STORIES_PER_GUILD, STORY_MAX_BYTES, STORY_ADD_COOLDOWN_SECONDS and STORY_DOWNLOAD_TIMEOUT_MS.
 * An unset variable keeps its default; a set but malformed one throws, so a typo does not silently lift a limit.
 */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): StoryLimits {
  return {
    storiesPerGuild: readInt(env, 'STORIES_PER_GUILD', DEFAULT_LIMITS.storiesPerGuild, 1),
    maxBytes: readInt(env, 'STORY_MAX_BYTES', DEFAULT_LIMITS.maxBytes, 1),
    addCooldownSeconds: readInt(env, 'STORY_ADD_COOLDOWN_SECONDS', DEFAULT_LIMITS.addCooldownSeconds, 0),
    downloadTimeoutMs: readInt(env, 'STORY_DOWNLOAD_TIMEOUT_MS', DEFAULT_LIMITS.downloadTimeoutMs, 1),
  };
}

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  }
  return value;
}
