import { SlashCommandBuilder } from 'discord.js';
import {
  type ButtonSpec,
  notice,
  renderAnswer,
  renderNotCovered,
  renderParagraph,
  toChoices,
} from '../src/render/index.js';
import type { Reply } from '../src/render/payload.js';
import type { Excerpt } from '../src/search/types.js';
import { contextId, moreId, parseAskButton } from './askButtons.js';
import { getBoolean, getString, getUser } from './options.js';
import type { ButtonPress, ButtonResult, CommandContext, CommandInput, FocusedOption } from './types.js';

/** Excerpts per reply; "More" shows the next page. */
export const PAGE_SIZE = 3;

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask a question about the news stories; get cited excerpts')
  .addStringOption((o) =>
    o
      .setName('question')
      .setDescription('What you want to know')
      .setRequired(true)
      .setMaxLength(200)
      .setAutocomplete(true),
  )
  .addBooleanOption((o) => o.setName('hide').setDescription('Only you see the answer'))
  .addUserOption((o) => o.setName('for').setDescription('Mention this user in the answer'));

export const examples = [
  '/ask question:when was NATO founded',
  '/ask question:what did Kuleba ask for hide:true',
];
export const cooldown = true;
export const defer = true;

export function execute(input: CommandInput, ctx: CommandContext): Reply {
  const question = getString(input, 'question')?.trim();
  if (!question) return notice('Ask a question, e.g. `/ask question:what did NATO agree`.');
  return answerPage(question, 0, ctx, {
    ephemeral: getBoolean(input, 'hide'),
    forUserId: getUser(input, 'for')?.id,
  });
}

export function autocomplete(focused: FocusedOption, _input: CommandInput, ctx: CommandContext) {
  if (focused.name !== 'question') return [];
  return toChoices(ctx.library.suggest(focused.value, { scope: ctx.scope, limit: 25 }));
}

export function button(press: ButtonPress, ctx: CommandContext): ButtonResult {
  const state = parseAskButton(press);
  if (!state) return { reply: notice('That button is no longer valid; run `/ask` again.'), update: false };
  if (state.kind === 'more') {
    const reply = answerPage(state.question, state.offset, ctx, {});
    // A notice ("no more excerpts") goes to the clicker alone instead of wiping the answer everyone sees.
    return { reply, update: (reply.embeds?.length ?? 0) > 0 };
  }
  const story = ctx.library.get(state.articleId, ctx.scope);
  const paragraph = story?.article.paragraphs.find((p) => p.n === state.paragraph);
  if (!story || !paragraph) return { reply: notice('That story is no longer available.'), update: false };
  return { reply: renderParagraph(story.article, paragraph, true, state.sentence), update: false };
}

interface Audience {
  ephemeral?: boolean;
  forUserId?: string;
}

/** One page of cited excerpts, with "Context" buttons where the paragraph has more to show and "More" if more exist. */
function answerPage(question: string, offset: number, ctx: CommandContext, audience: Audience): Reply {
  // One extra excerpt tells whether a "More" button would show anything.
  const answer = ctx.library.answer(question, { scope: ctx.scope, limit: offset + PAGE_SIZE + 1 });
  const page = answer.excerpts.slice(offset, offset + PAGE_SIZE);
  if (!answer.answered || page.length === 0) {
    if (offset > 0) return notice('No more excerpts for that question.');
    return renderNotCovered({
      question,
      suggestions: answer.suggestions,
      reason: answer.reason,
      ...audience,
    });
  }
  const buttons: ButtonSpec[] = contextButtons(page, ctx);
  if (answer.excerpts.length > offset + PAGE_SIZE) {
    buttons.push({ label: 'More', customId: moreId(offset + PAGE_SIZE, question), primary: true });
  }
  const articleOf = (id: string) => ctx.library.get(id, ctx.scope)?.article;
  return renderAnswer({ question, excerpts: page, articleOf, buttons, ...audience });
}

function contextButtons(page: readonly Excerpt[], ctx: CommandContext): ButtonSpec[] {
  const seen = new Set<string>();
  const out: ButtonSpec[] = [];
  for (const e of page) {
    const key = `${e.articleId}#${e.paragraph}`;
    const paragraph = ctx.library
      .get(e.articleId, ctx.scope)
      ?.article.paragraphs.find((p) => p.n === e.paragraph);
    const id = contextId(e.paragraph, e.sentence, e.articleId);
    // Only when the paragraph holds more than the excerpt itself.
    if (seen.has(key) || !id || !paragraph || paragraph.sentences.length < 2) continue;
    seen.add(key);
    out.push({ label: `Context ¶${e.paragraph}`, customId: id });
  }
  return out;
}
