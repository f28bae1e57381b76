/**
 * Section b: keyword search over job descriptions (the generated corpus's 10,000 listings) — Summit's build-time
 * index and searcher against MiniSearch and FlexSearch. All three get Summit's analyser (fold, tokenise, stop
 * words, plural stemming) so the comparison is of the engines, not the tokenisers, and their AND result sets can
 * be compared exactly. Queries are 1–3 words drawn from one job's own terms (so none is empty).
 */
import { gzipSync } from 'node:zlib';
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import { generateCorpus } from '../../scripts/corpus/generate';
import { rngFor } from '../../scripts/corpus/prng';
import { OFFICES } from '../../scripts/corpus/vocab';
import {
  analyse,
  buildSearchIndex,
  searchFieldsFor,
  searchIndexFileSchema,
  SEARCH_FIELDS,
  stem,
  STOP_WORDS,
  tokenise,
  type SearchDoc,
} from '../../src/shared/search-index';
import { loadSearch } from '../lib/app-modules';
import { heapUsed, kb, mb, ms, timeEach } from '../lib/measure';
import type { Report } from '../lib/report';

export interface SearchSectionOptions {
  docs: number;
  queries: number;
  budgetMs: number;
}

/** The generated corpus's listings as search documents (title, team, areas, location, description). */
export function corpusSearchDocs(listings: number, seed?: number): SearchDoc[] {
  const per = 10;
  const docs: SearchDoc[] = [];
  const office = new Map(OFFICES.map((o) => [o.label, o]));
  for (const doc of generateCorpus({ docs: Math.ceil(listings / per), per, seed })) {
    const lines = doc.text.split('\n');
    const start = lines.indexOf('Related content') + 2;
    doc.listings.forEach((l, j) => {
      if (docs.length >= listings) return;
      const o = office.get(l.location);
      const location = {
        country: o?.country ?? 'US',
        region: o?.region ?? null,
        city: o?.city ?? l.location,
      };
      const job = { title: l.title, team: l.team, location, researchAreas: l.areas };
      docs.push({ id: `d${docs.length}`, fields: searchFieldsFor(job, lines[start + 2 * j + 1] ?? '') });
    });
  }
  return docs;
}

const combined = (d: SearchDoc) => SEARCH_FIELDS.map((f) => d.fields[f]).join(' \n ');

/** Words that are their own stem, not stop words, alphabetic, and not a prefix of another term (so prefix and exact agree). */
function queryableTerms(terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as string;
    const next = terms[i + 1];
    if (t.length < 4 || !/^[a-z]+$/.test(t) || STOP_WORDS.has(t) || stem(t) !== t) continue;
    if (next !== undefined && next.startsWith(t)) continue;
    out.add(t);
  }
  return out;
}

export async function searchSection(report: Report, options: SearchSectionOptions): Promise<void> {
  report.heading(
    `b. Keyword search over ${options.docs.toLocaleString('en-US')} job descriptions vs MiniSearch and FlexSearch`,
  );
  const searchModule = await loadSearch();
  if (typeof searchModule === 'string') {
    report.skip(searchModule);
    return;
  }
  const { createSearcher } = searchModule;
  const t = performance.now();
  const docs = corpusSearchDocs(options.docs);
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.fields.text), 0);
  report.note(`${docs.length} descriptions (${mb(bytes)}) generated in ${ms(performance.now() - t, 0)}`);

  // ---- Summit: built at build time, loaded (parse + validate + searcher) on the first keystroke.
  let before = heapUsed();
  let t0 = performance.now();
  const file = buildSearchIndex(docs);
  const buildMs = performance.now() - t0;
  const json = JSON.stringify(file);
  const gz = gzipSync(json).length;
  t0 = performance.now();
  const loaded = searchIndexFileSchema.parse(JSON.parse(json));
  const searcher = createSearcher(loaded);
  const loadMs = performance.now() - t0;
  const summitHeap = heapUsed() - before;

  // ---- Queries from the dictionary, each drawn from one document's own terms.
  const queryable = queryableTerms(file.terms);
  const df = new Map(file.terms.map((term, i) => [term, (file.postings[i] as string).length / 2]));
  const rng = rngFor(3, 'search-queries', docs.length);
  const queries: string[] = [];
  for (let tries = 0; queries.length < options.queries && tries < options.queries * 50; tries++) {
    const doc = docs[rng.int(0, docs.length - 1)] as SearchDoc;
    const own = [...new Set(analyse(combined(doc)))].filter(
      (w) => queryable.has(w) && (df.get(w) ?? 0) < docs.length * 0.6,
    );
    if (own.length < 3) continue;
    queries.push(rng.sample(own, rng.weighted([1, 2, 3], [35, 40, 25])).join(' '));
  }

  const summitTimed = await timeEach(queries, (q) => searcher.search(q), {
    budgetMs: Number.POSITIVE_INFINITY,
    minSamples: 0,
    warmup: 5,
  });
  const summitRun = {
    timing: summitTimed.timing,
    results: summitTimed.results.map((r) => bitsToSet(r.indexes)),
  };

  // Reference: every query word among the document's analysed terms.
  const termSets = docs.map((d) => new Set(analyse(combined(d))));
  const reference = queries.map((q) => {
    const words = analyse(q);
    const out = new Set<number>();
    termSets.forEach((set, i) => {
      if (words.every((w) => set.has(w))) out.add(i);
    });
    return out;
  });
  let summitWrong = 0;
  summitRun.results.forEach((set, i) => {
    if (sameSet(set, reference[i] as Set<number>)) return;
    summitWrong++;
    if (summitWrong <= 3)
      report.fail(`Summit search "${queries[i]}": ${set.size} results, reference ${reference[i]?.size}`);
  });

  // ---- MiniSearch
  before = heapUsed();
  t0 = performance.now();
  const mini = new MiniSearch<{ id: number } & Record<string, string | number>>({
    fields: [...SEARCH_FIELDS],
    tokenize: (text) => tokenise(text),
    processTerm: (term) => (STOP_WORDS.has(term) ? null : stem(term)),
    searchOptions: { combineWith: 'AND', prefix: false, fuzzy: false },
  });
  mini.addAll(docs.map((d, i) => ({ id: i, ...d.fields })));
  const miniBuild = performance.now() - t0;
  const miniHeap = heapUsed() - before;
  const miniSize = JSON.stringify(mini).length;
  const miniTimed = await timeEach(queries, (q) => mini.search(q), {
    budgetMs: options.budgetMs,
    minSamples: 30,
    warmup: 5,
  });
  const miniRun = {
    timing: miniTimed.timing,
    results: miniTimed.results.map((r) => new Set(r.map((hit) => hit.id as number))),
  };

  // ---- FlexSearch
  before = heapUsed();
  t0 = performance.now();
  const flex = new FlexIndex({ tokenize: 'strict', encode: (text: string) => analyse(text) });
  docs.forEach((d, i) => flex.add(i, combined(d)));
  const flexBuild = performance.now() - t0;
  const flexHeap = heapUsed() - before;
  let flexSize = 0;
  flex.export((_key: string, data: string) => {
    flexSize += data?.length ?? 0;
  });
  const flexTimed = await timeEach(queries, (q) => flex.search(q, { limit: docs.length }) as number[], {
    budgetMs: options.budgetMs,
    minSamples: 30,
    warmup: 5,
  });
  const flexRun = { timing: flexTimed.timing, results: flexTimed.results.map((r) => new Set(r)) };

  const agreement = (results: Set<number>[]) =>
    results.filter((set, i) => sameSet(set, reference[i] as Set<number>)).length;
  const rows = [
    [
      'Summit',
      `${ms(buildMs, 0)} build + ${ms(loadMs, 0)} load`,
      `${kb(json.length)} (${kb(gz)} gz)`,
      mb(summitHeap),
      summitRun.timing,
      '—',
      `${agreement(summitRun.results)}/${summitRun.results.length}`,
    ],
    [
      'MiniSearch',
      ms(miniBuild, 0),
      `${kb(miniSize)} (JSON)`,
      mb(miniHeap),
      miniRun.timing,
      ratio(miniRun.timing.median, summitRun.timing.median),
      `${agreement(miniRun.results)}/${miniRun.results.length}`,
    ],
    [
      'FlexSearch',
      ms(flexBuild, 0),
      `${kb(flexSize)} (export)`,
      mb(flexHeap),
      flexRun.timing,
      ratio(flexRun.timing.median, summitRun.timing.median),
      `${agreement(flexRun.results)}/${flexRun.results.length}`,
    ],
  ] as const;
  const meanResults =
    summitRun.results.reduce((s, r) => s + r.size, 0) / Math.max(1, summitRun.results.length);
  report.table(
    `${queries.length} AND queries of 1–3 words (mean ${meanResults.toFixed(0)} matches); all engines use Summit's analyser`,
    ['engine', 'index time', 'index size', 'heap Δ', 'median', 'p95', '× Summit', 'same set as reference'],
    rows.map(([name, index, size, heap, timing, x, agree]) => [
      name,
      index,
      size,
      heap,
      ms(timing.median, 3),
      ms(timing.p95, 3),
      x,
      agree,
    ]),
  );
  report.budget(
    `Summit keyword query p95 at ${docs.length.toLocaleString('en-US')} descriptions (engine part of the 50 ms keystroke)`,
    summitRun.timing.p95 <= 50,
    ms(summitRun.timing.p95, 2),
    '≤ 50 ms',
  );
  report.note(
    `Summit's index is fetched on the first keystroke: ${kb(gz)} gzipped, ${ms(loadMs, 0)} to parse, validate and open`,
  );
  if (summitWrong === 0) report.note('Summit matched the brute-force reference on every query');
}

const ratio = (peer: number, summit: number) => `${(peer / summit).toFixed(1)}×`;

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function bitsToSet(indexes: Uint32Array | ReadonlySet<number>): Set<number> {
  if (!(indexes instanceof Uint32Array)) return new Set(indexes);
  const out = new Set<number>();
  for (let w = 0; w < indexes.length; w++) {
    let bits = indexes[w] as number;
    while (bits !== 0) {
      const low = bits & -bits;
      out.add((w << 5) | (31 - Math.clz32(low)));
      bits ^= low;
    }
  }
  return out;
}
