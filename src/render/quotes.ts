import type { Article, Quote } from '../article/types.js';
import { escapeText } from './escape.js';
import { COLOR, type Embed, NO_MENTIONS, type Reply } from './payload.js';
import { cite, sourceLine } from './source.js';

export interface QuoteHit {
  article: Article;
  quote: Quote;
}

/** Direct quotes with speaker and ¶, one embed per article; fragments (scare quotes) are marked. */
export function renderQuotes(hits: readonly QuoteHit[], heading: string, ephemeral = false): Reply {
  const groups = new Map<Article, Quote[]>();
  for (const { article, quote } of hits) groups.set(article, [...(groups.get(article) ?? []), quote]);
  const embeds: Embed[] = [...groups].map(([article, quotes], i) => ({
    color: COLOR,
    ...(i === 0 ? { author: { name: heading } } : {}),
    title: escapeText(article.headline),
    description: quotes.map(formatQuote).join('\n\n'),
    footer: { text: sourceLine(article) },
  }));
  return { embeds, ephemeral, allowedMentions: NO_MENTIONS };
}

/** "> “text” — **Speaker** (¶7)" */
export function formatQuote(q: Quote): string {
  const fragment = q.fragment ? ' *(phrase)*' : '';
  return `> “${escapeText(q.text)}”\n— **${escapeText(q.speaker)}** (${cite(q.paragraph)})${fragment}`;
}
