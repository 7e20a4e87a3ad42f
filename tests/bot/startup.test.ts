import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import { TOKEN_HELP } from '../../src/bot/config.js';
import { createLogger } from '../../src/bot/logger.js';
import { StartupError, startBot } from '../../src/bot/start.js';
import { stubLibrary } from '../fake-discord/fixtures.js';
import { FakeDiscord } from '../fake-discord/server.js';
import { runScript } from '../runScript.js';

const SECRET = 'MTAwMDAwMDAwMDAwMDAwMDAx.Gabcde.secret-token-that-must-never-be-printed';
let fake: FakeDiscord;
// The bot opens its insights log at start: a temp DATA_DIR keeps the project's data/ untouched.
let dataDir: string;
beforeAll(async () => {
  fake = await FakeDiscord.start();
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsroom-startup-'));
  // Discord answers a bad token with 401 on the first call the client makes.
  fake.override((r) =>
    r.path === '/api/v10/gateway/bot'
      ? { status: 401, body: { code: 0, message: '401: Unauthorized' } }
      : undefined,
  );
});
afterAll(async () => {
  await fake?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const deps = () => ({
  library: stubLibrary().library,
  commands,
  log: createLogger({ write: () => undefined }),
});
const config = (token?: string) => ({
  token,
  apiUrl: fake.api,
  logLevel: 'info' as const,
  cooldownSeconds: 0,
});

test('a missing token is a StartupError naming DISCORD_TOKEN', async () => {
  await expect(startBot(config(undefined), deps())).rejects.toThrow(new StartupError(TOKEN_HELP));
});

test('a token Discord rejects (401) is a StartupError with the one help line, never the token', async () => {
  const error = await startBot(config(SECRET), deps()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StartupError);
  expect((error as Error).message).toBe(TOKEN_HELP);
  expect((error as Error).message).not.toContain(SECRET);
});

test('npm start with a rejected token prints one line on stderr and exits 1', async () => {
  const result = await runScript(
    'src/main.ts',
    {
      DISCORD_TOKEN: SECRET,
      DISCORD_API_URL: fake.api,
      DISCORD_CLIENT_ID: '',
      DISCORD_GUILD_ID: '',
      LOG_LEVEL: '',
      DATA_DIR: dataDir,
    },
    { timeoutMs: 20_000 },
  );
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`${TOKEN_HELP}\n`);
  expect(result.stdout).toBe('');
});
