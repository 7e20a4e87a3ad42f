import { fileURLToPath } from 'node:url';
import { loadArticleFile } from '../../src/article/load.js';
import type { Article } from '../../src/article/types.js';

/** The project's copy of the story (never /work/shared). */
export const ARTICLE_PATH = fileURLToPath(
  new URL('../../data/articles/nato-air-defenses-kyiv.txt', import.meta.url),
);

/** The story's publication date: a Thursday, the 75th anniversary of NATO's founding (April 4, 1949). */
export const PUBLISHED = '2024-04-04';

/** The real article as the project's parser reads it; the date is pinned should the parser not find one. */
export async function realArticle(): Promise<Article> {
  const article = await loadArticleFile(ARTICLE_PATH);
  return article.published ? article : { ...article, published: PUBLISHED };
}
