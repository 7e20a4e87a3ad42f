// `npm start`: loads the stories (global + every server's), then runs the Discord bot (DISCORD_TOKEN set) or the
// offline console.
import { config as loadEnv } from 'dotenv';
import { commands } from '../commands/index.js';
import { readAttachmentTestHosts } from './bot/attachments.js';
import { readConfig } from './bot/config.js';
import { createLogger, redact } from './bot/logger.js';
import { installProcessHandlers, StartupError, startBot } from './bot/start.js';
import { runConsole } from './console/runConsole.js';
import { dataDir } from './dataDir.js';
import { openServices, type Services } from './services.js';

loadEnv({ quiet: true });

const DATA_DIR = dataDir();

async function main(): Promise<number> {
  let config: ReturnType<typeof readConfig>;
  let testHosts: string[];
  let services: Services;
  try {
    config = readConfig();
    // Tests only (a shard process cannot be handed hosts in code); anything but loopback stops start-up here.
    testHosts = readAttachmentTestHosts();
    // The console only reads insights; the bot records what the community asks.
    services = await openServices({ dataDir: DATA_DIR, record: Boolean(config.token) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  for (const e of services.errors) console.error(`${e.file}: ${e.message}`);
  const { library, stories, insights } = services;

  if (!config.token) {
    const count = library.list().length;
    console.log(
      `No DISCORD_TOKEN: running offline with ${count} ${count === 1 ? 'story' : 'stories'}. Type /help, or /exit to quit.`,
    );
    const code = await runConsole({
      library,
      commands,
      stories,
      insights,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY,
    });
    await services.close();
    return code;
  }
  const log = createLogger({ level: config.logLevel, secrets: [config.token] });
  if (testHosts.length > 0) log.warn('test-only attachment hosts enabled', { hosts: testHosts.join(',') });
  try {
    const client = await startBot(config, {
      library,
      commands,
      log,
      stories,
      insights,
      extraAttachmentHosts: testHosts,
    });
    installProcessHandlers(client, log, services.close);
    return -1; // keep running
  } catch (error) {
    await services.close();
    const line = error instanceof StartupError ? error.message : `Start-up failed: ${String(error)}`;
    console.error(redact(line, [config.token]));
    return 1;
  }
}

const code = await main();
if (code >= 0) process.exit(code);
