import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Temp files start with a dot and end in `.tmp`, so a crash leaves nothing a loader would mistake for a story. */
export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/**
 * Writes `data` to `target` so readers see either no file or the whole file, even across a crash or power loss:
 * temp file in the same folder (rename is only atomic within one file system), fsync it, move it into place,
 * then fsync the folder so the new entry itself is durable. On any failure the temp file is removed.
 * `exclusive`: never replace an existing target (a hard link, which fails with EEXIST, instead of a rename) —
 * for new stories, so a concurrent writer's file with the same id is never overwritten.
 */
export async function writeFileAtomic(
  target: string,
  data: string,
  options: { exclusive?: boolean } = {},
): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let placed = false;
  try {
    // `wx`: never reuse an existing temp file (another writer's).
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive) {
      await fs.link(temp, target);
      placed = true;
      await fs.unlink(temp);
    } else {
      await fs.rename(temp, target);
      placed = true;
    }
    await fsyncDir(dir);
  } catch (error) {
    if (!placed || options.exclusive) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Removes a file and makes the removal durable. */
export async function removeFileDurably(file: string): Promise<void> {
  await fs.unlink(file);
  await fsyncDir(path.dirname(file));
}

/** fsync on a directory persists its entries (creates, renames, unlinks). Some platforms refuse: best effort there. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}
