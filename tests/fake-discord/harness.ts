import type { Client } from 'discord.js';
import { commands as allCommands } from '../../commands/index.js';
import type { Command } from '../../commands/types.js';
import type { BotConfig } from '../../src/bot/config.js';
import { createLogger } from '../../src/bot/logger.js';
import { attachHandlers, createClient } from '../../src/bot/start.js';
import type { StoryLibrary } from '../../src/search/library.js';
import { FakeDiscord, type RecordedRequest } from './server.js';

export const TEST_TOKEN = 'fake-token-for-tests-only';

/** Logs the real client in to the fake Discord and resolves once it is ready (interactions before that queue). */
export async function loginUntilReady(client: Client, token: string): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once('clientReady', () => resolve()));
  await client.login(token);
  await ready;
}

export interface Harness {
  fake: FakeDiscord;
  client: Client;
  logs: string[];
  /** Dispatches an interaction and resolves with its first callback request. */
  send(raw: { id: string; token: string }): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/** The real discord.js Client, logged in to a fresh fake Discord, with the bot's handlers attached. */
export async function startHarness(
  library: StoryLibrary,
  options: { commands?: readonly Command[]; cooldownSeconds?: number; replyBudgetMs?: number } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const logs: string[] = [];
  const config: BotConfig = {
    apiUrl: fake.api,
    logLevel: 'info',
    cooldownSeconds: options.cooldownSeconds ?? 0,
    token: TEST_TOKEN,
  };
  const client = createClient(config);
  const log = createLogger({ level: 'info', secrets: [TEST_TOKEN], write: (line) => logs.push(line) });
  attachHandlers(client, config, {
    library,
    commands: options.commands ?? allCommands,
    log,
    replyBudgetMs: options.replyBudgetMs,
  });
  await loginUntilReady(client, TEST_TOKEN);
  return {
    fake,
    client,
    logs,
    send(raw) {
      fake.dispatch('INTERACTION_CREATE', raw);
      return fake.waitFor((r) => r.path.startsWith(`/api/v10/interactions/${raw.id}/${raw.token}/callback`));
    },
    async close() {
      await client.destroy();
      await fake.close();
    },
  };
}
