import type { Article } from '../article/types.js';

/** The credit line under every reply: "Reuters · John Irish, Andrew Gray · 2024-04-04" (empty parts left out). */
export function sourceLine(article: Article): string {
  return [article.outlet, article.byline.join(', '), article.published].filter(Boolean).join(' · ');
}

/** "¶7": the paragraph citation used everywhere. */
export function cite(paragraph: number): string {
  return `¶${paragraph}`;
}
