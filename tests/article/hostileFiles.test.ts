import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadArticles } from '../../src/article/load.js';
import { createLibrary } from '../../src/search/createLibrary.js';

// A stories folder with one good article among malformed files: each bad file gets a one-line error naming it,
// the good article is still loaded and answers questions, and nothing hangs (every load is time-bound).
const NATO = fileURLToPath(new URL('../../data/articles/nato-air-defenses-kyiv.txt', import.meta.url));
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostile-files-'));
  await copyFile(NATO, join(dir, 'good.txt'));
  // A PNG header: binary, with NUL bytes.
  await writeFile(
    join(dir, 'binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  // 10 MB of plausible prose: refused by size before it is read.
  await writeFile(join(dir, 'huge.txt'), 'A sentence about NATO. '.repeat(Math.ceil((10 * 2 ** 20) / 23)));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(
    join(dir, 'boilerplate.md'),
    'Headline\n\nRead also: more\nAdvertisement\nSource link -875\n',
  );
  // Invalid UTF-8 throughout (lone continuation bytes, overlong forms, 0xFF).
  await writeFile(
    join(dir, 'invalid-utf8.txt'),
    Buffer.from(Array.from({ length: 600 }, (_, i) => [0x80, 0xc0, 0xff][i % 3] ?? 0)),
  );
  // A good story with one stray Latin-1 byte: loaded, the byte shown as U+FFFD rather than the story refused.
  await writeFile(
    join(dir, 'latin1-byte.txt'),
    Buffer.concat([
      Buffer.from('Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' owners meet\n\nThe café owners met on Monday. They agreed on prices.\n'),
    ]),
  );
  // Things that could block a reader: a link to an endless device, and a named pipe nobody writes to.
  await symlink('/dev/zero', join(dir, 'zero.txt'));
  try {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')], { timeout: 2000 });
  } catch {
    // No mkfifo here: the other files still make the point.
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Fails instead of hanging when loading takes longer than `ms`. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still loading after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

test('each malformed file gets one clear line naming it; the good article is loaded', {
  timeout: 15_000,
}, async () => {
  const started = Date.now();
  const { articles, errors } = await within(10_000, loadArticles(dir));
  expect(Date.now() - started).toBeLessThan(10_000);

  expect(articles.map((a) => a.id).sort()).toEqual(['good', 'latin1-byte']);
  const byFile = Object.fromEntries(errors.map((e) => [e.file, e.message]));
  expect(byFile).toEqual({
    'binary.txt': expect.stringMatching(/^binary\.txt: binary content/),
    'huge.txt': expect.stringMatching(/^huge\.txt: file too large \(\d+ bytes, limit \d+\)$/),
    'empty.txt': 'empty.txt: empty file',
    'boilerplate.md': 'boilerplate.md: no body paragraphs found',
    'invalid-utf8.txt': expect.stringMatching(/^invalid-utf8\.txt: unreadable content/),
  });
  for (const e of errors) expect(e.message).not.toContain('\n');
  // The link to /dev/zero and the named pipe are not regular files: skipped, never read.
  expect(Object.keys(byFile)).not.toContain('zero.txt');
  expect(Object.keys(byFile)).not.toContain('pipe.txt');

  const latin1 = articles.find((a) => a.id === 'latin1-byte');
  expect(latin1?.headline).toBe('Caf\uFFFD owners meet');
});

test('the good article is still served through the library', { timeout: 15_000 }, async () => {
  const { articles } = await within(10_000, loadArticles(dir));
  const library = createLibrary(articles.map((article) => ({ article, owner: null })));
  const answer = library.answer('when was NATO founded');
  expect(answer.answered).toBe(true);
  expect(answer.excerpts[0]?.articleId).toBe('good');
  expect(answer.excerpts.map((e) => e.text).join(' ')).toContain('1949');
});
