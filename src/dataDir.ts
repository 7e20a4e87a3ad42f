import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root: the nearest folder up from this file with a package.json, so `tsx src/…`, compiled
 * `node dist/src/…` and a compiled copy under node_modules/.cache agree.
 */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** The data folder: DATA_DIR when set (tests point it at a temporary folder), else the project's `data/`. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.DATA_DIR?.trim();
  if (configured) return path.resolve(configured);
  return path.join(projectRoot(), 'data');
}
