import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import type { Command } from '../../commands/types.js';
import type { BotConfig } from './config.js';

/** Thrown for a configuration the deploy cannot work with; the message is the one line to print. */
export class DeployError extends Error {}

export interface DeployResult {
  scope: string;
  names: string[];
}

/**
 * Bulk-overwrites the application's commands (PUT): guild-scoped when DISCORD_GUILD_ID is set (instant, for
 * development), else global. Overwriting makes re-running idempotent and removes commands that were dropped.
 */
export async function registerCommands(
  config: BotConfig,
  commands: readonly Command[],
): Promise<DeployResult> {
  if (!config.token)
    throw new DeployError('DISCORD_TOKEN is not set: put the bot token in .env to deploy commands.');
  if (!config.clientId) {
    throw new DeployError(
      'DISCORD_CLIENT_ID is not set: copy the Application ID from the Developer Portal (General Information) into .env.',
    );
  }
  const rest = new REST({ version: '10', ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(
    config.token,
  );
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  const body = commands.map((c) => c.data.toJSON());
  const result = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return {
    scope: config.guildId
      ? `guild ${config.guildId}`
      : 'all guilds (global; may take up to an hour to appear)',
    names: result.map((c) => c.name),
  };
}
