/**
 * Section a: the facet engine against its peers, on synthetic JobCards at each size. Same jobs, same queries, same
 * process; the naive Array.filter run doubles as the reference every other answer is checked against.
 */
import { syntheticJobs } from '../lib/synthetic-jobs';
import { compareAnswers, describeQuery, facetColumns, randomQueries, type FacetAnswer } from '../lib/facets';
import {
  flexsearchEngine,
  itemsjsEngine,
  minisearchEngine,
  naiveEngine,
  oramaEngine,
  summitEngine,
  type FacetEngine,
} from '../lib/facet-engines';
import { loadEngine, loadLabels } from '../lib/app-modules';
import { gc, heapUsed, mb, ms, REPEATS, timeEach, type Timing } from '../lib/measure';
import type { Report } from '../lib/report';

export interface EngineSectionOptions {
  sizes: number[];
  queries: number;
  /** Measured time per engine per size before it stops taking samples. */
  budgetMs: number;
}

interface Row {
  engine: FacetEngine;
  indexMs: number;
  heapBytes: number;
  timing: Timing;
  mismatches: number;
}

export const sizeLabel = (n: number): string => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

export async function engineSection(report: Report, options: EngineSectionOptions): Promise<void> {
  report.heading('a. Facet engine vs peers (filters + disjunctive counts for location, team, area)');
  const labels = await loadLabels();
  if (typeof labels === 'string') {
    report.skip(`the board's slug functions are needed to phrase the queries: ${labels}`);
    return;
  }
  const engineModule = await loadEngine();
  const createEngine = typeof engineModule === 'string' ? engineModule : engineModule.createEngine;
  if (typeof createEngine === 'string') report.note(`Summit engine not measured: ${createEngine}`);
  const engines: (() => FacetEngine)[] = [
    ...(typeof createEngine === 'string' ? [] : [() => summitEngine(createEngine)]),
    itemsjsEngine,
    oramaEngine,
    minisearchEngine,
    flexsearchEngine,
  ];
  const largest = Math.max(...options.sizes);
  const results = new Map<number, Row[]>();
  for (const n of options.sizes) {
    const jobs = syntheticJobs(n);
    const columns = facetColumns(jobs, labels);
    const queries = randomQueries(columns, options.queries);
    const rows: Row[] = [];

    // The naive engine first: its answers are the reference, so it answers every query.
    const naive = naiveEngine();
    await naive.build(jobs, columns);
    gc();
    const reference = await timeEach(queries, (q) => naive.query(q), {
      budgetMs: Number.POSITIVE_INFINITY,
      minSamples: 0,
      warmup: 10,
    });
    const refAnswers = reference.results;

    for (const make of engines) {
      const engine = make();
      const before = heapUsed();
      const t0 = performance.now();
      await engine.build(jobs, columns);
      const indexMs = performance.now() - t0;
      const heapBytes = heapUsed() - before;
      gc();
      const { timing, results: answers } = await timeEach(queries, (q) => engine.query(q), {
        budgetMs: options.budgetMs,
        minSamples: Math.min(15, queries.length),
        warmup: 10,
      });
      let mismatches = 0;
      answers.forEach((answer: FacetAnswer, i) => {
        const problem = compareAnswers(refAnswers[i] as FacetAnswer, answer, engine.listsAll);
        if (problem === null) return;
        mismatches++;
        if (mismatches <= 3)
          report.fail(
            `${engine.name} at ${sizeLabel(n)} jobs, query ${i} ${describeQuery(queries[i]!)}: ${problem}`,
          );
      });
      engine.dispose();
      rows.push({ engine, indexMs, heapBytes, timing, mismatches });
    }
    rows.push({ engine: naive, indexMs: 0, heapBytes: 0, timing: reference.timing, mismatches: 0 });
    naive.dispose();
    results.set(n, rows);

    const summit = rows.find((r) => r.engine.name === 'Summit');
    report.table(
      `${sizeLabel(n)} jobs: ${queries.length} queries, each timed ${REPEATS}× keeping the fastest; slow engines stop after ${(options.budgetMs / 1000).toFixed(0)} s of queries (min 15)`,
      ['engine', 'index', 'heap Δ', 'median', 'p95', 'samples', '× Summit', 'agrees'],
      rows.map((r) => [
        r.engine.name,
        r.engine.name === 'Array.filter' ? '—' : ms(r.indexMs, 0),
        r.engine.name === 'Array.filter' ? '—' : mb(Math.max(0, r.heapBytes)),
        ms(r.timing.median, 3),
        ms(r.timing.p95, 3),
        String(r.timing.samples),
        summit === undefined || r.engine.name === 'Summit'
          ? '—'
          : `${(r.timing.median / summit.timing.median).toFixed(1)}×`,
        r.mismatches === 0 ? `✔ ${r.timing.samples}/${r.timing.samples}` : `✖ ${r.mismatches} wrong`,
      ]),
    );
  }

  const at50k = results.get(50_000) ?? results.get(largest);
  const label = sizeLabel(results.has(50_000) ? 50_000 : largest);
  const summit = at50k?.find((r) => r.engine.name === 'Summit');
  if (summit === undefined || at50k === undefined) {
    report.budgetSkipped(
      'Summit filters + disjunctive counts, median at 50k jobs',
      '≤ 2 ms',
      typeof createEngine === 'string' ? createEngine : 'not measured',
    );
    report.budgetSkipped('Summit ≥ 10× faster than itemsjs and Orama at 50k jobs', '≥ 10×', 'not measured');
    return;
  }
  report.budget(
    `Summit filters + disjunctive counts, median at ${label} jobs`,
    summit.timing.median <= 2,
    ms(summit.timing.median, 3),
    '≤ 2 ms',
  );
  for (const peer of ['itemsjs', 'Orama']) {
    const row = at50k.find((r) => r.engine.name === peer);
    if (row === undefined) continue;
    const ratio = row.timing.median / summit.timing.median;
    report.budget(
      `Summit vs ${peer} at ${label} jobs (median ratio)`,
      ratio >= 10,
      `${ratio.toFixed(1)}× faster`,
      '≥ 10×',
    );
  }
  const mismatched = [...results.values()].flat().filter((r) => r.mismatches > 0);
  if (mismatched.length === 0)
    report.note('every engine returned the reference totals and counts on every query it answered');
}

export const FACET_ENGINE_DESCRIPTIONS = (): string[] =>
  [naiveEngine(), itemsjsEngine(), oramaEngine(), minisearchEngine(), flexsearchEngine()].map(
    (e) => `${e.name}: ${e.about}`,
  );
