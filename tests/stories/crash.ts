import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `npx tsx <script> ...args`. The script prints `pid <n>` first and `ok` after each durable write. After
 * `writes` oks its own process (not npx/tsx, which only relay) gets SIGKILL — a crash in the middle of the loop.
 * Resolves with the number of oks seen once every process of the run is gone.
 */
export async function killAfterWrites(
  script: string,
  args: string[],
  writes: number,
  timeoutMs = 15_000,
): Promise<number> {
  // detached: the run gets its own process group, so the safety net below can end exactly the processes we started.
  const child = spawn('npx', ['tsx', script, ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const group = child.pid;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let pid: number | undefined;
  let oks = 0;
  let killed = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('pid ')) pid = Number(line.slice(4));
    else if (line === 'ok') oks++;
    if (!killed && pid !== undefined && oks >= writes) {
      killed = true;
      process.kill(pid, 'SIGKILL');
    }
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`child did not finish in ${timeoutMs} ms: ${stderr}`)),
        timeoutMs,
      );
      child.on('error', reject);
      child.on('close', () => (killed ? resolve() : reject(new Error(`child exited on its own: ${stderr}`))));
    });
  } finally {
    clearTimeout(timer);
    if (group !== undefined) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // already gone: the normal case
      }
    }
  }
  return oks;
}
