import { afterAll, beforeAll, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import type { BotConfig } from '../../src/bot/config.js';
import { DeployError, registerCommands } from '../../src/bot/registerCommands.js';
import { APP_ID, FakeDiscord } from '../fake-discord/server.js';
import { runScript, type ScriptResult } from '../runScript.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake?.close());

const base = (): BotConfig => ({
  token: 'deploy-token',
  clientId: APP_ID,
  apiUrl: fake.api,
  logLevel: 'info',
  cooldownSeconds: 0,
});

test('guild deploy: one PUT to the guild route whose body is exactly the command definitions', async () => {
  const result = await registerCommands({ ...base(), guildId: '42' }, commands);
  const put = fake.requests.filter((r) => r.method === 'PUT').at(-1);
  expect(put?.path).toBe(`/api/v10/applications/${APP_ID}/guilds/42/commands`);
  expect(put?.authorization).toBe('Bot deploy-token');
  expect(put?.body).toEqual(JSON.parse(JSON.stringify(commands.map((c) => c.data.toJSON()))));
  expect(result).toEqual({
    scope: 'guild 42',
    names: [
      'ask',
      'quote',
      'article',
      'paragraph',
      'summary',
      'people',
      'timeline',
      'story',
      'insights',
      'help',
    ],
  });
});

test('global deploy without a guild; running it twice sends the same body (idempotent overwrite)', async () => {
  await registerCommands(base(), commands);
  await registerCommands(base(), commands);
  const puts = fake.requests.filter(
    (r) => r.method === 'PUT' && r.path === `/api/v10/applications/${APP_ID}/commands`,
  );
  expect(puts).toHaveLength(2);
  expect(puts[0]?.body).toEqual(puts[1]?.body);
});

test('missing token or client id is a one-line DeployError', async () => {
  await expect(registerCommands({ ...base(), token: undefined }, commands)).rejects.toThrow(DeployError);
  await expect(registerCommands({ ...base(), clientId: undefined }, commands)).rejects.toThrow(
    /DISCORD_CLIENT_ID/,
  );
});

const EMPTY_ENV = {
  DISCORD_TOKEN: '',
  DISCORD_CLIENT_ID: '',
  DISCORD_GUILD_ID: '',
  DISCORD_API_URL: '',
  LOG_LEVEL: '',
};

/** Runs `tsx src/bot/deploy.ts` with exactly `env` (the rest of its variables empty), bounded by a timeout. */
function runDeploy(env: Record<string, string>): Promise<ScriptResult> {
  return runScript('src/bot/deploy.ts', { ...EMPTY_ENV, ...env }, { timeoutMs: 15_000 });
}

test('npm run deploy prints what it registered', async () => {
  const r = await runDeploy({
    DISCORD_TOKEN: 'deploy-token',
    DISCORD_CLIENT_ID: APP_ID,
    DISCORD_GUILD_ID: '42',
    DISCORD_API_URL: fake.api,
  });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(
    'Registered 10 commands for guild 42: /ask, /quote, /article, /paragraph, /summary, /people, /timeline, /story, /insights, /help\n',
  );
  expect(r.code).toBe(0);
});

test('a rejected token ends deploy with one line naming DISCORD_TOKEN, exit 1, token not shown', async () => {
  fake.override((r) =>
    r.method === 'PUT' ? { status: 401, body: { code: 0, message: '401: Unauthorized' } } : undefined,
  );
  const r = await runDeploy({
    DISCORD_TOKEN: 'rejected-secret-token',
    DISCORD_CLIENT_ID: APP_ID,
    DISCORD_API_URL: fake.api,
  });
  fake.clearOverrides();
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain('DISCORD_TOKEN');
  expect(r.stderr + r.stdout).not.toContain('rejected-secret-token');
});
