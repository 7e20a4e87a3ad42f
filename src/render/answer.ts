import type { Article } from '../article/types.js';
import type { Excerpt } from '../search/types.js';
import { escapeText } from './escape.js';
import { highlight } from './highlight.js';
import { type ActionRow, type Button, COLOR, type Embed, type Reply } from './payload.js';
import { cite, sourceLine } from './source.js';

export interface ButtonSpec {
  label: string;
  customId: string;
  primary?: boolean;
}

export interface AnswerView {
  question: string;
  /** The excerpts on this page, best first. */
  excerpts: readonly Excerpt[];
  articleOf: (id: string) => Article | undefined;
  buttons?: readonly ButtonSpec[];
  /** User mentioned (and the only one allowed to be pinged). */
  forUserId?: string;
  ephemeral?: boolean;
}

/**
 * Cited excerpts, one embed per article (so each carries its own source footer). The first embed's author line
 * holds the question verbatim: buttons read it back when the question is too long for their custom id.
 */
export function renderAnswer(view: AnswerView): Reply {
  const groups = new Map<string, Excerpt[]>();
  for (const e of view.excerpts) groups.set(e.articleId, [...(groups.get(e.articleId) ?? []), e]);
  const embeds: Embed[] = [...groups].map(([id, excerpts], i) => {
    const article = view.articleOf(id);
    return {
      color: COLOR,
      ...(i === 0 ? { author: { name: view.question } } : {}),
      title: escapeText(article?.headline ?? id),
      description: excerpts.map(formatExcerpt).join('\n\n'),
      ...(article ? { footer: { text: sourceLine(article) } } : {}),
    };
  });
  return withAudience({ embeds, components: buttonRows(view.buttons ?? []) }, view);
}

/** "**¶7** text with **matches** — *Speaker*" */
export function formatExcerpt(e: Excerpt): string {
  const speaker = e.speaker ? ` — *${escapeText(e.speaker)}*` : '';
  return `**${cite(e.paragraph)}** ${highlight(e.text, e.highlights)}${speaker}`;
}

export interface NotCoveredView {
  question: string;
  suggestions: readonly string[];
  reason?: string;
  forUserId?: string;
  ephemeral?: boolean;
}

/** The honest "not covered" answer, with what the stories do cover. */
export function renderNotCovered(view: NotCoveredView): Reply {
  const lines = [`The article doesn't say anything that answers “${escapeText(view.question)}”.`];
  if (view.reason) lines.push(escapeText(view.reason));
  if (view.suggestions.length > 0) {
    lines.push(
      '',
      'It does cover, for example:',
      ...view.suggestions.slice(0, 5).map((s) => `• ${escapeText(s)}`),
    );
  }
  const embed: Embed = { color: COLOR, author: { name: view.question }, description: lines.join('\n') };
  return withAudience({ embeds: [embed] }, view);
}

export function buttonRows(specs: readonly ButtonSpec[]): ActionRow[] {
  if (specs.length === 0) return [];
  const components: Button[] = specs.map((s) => ({
    type: 2,
    style: s.primary ? 1 : 2,
    label: s.label,
    custom_id: s.customId,
  }));
  return [{ type: 1, components }];
}

/** Adds the `for` mention (the only user who may be pinged) and the ephemeral flag. */
function withAudience(
  reply: Omit<Reply, 'allowedMentions'>,
  view: { forUserId?: string; ephemeral?: boolean },
): Reply {
  const mention = view.forUserId ? { content: `<@${view.forUserId}>` } : {};
  const users = view.forUserId ? { users: [view.forUserId] } : {};
  return {
    ...mention,
    ...reply,
    ephemeral: view.ephemeral ?? false,
    allowedMentions: { parse: [], ...users },
  };
}
