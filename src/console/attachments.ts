import { readFile, stat } from 'node:fs/promises';
import { type AttachmentRef, MAX_ATTACHMENT_BYTES } from '../../commands/types.js';

/** In the console an "attachment" is a local path the operator typed (`/story add file:data/new.txt`). */
export async function readLocalAttachment(file: AttachmentRef): Promise<string> {
  const info = await stat(file.url).catch(() => undefined);
  if (!info?.isFile()) throw new Error(`No file at ${file.url}.`);
  if (info.size > MAX_ATTACHMENT_BYTES)
    throw new Error(`${file.name} is too big (over ${MAX_ATTACHMENT_BYTES / 1024} KB).`);
  return readFile(file.url, 'utf8');
}
