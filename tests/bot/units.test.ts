import { describe, expect, test } from 'vitest';
import { readConfig } from '../../src/bot/config.js';
import { Cooldowns, cooldownMessage } from '../../src/bot/cooldown.js';
import { isAlreadyAcknowledged, isExpired, isTokenRejected } from '../../src/bot/errors.js';
import { createLogger } from '../../src/bot/logger.js';

describe('logger', () => {
  test('redacts the configured secret and anything token-shaped; respects the level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', secrets: ['my-secret-token'], write: (l) => lines.push(l) });
    log.debug('hidden');
    log.info('login with my-secret-token', { error: new Error('bad my-secret-token') });
    log.warn('leak MTAwMDAwMDAwMDAwMDAwMDAx.Gabcde.abcdefghijklmnopqrstuvwxyz0123');
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toMatch(/my-secret-token|Gabcde/);
    expect(lines[0]).toMatch(/ INFO login with \[redacted\] error=/);
  });
});

describe('cooldowns', () => {
  test('per user and command, with the time left', () => {
    let now = 0;
    const c = new Cooldowns(5, () => now);
    expect(c.take('u1', 'ask')).toBe(0);
    now = 1200;
    expect(c.take('u1', 'ask')).toBe(3800);
    expect(c.take('u2', 'ask')).toBe(0);
    expect(c.take('u1', 'quote')).toBe(0);
    now = 5000;
    expect(c.take('u1', 'ask')).toBe(0);
    expect(cooldownMessage('ask', 3800)).toBe('Slow down: you can use /ask again in 4 s.');
    expect(new Cooldowns(0).take('u', 'ask')).toBe(0);
  });
});

describe('config', () => {
  test('reads the environment with defaults; empty values are unset', () => {
    expect(readConfig({ DISCORD_TOKEN: ' t ', DISCORD_GUILD_ID: '' })).toEqual({
      token: 't',
      clientId: undefined,
      guildId: undefined,
      apiUrl: undefined,
      logLevel: 'info',
      cooldownSeconds: 5,
    });
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => readConfig({ COOLDOWN_SECONDS: '-1' })).toThrow(/COOLDOWN_SECONDS/);
  });
});

describe('Discord error classification', () => {
  test('10062, 40060 and token rejection', () => {
    expect(isExpired({ code: 10062 })).toBe(true);
    expect(isAlreadyAcknowledged({ code: 40060 })).toBe(true);
    expect(isAlreadyAcknowledged({ code: 'InteractionAlreadyReplied' })).toBe(true);
    expect(isTokenRejected({ code: 'TokenInvalid' })).toBe(true);
    expect(isTokenRejected({ status: 401 })).toBe(true);
    expect(isTokenRejected(new Error('ECONNREFUSED'))).toBe(false);
  });
});
