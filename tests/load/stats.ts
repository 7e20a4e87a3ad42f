import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The p-th percentile (0–100) of `values`, nearest-rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface Memory {
  rssMb: number;
  heapUsedMb: number;
}

/** A full GC, so heap figures compare rounds rather than garbage; found at run time (no --expose-gc needed). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
const gc = collector();

export function memory(): Memory {
  gc();
  gc();
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed) };
}
