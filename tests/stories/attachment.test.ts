import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentError, fetchAttachmentText } from '../../src/stories/index.js';

const MAX = 1000;
let base: string;
let requests: string[];
/** Bytes the /endless route managed to send before the client hung up. */
let endlessSent: Promise<number>;
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    switch (req.url) {
      case '/ok.txt':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Héllo, story\n');
        return;
      case '/declared-big.txt':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(MAX * 10) });
        res.write('x'.repeat(100));
        return; // never finishes: the client must give up on the header alone
      case '/endless.txt': {
        // Chunked, no length, 500 bytes every 5 ms (so socket buffers stay small): only the streamed cap stops
        // it. The server gives up by itself after 2 MB as a safety net.
        res.writeHead(200, { 'content-type': 'text/plain' });
        let sent = 0;
        const timer = setInterval(() => {
          if (sent >= 2_000_000) return void res.end();
          sent += 500;
          res.write('y'.repeat(500));
        }, 5);
        endlessSent = new Promise((resolve) =>
          res.on('close', () => {
            clearInterval(timer);
            resolve(sent);
          }),
        );
        return;
      }
      case '/slow.txt':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('a little');
        return; // then nothing: the timeout must end it
      case '/nul.txt':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(Buffer.from([0x61, 0x00, 0x62]));
        return;
      case '/latin1.txt':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café" in Latin-1
        return;
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = [];
});

const options = { maxBytes: MAX, timeoutMs: 2000 };
const failure = (promise: Promise<string>): Promise<AttachmentError> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(AttachmentError);
      return e as AttachmentError;
    },
  );

describe('fetchAttachmentText', () => {
  it('downloads and decodes a small UTF-8 text file', async () => {
    const text = await fetchAttachmentText(`${base}/ok.txt`, {
      ...options,
      name: 'ok.txt',
      size: 14,
      contentType: 'text/plain; charset=utf-8',
    });
    expect(text).toBe('Héllo, story\n');
  });

  it('refuses a non-text content type without a request', async () => {
    const e = await failure(
      fetchAttachmentText(`${base}/ok.txt`, { ...options, name: 'ok.txt', contentType: 'image/png' }),
    );
    expect(e.code).toBe('not-text');
    expect(e.message).toBe('`ok.txt` is image/png, not plain text.');
    expect(requests).toEqual([]);
  });

  it('refuses a name that is not .txt/.md, and non-http URLs, without a request', async () => {
    expect(
      (await failure(fetchAttachmentText(`${base}/ok.txt`, { ...options, name: 'story.pdf' }))).code,
    ).toBe('not-text');
    expect((await failure(fetchAttachmentText('file:///etc/passwd.txt', options))).code).toBe('bad-url');
    expect(
      (
        await failure(
          fetchAttachmentText(`${base}/ok.txt`, { ...options, allowedHosts: ['cdn.discordapp.com'] }),
        )
      ).code,
    ).toBe('bad-url');
    expect(requests).toEqual([]);
  });

  it('refuses a file too large by its metadata without a request', async () => {
    const e = await failure(
      fetchAttachmentText(`${base}/ok.txt`, { ...options, size: MAX + 1, contentType: 'text/plain' }),
    );
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('The file is larger than 1,000 bytes, the most a story may be.');
    expect(requests).toEqual([]);
  });

  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    expect(
      (await failure(fetchAttachmentText(`${base}/declared-big.txt`, { ...options, size: 10 }))).code,
    ).toBe('too-large');
  });

  it('aborts a body that streams past the cap, although the metadata said small', async () => {
    const e = await failure(fetchAttachmentText(`${base}/endless.txt`, { ...options, size: 10 }));
    expect(e.code).toBe('too-large');
    // The client hung up right after the cap, long before the server's 2 MB: it never read on to the end.
    expect(await endlessSent).toBeLessThan(50_000);
  });

  it('times out a slow server', async () => {
    const started = Date.now();
    const e = await failure(fetchAttachmentText(`${base}/slow.txt`, { ...options, timeoutMs: 300 }));
    expect(e.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('rejects binary and non-UTF-8 content, and HTTP errors', async () => {
    expect((await failure(fetchAttachmentText(`${base}/nul.txt`, options))).code).toBe('binary');
    const latin = await failure(fetchAttachmentText(`${base}/latin1.txt`, options));
    expect(latin.message).toBe('`latin1.txt` is not UTF-8 text; save it as UTF-8 and try again.');
    expect((await failure(fetchAttachmentText(`${base}/missing.txt`, options))).code).toBe('http');
  });
});
