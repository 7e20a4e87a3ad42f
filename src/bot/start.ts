import { Client, type ClientOptions, Events, GatewayIntentBits } from 'discord.js';
import type { Command, InsightsLog, StoryStore } from '../../commands/types.js';
import type { StoryLibrary } from '../search/library.js';
import { NO_INSIGHTS, readOnlyStories } from '../services.js';
import { discordAttachmentReader } from './attachments.js';
import { type BotConfig, TOKEN_HELP } from './config.js';
import { Cooldowns } from './cooldown.js';
import { isTokenRejected } from './errors.js';
import type { Logger } from './logger.js';
import { handleInteraction } from './router.js';
import { warmUp } from './warmUp.js';

/** Thrown when start-up cannot go on; `message` is the one line to print (never the token). */
export class StartupError extends Error {}

export interface BotDeps {
  library: StoryLibrary;
  commands: readonly Command[];
  log: Logger;
  /** Story add/remove over `library` (default: listing only). */
  stories?: StoryStore;
  /** Where /ask questions and feedback are recorded (default: nowhere). */
  insights?: InsightsLog;
  /** Loopback hosts a test serves attachments from, besides Discord's CDN (never set in production). */
  extraAttachmentHosts?: readonly string[];
  /** When a pending reply gets deferred (default REPLY_BUDGET_MS; tests shorten it). */
  replyBudgetMs?: number;
}

/** A client that only needs the Guilds intent (slash commands do not read messages). */
export function createClient(config: Pick<BotConfig, 'apiUrl'>): Client {
  // Discord exempts interaction endpoints from its 50 requests/s global limit. discord.js exempts the callbacks too
  // but counts the webhook calls (the edit of a deferred reply, follow-ups) against its own copy of it: when /ask
  // deferred, that capped bursts at 48 answers/s (measured by `npm run load`). Discord's own 429s are still obeyed.
  const rest = { globalRequestsPerSecond: 500, ...(config.apiUrl ? { api: config.apiUrl } : {}) };
  const options: ClientOptions = { intents: [GatewayIntentBits.Guilds], rest };
  return new Client(options);
}

/** Wires the interaction router and logging onto a client. */
export function attachHandlers(client: Client, config: BotConfig, deps: BotDeps): void {
  const stories = deps.stories ?? readOnlyStories(deps.library);
  const router = {
    ...deps,
    stories,
    insights: deps.insights ?? NO_INSIGHTS,
    readAttachment: discordAttachmentReader({
      maxBytes: stories.limits.maxBytes,
      timeoutMs: stories.limits.downloadTimeoutMs,
      extraHosts: deps.extraAttachmentHosts,
    }),
    cooldowns: new Cooldowns(config.cooldownSeconds),
  };
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, router));
  client.once(Events.ClientReady, (c) =>
    deps.log.info('bot ready', {
      user: c.user.tag,
      guilds: c.guilds.cache.size,
      stories: deps.library.list().length,
    }),
  );
  client.on(Events.Error, (error) => deps.log.error('client error', { error }));
  client.on(Events.Warn, (message) => deps.log.warn(message));
  client.on(Events.Debug, (message) => deps.log.debug(message));
}

/** Creates, wires and logs in the bot. A missing or rejected token becomes a StartupError naming DISCORD_TOKEN. */
export async function startBot(config: BotConfig, deps: BotDeps): Promise<Client> {
  if (!config.token) throw new StartupError(TOKEN_HELP);
  const client = createClient(config);
  attachHandlers(client, config, deps);
  warmUpAnswers(deps);
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    if (isTokenRejected(error)) throw new StartupError(TOKEN_HELP);
    throw new StartupError(
      `Could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return client;
}

/**
 * Unhandled rejections are logged, not fatal; SIGINT/SIGTERM destroy the client, then run `close` (flush the
 * insights log) and exit 0.
 */
export function installProcessHandlers(
  client: Client,
  log: Logger,
  close: () => Promise<void> = async () => undefined,
): void {
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: reason }));
  const stop = (signal: string) => {
    log.info('shutting down', { signal });
    void client
      .destroy()
      .then(close)
      .catch((error: unknown) => log.error('shutdown failed', { error }))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/** The answer path compiled before the first question (see warmUp); a failure there is logged, never fatal. */
function warmUpAnswers(deps: BotDeps): void {
  const started = performance.now();
  try {
    const stories = deps.stories ?? readOnlyStories(deps.library);
    const questions = warmUp({ library: deps.library, commands: deps.commands, stories });
    deps.log.debug('warmed up', { questions, ms: Math.round(performance.now() - started) });
  } catch (error) {
    deps.log.warn('warm-up failed (answering anyway)', { error });
  }
}
