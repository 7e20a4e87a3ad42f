import type { Story } from '../search/library.js';
import { escapeText } from './escape.js';
import { LIMITS } from './limits.js';
import { COLOR, NO_MENTIONS, type Reply } from './payload.js';
import { truncatePlain } from './truncate.js';

export interface StoryListView {
  /** What the place sees: global stories first, then its own. */
  stories: readonly Story[];
  /** The server asking (null: a DM or the console's operator). */
  guildId: string | null;
  /** How many stories a server may add. */
  perGuild: number;
}

/** `/story list`: every visible story, marked global or "this server", and how many the server may still add. */
export function renderStoryOverview(view: StoryListView): Reply {
  const own = view.stories.filter((s) => s.owner !== null && s.owner === view.guildId).length;
  const lines = view.stories.map(({ article, owner }) => {
    const mark = owner === null ? 'global' : 'this server';
    const headline = escapeText(truncatePlain(article.headline, 120));
    return `\`${article.id}\` — ${headline} · ${mark} · ${article.paragraphs.length} ¶`;
  });
  const footer =
    view.guildId === null
      ? 'Global stories: every server and direct message sees them.'
      : `This server added ${own} of the ${view.perGuild} stories it may have. Moderators: /story add, /story remove.`;
  return {
    embeds: [
      {
        color: COLOR,
        title: view.guildId === null ? 'Stories' : 'Stories on this server',
        description: fitLines(lines, LIMITS.description) || 'No stories yet.',
        footer: { text: footer },
      },
    ],
    ephemeral: true,
    allowedMentions: NO_MENTIONS,
  };
}

/** As many whole lines as fit in `max`, then "…and N more" (never a line cut in half). */
export function fitLines(lines: readonly string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const more = `…and ${lines.length - i} more`;
    const cost = line.length + (out.length > 0 ? 1 : 0);
    // Keep room for the "…and N more" line unless this is the last one.
    const reserve = i < lines.length - 1 ? more.length + 1 : 0;
    if (used + cost + reserve > max) {
      out.push(more);
      break;
    }
    out.push(line);
    used += cost;
  }
  return out.join('\n');
}
