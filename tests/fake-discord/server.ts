import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type WebSocket, WebSocketServer } from 'ws';

/** A REST call the client made, with the path URL-decoded (`@original` arrives as `%40original`). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  /** performance.now() (this process) when the request's headers arrived, before its body was read. */
  receivedAt: number;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  /** Extra response headers (e.g. `Retry-After` on a 429, which discord.js reads in seconds). */
  headers?: Record<string, string>;
}

/** Returns a response to override the default for this request, or undefined to keep the default. */
export type Override = (req: RecordedRequest) => FakeResponse | undefined;

export interface FakeDiscordOptions {
  /** Shard count announced by GET /gateway/bot (default 1); max_concurrency matches it so IDENTIFYs never wait. */
  shards?: number;
}

/** The shard Discord routes a guild's events to: (guild_id >> 22) % shard_count. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export const BOT_ID = '100000000000000001';
export const APP_ID = BOT_ID;

/**
 * A fake Discord on 127.0.0.1: REST (node:http) and gateway (ws) on one ephemeral port. Records every REST
 * request; answers the few calls discord.js makes (gateway/bot, interaction callbacks, webhooks, command PUTs);
 * speaks just enough gateway (HELLO, IDENTIFY → READY, heartbeat ACK) and dispatches interactions on demand.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  #overrides: Override[] = [];
  #sockets = new Set<WebSocket>();
  /** The shard id each identified socket asked for (`shard: [id, count]` in IDENTIFY; 0 when absent). */
  #shardOf = new Map<WebSocket, number>();
  #shardCount = 1;
  /** Every IDENTIFY's `shard` field, in arrival order (undefined when the client sent none). */
  readonly identifies: ([number, number] | undefined)[] = [];
  #seq = 0;
  #waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  readonly #http = createServer((req, res) => void this.#handle(req, res));
  readonly #wss = new WebSocketServer({ server: this.#http });
  port = 0;

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    fake.#shardCount = options.shards ?? 1;
    await new Promise<void>((resolve) => fake.#http.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.#http.address() as AddressInfo).port;
    fake.#wss.on('connection', (socket) => fake.#gateway(socket));
    return fake;
  }

  /** The `rest.api` value for discord.js (it appends /v10 itself). */
  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Overrides responses (checked newest first) until `clearOverrides`. */
  override(fn: Override): void {
    this.#overrides.unshift(fn);
  }

  clearOverrides(): void {
    this.#overrides = [];
  }

  /** Sends an INTERACTION_CREATE dispatch to every connected client. */
  dispatch(t: string, d: unknown): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.#seq, d });
    for (const s of this.#sockets) s.send(frame);
  }

  /** Sends a dispatch only to the socket(s) identified as `shard`, as Discord routes a guild's events. */
  dispatchToShard(shard: number, t: string, d: unknown): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.#seq, d });
    for (const [s, id] of this.#shardOf) if (id === shard) s.send(frame);
  }

  /** Resolves with the first recorded (or future) request matching, or rejects after `ms`. */
  waitFor(match: (r: RecordedRequest) => boolean, ms = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (r: RecordedRequest) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(new Error(`fake Discord: no matching request within ${ms} ms`));
      }, ms);
      this.#waiters.push(waiter);
    });
  }

  /** Requests made to one interaction (its callback and webhook calls), in order. */
  forInteraction(id: string, token: string): RecordedRequest[] {
    // Whole path segments: `itoken-1` must not match `itoken-12`'s requests.
    return this.requests.filter(
      (r) =>
        r.path.includes(`/interactions/${id}/`) ||
        r.path.includes(`/${token}/`) ||
        r.path.endsWith(`/${token}`),
    );
  }

  async close(): Promise<void> {
    for (const s of this.#sockets) s.terminate();
    this.#wss.close();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    // Read with plain events rather than an async iterator: the load test timestamps answers in this process, so
    // the less it spends per request, the less it delays the next request's timestamp.
    const text = await new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
    // The rest waits for the requests that arrived together to be timestamped first: a real Discord takes them in
    // parallel, so one answer's arrival time must not include the fake's work on the others (load test).
    await new Promise((resolve) => setImmediate(resolve));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body: parseBody(text, req.headers['content-type']),
      authorization: req.headers.authorization,
      receivedAt,
    };
    this.requests.push(recorded);
    const response = this.#overrides.map((o) => o(recorded)).find(Boolean) ?? this.#default(recorded);
    // No content type on an empty body: the client would try to parse it as JSON.
    if (response.body === undefined) res.writeHead(response.status, response.headers).end();
    else
      res
        .writeHead(response.status, { ...response.headers, 'content-type': 'application/json' })
        .end(JSON.stringify(response.body));
    for (const w of this.#waiters.filter((w) => w.match(recorded))) {
      this.#waiters = this.#waiters.filter((x) => x !== w);
      w.resolve(recorded);
    }
  }

  #default(r: RecordedRequest): FakeResponse {
    const { method, path } = r;
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      return {
        status: 200,
        body: {
          url: `ws://127.0.0.1:${this.port}`,
          shards: this.#shardCount,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 0,
            max_concurrency: Math.max(1, this.#shardCount),
          },
        },
      };
    }
    if (method === 'POST' && /^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/.test(path))
      return { status: 204 };
    if (method === 'PUT' && /\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(path)) {
      const list = Array.isArray(r.body) ? r.body : [];
      return {
        status: 200,
        body: list.map((c, i) => ({ ...c, id: String(200 + i), application_id: APP_ID, version: '1' })),
      };
    }
    if (path.startsWith('/api/v10/webhooks/')) {
      if (method === 'DELETE') return { status: 204 };
      return { status: 200, body: message(r.body) };
    }
    return { status: 404, body: { code: 0, message: `fake Discord: no route ${method} ${path}` } };
  }

  #gateway(socket: WebSocket): void {
    this.#sockets.add(socket);
    socket.on('close', () => {
      this.#sockets.delete(socket);
      this.#shardOf.delete(socket);
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d?: { shard?: [number, number] } };
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) {
        const shard = frame.d?.shard;
        this.identifies.push(shard);
        this.#shardOf.set(socket, shard?.[0] ?? 0);
        const d = {
          ...(shard ? { shard } : {}),
          v: 10,
          user: { id: BOT_ID, username: 'newsroom', discriminator: '0000', bot: true, avatar: null },
          guilds: [],
          session_id: 'fake-session',
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          application: { id: APP_ID, flags: 0 },
        };
        socket.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.#seq, d }));
      }
    });
  }
}

function parseBody(text: string, type: string | undefined): unknown {
  if (!text) return undefined;
  if (type?.includes('application/json')) return JSON.parse(text);
  // discord.js sends multipart only with files; keep the raw text for those.
  return text;
}

/** A message object as Discord returns it for webhook calls. */
export function message(body: unknown): Record<string, unknown> {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return {
    id: '300000000000000001',
    channel_id: '400000000000000001',
    type: 0,
    content: b.content ?? '',
    embeds: b.embeds ?? [],
    components: b.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: b.flags ?? 0,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    author: { id: BOT_ID, username: 'newsroom', discriminator: '0000', bot: true, avatar: null },
  };
}
