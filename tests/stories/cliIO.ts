import { PassThrough, Writable } from 'node:stream';
import type { CliIO } from '../../src/cli/types.js';

/** In-memory CLI streams; `out()` / `err()` return what was written so far. */
export function memoryIO(dataDir: string): CliIO & { out(): string; err(): string } {
  const sink = (): Writable & { text: string } => {
    const w = new Writable({
      write(chunk: Buffer | string, _enc, done) {
        w.text += chunk.toString();
        done();
      },
    }) as Writable & { text: string };
    w.text = '';
    return w;
  };
  const stdout = sink();
  const stderr = sink();
  return {
    stdin: new PassThrough(),
    stdout,
    stderr,
    dataDir,
    out: () => stdout.text,
    err: () => stderr.text,
  };
}
