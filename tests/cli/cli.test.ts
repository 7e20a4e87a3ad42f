import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = join(root, 'data');

/** Runs the CLI in-process with in-memory streams. */
async function cli(args: string[], stdin = '', dir = dataDir) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (c) => (chunks.out += c));
  stderr.on('data', (c) => (chunks.err += c));
  const code = await runCli(args, { stdin: Readable.from([stdin]), stdout, stderr, dataDir: dir });
  return { code, ...chunks };
}

describe('cli ask', () => {
  it('prints cited excerpts as text', async () => {
    const { code, out } = await cli(['ask', 'When was NATO founded?']);
    expect(code).toBe(0);
    expect(out).toMatch(/^1\. ¶\d+ .*April 4, 1949/m);
    expect(out).toContain('Source: NATO wants to send more air defenses to Kyiv');
    expect(out).toContain('Reuters · John Irish, Andrew Gray · 2024-04-04');
  });

  it('prints one JSON object with --json', async () => {
    const { code, out } = await cli(['ask', '--json', 'How many troops does Russia recruit a month?']);
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'excerpts']);
    expect(answer.question).toBe('How many troops does Russia recruit a month?');
    expect(answer.answered).toBe(true);
    for (const e of answer.excerpts)
      expect(Object.keys(e)).toEqual(['text', 'paragraph', 'speaker', 'score']);
    expect(answer.excerpts[0].text).toContain('30,000');
    expect(typeof answer.excerpts[0].paragraph).toBe('number');
  });

  it('answers each stdin line as JSON Lines, in order', async () => {
    const { code, out } = await cli(
      ['ask', '--json'],
      'When was NATO founded?\n\nWhat is the weather in Brussels?\n',
    );
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual([
      'When was NATO founded?',
      'What is the weather in Brussels?',
    ]);
    expect(lines.map((l) => l.answered)).toEqual([true, false]);
    expect(lines[1].excerpts).toEqual([]);
  });

  it.each([
    [['ask', '   '], 'the question is empty'],
    [['ask', 'x'.repeat(301)], 'the limit is 300'],
    [['frobnicate'], 'unknown command'],
    [['ask', '--bogus', 'q'], 'unknown option --bogus'],
    [['article', 'no-such-story'], 'no story with id'],
  ])('%j is bad input: one line on stderr, exit 2', async (args, message) => {
    const { code, out, err } = await cli(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('reports missing or malformed data in one line, exit 2', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cli-data-'));
    expect((await cli(['ask', 'q'], '', empty)).code).toBe(2);
    const broken = mkdtempSync(join(tmpdir(), 'cli-data-'));
    spawnSync('mkdir', [join(broken, 'articles')]);
    writeFileSync(join(broken, 'articles', 'bad.txt'), '\u0000\u0001binary');
    const { code, err } = await cli(['ask', 'q'], '', broken);
    expect(code).toBe(2);
    expect(err).toContain('bad.txt');
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('cli quotes and article', () => {
  it('lists every quote with speaker and paragraph', async () => {
    const quotes = JSON.parse((await cli(['quotes', '--json'])).out);
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) expect(Object.keys(q)).toEqual(['text', 'speaker', 'paragraph']);
    expect(quotes).toContainEqual(expect.objectContaining({ speaker: 'Gabrielius Landsbergis' }));
  });

  it('prints metadata and numbered paragraphs', async () => {
    const article = JSON.parse((await cli(['article', '--json'])).out);
    expect(article).toMatchObject({ outlet: 'Reuters', published: '2024-04-04', dateline: 'BRUSSELS' });
    expect(article.paragraphs.map((p: { n: number }) => p.n)).toEqual(
      article.paragraphs.map((_: unknown, i: number) => i + 1),
    );
  });
});

describe('cli as a process', () => {
  it('exits 2 with one line and no stack trace through npm run', () => {
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'ask', ''], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('error: the question is empty');
  });

  it('prints clean JSON through npm run', () => {
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'ask', '--json', 'When was NATO founded?'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).answered).toBe(true);
  });
});

describe('cli story and insights', () => {
  it('lists the stories through the dispatcher', async () => {
    const { code, out } = await cli(['story', 'list', '--json']);
    expect(code).toBe(0);
    expect(JSON.stringify(JSON.parse(out))).toContain('nato-air-defenses-kyiv');
  });

  it('rejects a malformed guild id in one line, exit 2', async () => {
    const { code, err } = await cli(['insights', '--guild', 'not-a-guild']);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
