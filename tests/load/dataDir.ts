import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ARTICLES = fileURLToPath(new URL('../../data/articles', import.meta.url));

/**
 * A throw-away DATA_DIR holding a copy of the project's stories: a bot started with it records its insights
 * (and any story changes) there, never in the project's data/ folder.
 */
export async function tempDataDir(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  await cp(ARTICLES, join(dir, 'articles'), { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
