import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { notice } from '../src/render/index.js';
import { renderInsights } from '../src/render/insights.js';
import type { Reply } from '../src/render/payload.js';
import { getInteger } from './options.js';
import type { CommandContext, CommandInput } from './types.js';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

export const data = new SlashCommandBuilder()
  .setName('insights')
  .setDescription('What this server asks: top questions, unanswered ones, feedback (Manage Server)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addIntegerOption((o) =>
    o
      .setName('days')
      .setDescription(`How many days back (default ${DEFAULT_DAYS})`)
      .setMinValue(1)
      .setMaxValue(MAX_DAYS),
  );

export const examples = ['/insights', '/insights days:7'];
// Reads the event log: defer, and only the moderator sees the report.
export const defer = true;
export const ephemeral = true;

export async function execute(input: CommandInput, ctx: CommandContext): Promise<Reply> {
  const guild = ctx.scope.guildId;
  if (guild === null && !ctx.operator) {
    return notice('Insights are kept per server: run `/insights` in a server you moderate.');
  }
  if (!ctx.can('ManageGuild')) {
    return notice('Only members with the **Manage Server** permission can see insights.');
  }
  const days = getInteger(input, 'days') ?? DEFAULT_DAYS;
  if (days < 1 || days > MAX_DAYS) return notice(`\`days\` must be between 1 and ${MAX_DAYS}.`);
  // Only this server's events (the console's operator: direct messages); never another server's.
  const report = await ctx.insights.report({ guild, since: new Date(Date.now() - days * DAY_MS) });
  return renderInsights(report, days);
}
