import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How one path answers: a body (sent in one piece, or dribbled slowly), or bytes streamed without a length. */
export type FileRoute = { body: string; contentType?: string } | { slowMs: number } | { streamBytes: number };

/**
 * A local stand-in for Discord's CDN on 127.0.0.1: serves attachment bodies the test registers and counts every
 * request per path, so a test can prove a refused file was never downloaded.
 */
export class FileServer {
  readonly hits = new Map<string, number>();
  readonly #routes = new Map<string, FileRoute>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #http = createServer((req, res) => this.#handle(req.url ?? '/', res));
  port = 0;

  static async start(): Promise<FileServer> {
    const server = new FileServer();
    await new Promise<void>((resolve) => server.#http.listen(0, '127.0.0.1', resolve));
    server.port = (server.#http.address() as AddressInfo).port;
    return server;
  }

  /** Registers `route` at `/files/<name>` and returns the URL Discord would hand the bot. */
  serve(name: string, route: FileRoute): string {
    const path = `/files/${encodeURIComponent(name)}`;
    this.#routes.set(path, route);
    return `http://127.0.0.1:${this.port}${path}`;
  }

  hitsFor(url: string): number {
    return this.hits.get(new URL(url).pathname) ?? 0;
  }

  async close(): Promise<void> {
    for (const t of this.#timers) clearTimeout(t);
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  #handle(url: string, res: ServerResponse): void {
    const path = new URL(url, 'http://127.0.0.1').pathname;
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    const route = this.#routes.get(path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    if ('body' in route) {
      res
        .writeHead(200, { 'content-type': route.contentType ?? 'text/plain; charset=utf-8' })
        .end(route.body);
    } else if ('slowMs' in route) {
      // Headers at once, the body only after the bot's download timeout.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('Slow');
      const timer = setTimeout(() => res.end(' story'), route.slowMs);
      this.#timers.add(timer);
    } else {
      // No content-length: only counting the bytes as they arrive can stop this one.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(route.streamBytes));
    }
  }
}
