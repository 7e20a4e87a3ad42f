import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fsyncDir } from '../stories/atomicFile.js';
import { type InsightEvent, isInsightEvent } from './types.js';

/** `<dataDir>/insights/events.jsonl`. */
export function eventsFile(dataDir: string): string {
  return path.join(dataDir, 'insights', 'events.jsonl');
}

/** An open, append-only event log. */
export interface EventStore {
  /** Appends one event as one complete line and fsyncs before resolving (durable once it resolves). */
  append(event: InsightEvent): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens (creating) the log for appending. If the last line was torn by a crash, a newline is added first so the
 * next event starts on a fresh line; the torn fragment stays and is skipped by `readEvents`.
 * Appends are serialised in-process, in order; across processes O_APPEND keeps each single write (whole lines) whole.
 */
export async function openEventStore(file: string): Promise<EventStore> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const existed = await fs.stat(file).then(
    () => true,
    () => false,
  );
  const handle = await fs.open(file, 'a+', 0o600);
  if (!existed) await fsyncDir(path.dirname(file));
  let queue: Promise<unknown> = Promise.resolve();

  const ensureFreshLine = async (): Promise<void> => {
    const { size } = await handle.stat();
    if (size === 0) return;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    if (last[0] !== 0x0a) {
      await writeAll(handle, Buffer.from('\n'));
      await handle.sync();
    }
  };
  // Repair on open: the previous process may have died mid-line.
  await ensureFreshLine().catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  let tailChecked = true;

  // Group commit: lines appended while a write is in flight wait for the next one, then share its single write and
  // fsync (a burst of 100 questions costs a few fsyncs, not 100); each append still resolves only once its line is
  // durable, and rejects if the write it joined failed.
  let waiting: { lines: Buffer[]; written: Promise<void> } | undefined;
  const writeBatch = async (lines: Buffer[]): Promise<void> => {
    waiting = undefined; // appends from now on join the next batch
    try {
      if (!tailChecked) await ensureFreshLine();
      tailChecked = true;
      await writeAll(handle, lines.length === 1 ? (lines[0] as Buffer) : Buffer.concat(lines));
      await handle.sync();
    } catch (error) {
      tailChecked = false; // a failed write may have left a partial line: check again next time
      throw error;
    }
  };

  return {
    append(event) {
      const line = Buffer.from(`${JSON.stringify(event)}\n`, 'utf8');
      if (!waiting) {
        const lines: Buffer[] = [];
        const write = () => writeBatch(lines);
        const written = queue.then(write, write);
        queue = written.catch(() => undefined);
        waiting = { lines, written };
      }
      waiting.lines.push(line);
      return waiting.written;
    },
    async close() {
      await queue;
      await handle.close();
    },
  };
}

/** One write call for the whole line when possible (O_APPEND keeps it together); loops on a short write. */
async function writeAll(handle: fs.FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

export interface ReadResult {
  events: InsightEvent[];
  /** Lines that were not a complete, valid event (a torn last line, hand edits). */
  skipped: number;
}

/** Reads the log line by line (streamed); a missing file is an empty log. */
export async function readEvents(file: string): Promise<ReadResult> {
  const events: InsightEvent[] = [];
  let skipped = 0;
  let stream: ReturnType<typeof createReadStream>;
  try {
    await fs.access(file);
    stream = createReadStream(file, { encoding: 'utf8' });
  } catch {
    return { events, skipped };
  }
  for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() === '') continue;
    const event = parseLine(line);
    if (event) events.push(event);
    else skipped++;
  }
  return { events, skipped };
}

function parseLine(line: string): InsightEvent | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return isInsightEvent(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
