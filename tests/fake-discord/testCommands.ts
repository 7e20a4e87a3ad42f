import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../../commands/types.js';
import { NO_MENTIONS, type Reply } from '../../src/render/payload.js';

export interface TestCommandOptions {
  defer?: boolean;
  ephemeral?: boolean;
}

/**
 * A command for router tests (deferral, late replies, failures), registered next to the real ones. Its only option
 * is `hide`, as /ask has; `execute` decides how long it takes and what it returns or throws.
 */
export function testCommand(
  name: string,
  execute: Command['execute'],
  options: TestCommandOptions = {},
): Command {
  return {
    data: new SlashCommandBuilder()
      .setName(name)
      .setDescription('A command for tests')
      .addBooleanOption((o) => o.setName('hide').setDescription('Only you see the answer')),
    examples: [],
    ...options,
    execute,
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A public plain-text reply that pings nobody (`@everyone` in it included). */
export const textReply = (content: string): Reply => ({ content, allowedMentions: NO_MENTIONS });
