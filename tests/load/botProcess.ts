import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledCopy } from '../compiledCopy.js';
import { FakeDiscord } from '../fake-discord/server.js';
import { tempDataDir } from './dataDir.js';
import type { Memory } from './stats.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BotUnderLoad {
  fake: FakeDiscord;
  /** The bot's memory after a full GC. */
  memory(): Promise<Memory>;
  /** Its WARN/ERROR log lines. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * `npm start` as a separate process (the bot compiled and run by plain `node`, real stories, cooldown off) logged in
 * to a fake Discord on 127.0.0.1 that lives in this process; a preloaded probe reports the bot's memory. Killed by
 * `close`, and by a spawn timeout in any case.
 */
export async function startBotProcess(timeoutMs: number): Promise<BotUnderLoad> {
  const fake = await FakeDiscord.start();
  const data = await tempDataDir('newsroom-load');
  const compiled = compiledCopy(['load']);
  const probe = pathToFileURL(compiled('tests/load/memoryProbe.ts')).href;
  const child = spawn(process.execPath, ['--expose-gc', '--import', probe, compiled('src/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: 'load-test-token-not-a-secret',
      DISCORD_API_URL: fake.api,
      COOLDOWN_SECONDS: '0',
      LOG_LEVEL: 'info',
      DISCORD_CLIENT_ID: '',
      DISCORD_GUILD_ID: '',
      DATA_DIR: data.dir,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    timeout: timeoutMs,
  });
  const problems: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
    for (const line of String(d).split('\n')) if (/ (WARN|ERROR) /.test(line)) problems.push(line);
  });
  const deadline = Date.now() + 20_000;
  while (!stderr.includes('bot ready') && child.exitCode === null && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
  }
  if (!stderr.includes('bot ready')) {
    child.kill('SIGKILL');
    await fake.close();
    await data.remove();
    throw new Error(`the bot did not start:\n${stderr}`);
  }
  return {
    fake,
    problems,
    memory: () => askMemory(child),
    close: () => stop(child, fake).finally(data.remove),
  };
}

function askMemory(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no memory report within 5 s')), 5000);
    child.once('message', (m) => {
      clearTimeout(timer);
      const { rss, heapUsed } = m as { rss: number; heapUsed: number };
      const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
      resolve({ rssMb: mb(rss), heapUsedMb: mb(heapUsed) });
    });
    child.send('memory');
  });
}

async function stop(child: ChildProcess, fake: FakeDiscord): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('close', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
  await fake.close();
}
