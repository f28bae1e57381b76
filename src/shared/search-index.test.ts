import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  buildInvertedIndex,
  buildSearchIndex,
  countryName,
  decodePostings,
  dequantiseImpact,
  encodePostings,
  fold,
  hashIds,
  MAX_IMPACT,
  quantiseImpact,
  searchFieldsFor,
  searchIndexFileSchema,
  stem,
  tokenise,
  type SearchDoc,
} from './search-index';

const doc = (id: string, fields: Partial<SearchDoc['fields']>): SearchDoc => ({
  id,
  fields: { title: '', team: '', areas: '', location: '', text: '', ...fields },
});

describe('analysis', () => {
  it('folds accents and case', () => {
    expect(fold('Économie ÅNGSTRÖM Façade')).toBe('economie angstrom facade');
    expect(fold('ﬁne')).toBe('fine');
  });

  it('tokenises words, keeping c++, c# and f#', () => {
    expect(tokenise('C++ and C# developers, F#; Python3.10 — naïve-Bayes')).toEqual([
      'c++',
      'and',
      'c#',
      'developers',
      'f#',
      'python3',
      '10',
      'naive',
      'bayes',
    ]);
    expect(tokenise('東京 Tokyo')).toEqual(['東京', 'tokyo']);
    expect(tokenise('')).toEqual([]);
    expect(tokenise('x'.repeat(100))[0]).toHaveLength(40);
  });

  it('stems plurals lightly', () => {
    const cases: [string, string][] = [
      ['studies', 'study'],
      ['models', 'model'],
      ['classes', 'class'],
      ['processes', 'process'],
      ['boxes', 'box'],
      ['analysis', 'analysis'],
      ['class', 'class'],
      ['status', 'status'],
      ['llms', 'llm'],
      ['ads', 'ads'],
      ['shoes', 'shoe'],
      ['learning', 'learning'],
    ];
    for (const [word, expected] of cases) expect(stem(word), word).toBe(expected);
  });

  it('analyse = tokenise, drop stop words, stem', () => {
    expect(analyse('The Models of the World and Studies')).toEqual(['model', 'world', 'study']);
  });
});

describe('postings encoding', () => {
  it('round-trips', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 200_000 }), { maxLength: 300 }).map((xs) => xs.sort((a, b) => a - b)),
        fc.array(fc.integer({ min: 1, max: 63 }), { minLength: 300, maxLength: 300 }),
        (docs, impacts) => {
          const text = encodePostings(docs, impacts);
          expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
          const back = decodePostings(text, 200_001);
          expect([...back.docs]).toEqual(docs);
          expect([...back.impacts]).toEqual(impacts.slice(0, docs.length));
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });

  it('is compact for dense lists: two characters per document', () => {
    expect(encodePostings([0, 1, 2, 3], [1, 1, 1, 1])).toHaveLength(8);
  });

  it('degrades gracefully on damaged input: never throws, never yields out-of-range documents', () => {
    const good = encodePostings([3, 40, 1000], [5, 6, 7]);
    expect([...decodePostings(good, 41).docs]).toEqual([3, 40]);
    expect([...decodePostings(`${good.slice(0, -1)}`, 2000).docs]).toEqual([3, 40]);
    expect([...decodePostings('!!', 10).docs]).toEqual([]);
    expect([...decodePostings('A', 10).docs]).toEqual([]);
    expect([...decodePostings('AA', 10).docs]).toEqual([]); // impact 0 is invalid
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const { docs, impacts } = decodePostings(text, 50);
        for (let i = 0; i < docs.length; i++) {
          expect(docs[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : docs[i - 1]! + 1);
          expect(docs[i]).toBeLessThan(50);
          expect(impacts[i]).toBeGreaterThanOrEqual(1);
        }
      }),
      { seed: 4, numRuns: 500 },
    );
  });

  it('quantises impacts monotonically into 1..63', () => {
    let prev = 0;
    for (let x = 0; x <= MAX_IMPACT; x += MAX_IMPACT / 500) {
      const q = quantiseImpact(x);
      expect(q).toBeGreaterThanOrEqual(Math.max(1, prev));
      expect(q).toBeLessThanOrEqual(63);
      prev = q;
    }
    expect(Math.abs(dequantiseImpact(quantiseImpact(1)) - 1)).toBeLessThan(0.1);
  });
});

describe('buildSearchIndex', () => {
  const docs = [
    doc('a', { title: 'Economist', team: 'Prime Video', text: 'Causal inference for streaming economics.' }),
    doc('b', { title: 'Applied Scientist', areas: 'Machine learning Economics', text: 'Models and more models.' }),
    doc('c', { title: 'Research Intern', location: 'Seattle WA US United States', text: '' }),
  ];

  it('writes a sorted dictionary with one postings string per term', () => {
    const file = buildSearchIndex(docs);
    expect(file.version).toBe(1);
    expect(file.docCount).toBe(3);
    expect(file.terms).toEqual([...file.terms].sort());
    expect(new Set(file.terms).size).toBe(file.terms.length);
    expect(file.postings).toHaveLength(file.terms.length);
    expect(file.terms).toContain('economist');
    expect(file.terms).toContain('model');
    expect(file.terms).not.toContain('and');
    const at = (term: string) => [...decodePostings(file.postings[file.terms.indexOf(term)]!, 3).docs];
    expect(at('economic')).toEqual([0, 1]);
    expect(at('seattle')).toEqual([2]);
    expect(file.idsHash).toBe(hashIds(['a', 'b', 'c']));
  });

  it('weights fields: a title hit outweighs a text hit', () => {
    const index = buildInvertedIndex([doc('x', { title: 'Robotics' }), doc('y', { text: 'robotics' })]);
    const t = index.terms.indexOf('robotic');
    expect(index.impacts[t]![0]!).toBeGreaterThan(index.impacts[t]![1]!);
  });

  it('survives JSON and validates with the schema', () => {
    const file = buildSearchIndex(docs);
    const parsed = searchIndexFileSchema.parse(JSON.parse(JSON.stringify(file)));
    expect(parsed).toEqual(file);
  });

  it('rejects a damaged file', () => {
    const file = buildSearchIndex(docs);
    expect(searchIndexFileSchema.safeParse({ ...file, postings: file.postings.slice(1) }).success).toBe(false);
    expect(searchIndexFileSchema.safeParse({ ...file, terms: [...file.terms].reverse() }).success).toBe(false);
    expect(searchIndexFileSchema.safeParse({ ...file, version: 2 }).success).toBe(false);
    expect(searchIndexFileSchema.safeParse(null).success).toBe(false);
  });

  it('handles no documents', () => {
    const file = buildSearchIndex([]);
    expect(file).toMatchObject({ docCount: 0, terms: [], postings: [] });
    expect(searchIndexFileSchema.safeParse(file).success).toBe(true);
  });
});

describe('helpers', () => {
  it('hashIds is stable and order-sensitive', () => {
    expect(hashIds(['a', 'b'])).toBe(hashIds(['a', 'b']));
    expect(hashIds(['a', 'b'])).not.toBe(hashIds(['b', 'a']));
    expect(hashIds(['ab'])).not.toBe(hashIds(['a', 'b']));
    expect(hashIds([])).toMatch(/^[0-9a-f]{8}$/);
  });

  it('country names with a fallback', () => {
    expect(countryName('US')).toBe('United States');
    expect(countryName('gb')).toBe('United Kingdom');
    expect(countryName('XX')).toBe('XX');
  });

  it('searchFieldsFor spells out the location', () => {
    const fields = searchFieldsFor(
      {
        title: 'Economist',
        team: null,
        location: { country: 'US', region: 'WA', city: 'Seattle' },
        researchAreas: ['Economics', 'Machine learning'],
      },
      'text',
    );
    expect(fields).toEqual({
      title: 'Economist',
      team: '',
      areas: 'Economics Machine learning',
      location: 'Seattle WA US United States',
      text: 'text',
    });
  });
});
