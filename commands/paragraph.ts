import { SlashCommandBuilder } from 'discord.js';
import { notice, renderParagraph, toChoices } from '../src/render/index.js';
import type { Reply } from '../src/render/payload.js';
import { getBoolean, getInteger, getString } from './options.js';
import { isStory, pickStory, storyChoices, storyOption } from './stories.js';
import type { CommandContext, CommandInput, FocusedOption } from './types.js';

export const data = new SlashCommandBuilder()
  .setName('paragraph')
  .setDescription('Show one paragraph of a story, cited')
  .addIntegerOption((o) =>
    o.setName('number').setDescription('Paragraph number (¶)').setRequired(true).setMinValue(1),
  )
  .addStringOption(storyOption)
  .addBooleanOption((o) => o.setName('hide').setDescription('Only you see the answer'));

export const examples = ['/paragraph number:4'];

export function execute(input: CommandInput, ctx: CommandContext): Reply {
  const ephemeral = getBoolean(input, 'hide');
  const picked = pickStory(ctx, getString(input, 'story'));
  if (!isStory(picked)) return picked;
  const { article } = picked;
  const n = getInteger(input, 'number');
  const paragraph = article.paragraphs.find((p) => p.n === n);
  if (!paragraph) {
    const count = article.paragraphs.length;
    return notice(
      count === 0
        ? 'This story has no paragraphs.'
        : `There is no ¶${n ?? '?'}: this story has paragraphs 1–${count}.`,
    );
  }
  return renderParagraph(article, paragraph, ephemeral);
}

export function autocomplete(focused: FocusedOption, _input: CommandInput, ctx: CommandContext) {
  return focused.name === 'story' ? toChoices(storyChoices(ctx, focused.value)) : [];
}
