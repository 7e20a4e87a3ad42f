// `npm run start:sharded`: runs src/main.ts's bot once per shard under discord.js's ShardingManager.
// Each shard is its own process: it loads the stories and builds its own read-only index.
import { config as loadEnv } from 'dotenv';
import { readConfig, TOKEN_HELP } from './bot/config.js';
import { isTokenRejected } from './bot/errors.js';
import { createLogger, redact } from './bot/logger.js';
import {
  createShardManager,
  killShards,
  readShardingSettings,
  recommendedShardCount,
  shardEntry,
} from './bot/sharding.js';

loadEnv({ quiet: true });

/** The shard processes run the same entry as `npm start`, compiled or not, as this file is. */
const MAIN = new URL(import.meta.url.endsWith('.ts') ? './main.ts' : './main.js', import.meta.url);

async function main(): Promise<number> {
  let config: ReturnType<typeof readConfig>;
  let settings: ReturnType<typeof readShardingSettings>;
  try {
    config = readConfig();
    settings = readShardingSettings();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const token = config.token;
  // Without a token there is nothing to shard (the offline console is `npm start`).
  if (!token) {
    console.error(TOKEN_HELP);
    return 1;
  }
  const log = createLogger({ level: config.logLevel, secrets: [token] });
  let totalShards: number;
  try {
    totalShards =
      settings.shards === 'auto' ? await recommendedShardCount(token, config.apiUrl) : settings.shards;
  } catch (error) {
    console.error(
      isTokenRejected(error)
        ? TOKEN_HELP
        : redact(`Could not ask Discord for a shard count: ${String(error)}`, [token]),
    );
    return 1;
  }

  const { file, execArgv } = shardEntry(MAIN);
  const manager = createShardManager({ file, execArgv, token, totalShards, log });
  const stop = (signal: string) => {
    log.info('shutting down', { signal, shards: manager.shards.size });
    killShards(manager);
    process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  log.info('starting shards', { shards: totalShards, delayMs: settings.spawnDelayMs });
  try {
    await manager.spawn({ amount: totalShards, delay: settings.spawnDelayMs });
  } catch (error) {
    // A shard that dies or times out before its first ready will not do better when respawned in a loop.
    console.error(redact(`A shard failed to start: ${errorText(error)}`, [token]));
    killShards(manager);
    return 1;
  }
  log.info('all shards ready', { shards: totalShards });
  return -1; // keep running; dead shards are respawned
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const code = await main();
if (code >= 0) process.exit(code);
