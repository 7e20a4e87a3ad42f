import { SlashCommandBuilder } from 'discord.js';
import {
  type ButtonSpec,
  buttonRows,
  notice,
  renderAnswer,
  renderNotCovered,
  renderParagraph,
  toChoices,
} from '../src/render/index.js';
import type { Reply } from '../src/render/payload.js';
import type { Excerpt } from '../src/search/types.js';
import { contextId, moreId, parseAskButton } from './askButtons.js';
import { feedbackButtons, parseFeedback } from './askFeedback.js';
import { getBoolean, getString, getUser } from './options.js';
import type { ButtonPress, ButtonResult, CommandContext, CommandInput, FocusedOption } from './types.js';

/** Excerpts per reply; "More" shows the next page. */
export const PAGE_SIZE = 3;
/** Discord's buttons per row: Context, More, Helpful and Not helpful share one row (see `answerPage`). */
const ROW = 5;

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
// No `defer`: answering takes well under a millisecond on one story and p99 21 ms on 1,000 (`npm run bench`), so the
// reply goes out in one callback instead of a deferral plus an edit.

export function execute(input: CommandInput, ctx: CommandContext): Reply {
  const question = getString(input, 'question')?.trim();
  if (!question) return notice('Ask a question, e.g. `/ask question:what did NATO agree`.');
  const page = answerPage(question, 0, ctx, {
    ephemeral: getBoolean(input, 'hide'),
    forUserId: getUser(input, 'for')?.id,
  });
  // Answered or not, every question counts: the unanswered ones are the gaps moderators want to see.
  ctx.afterReply(() =>
    ctx.insights.question({
      guildId: ctx.scope.guildId,
      userId: ctx.user.id,
      question,
      answered: page.answered,
      storyIds: page.storyIds,
    }),
  );
  return page.reply;
}

export function autocomplete(focused: FocusedOption, _input: CommandInput, ctx: CommandContext) {
  if (focused.name !== 'question') return [];
  return toChoices(ctx.library.suggest(focused.value, { scope: ctx.scope, limit: 25 }));
}

export function button(press: ButtonPress, ctx: CommandContext): ButtonResult {
  if (press.args[0] === 'fb') return feedback(press, ctx);
  const state = parseAskButton(press);
  if (!state) return { reply: notice('That button is no longer valid; run `/ask` again.'), update: false };
  if (state.kind === 'more') {
    const { reply } = answerPage(state.question, state.offset, ctx, {});
    // A notice ("no more excerpts") goes to the clicker alone instead of wiping the answer everyone sees.
    return { reply, update: (reply.embeds?.length ?? 0) > 0 };
  }
  const story = ctx.library.get(state.articleId, ctx.scope);
  const paragraph = story?.article.paragraphs.find((p) => p.n === state.paragraph);
  if (!story || !paragraph) return { reply: notice('That story is no longer available.'), update: false };
  return { reply: renderParagraph(story.article, paragraph, true, state.sentence), update: false };
}

/** "Helpful" / "Not helpful": a private thank-you (the answer others see stays as it is), recorded afterwards. */
function feedback(press: ButtonPress, ctx: CommandContext): ButtonResult {
  const rated = parseFeedback(press);
  if (!rated) return { reply: notice('That button is no longer valid; run `/ask` again.'), update: false };
  ctx.afterReply(() => ctx.insights.feedback({ guildId: ctx.scope.guildId, userId: ctx.user.id, ...rated }));
  const thanks = rated.helpful
    ? 'Thanks! Glad it helped.'
    : 'Thanks for telling us. The moderators see which answers miss the mark.';
  return { reply: notice(thanks), update: false };
}

interface Audience {
  ephemeral?: boolean;
  forUserId?: string;
}

interface Page {
  reply: Reply;
  answered: boolean;
  /** Stories the page cites. */
  storyIds: string[];
}

/**
 * One page of cited excerpts, with "Context" buttons where the paragraph has more to show, "More" if more exist,
 * then "Helpful" / "Not helpful". All on one row of at most 5 (the renderer packs buttons into rows of 5, so a
 * sixth would wrap alone): a third Context button gives way when More is there too.
 */
function answerPage(question: string, offset: number, ctx: CommandContext, audience: Audience): Page {
  // One extra excerpt tells whether a "More" button would show anything.
  const answer = ctx.library.answer(question, { scope: ctx.scope, limit: offset + PAGE_SIZE + 1 });
  const page = answer.excerpts.slice(offset, offset + PAGE_SIZE);
  if (!answer.answered || page.length === 0) {
    if (offset > 0)
      return { reply: notice('No more excerpts for that question.'), answered: false, storyIds: [] };
    const reply = renderNotCovered({
      question,
      suggestions: answer.suggestions,
      reason: answer.reason,
      ...audience,
    });
    return {
      reply: { ...reply, components: buttonRows(feedbackButtons(question, false)) },
      answered: false,
      storyIds: [],
    };
  }
  const feedback = feedbackButtons(question, true);
  const more: ButtonSpec[] =
    answer.excerpts.length > offset + PAGE_SIZE
      ? [{ label: 'More', customId: moreId(offset + PAGE_SIZE, question), primary: true }]
      : [];
  const context = contextButtons(page, ctx).slice(0, ROW - more.length - feedback.length);
  const buttons = [...context, ...more, ...feedback];
  const articleOf = (id: string) => ctx.library.get(id, ctx.scope)?.article;
  const reply = renderAnswer({ question, excerpts: page, articleOf, buttons, ...audience });
  return { reply, answered: true, storyIds: [...new Set(page.map((e) => e.articleId))] };
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
    // Only when the paragraph holds more than the excerpt itself (a quote's excerpt may cite several sentences).
    const cited = (e.lastSentence ?? e.sentence) - e.sentence + 1;
    if (seen.has(key) || !id || !paragraph || paragraph.sentences.length <= cited) continue;
    seen.add(key);
    out.push({ label: `Context ¶${e.paragraph}`, customId: id });
  }
  return out;
}
