import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_STATE, SORT_KEYS, type BoardState } from '../../../shared/board-state';
import { normaliseBoardState } from '../../../shared/board-url';
import { RESEARCH_AREAS, type Location, type ResearchArea } from '../../../shared/bundle-schema';
import type { JobCard } from '../../../shared/compact-index';
import type { SearchMatches } from '../search/types';
import { FIXTURE_JOBS } from '../test-fixtures';
import { createEngine, type EngineResult, type FacetKey, type FacetValue } from './index';
import { areaSlug, locationSlugs, teamSlug } from './labels';

const state = (partial: Partial<BoardState>): BoardState => ({ ...DEFAULT_BOARD_STATE, ...partial });
const ids = (engine: { jobs: readonly JobCard[] }, r: EngineResult) =>
  [...r.order].map((i) => engine.jobs[i]!.id);

function flatten(values: readonly FacetValue[]): FacetValue[] {
  return values.flatMap((v) => [v, ...flatten(v.children ?? [])]);
}
const find = (values: readonly FacetValue[], slug: string) => flatten(values).find((v) => v.slug === slug);

describe('createEngine on the fixture', () => {
  const engine = createEngine(FIXTURE_JOBS);

  it('lists everything by title with no filters', () => {
    const r = engine.query(DEFAULT_BOARD_STATE);
    expect(r.total).toBe(FIXTURE_JOBS.length);
    expect(ids(engine, r)).toEqual([
      'science-manager-agi-bellevue',
      'applied-scientist-prime-video-seattle',
      'economist-prime-video-seattle',
      'economist-iii-new-york',
      'quantum-researcher-london',
      'research-intern-robotics-bellevue',
    ]);
    expect(r.unknown).toEqual([]);
    expect(r.relaxations).toEqual([]);
  });

  it('builds the location tree with labels, depths and parents', () => {
    const r = engine.query(DEFAULT_BOARD_STATE);
    expect(r.facets.location.map((v) => [v.slug, v.label, v.count])).toEqual([
      ['us', 'United States', 5],
      ['gb', 'United Kingdom', 1],
    ]);
    const us = r.facets.location[0]!;
    expect(us).toMatchObject({ depth: 0, parent: null });
    expect(us.children!.map((v) => [v.slug, v.label, v.count, v.depth, v.parent])).toEqual([
      ['us-wa', 'Washington', 4, 1, 'us'],
      ['us-ny', 'New York (state)', 1, 1, 'us'],
    ]);
    expect(us.children![0]!.children!.map((v) => [v.slug, v.label, v.count, v.depth])).toEqual([
      ['us-wa-bellevue', 'Bellevue', 2, 2],
      ['us-wa-seattle', 'Seattle', 2, 2],
    ]);
    // Region-less: the city hangs off the country.
    expect(r.facets.location[1]!.children).toEqual([
      { slug: 'gb-london', label: 'London', count: 1, selected: false, depth: 1, parent: 'gb' },
    ]);
  });

  it('selecting a country or region selects everything below it', () => {
    expect(engine.query(state({ location: ['us'] })).total).toBe(5);
    expect(engine.query(state({ location: ['us-wa'] })).total).toBe(4);
    expect(engine.query(state({ location: ['us-wa-seattle', 'gb'] })).total).toBe(3);
  });

  it('is OR within a facet and AND across facets', () => {
    expect(engine.query(state({ area: ['economics', 'robotics'] })).total).toBe(4);
    expect(engine.query(state({ area: ['economics'], location: ['us-wa'] })).total).toBe(2);
    expect(engine.query(state({ area: ['economics'], location: ['us-wa'], team: ['agi'] })).total).toBe(0);
  });

  it('counts each facet disjunctively: its own selection not applied', () => {
    const r = engine.query(state({ team: ['prime-video'], area: ['economics'] }));
    expect(r.total).toBe(2);
    // Team counts ignore the team selection but apply the area selection.
    expect(r.facets.team.map((v) => [v.slug, v.count, v.selected])).toEqual([['prime-video', 2, true]]);
    // Area counts ignore the area selection but apply the team selection.
    expect(r.facets.area.map((v) => [v.slug, v.count, v.selected])).toEqual([
      ['economics', 2, true],
      ['machine-learning', 1, false],
    ]);
  });

  it('types: full-time is not internship; manager is an extra flag', () => {
    const r = engine.query(DEFAULT_BOARD_STATE);
    expect(r.facets.type.map((v) => [v.slug, v.label, v.count])).toEqual([
      ['internship', 'Internship', 1],
      ['full-time', 'Full-time', 5],
      ['manager', 'Manager', 1],
    ]);
    expect(engine.query(state({ type: ['full-time'] })).total).toBe(5);
    expect(engine.query(state({ type: ['full-time', 'manager'] })).total).toBe(5);
    expect(engine.query(state({ type: ['internship', 'manager'] })).total).toBe(2);
  });

  it('keeps selected values visible at count 0 and reports unknown slugs', () => {
    const r = engine.query(
      state({ team: ['agi'], area: ['robotics', 'no-such-area'], type: ['contractor'] }),
    );
    expect(r.total).toBe(0);
    expect(find(r.facets.area, 'robotics')).toMatchObject({ count: 0, selected: true });
    expect(r.unknown).toEqual([
      { key: 'area', slug: 'no-such-area' },
      { key: 'type', slug: 'contractor' },
    ]);
    expect(find(r.facets.area, 'no-such-area')).toBeUndefined();
  });

  it('shows the path to a selected location with no matches', () => {
    const r = engine.query(state({ location: ['gb-london'], team: ['agi'] }));
    expect(r.total).toBe(0);
    const gb = r.facets.location.find((v) => v.slug === 'gb');
    expect(gb).toMatchObject({ count: 0, selected: false });
    expect(gb!.children![0]).toMatchObject({ slug: 'gb-london', count: 0, selected: true });
  });

  it('offers relaxations: the total without each active value and without the query', () => {
    const r = engine.query(state({ team: ['agi'], location: ['gb'], q: 'economist' }));
    expect(r.total).toBe(0);
    // Ties keep the order q, location, team, area, type.
    expect(r.relaxations).toEqual([
      { key: 'q', label: 'economist', total: 0 },
      { key: 'location', slug: 'gb', label: 'United Kingdom', total: 0 },
      { key: 'team', slug: 'agi', label: 'AGI', total: 0 },
    ]);
    const one = engine.query(state({ team: ['agi'], area: ['economics'] }));
    expect(one.total).toBe(0);
    expect(one.relaxations).toEqual([
      { key: 'team', slug: 'agi', label: 'AGI', total: 3 },
      { key: 'area', slug: 'economics', label: 'Economics', total: 1 },
    ]);
  });

  it('searches the cards when no matches are passed, and ranks by relevance', () => {
    const r = engine.query(state({ q: 'economist' }));
    expect(ids(engine, r).sort()).toEqual(['economist-iii-new-york', 'economist-prime-video-seattle']);
    expect(engine.query(state({ q: 'causal' })).total).toBe(1);
    expect(engine.query(state({ q: 'zzzz' })).total).toBe(0);
    // A query with no searchable terms filters nothing.
    expect(engine.query(state({ q: '!!!' })).total).toBe(FIXTURE_JOBS.length);
  });

  it('uses given matches (Set + Map or bitset + Float32Array) and orders by score, then title', () => {
    const byId = (id: string) => FIXTURE_JOBS.findIndex((j) => j.id === id);
    const a = byId('quantum-researcher-london');
    const b = byId('economist-prime-video-seattle');
    const c = byId('applied-scientist-prime-video-seattle');
    const matches: SearchMatches = {
      indexes: new Set([a, b, c]),
      scores: new Map([
        [a, 1],
        [b, 5],
        [c, 1],
      ]),
    };
    const r = engine.query(state({ q: 'anything' }), matches);
    expect(ids(engine, r)).toEqual([
      'economist-prime-video-seattle',
      'applied-scientist-prime-video-seattle',
      'quantum-researcher-london',
    ]);
    const bits = new Uint32Array(1);
    const scores = new Float32Array(FIXTURE_JOBS.length);
    for (const i of [a, b, c]) bits[0]! |= 1 << i;
    scores[a] = 9;
    const r2 = engine.query(state({ q: 'anything' }), { indexes: bits, scores });
    expect(ids(engine, r2)[0]).toBe('quantum-researcher-london');
    // Explicit sorts ignore the score.
    expect(ids(engine, engine.query(state({ q: 'anything', sort: 'title' }), matches))).toEqual([
      'applied-scientist-prime-video-seattle',
      'economist-prime-video-seattle',
      'quantum-researcher-london',
    ]);
  });

  it('sorts by location label then title', () => {
    expect(ids(engine, engine.query(state({ sort: 'location' })))).toEqual([
      'quantum-researcher-london',
      'economist-iii-new-york',
      'science-manager-agi-bellevue',
      'research-intern-robotics-bellevue',
      'applied-scientist-prime-video-seattle',
      'economist-prime-video-seattle',
    ]);
  });

  it('labels values', () => {
    expect(engine.labelFor('location', 'us-wa-seattle')).toBe('Seattle');
    expect(engine.labelFor('location', 'us')).toBe('United States');
    expect(engine.labelFor('team', 'prime-video')).toBe('Prime Video');
    expect(engine.labelFor('area', 'economics')).toBe('Economics');
    expect(engine.labelFor('type', 'full-time')).toBe('Full-time');
    expect(engine.labelFor('team', 'nope')).toBeNull();
  });

  it('copes with no jobs', () => {
    const empty = createEngine([]);
    const r = empty.query(state({ q: 'x', team: ['a'] }));
    expect(r.total).toBe(0);
    expect(r.order).toHaveLength(0);
    expect(r.unknown).toEqual([{ key: 'team', slug: 'a' }]);
  });

  it('sorts values with large counts exactly', () => {
    const base = FIXTURE_JOBS[0]!;
    const jobs: JobCard[] = [
      ...Array.from({ length: 4200 }, (_, i) => ({ ...base, id: `z${i}`, team: 'Zeta' })),
      ...Array.from({ length: 5000 }, (_, i) => ({ ...base, id: `a${i}`, team: 'Alpha' })),
      ...Array.from({ length: 4100 }, (_, i) => ({ ...base, id: `b${i}`, team: 'Beta' })),
      ...Array.from({ length: 3 }, (_, i) => ({ ...base, id: `g${i}`, team: 'Gamma' })),
      ...Array.from({ length: 3 }, (_, i) => ({ ...base, id: `d${i}`, team: 'Delta' })),
    ];
    const r = createEngine(jobs).query(DEFAULT_BOARD_STATE);
    expect(r.facets.team.map((v) => [v.label, v.count])).toEqual([
      ['Alpha', 5000],
      ['Zeta', 4200],
      ['Beta', 4100],
      ['Delta', 3],
      ['Gamma', 3],
    ]);
  });

  it('gives colliding location slugs distinct suffixes and merges team spellings', () => {
    const loc = (country: string, region: string | null, city: string): Location => ({
      country,
      region,
      city,
      label: [country, region, city].filter(Boolean).join(', '),
    });
    const base = FIXTURE_JOBS[0]!;
    const jobs: JobCard[] = [
      { ...base, id: 'a', location: loc('GB', null, 'London'), team: 'Prime Video' },
      { ...base, id: 'b', location: loc('GB', 'London', 'Camden'), team: 'Prime Video' },
      { ...base, id: 'c', location: loc('GB', 'London', 'Camden'), team: 'prime video' },
    ];
    const e = createEngine(jobs);
    const r = e.query(DEFAULT_BOARD_STATE);
    const slugs = flatten(r.facets.location)
      .map((v) => v.slug)
      .sort();
    expect(slugs).toEqual(['gb', 'gb-london', 'gb-london-2', 'gb-london-camden']);
    expect(r.facets.team).toEqual([{ slug: 'prime-video', label: 'Prime Video', count: 3, selected: false }]);
    expect(e.query(state({ location: ['gb-london'] })).total).toBe(1);
    expect(e.query(state({ location: ['gb-london-2'] })).total).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property: the engine agrees with a plain Array.filter reference on random jobs and states.

const COUNTRIES: [string, (string | null)[]][] = [
  ['US', ['WA', 'NY', 'CA']],
  ['GB', [null]],
  ['DE', [null, 'BY']],
  ['IN', ['KA']],
];
const CITIES = ['Seattle', 'London', 'Berlin', 'Bengaluru', 'Austin', 'Munich', 'Bellevue'];
const TEAMS = ['Prime Video', 'AGI', 'Alexa', 'AWS', 'prime video', 'Ads'];
const TITLES = [
  'Economist',
  'Applied Scientist',
  'applied scientist',
  'Research Scientist',
  'Intern 2',
  'Intern 10',
];
const AREAS = RESEARCH_AREAS.slice(0, 5) as ResearchArea[];

const jobArb = fc
  .record({
    country: fc.integer({ min: 0, max: COUNTRIES.length - 1 }),
    region: fc.nat(),
    city: fc.constantFrom(...CITIES),
    team: fc.option(fc.constantFrom(...TEAMS), { freq: 5 }),
    title: fc.constantFrom(...TITLES),
    areas: fc.uniqueArray(fc.constantFrom(...AREAS), { maxLength: 3 }),
    internship: fc.boolean(),
    manager: fc.boolean(),
  })
  .map((r): Omit<JobCard, 'id'> => {
    const [country, regions] = COUNTRIES[r.country]!;
    const region = regions[r.region % regions.length]!;
    return {
      title: r.title,
      titleStated: true,
      team: r.team,
      location: {
        country,
        region,
        city: r.city,
        label: [country, region, r.city].filter(Boolean).join(', '),
      },
      researchAreas: r.areas,
      internship: r.internship,
      manager: r.manager,
      summary: '',
      stories: [],
    };
  });

function slugsOf(job: JobCard, key: FacetKey): string[] {
  switch (key) {
    case 'location': {
      const s = locationSlugs(job.location);
      return [s.country, ...(s.region ? [s.region] : []), s.city];
    }
    case 'team':
      return job.team === null ? [] : [teamSlug(job.team)];
    case 'area':
      return job.researchAreas.map(areaSlug);
    case 'type':
      return [job.internship ? 'internship' : 'full-time', ...(job.manager ? ['manager'] : [])];
  }
}

const KEYS: FacetKey[] = ['location', 'team', 'area', 'type'];
const ALL_SLUGS = {
  location: [
    'us',
    'us-wa',
    'us-ny',
    'us-ca-austin',
    'us-wa-seattle',
    'gb',
    'gb-london',
    'de',
    'de-by',
    'de-berlin',
    'in-ka-bengaluru',
  ],
  team: TEAMS.map(teamSlug),
  area: AREAS.map(areaSlug),
  type: ['internship', 'full-time', 'manager'],
};
const UNKNOWN = ['zz', 'no-such-thing'];

const caseArb = fc.array(jobArb, { minLength: 0, maxLength: 90 }).chain((jobs) =>
  fc.record({
    jobs: fc.constant(jobs.map((j, i): JobCard => ({ ...j, id: `job-${i}` }))),
    selection: fc.record({
      location: fc.uniqueArray(fc.constantFrom(...ALL_SLUGS.location, ...UNKNOWN), { maxLength: 3 }),
      team: fc.uniqueArray(fc.constantFrom(...ALL_SLUGS.team, ...UNKNOWN), { maxLength: 3 }),
      area: fc.uniqueArray(fc.constantFrom(...ALL_SLUGS.area, ...UNKNOWN), { maxLength: 3 }),
      type: fc.uniqueArray(fc.constantFrom(...ALL_SLUGS.type, ...UNKNOWN), { maxLength: 2 }),
    }),
    search: fc.option(
      fc.record({
        members: fc.uniqueArray(fc.nat({ max: Math.max(0, jobs.length - 1) }), { maxLength: jobs.length }),
        // Scores on a 1/8 grid, so the engine's 1/1024 quantisation is exact.
        scores: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: jobs.length, maxLength: jobs.length }),
        asBitset: fc.boolean(),
      }),
    ),
    sort: fc.constantFrom(...SORT_KEYS),
    mode: fc.constantFrom('auto' as const, 'scan' as const, 'popcount' as const),
  }),
);

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

describe('engine vs brute-force reference', () => {
  it('agrees on totals, order, every facet count, unknowns and relaxations', () => {
    fc.assert(
      fc.property(caseArb, ({ jobs, selection, search, sort, mode }) => {
        const engine = createEngine(jobs, { countMode: mode });
        const s = normaliseBoardState({ ...selection, sort, q: search ? 'q' : '' });
        const memberSet = search ? new Set(search.members.filter((i) => i < jobs.length)) : null;
        let matches: SearchMatches | null = null;
        if (search && memberSet) {
          const scores = search.scores.map((x) => x / 8);
          if (search.asBitset) {
            const bits = new Uint32Array(Math.ceil(jobs.length / 32));
            for (const i of memberSet) bits[i >>> 5]! |= 1 << (i & 31);
            matches = { indexes: bits, scores: Float32Array.from(scores) };
          } else {
            matches = { indexes: memberSet, scores: new Map(scores.map((x, i) => [i, x])) };
          }
        }
        const r = engine.query(s, matches);

        // Reference.
        // Areas and types are fixed lists: every one is known, with or without jobs.
        const known = (key: FacetKey) =>
          new Set(
            key === 'area'
              ? RESEARCH_AREAS.map(areaSlug)
              : key === 'type'
                ? ALL_SLUGS.type
                : jobs.flatMap((j) => slugsOf(j, key)),
          );
        const inFacet = (j: JobCard, key: FacetKey, selected: readonly string[]) =>
          selected.length === 0 || selected.some((slug) => slugsOf(j, key).includes(slug));
        const inSearch = (i: number) => memberSet === null || memberSet.has(i);
        const matching = (sel: Record<FacetKey, readonly string[]>, useSearch: boolean, except?: FacetKey) =>
          jobs
            .map((j, i) => i)
            .filter(
              (i) =>
                (!useSearch || inSearch(i)) &&
                KEYS.every((k) => k === except || inFacet(jobs[i]!, k, sel[k])),
            );
        const expected = matching(s, true);

        expect(r.total).toBe(expected.length);
        expect([...r.order].sort((a, b) => a - b)).toEqual(expected);
        // The count alone (a click's first frame) is the same total.
        expect(engine.count(s, matches)).toBe(expected.length);

        // Order.
        const titleCmp = (a: number, b: number) => collator.compare(jobs[a]!.title, jobs[b]!.title) || a - b;
        const ref = [...expected];
        if (sort === 'location') {
          ref.sort(
            (a, b) => collator.compare(jobs[a]!.location.label, jobs[b]!.location.label) || titleCmp(a, b),
          );
        } else if (sort === 'relevance' && search) {
          const sc = (i: number) => search.scores[i]! / 8;
          ref.sort((a, b) => sc(b) - sc(a) || titleCmp(a, b));
        } else ref.sort(titleCmp);
        expect([...r.order]).toEqual(ref);

        // Facet counts: every known value, with every other facet's selection applied.
        for (const key of KEYS) {
          const base = matching(s, true, key);
          const listed = new Map(flatten(r.facets[key]).map((v) => [v.slug, v]));
          const all = known(key);
          for (const slug of all) {
            const count = base.filter((i) => slugsOf(jobs[i]!, key).includes(slug)).length;
            const selected = s[key].includes(slug);
            const value = listed.get(slug);
            if (count > 0 || selected) {
              expect(value, `${key}=${slug}`).toBeDefined();
              expect(value!.count, `${key}=${slug}`).toBe(count);
              expect(value!.selected).toBe(selected);
            } else if (value) {
              // Only a location ancestor of a selected value may show at 0.
              expect(key).toBe('location');
              expect(value.count).toBe(0);
              expect(flatten(value.children ?? []).some((c) => c.selected)).toBe(true);
            }
          }
          for (const slug of listed.keys()) expect(all.has(slug)).toBe(true);
          // Sorted by count desc (type in fixed order).
          if (key !== 'type') {
            const counts = r.facets[key].map((v) => v.count);
            expect(counts).toEqual([...counts].sort((a, b) => b - a));
          }
        }

        // Unknowns.
        const expectedUnknown = KEYS.flatMap((key) =>
          s[key].filter((slug) => !known(key).has(slug)).map((slug) => ({ key, slug })),
        );
        expect(r.unknown).toEqual(expectedUnknown);

        // Relaxations.
        const expectedRelax = [
          ...(search ? [{ key: 'q', total: matching(s, false).length }] : []),
          ...KEYS.flatMap((key) =>
            s[key].map((slug) => ({
              key,
              slug,
              total: matching({ ...s, [key]: s[key].filter((x) => x !== slug) }, true).length,
            })),
          ),
        ];
        const got = r.relaxations.map(({ key, slug, total }) =>
          slug === undefined ? { key, total } : { key, slug, total },
        );
        const byKey = (x: { key: string; slug?: string }) => `${x.key}:${x.slug ?? ''}`;
        expect([...got].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual(
          [...expectedRelax].sort((a, b) => byKey(a).localeCompare(byKey(b))),
        );
        const totals = r.relaxations.map((x) => x.total);
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
      }),
      { seed: 5150, numRuns: 400 },
    );
  });

  it('agrees at a few thousand jobs (multi-word bitsets, both counting paths)', () => {
    fc.assert(
      fc.property(
        fc.array(jobArb, { minLength: 2000, maxLength: 2500 }),
        fc.constantFrom('auto' as const, 'scan' as const, 'popcount' as const),
        fc.record({
          location: fc.uniqueArray(fc.constantFrom(...ALL_SLUGS.location), { maxLength: 2 }),
          team: fc.uniqueArray(fc.constantFrom(...ALL_SLUGS.team), { maxLength: 2 }),
          area: fc.uniqueArray(fc.constantFrom(...ALL_SLUGS.area), { maxLength: 2 }),
          type: fc.uniqueArray(fc.constantFrom(...ALL_SLUGS.type), { maxLength: 1 }),
        }),
        (raw, mode, selection) => {
          const jobs = raw.map((j, i): JobCard => ({ ...j, id: `job-${i}` }));
          const engine = createEngine(jobs, { countMode: mode });
          const r = engine.query(normaliseBoardState(selection));
          const s = normaliseBoardState(selection);
          expect(engine.count(s)).toBe(r.total);
          const pass = (j: JobCard, except?: FacetKey) =>
            KEYS.every(
              (k) => k === except || s[k].length === 0 || s[k].some((x) => slugsOf(j, k).includes(x)),
            );
          expect(r.total).toBe(jobs.filter((j) => pass(j)).length);
          for (const key of KEYS) {
            for (const v of flatten(r.facets[key])) {
              expect(v.count).toBe(
                jobs.filter((j) => pass(j, key) && slugsOf(j, key).includes(v.slug)).length,
              );
            }
          }
        },
      ),
      { seed: 99, numRuns: 8 },
    );
  });
});
