import { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { REST, Routes, type Shard, ShardingManager } from 'discord.js';
import type { Logger } from './logger.js';

/** Discord asks for at most one IDENTIFY per 5 s per concurrency bucket; discord.js waits 5.5 s between shards. */
export const DEFAULT_SPAWN_DELAY_MS = 5500;

export interface ShardingSettings {
  /** A fixed count, or 'auto' (ask Discord's GET /gateway/bot). */
  shards: number | 'auto';
  spawnDelayMs: number;
}

/** SHARD_COUNT (a whole number ≥ 1, or "auto"/unset) and SHARD_SPAWN_DELAY_MS; throws a one-line Error. */
export function readShardingSettings(env: NodeJS.ProcessEnv = process.env): ShardingSettings {
  const count = env.SHARD_COUNT?.trim().toLowerCase() || 'auto';
  const shards = count === 'auto' ? 'auto' : Number(count);
  if (shards !== 'auto' && (!Number.isInteger(shards) || shards < 1)) {
    throw new Error(`SHARD_COUNT must be a whole number of shards, 1 or more, or "auto" (got "${count}").`);
  }
  const delay = Number(env.SHARD_SPAWN_DELAY_MS?.trim() || DEFAULT_SPAWN_DELAY_MS);
  if (!Number.isFinite(delay) || delay < 0) {
    throw new Error('SHARD_SPAWN_DELAY_MS must be a number of milliseconds, 0 or more.');
  }
  return { shards, spawnDelayMs: delay };
}

/**
 * Discord's recommended shard count. discord.js's own 'auto' always asks discord.com; this one goes through the
 * configured API base (DISCORD_API_URL), so a proxy or the test fake answers it too.
 */
export async function recommendedShardCount(token: string, apiUrl?: string): Promise<number> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const body = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
  const shards = Number(body.shards);
  return Number.isInteger(shards) && shards >= 1 ? shards : 1;
}

/** What each shard process runs: the bot's main module, under tsx when we run from TypeScript sources. */
export function shardEntry(mainUrl: URL): { file: string; execArgv: string[] } {
  const file = fileURLToPath(mainUrl);
  if (!file.endsWith('.ts')) return { file, execArgv: [] };
  // Resolved to an absolute URL so shards start whatever the working directory is.
  let loader = 'tsx';
  try {
    loader = import.meta.resolve('tsx');
  } catch {
    // Keep the bare name: Node resolves it from the working directory.
  }
  return { file, execArgv: ['--import', loader] };
}

export interface ManagerOptions {
  file: string;
  execArgv: string[];
  token: string;
  totalShards: number;
  log: Logger;
}

/**
 * A ShardingManager (one process per shard, respawned when it dies after start-up) whose shards' log lines are
 * tagged `shard=N`, and whose own events (spawn, ready, death, reconnect) are logged.
 */
export function createShardManager(options: ManagerOptions): ShardingManager {
  const manager = new ShardingManager(options.file, {
    totalShards: options.totalShards,
    token: options.token,
    execArgv: options.execArgv,
    respawn: true,
    // Piped rather than inherited, so each line can be tagged with its shard.
    silent: true,
  });
  manager.on('shardCreate', (shard) => watchShard(shard, options.log));
  return manager;
}

function watchShard(shard: Shard, log: Logger): void {
  const id = shard.id;
  shard.on('spawn', (child) => {
    const pid = child instanceof ChildProcess ? child.pid : undefined;
    log.info('shard spawned', { shard: id, pid });
    if (child instanceof ChildProcess) tagLines(child, id);
  });
  shard.on('ready', () => log.info('shard ready', { shard: id }));
  shard.on('disconnect', () => log.warn('shard disconnected', { shard: id }));
  shard.on('reconnecting', () => log.info('shard reconnecting', { shard: id }));
  shard.on('death', (child) => {
    const code = child instanceof ChildProcess ? child.exitCode : undefined;
    if (shard.manager.respawn) log.warn('shard exited; respawning', { shard: id, code });
    else log.info('shard stopped', { shard: id });
  });
  shard.on('error', (error) => log.error('shard error', { shard: id, error }));
}

/** Copies a shard's output line by line, each ending in ` shard=N` (the logger's key=value format). */
function tagLines(child: ChildProcess, id: number): void {
  const pipe = (from: NodeJS.ReadableStream | null, to: NodeJS.WritableStream) => {
    if (!from) return;
    createInterface({ input: from, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) =>
      to.write(`${line} shard=${id}\n`),
    );
  };
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
}

/** Kills every shard without respawning (Shard#kill removes the exit listener first). */
export function killShards(manager: ShardingManager): void {
  manager.respawn = false;
  for (const shard of manager.shards.values()) {
    try {
      shard.kill();
    } catch {
      // Already gone (a shard that never spawned has no process).
    }
  }
}
