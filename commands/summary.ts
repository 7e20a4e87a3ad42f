import { SlashCommandBuilder } from 'discord.js';
import { summaryOf } from '../src/newsroom/memo.js';
import type { SummaryLength } from '../src/newsroom/summary.js';
import { toChoices } from '../src/render/index.js';
import type { Reply } from '../src/render/payload.js';
import { renderSummary } from '../src/render/summary.js';
import { getBoolean, getString } from './options.js';
import { isStory, pickStory, storyChoices, storyOption } from './stories.js';
import type { CommandContext, CommandInput, FocusedOption, PermissionName } from './types.js';

/** Posting for everyone to see is a moderator's call: the same permission that lets them tidy the channel. */
export const PUBLIC_PERMISSION: PermissionName = 'ManageMessages';

export const NOT_PUBLIC_NOTE =
  'Only members who can **Manage Messages** may post a summary publicly, so only you can see this one. ' +
  'Copy it, or ask a moderator to run `/summary public:true`.';

export const data = new SlashCommandBuilder()
  .setName('summary')
  .setDescription('An extractive summary of a story: its key sentences in order, cited, ready to paste')
  .addStringOption((o) =>
    o
      .setName('length')
      .setDescription('short (3–5 points, default) or full (8–12 points)')
      .addChoices({ name: 'short', value: 'short' }, { name: 'full', value: 'full' }),
  )
  .addBooleanOption((o) =>
    o
      .setName('public')
      .setDescription('Post it for everyone (needs Manage Messages); default: only you see it'),
  )
  .addStringOption(storyOption);

export const examples = ['/summary', '/summary length:full public:true'];

export function execute(input: CommandInput, ctx: CommandContext): Reply {
  const picked = pickStory(ctx, getString(input, 'story'));
  if (!isStory(picked)) return picked;
  const length: SummaryLength = getString(input, 'length') === 'full' ? 'full' : 'short';
  const wantsPublic = getBoolean(input, 'public');
  const mayPost = wantsPublic && ctx.can(PUBLIC_PERMISSION);
  return renderSummary({
    summary: summaryOf(picked.article, length),
    // Ephemeral unless a moderator asked for public: a member's summary never lands in the channel by accident.
    ephemeral: !mayPost,
    ...(wantsPublic && !mayPost ? { note: NOT_PUBLIC_NOTE } : {}),
  });
}

export function autocomplete(focused: FocusedOption, _input: CommandInput, ctx: CommandContext) {
  return focused.name === 'story' ? toChoices(storyChoices(ctx, focused.value)) : [];
}
