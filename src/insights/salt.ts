import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fsyncDir } from '../stories/atomicFile.js';

/** `<dataDir>/insights/salt`: the generated secret when INSIGHTS_SALT is not set. */
export function saltFile(dataDir: string): string {
  return path.join(dataDir, 'insights', 'salt');
}

/**
 * The secret user ids are hashed with: INSIGHTS_SALT when set, else the persisted random salt (created on first
 * use, readable by the owner only). Keeping it stable keeps "distinct askers" meaningful across restarts.
 */
export async function loadSalt(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env.INSIGHTS_SALT?.trim();
  if (fromEnv) return fromEnv;
  const file = saltFile(dataDir);
  const existing = await readSalt(file);
  if (existing) return existing;

  await fs.mkdir(path.dirname(file), { recursive: true });
  // Written whole to a temp file, then hard-linked into place: never a partial salt, and if another process
  // created one meanwhile (EEXIST) we use theirs.
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(randomBytes(32).toString('hex'), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.link(temp, file);
    await fsyncDir(path.dirname(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
  const salt = await readSalt(file);
  if (!salt) throw new Error(`${file} is empty; delete it to generate a new salt`);
  return salt;
}

async function readSalt(file: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file);
    // Someone loosened the permissions: tighten them back (the salt is what keeps user hashes unlinkable).
    if ((stat.mode & 0o077) !== 0) await fs.chmod(file, 0o600);
    return (await fs.readFile(file, 'utf8')).trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** HMAC-SHA256 of the Discord user id, hex. */
export function hashUser(userId: string, salt: string): string {
  return createHmac('sha256', salt).update(userId).digest('hex');
}
