import { createLibrary } from '../search/createLibrary.js';
import type { StoryLibrary } from '../search/library.js';
import { loadStories } from '../stories/index.js';
import { type CliIO, UsageError } from './types.js';

/**
 * Every story under `dataDir` (global and each server's, as the bot loads them); the CLI asks as the operator, so
 * only global stories answer. Files that fail to load are reported on stderr, one line each.
 */
export async function libraryFromDisk(io: CliIO): Promise<StoryLibrary> {
  const { stories, errors } = await loadStories(io.dataDir);
  for (const e of errors) io.stderr.write(`warning: ${e.file}: ${e.message}\n`);
  if (!stories.some((s) => s.owner === null)) {
    const why = errors[0] ? ` (${errors[0].file}: ${errors[0].message})` : '';
    throw new UsageError(`no article could be loaded from ${io.dataDir}${why}`);
  }
  return createLibrary(stories);
}
