import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insights } from '../../src/cli/insights.js';
import { eventsFile, type InsightEvent } from '../../src/insights/index.js';
import { memoryIO } from '../stories/cliIO.js';

const A = '111111111111111111';
let dataDir: string;

const line = (t: string, guild: string | null, question: string, answered: boolean): string =>
  JSON.stringify({ t, guild, kind: 'question', question, answered, user: 'h' } satisfies InsightEvent);

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-insights-'));
  await fs.mkdir(path.dirname(eventsFile(dataDir)), { recursive: true });
  await fs.writeFile(
    eventsFile(dataDir),
    [
      line('2026-01-01T09:00:00Z', A, 'Old question?', true),
      line('2026-02-01T09:00:00Z', A, 'Who is Stoltenberg?', true),
      line('2026-02-02T09:00:00Z', A, 'who is stoltenberg', true),
      line('2026-02-03T09:00:00Z', A, 'What about China?', false),
      line('2026-02-03T09:00:00Z', null, 'DM question', false),
      '{"t":"2026-02-04', // torn by a crash
    ].join('\n'),
  );
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('insights CLI', () => {
  it('prints one guild since a date, warning about the torn line', async () => {
    const io = memoryIO(dataDir);
    expect(await insights(['--guild', A, '--since', '2026-02-01'], io)).toBe(0);
    expect(io.out()).toBe(
      [
        `Insights for server ${A} (since 2026-02-01)`,
        'Questions: 3 (2 answered, 67%) from 1 person',
        'Feedback: 0 helpful, 0 not helpful',
        '',
        'Most asked:',
        '     2×  who is stoltenberg  (2 answered)',
        '     1×  What about China?  (0 answered)',
        '',
        'Unanswered (the gaps):',
        '     1×  What about China?',
        '',
      ].join('\n'),
    );
    expect(io.err()).toBe('warning: skipped 1 incomplete or invalid line(s) in the event log\n');
  });

  it('prints JSON for direct messages by default', async () => {
    const io = memoryIO(dataDir);
    expect(await insights(['--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ guild: null, questions: 1, answered: 0, since: null });
  });

  it('rejects bad flags with a usage error', async () => {
    const io = memoryIO(dataDir);
    await expect(insights(['--since', '2026-02-30'], io)).rejects.toThrow(
      '--since takes a date as YYYY-MM-DD',
    );
    await expect(insights(['--guild', 'abc'], io)).rejects.toThrow('--guild takes a Discord server id');
    await expect(insights(['extra'], io)).rejects.toThrow('unexpected argument');
  });
});
