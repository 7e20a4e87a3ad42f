import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/article/parse.js';
import type { Article } from '../../src/article/types.js';
import { createLibrary } from '../../src/search/createLibrary.js';
import type { StoryLibrary } from '../../src/search/library.js';

/** The project's own copy of the story, parsed the way the bot parses it. */
export function realArticle(): Article {
  const file = new URL('../../data/articles/nato-air-defenses-kyiv.txt', import.meta.url);
  return parseArticle(readFileSync(file, 'utf8'), 'nato-air-defenses-kyiv');
}

/** The held-out evaluation article (an earthquake in Peru), a story of another kind. */
export function peruArticle(): Article {
  return evalArticle('peru-quake-relief-arequipa');
}

/** One of the evaluation's stories, by its id. */
export function evalArticle(id: string): Article {
  const file = new URL(`../fixtures/eval/articles/${id}.txt`, import.meta.url);
  return parseArticle(readFileSync(file, 'utf8'), id);
}

/** A made-up story: a headline, then one paragraph per string, parsed the way the bot parses a file. */
export function madeUpArticle(id: string, headline: string, ...paragraphs: string[]): Article {
  return parseArticle([headline, ...paragraphs].join('\n\n'), id);
}

/** A library holding only this (global) story. */
export function libraryOf(article: Article): StoryLibrary {
  return createLibrary([{ article, owner: null }]);
}
