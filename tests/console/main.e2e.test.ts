import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runNpm, runScript, type ScriptResult } from '../runScript.js';

/** `npm start` without a token: the offline console over the shipped article, fed through a pipe. */
function start(stdin: string): Promise<ScriptResult> {
  // DISCORD_TOKEN set but empty: dotenv does not override it from a developer's .env.
  return runScript('src/main.ts', { DISCORD_TOKEN: '', LOG_LEVEL: '' }, { stdin, timeoutMs: 20_000 });
}

test('runs offline, answers piped commands and exits 0 at end of input', async () => {
  const r = await start(
    '/ask when was NATO founded\n/paragraph 4\n/quote speaker:Stoltenbreg\n/paragraph 999\n/oops\n',
  );
  expect(r.code).toBe(0);
  const [first, ...rest] = r.stdout.split('\n');
  expect(first).toMatch(
    /^No DISCORD_TOKEN: running offline with \d+ stor(y|ies)\. Type \/help, or \/exit to quit\.$/,
  );
  const out = rest.join('\n');
  expect(out).toMatch(/^¶\d+ \S/m);
  expect(out).toContain('-- Reuters · John Irish, Andrew Gray · 2024-04-04');
  expect(out).toMatch(/^¶4\n/m);
  expect(out).toContain('— Jens Stoltenberg (¶');
  expect(out).toMatch(/There is no ¶999: this story has paragraphs 1–\d+\./);
  expect(out).toContain('Unknown command /oops');
  expect(r.stderr).toBe('');
});

test('/exit ends the console with exit code 0', async () => {
  const r = await start('/help\n/exit\n/ask never read\n');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('== Commands ==');
  expect(r.stdout).not.toContain('never read');
});

test('npm start compiles the bot, then runs the compiled console', async () => {
  const r = await runNpm(
    ['start', '--silent'],
    { DISCORD_TOKEN: '', LOG_LEVEL: '' },
    {
      stdin: '/ask when was NATO founded\n',
      timeoutMs: 30_000,
    },
  );
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^No DISCORD_TOKEN: running offline/);
  expect(r.stdout).toContain('-- Reuters · John Irish, Andrew Gray · 2024-04-04');
  expect(existsSync(new URL('../../dist/src/main.js', import.meta.url))).toBe(true);
});
