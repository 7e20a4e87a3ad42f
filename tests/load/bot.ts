import { fileURLToPath } from 'node:url';
import type { Client } from 'discord.js';
import { commands } from '../../commands/index.js';
import { loadArticles } from '../../src/article/load.js';
import type { BotConfig } from '../../src/bot/config.js';
import { createLogger } from '../../src/bot/logger.js';
import { attachHandlers, createClient } from '../../src/bot/start.js';
import { createLibrary } from '../../src/search/createLibrary.js';
import { loginUntilReady } from '../fake-discord/harness.js';
import { FakeDiscord } from '../fake-discord/server.js';
import type { BotUnderLoad } from './botProcess.js';
import { memory } from './stats.js';

const ARTICLES = fileURLToPath(new URL('../../data/articles', import.meta.url));
const TOKEN = 'load-test-token-not-a-secret';

export interface LoadBot extends BotUnderLoad {
  client: Client;
}

/**
 * The bot as `npm start` wires it (real stories from data/articles, real commands, real Client and router), in
 * this process, logged in to a fake Discord on 127.0.0.1. Cooldown 0 so one user may ask many times.
 */
export async function startLoadBot(): Promise<LoadBot> {
  const fake = await FakeDiscord.start();
  const { articles } = await loadArticles(ARTICLES);
  const library = createLibrary(articles.map((article) => ({ article, owner: null })));
  const config: BotConfig = { apiUrl: fake.api, logLevel: 'warn', cooldownSeconds: 0, token: TOKEN };
  const problems: string[] = [];
  const log = createLogger({ level: 'warn', secrets: [TOKEN], write: (line) => problems.push(line) });
  const client = createClient(config);
  attachHandlers(client, config, { library, commands, log });
  await loginUntilReady(client, TOKEN);
  return {
    fake,
    client,
    problems,
    // The fake and the driver share this process: their share is in these figures too.
    memory: async () => memory(),
    async close() {
      await client.destroy();
      await fake.close();
    },
  };
}
