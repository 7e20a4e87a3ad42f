import { PassThrough, Readable } from 'node:stream';
import { expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import { runConsole } from '../../src/console/runConsole.js';
import { stubLibrary } from '../fake-discord/fixtures.js';

/** Runs the console over `lines` (piped, not a TTY) and returns what it printed. */
async function run(lines: string[]): Promise<{ code: number; out: string }> {
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => (out += d));
  const code = await runConsole({
    library: stubLibrary().library,
    commands,
    input: Readable.from([`${lines.join('\n')}\n`]),
    output,
  });
  return { code, out };
}

test('answers with the same renderers as the bot, as plain text, and exits 0 at end of input', async () => {
  const { code, out } = await run(['/ask when was NATO founded']);
  expect(code).toBe(0);
  expect(out).toContain(
    '¶4 The ceremony marked the 75th anniversary of the Alliance, founded on April 4, 1949.',
  );
  expect(out).toContain('-- Reuters · John Irish, Andrew Gray · 2024-04-04');
  expect(out).toContain('[Context ¶4] [Context ¶2] [More]');
  expect(out).not.toContain('**');
});

test('/press clicks a button of the last reply; /exit stops before later lines', async () => {
  const { out } = await run(['/ask when was NATO founded', '/press more', '/press 1', '/exit', '/help']);
  expect(out).toContain('¶3 The latter repeated');
  expect(out).toContain('(only you can see this)\n\n== NATO wants');
  expect(out).not.toContain('== Commands ==');
});

test('ephemeral replies are marked, errors and bad lines do not stop the console', async () => {
  const { code, out } = await run([
    '/ask question:boom',
    'nonsense',
    '/paragraph 99',
    '/ask question:weather hide:true',
  ]);
  expect(code).toBe(0);
  expect(out).toContain('Something went wrong: engine exploded');
  expect(out).toContain('Type a slash command');
  expect(out).toContain('(only you can see this)\nThere is no ¶99: this story has paragraphs 1–4.');
  expect(out).toContain("The article doesn't say anything that answers “weather”.");
});
