import type { Article, Paragraph } from '../article/types.js';
import { escapeText, inlineCode } from './escape.js';
import { COLOR, type EmbedField, NO_MENTIONS, type Reply } from './payload.js';
import { cite, sourceLine } from './source.js';

/** Headline, byline, outlet, date, sections, counts, credits and the copyright line. */
export function renderArticle(article: Article, ephemeral = false): Reply {
  const named = article.sections.filter(Boolean);
  const fields: EmbedField[] = [
    { name: 'Outlet', value: escapeText(article.outlet || 'unknown'), inline: true },
    { name: 'Published', value: escapeText(article.published || 'unknown'), inline: true },
    { name: 'Dateline', value: escapeText(article.dateline || '—'), inline: true },
    {
      name: 'Paragraphs',
      value: `${article.paragraphs.length} (${cite(1)}–${cite(article.paragraphs.length)})`,
      inline: true,
    },
    { name: 'Quotes', value: String(article.quotes.filter((q) => !q.fragment).length), inline: true },
    { name: 'Story id', value: inlineCode(article.id), inline: true },
  ];
  if (named.length > 0)
    fields.push({ name: 'Sections', value: named.map((s) => `• ${escapeText(s)}`).join('\n') });
  if (article.credits) fields.push({ name: 'Credits', value: escapeText(article.credits) });
  return {
    embeds: [
      {
        color: COLOR,
        title: escapeText(article.headline),
        description: article.byline.length > 0 ? `By ${escapeText(article.byline.join(', '))}` : undefined,
        fields,
        footer: { text: article.copyright || sourceLine(article) },
      },
    ],
    ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}

/** One paragraph, cited; `focus` (a sentence index) is shown in bold, as when "Context" expands an excerpt. */
export function renderParagraph(
  article: Article,
  paragraph: Paragraph,
  ephemeral = false,
  focus?: number,
): Reply {
  const body =
    focus === undefined
      ? escapeText(paragraph.text)
      : paragraph.sentences
          .map((s) => (s.index === focus ? `**${escapeText(s.text)}**` : escapeText(s.text)))
          .join(' ');
  const section = paragraph.section ? ` · ${escapeText(paragraph.section)}` : '';
  return {
    embeds: [
      {
        color: COLOR,
        title: escapeText(article.headline),
        description: `**${cite(paragraph.n)}**${section}\n${body}`,
        footer: { text: sourceLine(article) },
      },
    ],
    ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}

/** A list of stories, for commands that need one picked. */
export function renderStoryList(articles: readonly Article[], ephemeral = true): Reply {
  const lines = articles.map((a) => `${inlineCode(a.id)} — ${escapeText(a.headline)}`);
  return {
    embeds: [{ color: COLOR, title: 'Stories', description: lines.join('\n') || 'No stories are loaded.' }],
    ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}
