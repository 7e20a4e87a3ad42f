// `npx tsx tests/load/startup.ts`: time from process start to "bot ready" (against a fake Discord on 127.0.0.1)
// and to the offline console's banner, for each way of starting the bot; the median of a few runs each.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FakeDiscord } from '../fake-discord/server.js';
import { tempDataDir } from './dataDir.js';
import { percentile } from './stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.STARTUP_RUNS ?? 5);
/** Longest one start may take before it counts as failed (and the process is killed). */
const START_LIMIT_MS = 20_000;

interface Way {
  label: string;
  command: string;
  args: string[];
}

// `npm start` compiles first (`npm run build`), then runs the compiled bot; tsx runs the sources as they are.
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const ways: Way[] = [
  { label: 'npm start', command: npm, args: ['start', '--silent'] },
  { label: 'node dist/src/main.js', command: process.execPath, args: ['dist/src/main.js'] },
  { label: 'tsx src/main.ts', command: process.execPath, args: ['--import', 'tsx', 'src/main.ts'] },
];

/** Milliseconds from spawn until `marker` appears on stdout or stderr; the process is stopped afterwards. */
async function timeTo(way: Way, env: NodeJS.ProcessEnv, marker: string): Promise<number> {
  const started = performance.now();
  const child = spawn(way.command, way.args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_OPTIONS: process.env.NODE_OPTIONS ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: START_LIMIT_MS,
    // Its own process group, stopped as a whole: npm does not pass SIGTERM on to the bot it started.
    detached: process.platform !== 'win32',
  });
  const exited = new Promise((r) => child.once('close', r));
  let output = '';
  const seen = new Promise<number>((resolve, reject) => {
    const look = (d: Buffer) => {
      output += d;
      if (output.includes(marker)) resolve(performance.now() - started);
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.once('close', () => reject(new Error(`${way.label} exited before "${marker}":\n${output}`)));
  });
  try {
    return await seen;
  } finally {
    child.stdin.end(); // the console quits at end of input
    if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGTERM');
    else child.kill('SIGTERM');
    await exited;
  }
}

const fake = await FakeDiscord.start();
const data = await tempDataDir('newsroom-startup');
try {
  const bot = { DISCORD_TOKEN: 'startup-token-not-a-secret', DISCORD_API_URL: fake.api, DATA_DIR: data.dir };
  const offline = { DISCORD_TOKEN: '', DATA_DIR: data.dir };
  console.log(`median of ${RUNS} runs (min–max), ms from spawn:\n`);
  console.log(`${'start'.padEnd(24)} ${'to bot ready'.padEnd(22)} to offline console`);
  for (const way of ways) {
    const ready: number[] = [];
    const prompt: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      ready.push(await timeTo(way, bot, 'bot ready'));
      prompt.push(await timeTo(way, offline, 'No DISCORD_TOKEN'));
    }
    console.log(`${way.label.padEnd(24)} ${summary(ready).padEnd(22)} ${summary(prompt)}`);
  }
} finally {
  await fake.close();
  await data.remove();
}

function summary(values: number[]): string {
  const r = (n: number) => Math.round(n);
  return `${r(percentile(values, 50))} (${r(Math.min(...values))}–${r(Math.max(...values))})`;
}
