import type { Article } from '../article/types.js';
import type { TimelineEvent } from '../newsroom/timeline.js';
import { escapeText } from './escape.js';
import { LIMITS } from './limits.js';
import { COLOR, NO_MENTIONS, type Reply } from './payload.js';
import { cite, sourceLine } from './source.js';
import { packLines } from './summary.js';

/** Characters of the sentence shown around the dated phrase: enough to say what happened, short enough to scan. */
export const EXCERPT_CHARS = 140;

/**
 * The story's dated events in order, one line each: resolved date ("≈" when read from vague wording, "A – B" for a
 * span), the article's own wording in quotes, an excerpt of the sentence around it, and the ¶.
 */
export function renderTimeline(article: Article, events: readonly TimelineEvent[], ephemeral = false): Reply {
  const lines = events.map(formatEvent);
  const undated = article.published
    ? ''
    : '\n\n*The story has no publication date, so relative dates (“on Thursday”) could not be placed.*';
  const body =
    lines.length > 0
      ? packLines(lines, LIMITS.description - undated.length, (n) => `*… and ${n} more events*`)
      : '*The story mentions no dates.*';
  return {
    embeds: [
      {
        color: COLOR,
        author: { name: `Timeline · ${events.length} dated event${events.length === 1 ? '' : 's'}` },
        title: escapeText(article.headline),
        description: `${body}${undated}`,
        footer: { text: `${sourceLine(article)} · dates resolved against the publication date` },
      },
    ],
    ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}

/** "**2024-04-03 – 2024-04-04** “During the night…” — Russia carried out… (¶9)" */
export function formatEvent(e: TimelineEvent): string {
  const excerpt = excerptAround(e.text, e.wording, EXCERPT_CHARS);
  return `**${formatDate(e)}** “${escapeText(e.wording)}” — ${escapeText(excerpt)} (${cite(e.paragraph)})`;
}

/** "2024-04-04", "≈2024", "2024-04-03 – 2024-04-04". */
export function formatDate(e: Pick<TimelineEvent, 'date' | 'end' | 'approximate'>): string {
  const date = e.end && e.end !== e.date ? `${e.date} – ${e.end}` : e.date;
  return e.approximate ? `≈${date}` : date;
}

/** A window of `text` of at most `max` characters that contains `phrase`, cut at word boundaries, "…" where cut. */
export function excerptAround(text: string, phrase: string, max: number): string {
  if (text.length <= max) return text;
  const at = Math.max(0, text.indexOf(phrase));
  // Start a little before the phrase so the excerpt reads as a sentence, not as the date alone.
  let start = at < max / 2 ? 0 : at - Math.floor(max / 3);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + max - 2);
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start + phrase.length ? text.lastIndexOf(' ', end) : end;
  const middle = text.slice(start, end).replace(/[\s,;:–—-]+$/u, '');
  return `${start > 0 ? '…' : ''}${middle}${end < text.length ? '…' : ''}`;
}
