import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createInsightsRecorder,
  eventsFile,
  hashUser,
  loadSalt,
  readEvents,
  saltFile,
} from '../../src/insights/index.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-insights-'));
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

const USER = '123456789012345678';

describe('insights recorder', () => {
  it('stores the question and a keyed hash of the user, nothing else of the message', async () => {
    const recorder = await createInsightsRecorder({
      dataDir,
      env: {},
      now: () => new Date('2026-03-01T12:00:00Z'),
    });
    await recorder.question({
      guildId: '111111111111111111',
      userId: USER,
      question: '  Who   said it? ',
      answered: true,
      storyIds: ['nato'],
    });
    await recorder.feedback({ guildId: null, userId: USER, question: 'Who said it?', helpful: false });
    await recorder.close();

    const salt = await loadSalt(dataDir, {});
    const text = await fs.readFile(eventsFile(dataDir), 'utf8');
    expect(text).not.toContain(USER);
    expect((await readEvents(eventsFile(dataDir))).events).toEqual([
      {
        t: '2026-03-01T12:00:00.000Z',
        guild: '111111111111111111',
        question: 'Who said it?',
        user: hashUser(USER, salt),
        kind: 'question',
        answered: true,
        storyIds: ['nato'],
      },
      {
        t: '2026-03-01T12:00:00.000Z',
        guild: null,
        question: 'Who said it?',
        user: hashUser(USER, salt),
        kind: 'feedback',
        answered: true,
        helpful: false,
      },
    ]);
  });

  it('persists a random salt readable by the owner only, and reuses it', async () => {
    const first = await loadSalt(dataDir, {});
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await fs.stat(saltFile(dataDir))).mode & 0o777).toBe(0o600);
    await fs.chmod(saltFile(dataDir), 0o644);
    expect(await loadSalt(dataDir, {})).toBe(first);
    expect((await fs.stat(saltFile(dataDir))).mode & 0o777).toBe(0o600);
    expect((await fs.readdir(path.dirname(saltFile(dataDir)))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('prefers INSIGHTS_SALT and then writes no salt file', async () => {
    expect(await loadSalt(dataDir, { INSIGHTS_SALT: 'from-env' })).toBe('from-env');
    await expect(fs.access(saltFile(dataDir))).rejects.toThrow();
    expect(hashUser(USER, 'from-env')).not.toBe(hashUser(USER, 'other'));
    expect(hashUser(USER, 'from-env')).toMatch(/^[0-9a-f]{64}$/);
  });
});
