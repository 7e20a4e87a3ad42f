import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/stories/atomicFile.js';
import { storyBody } from './atomicWriter.js';
import { killAfterWrites } from './crash.js';
import { removeDir, tempDataDir } from './fixtures.js';

const WRITER = fileURLToPath(new URL('./atomicWriter.ts', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await tempDataDir();
});
afterEach(async () => {
  await removeDir(dir);
});

it('replaces a file whole and leaves no temp file', async () => {
  const file = path.join(dir, 'a.txt');
  await writeFileAtomic(file, 'first');
  await writeFileAtomic(file, 'second');
  expect(await fs.readFile(file, 'utf8')).toBe('second');
  expect(await fs.readdir(dir)).toEqual(['a.txt']);
});

it('never shows a partial story file when the writer is killed mid-loop', async () => {
  const oks = await killAfterWrites(WRITER, [dir], 5);
  const names = (await fs.readdir(dir)).filter((n) => !n.endsWith('.tmp'));
  const stories = names.filter((n) => n.startsWith('story-'));
  // Every acknowledged write is there (and maybe the one in flight when the kill landed).
  expect(stories.length).toBeGreaterThanOrEqual(oks);
  for (const name of [...names]) {
    const text = await fs.readFile(path.join(dir, name), 'utf8');
    const version = Number(/^version (\d+)\n/.exec(text)?.[1]);
    expect(text, `${name} is complete`).toBe(storyBody(version));
  }
  // Leftover temp files are dot files, which loaders skip.
  for (const n of await fs.readdir(dir)) if (n.endsWith('.tmp')) expect(n.startsWith('.')).toBe(true);
});
