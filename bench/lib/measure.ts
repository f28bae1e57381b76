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

/**
 * Time `fn` over `inputs` in order (after `warmup` untimed passes over the first few), stopping once `budgetMs` of
 * measured time has passed but never before `minSamples`. Returns the results alongside the timings.
 */
export async function timeEach<I, R>(
  inputs: readonly I[],
  fn: (input: I) => R | Promise<R>,
  options: { budgetMs: number; minSamples: number; warmup: number },
): Promise<{ timing: Timing; results: R[] }> {
  for (let i = 0; i < Math.min(options.warmup, inputs.length); i++) await fn(inputs[i] as I);
  const times: number[] = [];
  const results: R[] = [];
  let spent = 0;
  for (const input of inputs) {
    const t0 = performance.now();
    let r = fn(input);
    if (r instanceof Promise) r = await r;
    const dt = performance.now() - t0;
    times.push(dt);
    results.push(r as R);
    spent += dt;
    if (spent > options.budgetMs && times.length >= options.minSamples) break;
  }
  return { timing: summarise(times), results };
}

export const ms = (x: number, digits = 2): string => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a');
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
