import { SlashCommandBuilder } from 'discord.js';
import { timelineOf } from '../src/newsroom/memo.js';
import { toChoices } from '../src/render/index.js';
import type { Reply } from '../src/render/payload.js';
import { renderTimeline } from '../src/render/timeline.js';
import { getBoolean, getString } from './options.js';
import { isStory, pickStory, storyChoices, storyOption } from './stories.js';
import type { CommandContext, CommandInput, FocusedOption } from './types.js';

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('The dated events of a story in order, with the article’s wording and ¶')
  .addStringOption(storyOption)
  .addBooleanOption((o) => o.setName('hide').setDescription('Only you see the answer'));

export const examples = ['/timeline', '/timeline story:nato-air-defenses-kyiv'];

export function execute(input: CommandInput, ctx: CommandContext): Reply {
  const picked = pickStory(ctx, getString(input, 'story'));
  if (!isStory(picked)) return picked;
  return renderTimeline(picked.article, timelineOf(picked.article), getBoolean(input, 'hide'));
}

export function autocomplete(focused: FocusedOption, _input: CommandInput, ctx: CommandContext) {
  return focused.name === 'story' ? toChoices(storyChoices(ctx, focused.value)) : [];
}
