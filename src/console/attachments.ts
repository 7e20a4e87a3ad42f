import { readFile, stat } from 'node:fs/promises';
import type { AttachmentRef } from '../../commands/types.js';
import { AttachmentError } from '../stories/index.js';

const TEXT_NAME = /\.(?:txt|md|markdown)$/i;

/**
 * In the console an "attachment" is a local path the operator typed (`/story add file:data/new.txt`). Refused by
 * name and size before it is read, like a Discord upload.
 */
export function localAttachmentReader(maxBytes: number): (file: AttachmentRef) => Promise<string> {
  return async (file) => {
    if (!TEXT_NAME.test(file.name)) {
      throw new AttachmentError('not-text', `${file.name} is not a .txt or .md file.`);
    }
    const info = await stat(file.url).catch(() => undefined);
    if (!info?.isFile()) throw new AttachmentError('bad-url', `No file at ${file.url}.`);
    if (info.size > maxBytes) {
      throw new AttachmentError(
        'too-large',
        `${file.name} is larger than ${maxBytes.toLocaleString('en-US')} bytes, the most a story may be.`,
      );
    }
    return readFile(file.url, 'utf8');
  };
}
