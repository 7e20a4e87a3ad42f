/** The article ingestion layer: raw scraped text -> Article. */
export { ArticleError } from './errors.js';
export { articleId, loadArticleFile, loadArticles, MAX_ARTICLE_BYTES } from './load.js';
export { type ParseOptions, parseArticle } from './parse.js';
export { splitSentences } from './sentences.js';
export type { Article, LoadError, Paragraph, Quote, Sentence } from './types.js';
