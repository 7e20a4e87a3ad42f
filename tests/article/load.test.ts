import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/article/errors.js';
import { loadArticleFile, loadArticles } from '../../src/article/load.js';
import { parseArticle } from '../../src/article/parse.js';

const fixtures = new URL('../fixtures/articles/', import.meta.url);
const nato = new URL('../../data/articles/nato-air-defenses-kyiv.txt', import.meta.url);

describe('malformed input -> ArticleError naming the file', () => {
  it.each([
    ['empty text', '', /^nato\.txt: empty file$/],
    ['only whitespace', ' \n\r\n\t \n', /^nato\.txt: empty file$/],
    ['NUL bytes', 'Headline\n\nBody\u0000\u0000text.', /^nato\.txt: binary content/],
    ['mostly undecodable bytes', `${'\uFFFD'.repeat(50)}ab`, /^nato\.txt: unreadable content/],
    ['a headline only', 'Just a headline\n', /^nato\.txt: no body paragraphs found$/],
    [
      'only boilerplate',
      'Headline\n\nRead also: more\nAdvertisement\nSource link -875\n',
      /^nato\.txt: no body paragraphs found$/,
    ],
  ])('%s', (_name, raw, message) => {
    expect(() => parseArticle(raw, 'nato', { source: 'nato.txt' })).toThrow(ArticleError);
    expect(() => parseArticle(raw, 'nato', { source: 'nato.txt' })).toThrow(message);
  });

  it('stays fast on a pathological 1 MB paragraph (quotes, capitals, speech verbs)', () => {
    const raw = `Head\n\n${'“Yes,” Foreign Minister Ana Lima said. U.S. Gen. '.repeat(20_000)}`;
    const started = Date.now();
    const a = parseArticle(raw, 'big');
    expect(a.quotes).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('stays fast on a paragraph of 20,000 sentences each opened by a known name', () => {
    const sentences = Array.from({ length: 20_000 }, (_, i) => `Anna Berg said the count was ${i}.`).join(
      ' ',
    );
    const started = Date.now();
    const a = parseArticle(`Head\n\n"We will see," said Anna Berg, the mayor.\n\n${sentences}\n`, 'long');
    expect(a.paragraphs).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('uses the id when no source name is given', () => {
    expect(() => parseArticle('', 'nato')).toThrow(/^nato: empty file$/);
  });

  it('rejects fixture files with one-line messages', async () => {
    await expect(loadArticleFile(fileURLToPath(new URL('empty.txt', fixtures)))).rejects.toThrow(
      /^empty\.txt: empty file$/,
    );
    await expect(loadArticleFile(fileURLToPath(new URL('only-boilerplate.txt', fixtures)))).rejects.toThrow(
      /^only-boilerplate\.txt: no body paragraphs found$/,
    );
  });
});

describe('loadArticles', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'article-load-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns the good article and one error for the bad file', async () => {
    await copyFile(nato, join(dir, 'b-nato.txt'));
    await writeFile(join(dir, 'a-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    await writeFile(join(dir, 'notes.json'), '{}'); // not an article extension: ignored
    await mkdir(join(dir, 'sub.txt')); // a folder, not a file: ignored
    const { articles, errors } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['b-nato']);
    expect(articles[0]?.paragraphs).toHaveLength(21);
    expect(errors).toEqual([
      { file: 'a-binary.txt', message: 'a-binary.txt: binary content (NUL bytes), not text' },
    ]);
  });

  it('reads .txt and .md files in name order, ids without extension', async () => {
    await writeFile(join(dir, 'b.md'), '# Second story\n\nIt has one paragraph.\n');
    await writeFile(join(dir, 'a.txt'), 'First story\n\nIt has one paragraph too.\n');
    const { articles, errors } = await loadArticles(dir);
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.id, a.headline])).toEqual([
      ['a', 'First story'],
      ['b', 'Second story'],
    ]);
  });

  it('reports duplicate ids instead of overwriting', async () => {
    await writeFile(join(dir, 'x.md'), 'Story\n\nBody one.\n');
    await writeFile(join(dir, 'x.txt'), 'Story\n\nBody two.\n');
    const { articles, errors } = await loadArticles(dir);
    expect(articles).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^x\.txt: duplicate article id "x"/);
  });

  it('refuses a 10 MB file quickly, before reading it', async () => {
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(10 * 1024 * 1024, 'a'));
    await writeFile(join(dir, 'ok.txt'), 'Story\n\nBody.\n');
    const started = Date.now();
    const { articles, errors } = await loadArticles(dir);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(articles.map((a) => a.id)).toEqual(['ok']);
    expect(errors[0]?.message).toMatch(/^huge\.txt: file too large \(10485760 bytes, limit \d+\)$/);
  });

  it('decodes UTF-16 files that carry a BOM', async () => {
    const text = '\uFEFFStory\r\n\r\nBody of the story.\r\n';
    await writeFile(join(dir, 'utf16.txt'), Buffer.from(text, 'utf16le'));
    const { articles } = await loadArticles(dir);
    expect(articles[0]?.paragraphs[0]?.text).toBe('Body of the story.');
  });

  it('turns a missing folder into a LoadError, not a throw', async () => {
    const missing = join(dir, 'nope');
    const { articles, errors } = await loadArticles(missing);
    expect(articles).toEqual([]);
    expect(errors).toEqual([{ file: missing, message: `${missing}: cannot read folder (ENOENT)` }]);
  });

  it('loadArticleFile names a missing file', async () => {
    await expect(loadArticleFile(join(dir, 'gone.txt'))).rejects.toThrow(
      /^gone\.txt: cannot read file \(ENOENT\)$/,
    );
  });
});

describe('the real data folder', () => {
  it('loads the NATO article without errors', async () => {
    const { articles, errors } = await loadArticles(
      fileURLToPath(new URL('../../data/articles/', import.meta.url)),
    );
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id)).toContain('nato-air-defenses-kyiv');
  });
});
