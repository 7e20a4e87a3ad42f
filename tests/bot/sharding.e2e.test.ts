import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readShardingSettings } from '../../src/bot/sharding.js';
import { chatInput, str } from '../fake-discord/interactions.js';
import { FakeDiscord, type RecordedRequest } from '../fake-discord/server.js';
import { tempDataDir } from '../load/dataDir.js';
import {
  alive,
  expectTwoShardsReady,
  guildsPerShard,
  type ShardManagerRun,
  startShardManager,
  until,
} from './shardManager.js';

// `npm run start:sharded` against a fake Discord that recommends 2 shards: two shard processes identify as [0,2] and
// [1,2], and each answers /ask for a guild Discord would route to it.
const TOKEN = 'sharding-test-token-never-logged';
let fake: FakeDiscord;
let run: ShardManagerRun | undefined;
/** What the manager and its shards have logged so far. */
const stderr = (): string => run?.stderr() ?? '';
// The shards record insights: a temp DATA_DIR (with a copy of the stories) keeps the project's data/ untouched.
let data: Awaited<ReturnType<typeof tempDataDir>> | undefined;

beforeAll(async () => {
  fake = await FakeDiscord.start({ shards: 2 });
  data = await tempDataDir('newsroom-sharding');
});

afterAll(async () => {
  // Whatever happened above, nothing we started outlives the test.
  run?.killAll();
  await fake?.close();
  await data?.remove();
});

function askIn(guildId: string, question: string) {
  const raw = chatInput('ask', [str('question', question)]);
  return { ...raw, guild_id: guildId, channel: { ...(raw.channel as object), guild_id: guildId } };
}

test('two shards identify as [0,2] and [1,2], each answers /ask for its own guilds; a killed shard respawns', {
  timeout: 30_000,
}, async () => {
  run = startShardManager(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.api,
      SHARD_COUNT: 'auto', // asks the fake's GET /gateway/bot, which says 2
      SHARD_SPAWN_DELAY_MS: '0',
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'debug',
      DISCORD_CLIENT_ID: '',
      DISCORD_GUILD_ID: '',
      DATA_DIR: data?.dir ?? '',
    },
    28_000,
  );
  const { manager, pids, exited } = run;

  await expectTwoShardsReady(run, fake, 20_000);
  expect(pids).toHaveLength(2);

  const guilds = guildsPerShard(2);
  const answers: RecordedRequest[] = [];
  for (const [shard, guildId] of guilds.entries()) {
    const raw = askIn(guildId, 'when was NATO founded');
    fake.dispatchToShard(shard, 'INTERACTION_CREATE', raw);
    const callback = await fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${raw.id}/`));
    // The answer itself, in one callback (no deferral).
    expect((callback.body as { type: number }).type).toBe(4);
    answers.push(callback);
    // Only the shard the guild maps to received it, and its log line says so.
    await until(() => new RegExp(`answered command=ask id=${raw.id} shard=${shard}`).test(stderr()), 2000);
    expect(stderr()).toMatch(new RegExp(`answered command=ask id=${raw.id} shard=${shard}`));
    // Logged once the reply was sent: by then nothing else went out for it (one shard, one callback).
    expect(fake.forInteraction(raw.id, raw.token)).toEqual([callback]);
  }
  for (const callback of answers) {
    const { data } = callback.body as { data: unknown };
    expect(JSON.stringify(data)).toContain('1949');
    expect(data).toMatchObject({ allowed_mentions: { parse: [] } });
  }

  // A shard that dies is respawned by the manager, identifies again and answers again.
  const firstPid = pids[0] ?? 0;
  process.kill(firstPid, 'SIGKILL');
  await until(
    () => pids.length === 3 && /shard ready shard=0[^\n]*\n[\s\S]*shard ready shard=0/.test(stderr()),
    10_000,
  );
  expect(stderr()).toContain('shard exited; respawning shard=0');
  const again = askIn(guilds[0] ?? '', 'when was NATO founded');
  fake.dispatchToShard(0, 'INTERACTION_CREATE', again);
  const answer = await fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${again.id}/`));
  expect(answer.body).toMatchObject({ type: 4 });
  expect(JSON.stringify(answer.body)).toContain('1949');

  manager.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(stderr()).toContain('shutting down signal=SIGTERM');
  await until(() => pids.every((pid) => !alive(pid)), 3000);
  expect(pids.filter(alive)).toEqual([]);
  expect(stderr()).not.toContain(TOKEN);
});

test('without a token: one line naming DISCORD_TOKEN on stderr, exit 1, no shard started', async () => {
  // Run from an empty folder so that no .env (a developer's real token) is picked up.
  const shardTs = fileURLToPath(new URL('../../src/shard.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), shardTs], {
    cwd: data?.dir,
    env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '' },
    timeout: 15_000,
  });
  let err = '';
  let out = '';
  child.stderr.on('data', (d) => (err += d));
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(1);
  expect(out).toBe('');
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toMatch(/^DISCORD_TOKEN is missing/);
});

test('SHARD_COUNT and SHARD_SPAWN_DELAY_MS: a count, "auto" when unset, one-line errors otherwise', () => {
  expect(readShardingSettings({})).toEqual({ shards: 'auto', spawnDelayMs: 5500 });
  expect(readShardingSettings({ SHARD_COUNT: ' 4 ', SHARD_SPAWN_DELAY_MS: '0' })).toEqual({
    shards: 4,
    spawnDelayMs: 0,
  });
  expect(readShardingSettings({ SHARD_COUNT: 'AUTO' }).shards).toBe('auto');
  for (const bad of ['0', '-1', '1.5', 'two']) {
    expect(() => readShardingSettings({ SHARD_COUNT: bad })).toThrow(/^SHARD_COUNT must be a whole number/);
  }
  expect(() => readShardingSettings({ SHARD_SPAWN_DELAY_MS: 'soon' })).toThrow(/^SHARD_SPAWN_DELAY_MS/);
});
