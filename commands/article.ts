import { SlashCommandBuilder } from 'discord.js';
import { renderArticle, toChoices } from '../src/render/index.js';
import type { Reply } from '../src/render/payload.js';
import { getBoolean, getString } from './options.js';
import { isStory, pickStory, storyChoices, storyOption } from './stories.js';
import type { CommandContext, CommandInput, FocusedOption } from './types.js';

export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription('Headline, byline, outlet, date, sections and credits of a story')
  .addStringOption(storyOption)
  .addBooleanOption((o) => o.setName('hide').setDescription('Only you see the answer'));

export const examples = ['/article', '/article story:nato-air-defenses-kyiv'];

export function execute(input: CommandInput, ctx: CommandContext): Reply {
  const picked = pickStory(ctx, getString(input, 'story'));
  return isStory(picked) ? renderArticle(picked.article, getBoolean(input, 'hide')) : picked;
}

export function autocomplete(focused: FocusedOption, _input: CommandInput, ctx: CommandContext) {
  return focused.name === 'story' ? toChoices(storyChoices(ctx, focused.value)) : [];
}
