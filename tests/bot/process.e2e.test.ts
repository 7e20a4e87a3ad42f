import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chatInput } from '../fake-discord/interactions.js';
import { FakeDiscord } from '../fake-discord/server.js';

// The whole `npm start` process against the fake Discord: log in, answer, shut down cleanly on SIGTERM.
let fake: FakeDiscord;
// The bot records insights: a temp DATA_DIR keeps the project's data/ untouched.
let dataDir: string;
beforeAll(async () => {
  fake = await FakeDiscord.start();
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsroom-process-'));
});
afterAll(async () => {
  await fake?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('logs in, answers an interaction, and exits 0 on SIGTERM; the token is never logged', async () => {
  const token = 'process-test-token-never-logged';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: token,
      DISCORD_API_URL: fake.api,
      LOG_LEVEL: 'debug',
      DISCORD_CLIENT_ID: '',
      DISCORD_GUILD_ID: '',
      COOLDOWN_SECONDS: '',
      DATA_DIR: dataDir,
    },
    timeout: 20_000,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const deadline = Date.now() + 15_000;
  while (!stderr.includes('bot ready') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(stderr).toContain('bot ready');

  const raw = chatInput('help');
  fake.dispatch('INTERACTION_CREATE', raw);
  const callback = await fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${raw.id}/`));
  expect((callback.body as { type: number }).type).toBe(4);

  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(stderr).toContain('shutting down signal=SIGTERM');
  expect(stderr).not.toContain(token);
});
