import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_LIMITS, type StoryLimits } from '../../src/stories/index.js';

export const GUILD_A = '111111111111111111';
export const GUILD_B = '222222222222222222';

export const LIMITS: StoryLimits = { ...DEFAULT_LIMITS };

/** A fresh data folder under the OS temp dir (never the project's data/). */
export async function tempDataDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-stories-'));
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

/** A small article the real parser accepts; the headline drives the id when no file name is given. */
export function storyText(headline: string, detail = 'closing 14 schools'): string {
  return `${headline}

by Jane Doe

RIVERTON (Reuters) – Heavy rain flooded the lower valley on Monday, ${detail}, officials said.

“We have never seen the river rise this fast,” said Mayor Ana Ruiz.

Crews expect to reopen the main road by Wednesday.
`;
}

/** Every file under `dir` with its content: compared before and after a failed operation. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (sub: string): Promise<void> => {
    for (const e of await fs.readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, e.name);
      if (e.isDirectory()) {
        out[`${rel}/`] = '';
        await walk(rel);
      } else out[rel] = await fs.readFile(path.join(dir, rel), 'utf8');
    }
  };
  await walk('');
  return out;
}
