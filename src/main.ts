// `npm start`: loads the stories, then runs the Discord bot (DISCORD_TOKEN set) or the offline console.
import { fileURLToPath } from 'node:url';
import { config as loadEnv } from 'dotenv';
import { commands } from '../commands/index.js';
import { loadArticles } from './article/load.js';
import { readConfig } from './bot/config.js';
import { createLogger, redact } from './bot/logger.js';
import { installProcessHandlers, StartupError, startBot } from './bot/start.js';
import { runConsole } from './console/runConsole.js';
import { createLibrary } from './search/createLibrary.js';

loadEnv({ quiet: true });

const ARTICLES = fileURLToPath(new URL('../data/articles', import.meta.url));

async function main(): Promise<number> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const { articles, errors } = await loadArticles(ARTICLES);
  for (const e of errors) console.error(`${e.file}: ${e.message}`);
  const library = createLibrary(articles.map((article) => ({ article, owner: null })));

  if (!config.token) {
    const stories = `${articles.length} ${articles.length === 1 ? 'story' : 'stories'}`;
    console.log(`No DISCORD_TOKEN: running offline with ${stories}. Type /help, or /exit to quit.`);
    return runConsole({
      library,
      commands,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY,
    });
  }
  const log = createLogger({ level: config.logLevel, secrets: [config.token] });
  try {
    const client = await startBot(config, { library, commands, log });
    installProcessHandlers(client, log);
    return -1; // keep running
  } catch (error) {
    const line = error instanceof StartupError ? error.message : `Start-up failed: ${String(error)}`;
    console.error(redact(line, [config.token]));
    return 1;
  }
}

const code = await main();
if (code >= 0) process.exit(code);
