import type { Article } from '../article/types.js';
import type { ButtonSpec } from './answer.js';
import { buttonRows } from './answer.js';
import { escapeText } from './escape.js';
import { COLOR, NO_MENTIONS, type Reply } from './payload.js';
import { sourceLine } from './source.js';

/** `/story add` succeeded: the new id, headline and size; it is searchable at once. */
export function renderStoryAdded(article: Article, guildId: string | null): Reply {
  const where = guildId === null ? 'everywhere (a global story)' : 'on this server only';
  return {
    embeds: [
      {
        color: COLOR,
        title: escapeText(article.headline),
        description: `Added as \`${article.id}\`, with ${article.paragraphs.length} paragraphs. Members can /ask about it now, ${where}.`,
        fields: [
          { name: 'Story id', value: `\`${article.id}\``, inline: true },
          { name: 'Paragraphs', value: String(article.paragraphs.length), inline: true },
        ],
        ...(sourceLine(article) ? { footer: { text: sourceLine(article) } } : {}),
      },
    ],
    ephemeral: true,
    allowedMentions: NO_MENTIONS,
  };
}

/** The question before a removal, with the confirm and cancel buttons (`confirmId` carries the story id). */
export function renderRemoveConfirm(article: Article, confirmId: string, cancelId: string): Reply {
  const buttons: ButtonSpec[] = [
    { label: 'Remove', customId: confirmId, primary: true },
    { label: 'Cancel', customId: cancelId },
  ];
  return {
    content: `Remove **${escapeText(article.headline)}** (\`${article.id}\`)? Members will no longer get answers from it. This cannot be undone.`,
    components: buttonRows(buttons),
    ephemeral: true,
    allowedMentions: NO_MENTIONS,
  };
}
