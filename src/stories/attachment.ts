import path from 'node:path';
import { AttachmentError } from './errors.js';

export interface AttachmentOptions {
  /** The file name Discord reports (falls back to the URL's last path segment); must end in .txt or .md. */
  name?: string;
  /** Size in bytes from Discord's attachment metadata. */
  size?: number;
  /** Content type from Discord's metadata (`text/plain; charset=utf-8`); null/undefined when Discord has none. */
  contentType?: string | null;
  /** Largest body accepted; the download is aborted as soon as more arrives. */
  maxBytes: number;
  /** The whole download (headers and body) must finish within this time. */
  timeoutMs: number;
  /** Only these host names are fetched when given (pass Discord's CDN hosts in the bot). */
  allowedHosts?: readonly string[];
  /** For tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

/** Where Discord serves attachments: pass as `allowedHosts` in the bot so no other host is ever fetched. */
export const DISCORD_ATTACHMENT_HOSTS: readonly string[] = ['cdn.discordapp.com', 'media.discordapp.net'];

const TEXT_NAME = /\.(?:txt|md|markdown)$/i;

/**
 * Downloads a small text attachment and returns it decoded as UTF-8. Refuses *before* any request when the
 * metadata already rules it out (not http(s), not a .txt/.md name, a non-text content type, too large), then
 * streams the body with a byte cap and a timeout so a lying or slow server cannot make the bot buffer or wait
 * without bound. Throws `AttachmentError` with a message fit for the user.
 */
export async function fetchAttachmentText(url: string, options: AttachmentOptions): Promise<string> {
  const target = checkUrl(url, options.allowedHosts);
  const name = options.name ?? decodeURIComponent(path.posix.basename(target.pathname));
  if (!TEXT_NAME.test(name)) {
    throw new AttachmentError(
      'not-text',
      `${shortName(name)} is not a .txt or .md file; attach the story as plain text.`,
    );
  }
  const type = options.contentType?.trim().toLowerCase();
  if (type && !type.startsWith('text/')) {
    throw new AttachmentError('not-text', `${shortName(name)} is ${type.split(';')[0]}, not plain text.`);
  }
  if (options.size !== undefined && options.size > options.maxBytes) throw tooLarge(options.maxBytes);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await (options.fetchImpl ?? fetch)(target, {
      signal: controller.signal,
      redirect: 'error',
    });
    if (!response.ok) {
      throw new AttachmentError(
        'http',
        `The download failed (HTTP ${response.status}); try attaching it again.`,
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) throw tooLarge(options.maxBytes);
    const bytes = await readCapped(response, options.maxBytes, controller);
    return decodeText(bytes, name);
  } catch (error) {
    if (error instanceof AttachmentError) throw error;
    if (timedOut) {
      throw new AttachmentError(
        'timeout',
        `The download took longer than ${Math.round(options.timeoutMs / 1000)} s; try again later.`,
      );
    }
    throw new AttachmentError('network', 'The attachment could not be downloaded; try again later.');
  } finally {
    clearTimeout(timer);
  }
}

function checkUrl(url: string, allowedHosts: readonly string[] | undefined): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AttachmentError('bad-url', 'The attachment link is not a valid URL.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new AttachmentError('bad-url', 'Only http(s) attachment links can be downloaded.');
  }
  if (allowedHosts && !allowedHosts.includes(parsed.hostname)) {
    throw new AttachmentError('bad-url', `Attachments are only downloaded from ${allowedHosts.join(', ')}.`);
  }
  return parsed;
}

/** Reads the body chunk by chunk and aborts the request the moment it exceeds `maxBytes`. */
async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0))
    throw new AttachmentError('binary', `${shortName(name)} contains binary data, not text.`);
  try {
    // fatal: a file in another encoding is refused with a clear reason instead of turning into mojibake.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AttachmentError(
      'binary',
      `${shortName(name)} is not UTF-8 text; save it as UTF-8 and try again.`,
    );
  }
}

function tooLarge(maxBytes: number): AttachmentError {
  return new AttachmentError(
    'too-large',
    `The file is larger than ${maxBytes.toLocaleString('en-US')} bytes, the most a story may be.`,
  );
}

function shortName(name: string): string {
  return `\`${name.replace(/[`@\\<>]/g, '').slice(0, 80) || 'The file'}\``;
}
