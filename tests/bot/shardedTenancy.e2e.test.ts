import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chatInput, inDm, str } from '../fake-discord/interactions.js';
import { FakeDiscord, shardForGuild } from '../fake-discord/server.js';
import { tempDataDir } from '../load/dataDir.js';
import { FileServer } from './fileServer.js';
import { inGuild, type Seen, storyAdd, storyList, storyRemove } from './guildBot.js';
import {
  alive,
  expectTwoShardsReady,
  guildsPerShard,
  type ShardManagerRun,
  startShardManager,
  until,
} from './shardManager.js';

// `npm run start:sharded` with two shards, server A on shard 0 and server B on shard 1: a story A adds with
// /story add is answered in A by A's shard right away (no restart), and is invisible to B (answers, /story list,
// /story remove) and to a DM. The attachment comes from a 127.0.0.1 file server, which the shard processes may
// fetch from only because ATTACHMENT_TEST_HOSTS (loopback-only, tests only) says so.
const TOKEN = 'sharded-tenancy-token-never-logged';
let fake: FakeDiscord;
let files: FileServer;
let run: ShardManagerRun | undefined;
/** What the manager and its shards have logged so far. */
const stderr = (): string => run?.stderr() ?? '';
let data: Awaited<ReturnType<typeof tempDataDir>> | undefined;

const HEADLINE = 'Ubinas volcano erupts in southern Peru, forcing 4,000 residents to leave';
const VOLCANO_STORY = `${HEADLINE}

by Jane Doe

LIMA (Reuters) – The Ubinas volcano in southern Peru erupted on Sunday, sending a column of ash 5,500 metres into the sky and forcing 4,000 residents of six villages to leave their homes, officials said.

“The ash covered our fields within an hour,” said civil defence chief Rosa Quispe.

Geologists counted 37 explosions overnight and expect families to return to the villages by Thursday.
`;
const QUESTION = 'How many residents had to leave their homes when the volcano erupted?';

beforeAll(async () => {
  fake = await FakeDiscord.start({ shards: 2 });
  files = await FileServer.start();
  data = await tempDataDir('newsroom-sharded-tenancy');
});

afterAll(async () => {
  // Whatever happened above, nothing we started outlives the test.
  run?.killAll();
  await fake?.close();
  await files?.close();
  await data?.remove();
});

const ask = (question: string) => chatInput('ask', [str('question', question)]);
const notCovered = (seen: Seen) =>
  seen.data.embeds?.[0]?.description?.startsWith("The article doesn't say anything") ?? false;

/**
 * Sends the interaction to one shard's gateway only; returns what the user sees: the callback (type 4) or, for a
 * deferred reply (type 5), its edit. Checks that the shard it was sent to answered it, and exactly once.
 */
async function runOn(shard: number, raw: { id: string; token: string }): Promise<Seen> {
  fake.dispatchToShard(shard, 'INTERACTION_CREATE', raw);
  const callback = await fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${raw.id}/`));
  const body = callback.body as Seen;
  const edit =
    body.type === 5
      ? await fake.waitFor((r) => r.method === 'PATCH' && r.path.endsWith(`/${raw.token}/messages/@original`))
      : undefined;
  // The shard that got it is the one that answered (its log line is tagged with its id); the line comes once the
  // reply is sent, so by then every request for this interaction has been made.
  const answered = new RegExp(`answered command=\\w+ id=${raw.id} shard=${shard}`);
  await until(() => answered.test(stderr()), 2000);
  expect(stderr()).toMatch(answered);
  expect(fake.forInteraction(raw.id, raw.token)).toEqual(edit ? [callback, edit] : [callback]);
  if (!edit) return body;
  return { type: 5, deferredFlags: body.data.flags ?? 0, data: edit.body as Seen['data'] };
}

/** /ask: the answer in one callback, no deferral. */
async function askOn(shard: number, raw: { id: string; token: string }): Promise<Seen> {
  const seen = await runOn(shard, raw);
  expect(seen.type).toBe(4);
  return seen;
}

test("two shards: A's /story add is answered in A at once, and is nothing in B or a DM", {
  timeout: 40_000,
}, async () => {
  run = startShardManager(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.api,
      SHARD_COUNT: '2',
      SHARD_SPAWN_DELAY_MS: '0',
      COOLDOWN_SECONDS: '0',
      STORY_ADD_COOLDOWN_SECONDS: '0',
      ATTACHMENT_TEST_HOSTS: '127.0.0.1',
      LOG_LEVEL: 'debug',
      DISCORD_CLIENT_ID: '',
      DISCORD_GUILD_ID: '',
      INSIGHTS_SALT: 'sharded-tenancy-salt',
      DATA_DIR: data?.dir ?? '',
    },
    38_000,
  );
  const { manager, pids, exited } = run;

  await expectTwoShardsReady(run, fake, 25_000);
  // Each shard says, once, that it runs with test-only hosts.
  expect(stderr().match(/test-only attachment hosts enabled hosts=127\.0\.0\.1 shard=[01]/g)).toHaveLength(2);

  const [A = '', B = ''] = guildsPerShard(2, 610000000000000001n);
  expect([shardForGuild(A, 2), shardForGuild(B, 2)]).toEqual([0, 1]);

  // /story add in A (a member with Manage Server), the file served from 127.0.0.1.
  const url = files.serve('ubinas-eruption.txt', { body: VOLCANO_STORY });
  const add = storyAdd({ url, filename: 'ubinas-eruption.txt', size: Buffer.byteLength(VOLCANO_STORY) });
  const added = await runOn(0, inGuild(add, A, true));
  expect(added.deferredFlags).toBe(64);
  const description = added.data.embeds?.[0]?.description ?? '';
  expect(description).toMatch(/^Added as `[^`]+`, with 3 paragraphs/);
  const id = /Added as `([^`]+)`/.exec(description)?.[1] ?? '';
  expect(files.hitsFor(url)).toBe(1);
  expect(await readdir(join(data?.dir ?? '', 'guilds', A, 'articles'))).toHaveLength(1);

  // Answered in A by shard 0 straight away, from the new story.
  const inA = await askOn(0, inGuild(ask(QUESTION), A));
  expect(inA.data.embeds?.[0]?.title).toBe(HEADLINE);
  expect(inA.data.embeds?.[0]?.description).toContain('4,000');

  // Not in B (shard 1), not in a DM (Discord sends DMs to shard 0, the very process that holds A's story), and not
  // even for B on shard 0: what decides is the server, not which process holds the story.
  expect(notCovered(await askOn(1, inGuild(ask(QUESTION), B)))).toBe(true);
  expect(notCovered(await askOn(0, inDm(ask(QUESTION))))).toBe(true);
  expect(notCovered(await askOn(0, inGuild(ask(QUESTION), B)))).toBe(true);

  // A's /story list shows it; B's shows nothing of it.
  const listA = JSON.stringify((await runOn(0, inGuild(storyList(), A, true))).data);
  expect(listA).toContain(`\`${id}\``);
  const listB = JSON.stringify((await runOn(1, inGuild(storyList(), B, true))).data);
  expect(listB).not.toContain(id);
  expect(listB).not.toContain('Ubinas');

  // B cannot remove it: there, it is "no such story" (and no confirmation button is offered).
  const removeB = await runOn(1, inGuild(storyRemove(id), B, true));
  expect(removeB.data.content).toBe(
    `There is no story \`${id}\` on this server; \`/story list\` shows them.`,
  );
  expect(removeB.data.components ?? []).toEqual([]);
  expect(await readdir(join(data?.dir ?? '', 'guilds', A, 'articles'))).toHaveLength(1);
  // And A still gets its answer.
  expect((await askOn(0, inGuild(ask(QUESTION), A))).data.embeds?.[0]?.title).toBe(HEADLINE);

  manager.kill('SIGTERM');
  expect(await exited).toBe(0);
  await until(() => pids.every((pid) => !alive(pid)), 3000);
  expect(pids.filter(alive)).toEqual([]);
  expect(stderr()).not.toContain(TOKEN);
});

test('ATTACHMENT_TEST_HOSTS naming anything but loopback: one line on stderr, exit 1', async () => {
  // Run from the temp folder so that no .env is picked up; the check runs before any connection or data access.
  const mainTs = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
  const before = fake.requests.length;
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), mainTs], {
    cwd: data?.dir,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.api,
      ATTACHMENT_TEST_HOSTS: '127.0.0.1,cdn.example.com',
      DATA_DIR: data?.dir ?? '',
    },
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
  expect(err).toMatch(/^ATTACHMENT_TEST_HOSTS is for tests only .*"cdn\.example\.com"/);
  // It never got as far as Discord.
  expect(fake.requests.slice(before)).toEqual([]);
});
