import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/article/parse.js';
import type { Article } from '../../src/article/types.js';

/** The project's own copy of the story, parsed the way the bot parses it. */
export function realArticle(): Article {
  const file = new URL('../../data/articles/nato-air-defenses-kyiv.txt', import.meta.url);
  return parseArticle(readFileSync(file, 'utf8'), 'nato-air-defenses-kyiv');
}

/** The held-out evaluation article (an earthquake in Peru), a story of another kind. */
export function peruArticle(): Article {
  const file = new URL('../fixtures/eval/articles/peru-quake-relief-arequipa.txt', import.meta.url);
  return parseArticle(readFileSync(file, 'utf8'), 'peru-quake-relief-arequipa');
}
