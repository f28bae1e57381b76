import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, buildSearchIndex, searchIndexFileSchema, stem, STOP_WORDS, type SearchDoc } from '../../../shared/search-index';
import { FIXTURE_JOBS } from '../test-fixtures';
import { createCardSearcher, createSearcher, parseQuery } from './searcher';
import type { SearchMatches } from './types';

const doc = (id: string, fields: Partial<SearchDoc['fields']>): SearchDoc => ({
  id,
  fields: { title: '', team: '', areas: '', location: '', text: '', ...fields },
});

function members(m: SearchMatches): number[] {
  if (!(m.indexes instanceof Uint32Array)) return [...m.indexes].sort((a, b) => a - b);
  const out: number[] = [];
  m.indexes.forEach((word, w) => {
    for (let b = 0; b < 32; b++) if (word & (1 << b)) out.push(w * 32 + b);
  });
  return out;
}
const score = (m: SearchMatches, i: number) => (m.scores instanceof Float32Array ? m.scores[i]! : m.scores.get(i)!);
const ranked = (m: SearchMatches) => members(m).sort((a, b) => score(m, b) - score(m, a) || a - b);

const DOCS = [
  doc('a', { title: 'Economist', team: 'Prime Video', areas: 'Economics', text: 'Causal inference for streaming.' }),
  doc('b', { title: 'Applied Scientist', areas: 'Machine learning Economics', text: 'Large language models, economist peers.' }),
  doc('c', { title: 'Research Scientist Intern', team: 'Amazon Robotics', text: 'Robot learning and C++.' }),
  doc('d', { title: 'Quantum Research Scientist', location: 'London GB United Kingdom', text: 'Quantum error correction.' }),
];

describe('parseQuery', () => {
  it('folds, drops complete stop words, keeps the last token as a prefix', () => {
    expect(parseQuery('Machine Learning inf')).toEqual([
      { text: 'machine', prefix: false },
      { text: 'learning', prefix: false },
      { text: 'inf', prefix: true },
    ]);
    // A trailing stop word does not wait for its completion; a lone one is a prefix ("in" → "intern").
    expect(parseQuery('economist and')).toEqual([{ text: 'economist', prefix: false }]);
    expect(parseQuery('in')).toEqual([{ text: 'in', prefix: true }]);
    expect(parseQuery('the Économie')).toEqual([{ text: 'economie', prefix: true }]);
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('!!! ???')).toEqual([]);
  });

  it('merges duplicates and drops a prefix a complete term already implies', () => {
    expect(parseQuery('models model')).toEqual([{ text: 'models', prefix: false }]);
    expect(parseQuery('robot robot')).toEqual([
      { text: 'robot', prefix: false },
    ]);
  });
});

describe('createSearcher', () => {
  const searcher = createSearcher(buildSearchIndex(DOCS));

  it('ANDs the terms', () => {
    expect(members(searcher.search('research scientist'))).toEqual([2, 3]);
    expect(members(searcher.search('quantum scientist'))).toEqual([3]);
    expect(members(searcher.search('quantum economist'))).toEqual([]);
    expect(members(searcher.search('nonexistent scientist'))).toEqual([]);
  });

  it('prefix-matches the last term as you type', () => {
    expect(members(searcher.search('econ'))).toEqual([0, 1]);
    expect(members(searcher.search('scientist rob'))).toEqual([2]);
    expect(members(searcher.search('e'))).toEqual([0, 1, 3]);
    // Only the last term is a prefix.
    expect(members(searcher.search('econ scientist'))).toEqual([]);
  });

  it('matches plurals and singulars alike, accents and case ignored', () => {
    expect(members(searcher.search('model'))).toEqual([1]);
    expect(members(searcher.search('Models'))).toEqual([1]);
    expect(members(searcher.search('ÉCONOMIST'))).toEqual([0, 1]);
    expect(members(searcher.search('c++'))).toEqual([2]);
  });

  it('ranks a title hit above a text hit, and an exact word above a completion', () => {
    expect(ranked(searcher.search('economist'))).toEqual([0, 1]);
    const s = createSearcher(buildSearchIndex([doc('x', { title: 'Robotics' }), doc('y', { title: 'Robot' })]));
    expect(ranked(s.search('robot'))).toEqual([1, 0]);
  });

  it('matches everything for a query without terms', () => {
    expect(members(searcher.search(''))).toEqual([0, 1, 2, 3]);
    expect(members(searcher.search('  ,,  '))).toEqual([0, 1, 2, 3]);
  });

  it('works through JSON and the schema', () => {
    const file = searchIndexFileSchema.parse(JSON.parse(JSON.stringify(buildSearchIndex(DOCS))));
    const again = createSearcher(file);
    for (const q of ['scientist', 'econ', 'quantum res', 'x']) {
      const a = again.search(q);
      const b = searcher.search(q);
      expect(members(a)).toEqual(members(b));
      for (const i of members(a)) expect(score(a, i)).toBe(score(b, i));
    }
  });

  it('copes with an empty index', () => {
    const s = createSearcher(buildSearchIndex([]));
    expect(s.docCount).toBe(0);
    expect(members(s.search('x'))).toEqual([]);
    expect(members(s.search(''))).toEqual([]);
  });
});

describe('createCardSearcher', () => {
  it('searches title, team, location, areas and summary', () => {
    const s = createCardSearcher(FIXTURE_JOBS);
    const ids = (q: string) => members(s.search(q)).map((i) => FIXTURE_JOBS[i]!.id);
    expect(ids('prime video')).toEqual(['economist-prime-video-seattle', 'applied-scientist-prime-video-seattle']);
    expect(ids('seattle')).toHaveLength(2);
    expect(ids('united kingdom')).toEqual(['quantum-researcher-london']);
    expect(ids('causal')).toEqual(['economist-prime-video-seattle']);
    expect(ids('robotics')).toEqual(['research-intern-robotics-bellevue']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property: the searcher agrees with a brute-force scan of the analysed documents.

const VOCAB = [
  'model', 'models', 'modeling', 'mode', 'economist', 'economics', 'econometrics', 'robot', 'robots', 'robotics',
  'study', 'studies', 'student', 'the', 'and', 'in', 'inference', 'c++', 'café', 'Cafe', 'learning', 'learn', 'a',
];

const docArb = fc.record({
  title: fc.array(fc.constantFrom(...VOCAB), { maxLength: 4 }).map((w) => w.join(' ')),
  team: fc.array(fc.constantFrom(...VOCAB), { maxLength: 2 }).map((w) => w.join(' ')),
  areas: fc.constant(''),
  location: fc.constant(''),
  text: fc.array(fc.constantFrom(...VOCAB), { maxLength: 12 }).map((w) => w.join(' ')),
});
const queryArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(...VOCAB),
      fc.constantFrom(...VOCAB).map((w) => w.slice(0, 1 + (w.length >> 1))),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((w) => w.join(' '));

function reference(docs: SearchDoc[], q: string): number[] {
  const terms = parseQuery(q);
  return docs
    .map((d, i) => ({ i, words: new Set(Object.values(d.fields).flatMap((f) => analyse(f))) }))
    .filter(({ words }) =>
      terms.every((t) =>
        t.prefix
          ? [...words].some((w) => w.startsWith(t.text) || w === stem(t.text))
          : STOP_WORDS.has(t.text) || words.has(stem(t.text)),
      ),
    )
    .map(({ i }) => i);
}

describe('searcher vs brute force', () => {
  it('finds exactly the documents containing every term (the last as a prefix)', () => {
    fc.assert(
      fc.property(fc.array(docArb, { maxLength: 70 }), fc.array(queryArb, { minLength: 1, maxLength: 5 }), (fields, queries) => {
        const docs = fields.map((f, i) => ({ id: `d${i}`, fields: f }));
        const fromFile = createSearcher(buildSearchIndex(docs));
        for (const q of queries) {
          const got = fromFile.search(q);
          const expected = reference(docs, q);
          expect(members(got), q).toEqual(expected);
          for (const i of expected) expect(score(got, i)).toBeGreaterThan(0);
        }
      }),
      { seed: 777, numRuns: 250 },
    );
  });
});
