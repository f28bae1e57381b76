/**
 * Timing and memory helpers for the benchmarks: percentiles, a GC'd heap reading, and a query loop that stops
 * after a time budget so that slow peers do not make a run take minutes.
 */

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export interface Timing {
  samples: number;
  median: number;
  p95: number;
  mean: number;
}

export function summarise(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = sorted.reduce((s, t) => s + t, 0) / Math.max(1, sorted.length);
  return { samples: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), mean };
}

/** Force a full collection when node runs with --expose-gc (bench/run.ts re-launches itself with it). */
export function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect !== undefined) {
    collect();
    collect();
  }
}

export const hasGc = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';

export function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/** Each query is timed this many times in a row and the fastest kept: it filters out preemption on a shared machine. */
export const REPEATS = 3;

/**
 * Time `fn` over `inputs` in order (after `warmup` untimed calls), each input `repeats` times keeping the fastest,
 * stopping once `budgetMs` of measured time has passed but never before `minSamples` inputs. Returns the first
 * run's result of each input alongside the timings.
 */
export async function timeEach<I, R>(
  inputs: readonly I[],
  fn: (input: I) => R | Promise<R>,
  options: { budgetMs: number; minSamples: number; warmup: number; repeats?: number },
): Promise<{ timing: Timing; results: R[] }> {
  const repeats = options.repeats ?? REPEATS;
  for (let i = 0; i < Math.min(options.warmup, inputs.length); i++) await fn(inputs[i] as I);
  const times: number[] = [];
  const results: R[] = [];
  let spent = 0;
  for (const input of inputs) {
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < repeats; k++) {
      const t0 = performance.now();
      let r = fn(input);
      if (r instanceof Promise) r = await r;
      const dt = performance.now() - t0;
      if (k === 0) results.push(r as R);
      best = Math.min(best, dt);
      spent += dt;
    }
    times.push(best);
    if (spent > options.budgetMs && times.length >= options.minSamples) break;
  }
  return { timing: summarise(times), results };
}

export const ms = (x: number, digits = 2): string => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a');
/** Decimal units, as vite and the budgets use them (1 kB = 1,000 bytes). */
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1e3).toFixed(1)} kB`;
