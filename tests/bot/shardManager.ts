import { type ChildProcess, spawn } from 'node:child_process';
import { expect } from 'vitest';
import { type FakeDiscord, shardForGuild } from '../fake-discord/server.js';

/** A running `src/shard.ts` (discord.js ShardingManager) and the shard processes it has spawned so far. */
export interface ShardManagerRun {
  manager: ChildProcess;
  /** Pids of every shard process spawned, in order (a respawn adds one). */
  pids: number[];
  /** Everything the manager and its shards wrote to stderr so far. */
  stderr(): string;
  /** The manager's exit code. */
  exited: Promise<number | null>;
  /** Kills the manager and every shard it spawned, whatever state they are in. */
  killAll(): void;
}

/** Spawns `npm run start:sharded`'s entry point with exactly this environment (nothing from the developer's). */
export function startShardManager(env: Record<string, string>, timeoutMs: number): ShardManagerRun {
  const manager = spawn(process.execPath, ['--import', 'tsx', 'src/shard.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: timeoutMs,
  });
  const pids: number[] = [];
  let stderr = '';
  manager.stderr?.on('data', (d) => {
    stderr += d;
    for (const m of String(d).matchAll(/shard spawned shard=\d+ pid=(\d+)/g)) pids.push(Number(m[1]));
  });
  const exited = new Promise<number | null>((resolve) => manager.on('close', resolve));
  return {
    manager,
    pids,
    stderr: () => stderr,
    exited,
    killAll: () => {
      manager.kill('SIGKILL');
      for (const pid of pids) killQuietly(pid);
    },
  };
}

/** Waits up to `ms` for the manager to report both shards ready, and checks each identified as one of two. */
export async function expectTwoShardsReady(
  run: ShardManagerRun,
  fake: FakeDiscord,
  ms: number,
): Promise<void> {
  await until(() => run.stderr().includes('all shards ready'), ms);
  expect(run.stderr()).toContain('all shards ready shards=2');
  expect(fake.identifies).toEqual(
    expect.arrayContaining([
      [0, 2],
      [1, 2],
    ]),
  );
}

/** One guild id per shard (same snowflake layout as real ones), as Discord routes them: (id >> 22) % count. */
export function guildsPerShard(count: number, first = 600000000000000001n): string[] {
  const out: string[] = [];
  for (let shard = 0; shard < count; shard++) {
    let id = first;
    while (shardForGuild(String(id), count) !== shard) id += 1n << 22n;
    out.push(String(id));
  }
  return out;
}

/** Polls until `done` or `ms` pass (then the caller's own assertion says what is missing). */
export async function until(done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
