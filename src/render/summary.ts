import type { Summary, SummaryPoint } from '../newsroom/summary.js';
import { escapeText } from './escape.js';
import { LIMITS } from './limits.js';
import { COLOR, NO_MENTIONS, type Reply } from './payload.js';
import { cite } from './source.js';

export interface SummaryView {
  summary: Summary;
  ephemeral: boolean;
  /** A line of our own above the embed (e.g. why a public post was not made). */
  note?: string;
}

/**
 * An extractive summary ready to paste in a news channel: headline, then byline · outlet · date, then the points in
 * reading order, each cited (¶n) with its speaker when it quotes someone; the footer credits the source.
 */
export function renderSummary({ summary, ephemeral, note }: SummaryView): Reply {
  const byline = [
    summary.byline.length > 0 ? `By ${summary.byline.join(', ')}` : '',
    summary.outlet,
    summary.published,
  ].filter(Boolean);
  const head = byline.length > 0 ? `*${escapeText(byline.join(' · '))}*\n\n` : '';
  const points = packLines(
    summary.points.map(formatPoint),
    LIMITS.description - head.length,
    (n) => `*… and ${n} more point${n === 1 ? '' : 's'} (too long for one message)*`,
  );
  const label = summary.length === 'full' ? 'Full summary' : 'Summary';
  const credit = [summary.outlet, summary.byline.join(', '), summary.published].filter(Boolean).join(' · ');
  return {
    ...(note ? { content: note } : {}),
    embeds: [
      {
        color: COLOR,
        author: {
          name: `${label} · ${summary.points.length} of ${summary.sentenceCount} sentences, in reading order`,
        },
        title: escapeText(summary.headline),
        description: `${head}${points || '*The story has no sentences to summarise.*'}`,
        footer: {
          text: `Source: ${credit || 'unknown'} — the story's own sentences, cited by paragraph (¶)`,
        },
      },
    ],
    ephemeral,
    allowedMentions: NO_MENTIONS,
  };
}

/** "• The sentence. — *Jens Stoltenberg* (¶2)" */
export function formatPoint(point: SummaryPoint): string {
  const speaker = point.speaker ? ` — *${escapeText(point.speaker)}*` : '';
  return `• ${escapeText(point.text)}${speaker} (${cite(point.paragraph)})`;
}

/**
 * Joins whole lines (never cut mid-line, so no citation is lost) while they fit `max` characters; what does not
 * fit is replaced by `more(n)`. Used by the newsroom renderers, whose lists can outgrow one embed.
 */
export function packLines(lines: readonly string[], max: number, more: (left: number) => string): string {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const left = lines.length - i - 1;
    // Keep room for the "… and N more" line unless this is the last line.
    const reserve = left > 0 ? more(left).length + 1 : 0;
    const cost = line.length + (out.length > 0 ? 1 : 0);
    if (used + cost + reserve > max) {
      out.push(more(lines.length - i));
      break;
    }
    out.push(line);
    used += cost;
  }
  return out.join('\n');
}
