import { join } from 'node:path';
import { loadArticles } from '../article/load.js';
import { createLibrary } from '../search/createLibrary.js';
import type { StoryLibrary } from '../search/library.js';
import { type CliIO, UsageError } from './types.js';

/** The global stories in `<dataDir>/articles`; files that fail to load are reported on stderr, one line each. */
export async function libraryFromDisk(io: CliIO): Promise<StoryLibrary> {
  const dir = join(io.dataDir, 'articles');
  const { articles, errors } = await loadArticles(dir);
  for (const e of errors) io.stderr.write(`warning: ${e.file}: ${e.message}\n`);
  if (articles.length === 0) {
    throw new UsageError(
      `no article could be loaded from ${dir}${errors[0] ? ` (${errors[0].message})` : ''}`,
    );
  }
  return createLibrary(articles.map((article) => ({ article, owner: null })));
}
