/**
 * The benchmark's adapters answer correctly: on a small synthetic board, every engine (Summit's included) gives the
 * brute-force totals and disjunctive counts on random queries. The benchmark itself checks this again at scale.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from './app-modules';
import { compareAnswers, describeQuery, facetColumns, randomQueries, referenceAnswer } from './facets';
import {
  flexsearchEngine,
  itemsjsEngine,
  minisearchEngine,
  naiveEngine,
  oramaEngine,
  summitEngine,
  type FacetEngine,
} from './facet-engines';
import { summarise, percentile } from './measure';
import { syntheticJobs } from './synthetic-jobs';

describe('benchmark facet engines', async () => {
  const engineModule = await loadEngine();
  if (typeof engineModule === 'string') throw new Error(engineModule);
  const jobs = syntheticJobs(400, 3);
  const columns = facetColumns(jobs, engineModule);
  const queries = randomQueries(columns, 60, 11);
  const engines: FacetEngine[] = [
    summitEngine(engineModule.createEngine),
    naiveEngine(),
    itemsjsEngine(),
    oramaEngine(),
    minisearchEngine(),
    flexsearchEngine(),
  ];

  it('phrases varied queries over values that exist', () => {
    expect(
      queries.filter((q) => q.location.length + q.team.length + q.area.length === 0).length,
    ).toBeLessThan(10);
    expect(queries.some((q) => q.location.length > 0 && q.team.length > 0)).toBe(true);
    for (const q of queries) expect(referenceAnswer(columns, q).total).toBeGreaterThanOrEqual(0);
  });

  for (const engine of engines) {
    it(`${engine.name} agrees with the reference`, async () => {
      await engine.build(jobs, columns);
      for (const q of queries) {
        const problem = compareAnswers(referenceAnswer(columns, q), await engine.query(q), engine.listsAll);
        expect(problem, describeQuery(q)).toBeNull();
      }
      engine.dispose();
    });
  }
});

describe('measure', () => {
  it('takes percentiles of sorted samples', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4], 95)).toBe(4);
    expect(summarise([3, 1, 2])).toMatchObject({ samples: 3, median: 2, p95: 3 });
  });
});
