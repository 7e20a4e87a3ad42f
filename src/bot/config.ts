import type { LogLevel } from './logger.js';

export interface BotConfig {
  token?: string;
  clientId?: string;
  /** Deploy to this one guild (instant, for development) instead of globally. */
  guildId?: string;
  /** Discord's API base without version (e.g. http://127.0.0.1:8080/api), for tests and proxies. */
  apiUrl?: string;
  logLevel: LogLevel;
  cooldownSeconds: number;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** Reads the bot's settings from the environment (after dotenv). Throws a one-line Error for a bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const value = (name: string) => env[name]?.trim() || undefined;
  const level = (value('LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LEVELS.includes(level))
    throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')} (got "${level}").`);
  const cooldown = Number(value('COOLDOWN_SECONDS') ?? '5');
  if (!Number.isFinite(cooldown) || cooldown < 0) {
    throw new Error('COOLDOWN_SECONDS must be a number of seconds, 0 or more.');
  }
  return {
    token: value('DISCORD_TOKEN'),
    clientId: value('DISCORD_CLIENT_ID'),
    guildId: value('DISCORD_GUILD_ID'),
    apiUrl: value('DISCORD_API_URL'),
    logLevel: level,
    cooldownSeconds: cooldown,
  };
}

/** The one line printed when Discord refuses the token (or there is none); it never contains the token. */
export const TOKEN_HELP =
  'DISCORD_TOKEN is missing or was rejected by Discord: copy the token from https://discord.com/developers/applications → your app → Bot → Reset Token into .env as DISCORD_TOKEN=… (or unset it to run the offline console).';
