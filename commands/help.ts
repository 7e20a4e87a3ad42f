import { SlashCommandBuilder } from 'discord.js';
import { renderHelp } from '../src/render/index.js';
import type { Reply } from '../src/render/payload.js';
import type { CommandContext, CommandInput } from './types.js';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('Every command, with an example');

export const examples = ['/help'];

export function execute(_input: CommandInput, ctx: CommandContext): Reply {
  return renderHelp(
    ctx.commands.map((c) => ({
      name: c.data.name,
      description: c.data.toJSON().description,
      examples: c.examples,
    })),
  );
}
