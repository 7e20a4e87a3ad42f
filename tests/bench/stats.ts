import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Latency summary of timed calls, in milliseconds. */
export interface Latency {
  calls: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export function summarise(samplesNs: readonly bigint[]): Latency {
  const ms = samplesNs.map((ns) => Number(ns) / 1e6).sort((a, b) => a - b);
  const total = ms.reduce((s, x) => s + x, 0);
  return {
    calls: ms.length,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    mean: ms.length ? total / ms.length : Number.NaN,
    max: ms[ms.length - 1] ?? Number.NaN,
  };
}

export interface TimingOptions {
  /** Untimed calls first (JIT, caches). */
  warmup: number;
  /** At least this many timed calls, in whole passes over the inputs… */
  minCalls: number;
  /** …unless this many seconds have passed (the warm-up gets a tenth of it); 0 or absent = no limit. */
  maxSeconds?: number;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A fixed interleaving of the inputs (stride coprime to n), so a run cut short still samples every part of the list. */
function interleave<T>(inputs: readonly T[]): T[] {
  const n = inputs.length;
  let stride = Math.max(1, Math.floor(n / 7));
  while (gcd(stride, n) !== 1) stride++;
  return Array.from({ length: n }, (_, i) => inputs[(i * stride) % n] as T);
}

/** Calls `fn` on the inputs round-robin and times each call with process.hrtime.bigint. */
export function timeCalls<T>(inputs: readonly T[], fn: (input: T) => unknown, opts: TimingOptions): Latency {
  if (inputs.length === 0) throw new Error('timeCalls: no inputs');
  const order = interleave(inputs);
  const until = (fraction: number) =>
    opts.maxSeconds ? process.hrtime.bigint() + BigInt(Math.round(opts.maxSeconds * fraction * 1e9)) : null;
  let sink = 0;
  const warmupEnd = until(0.1);
  for (let i = 0; i < opts.warmup; i++) {
    sink += fn(order[i % order.length] as T) === undefined ? 0 : 1;
    if (warmupEnd !== null && process.hrtime.bigint() > warmupEnd) break;
  }
  const samples: bigint[] = [];
  const passes = Math.ceil(opts.minCalls / order.length);
  const deadline = until(1);
  outer: for (let pass = 0; pass < passes; pass++) {
    for (const input of order) {
      const t0 = process.hrtime.bigint();
      const r = fn(input);
      const t1 = process.hrtime.bigint();
      sink += r === undefined ? 0 : 1;
      samples.push(t1 - t0);
      if (deadline !== null && t1 > deadline) break outer;
    }
  }
  if (sink < 0) console.log(sink); // keeps the calls observable
  return summarise(samples);
}

/** Wall time of one call, in milliseconds, plus its result. */
export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

let gcFn: (() => void) | null | undefined;

/** A full garbage collection when the runtime allows it (exposed at run time; no node flag needed). */
export function collectGarbage(): boolean {
  if (gcFn === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const fn: unknown = runInNewContext('gc');
      gcFn = typeof fn === 'function' ? () => (fn as () => void)() : null;
    } catch {
      gcFn = null;
    }
  }
  if (gcFn) {
    gcFn();
    gcFn();
  }
  return gcFn !== null;
}

export interface Memory {
  heapUsedMB: number;
  rssMB: number;
}

/** The stage of `memory.ts` the RSS target is judged on: a bot just started, its stories loaded. */
export const FRESH_STAGE = 'library built, questions asked';

export function memory(): Memory {
  collectGarbage();
  const m = process.memoryUsage();
  return { heapUsedMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20 };
}

/** Builds something and reports its wall time and the heap it keeps alive (after GC); the value is returned for use. */
export function measureBuild<T>(build: () => T): {
  value: T;
  ms: number;
  heapDeltaMB: number;
  after: Memory;
} {
  const before = memory();
  const { ms, value } = timeOnce(build);
  const after = memory();
  return { value, ms, heapDeltaMB: after.heapUsedMB - before.heapUsedMB, after };
}

export const fmt = (v: number, digits = 3): string => (Number.isFinite(v) ? v.toFixed(digits) : '-');

/**
 * Library options that time the engine itself: a remembered answer (see `createLibrary`) costs nothing, and
 * whole passes over the same questions would time only the memory.
 */
export const UNREMEMBERED = { rememberedAnswers: 0 } as const;
