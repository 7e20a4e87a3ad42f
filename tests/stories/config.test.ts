import { expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsFromEnv } from '../../src/stories/index.js';

it('reads limits from the environment, defaulting unset ones', () => {
  expect(limitsFromEnv({})).toEqual({
    storiesPerGuild: 25,
    maxBytes: 200_000,
    addCooldownSeconds: 60,
    downloadTimeoutMs: 10_000,
  });
  expect(
    limitsFromEnv({ STORIES_PER_GUILD: '5', STORY_MAX_BYTES: '50_000', STORY_ADD_COOLDOWN_SECONDS: '0' }),
  ).toEqual({ ...DEFAULT_LIMITS, storiesPerGuild: 5, maxBytes: 50_000, addCooldownSeconds: 0 });
});

it('refuses a malformed limit instead of silently lifting it', () => {
  expect(() => limitsFromEnv({ STORIES_PER_GUILD: 'lots' })).toThrow(
    'STORIES_PER_GUILD must be a whole number ≥ 1',
  );
  expect(() => limitsFromEnv({ STORY_MAX_BYTES: '0' })).toThrow('STORY_MAX_BYTES');
});
