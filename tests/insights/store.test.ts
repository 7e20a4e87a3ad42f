import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventsFile, type InsightEvent, openEventStore, readEvents } from '../../src/insights/index.js';
import { killAfterWrites } from '../stories/crash.js';

const APPENDER = fileURLToPath(new URL('./appendLoop.ts', import.meta.url));

let dataDir: string;
let file: string;
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-insights-'));
  file = eventsFile(dataDir);
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

const event = (question: string, extra: Partial<InsightEvent> = {}): InsightEvent => ({
  t: '2026-01-01T10:00:00.000Z',
  guild: null,
  kind: 'question',
  question,
  answered: true,
  user: 'u1',
  ...extra,
});

/** FileHandle's prototype (node:fs/promises does not export the class), to count or fail its calls. */
async function fileHandlePrototype(): Promise<fs.FileHandle> {
  const handle = await fs.open(path.join(dataDir, 'probe'), 'w');
  await handle.close();
  return Object.getPrototypeOf(handle) as fs.FileHandle;
}

describe('event store', () => {
  it('appends one JSON line per event under <dataDir>/insights and reads them back in order', async () => {
    const store = await openEventStore(file);
    await Promise.all([store.append(event('one')), store.append(event('two')), store.append(event('three'))]);
    await store.close();
    expect(file).toBe(path.join(dataDir, 'insights', 'events.jsonl'));
    const text = await fs.readFile(file, 'utf8');
    expect(text.split('\n')).toHaveLength(4); // three lines and the final newline
    const { events, skipped } = await readEvents(file);
    expect(events.map((e) => e.question)).toEqual(['one', 'two', 'three']);
    expect(skipped).toBe(0);
  });

  it('writes a burst of appends with one fsync, each resolving only once its line is on disk, in order', async () => {
    const store = await openEventStore(file);
    const sync = vi.spyOn(await fileHandlePrototype(), 'sync');
    try {
      const questions = Array.from({ length: 100 }, (_, i) => `question ${i}`);
      const onDisk = await Promise.all(
        questions.map((q) =>
          store.append(event(q)).then(() => readFileSync(file, 'utf8').includes(`"${q}"`)),
        ),
      );
      expect(onDisk.every(Boolean)).toBe(true);
      expect(sync.mock.calls.length).toBe(1);
      await store.append(event('later'));
      expect(sync.mock.calls.length).toBe(2);
      await store.close();
      expect((await readEvents(file)).events.map((e) => e.question)).toEqual([...questions, 'later']);
    } finally {
      sync.mockRestore();
    }
  });

  it('rejects every append of a failed write, and the next appends land on a fresh line', async () => {
    const store = await openEventStore(file);
    await store.append(event('before'));
    const write = vi
      .spyOn(await fileHandlePrototype(), 'write')
      .mockRejectedValueOnce(new Error('disk full'));
    try {
      const failed = await Promise.allSettled([store.append(event('lost 1')), store.append(event('lost 2'))]);
      expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      await store.append(event('after'));
      await store.close();
      expect(await readEvents(file)).toEqual({ events: [event('before'), event('after')], skipped: 0 });
    } finally {
      write.mockRestore();
    }
  });

  it('reads a missing log as empty', async () => {
    await expect(readEvents(file)).resolves.toEqual({ events: [], skipped: 0 });
  });

  it('skips a torn last line, keeps the earlier ones, and starts the next append on a fresh line', async () => {
    const store = await openEventStore(file);
    await store.append(event('before the crash'));
    await store.close();
    await fs.appendFile(file, '{"t":"2026-01-01T10:00:01.000Z","guild":null,"kind":"quest');
    expect(await readEvents(file)).toMatchObject({ events: [{ question: 'before the crash' }], skipped: 1 });

    const reopened = await openEventStore(file);
    expect((await fs.readFile(file, 'utf8')).endsWith('"kind":"quest\n')).toBe(true); // repaired on open
    await reopened.append(event('after the crash'));
    await reopened.close();
    const { events, skipped } = await readEvents(file);
    expect(events.map((e) => e.question)).toEqual(['before the crash', 'after the crash']);
    expect(skipped).toBe(1);
  });

  it('skips lines that are JSON but not events', async () => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(
      file,
      `${JSON.stringify(event('ok'))}\n{"t":1}\n[]\n\n${JSON.stringify(event('ok too'))}\n`,
    );
    expect(await readEvents(file)).toMatchObject({
      events: [{ question: 'ok' }, { question: 'ok too' }],
      skipped: 2,
    });
  });

  it('keeps every acknowledged line when the writer is killed mid-loop, and appends again afterwards', async () => {
    const oks = await killAfterWrites(APPENDER, [file], 40);
    const { events, skipped } = await readEvents(file);
    expect(skipped).toBeLessThanOrEqual(1); // at most the line in flight
    expect(events.length).toBeGreaterThanOrEqual(oks);
    events.forEach((e, i) => {
      expect(e.question.startsWith(`question ${i} `)).toBe(true);
      expect(e.answered).toBe(i % 2 === 0);
    });

    const store = await openEventStore(file);
    await store.append(event('after restart'));
    await store.close();
    const again = await readEvents(file);
    expect(again.events).toHaveLength(events.length + 1);
    expect(again.events.at(-1)?.question).toBe('after restart');
    expect(again.skipped).toBe(skipped);
  });
});
