import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  buildInvertedIndex,
  buildSearchIndex,
  decodePostings,
  dequantiseImpact,
  DocAnalyser,
  encodePostings,
  fold,
  hashIds,
  jobSearchDoc,
  MAX_IMPACT,
  SEARCH_FIELDS,
  quantiseImpact,
  searchFieldsFor,
  searchIndexFileSchema,
  stem,
  tokenise,
  WORD_RE,
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
        fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 300, maxLength: 300 }),
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

  it('is compact for dense lists: one character per consecutive document', () => {
    expect(encodePostings([0, 1, 2, 3], [15, 0, 7, 1])).toHaveLength(4);
    expect(encodePostings([5, 100], [3, 3])).toHaveLength(2 + 3);
  });

  it('degrades gracefully on damaged input: never throws, never yields out-of-range documents', () => {
    const good = encodePostings([3, 40, 1000], [5, 6, 7]);
    expect([...decodePostings(good, 41).docs]).toEqual([3, 40]);
    expect([...decodePostings(`${good.slice(0, -1)}`, 2000).docs]).toEqual([3, 40]);
    expect([...decodePostings('!!', 10).docs]).toEqual([]);
    expect([...decodePostings('g', 10).docs]).toEqual([]); // "more follows", then nothing
    expect([...decodePostings('AA', 10).docs]).toEqual([0, 1]);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const { docs, impacts } = decodePostings(text, 50);
        for (let i = 0; i < docs.length; i++) {
          expect(docs[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : docs[i - 1]! + 1);
          expect(docs[i]).toBeLessThan(50);
          expect(impacts[i]).toBeLessThan(16);
        }
      }),
      { seed: 4, numRuns: 500 },
    );
  });

  it('quantises impacts monotonically into 0..15, within ~17% of the value', () => {
    let prev = 0;
    for (let x = 0; x <= MAX_IMPACT; x += MAX_IMPACT / 500) {
      const q = quantiseImpact(x);
      expect(q).toBeGreaterThanOrEqual(prev);
      expect(q).toBeLessThanOrEqual(15);
      if (x >= 0.3) expect(Math.abs(Math.log(dequantiseImpact(q) / x))).toBeLessThan(0.16);
      prev = q;
    }
    expect(quantiseImpact(MAX_IMPACT)).toBe(15);
  });
});

describe('buildSearchIndex', () => {
  const docs = [
    doc('a', { title: 'Economist', team: 'Prime Video', text: 'Causal inference for streaming economics.' }),
    doc('b', {
      title: 'Applied Scientist',
      areas: 'Machine learning Economics',
      text: 'Models and more models.',
    }),
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
    expect(searchIndexFileSchema.safeParse({ ...file, postings: file.postings.slice(1) }).success).toBe(
      false,
    );
    expect(searchIndexFileSchema.safeParse({ ...file, terms: [...file.terms].reverse() }).success).toBe(
      false,
    );
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
      location: 'Seattle WA Washington US United States',
      text: 'text',
    });
  });
});

describe('tokenise (hand-written scanner)', () => {
  it('agrees with WORD_RE over the folded text', () => {
    const pieces = [
      'c',
      'f',
      '+',
      '++',
      '#',
      'C++',
      'c#',
      'F#',
      ' ',
      '-',
      'é',
      'e\u0301',
      '東京',
      '𝐀',
      '😀',
      '\uD800',
      'ab',
      '12',
      'ß',
      'İ',
      '\u0000',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')),
        ),
        (text) => {
          const expected = (fold(text).match(WORD_RE) ?? []).map((t) => t.slice(0, 40));
          expect(tokenise(text)).toEqual(expected);
        },
      ),
      { seed: 12, numRuns: 2000 },
    );
  });
});

describe('fold (code point by code point)', () => {
  it('agrees with NFKD over the whole text, marks dropped, lower-cased', () => {
    const pieces = [
      'a',
      'Σ',
      'σ',
      ' ',
      'é',
      'e\u0301',
      '\u0345',
      '\u0327',
      'ﬁ',
      '\u00a0',
      '’',
      '—',
      '한',
      '\u1100\u1161',
      '𝐀',
      '\uD800',
      '\uDC00',
      'İ',
      'Å',
      '…',
    ];
    const reference = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')),
        ),
        (text) => {
          expect(fold(text)).toBe(reference(text));
        },
      ),
      { seed: 7, numRuns: 3000 },
    );
  });
});

describe("DocAnalyser (the build step's analyser)", () => {
  it('counts exactly the terms `analyse` gives, per field, across documents', () => {
    const pieces = [
      'Models',
      'model',
      'the',
      'C++',
      'c#',
      'F#',
      'Économie',
      ' ',
      '\n',
      '-',
      'studies',
      'x'.repeat(45),
      '東京',
      '😀',
      'and',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join(' '));
    const fields = fc.record({
      title: text,
      team: text,
      areas: text,
      location: text,
      text: fc.string({ maxLength: 80 }),
    });
    fc.assert(
      fc.property(fc.array(fields, { minLength: 1, maxLength: 6 }), (docs) => {
        const analyser = new DocAnalyser();
        for (const f of docs) {
          const doc = analyser.analyse(f);
          const got = new Map<string, number[]>();
          doc.termIds.forEach((id, k) =>
            got.set(analyser.dictionary.terms[id]!, [...doc.counts.subarray(k * 5, k * 5 + 5)]),
          );
          const want = new Map<string, number[]>();
          SEARCH_FIELDS.forEach((field, fi) => {
            const terms = analyse(f[field]);
            expect(doc.lengths[fi]).toBe(terms.length);
            for (const term of terms) {
              const row = want.get(term) ?? [0, 0, 0, 0, 0];
              row[fi]! += 1;
              want.set(term, row);
            }
          });
          expect(got).toEqual(want);
        }
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});

describe('jobSearchDoc', () => {
  it('indexes the card fields and the non-boilerplate sections', () => {
    const d = jobSearchDoc({
      id: 'econ-1',
      title: null,
      displayTitle: 'Economist role',
      team: 'Prime Video',
      location: { country: 'GB', region: null, city: 'London', label: 'GB, London' },
      researchAreas: ['Economics'],
      internship: false,
      manager: false,
      summary: 'One line.',
      stories: [],
      sources: [{ file: 'a.txt', line: 1 }],
      sections: [
        {
          kind: 'overview',
          heading: null,
          boilerplate: false,
          blocks: [{ type: 'paragraph', text: 'Causal inference.' }],
        },
        {
          kind: 'basic-qualifications',
          heading: 'Basic qualifications',
          boilerplate: false,
          blocks: [{ type: 'list', items: ['PhD', 'Python'] }],
        },
        {
          kind: 'company',
          heading: 'Why AWS',
          boilerplate: true,
          blocks: [{ type: 'paragraph', text: 'Boilerplate.' }],
        },
      ],
      facts: { jobNumber: null, employer: null, salary: null, hours: null, exportControl: null, links: [] },
    });
    expect(d).toEqual({
      id: 'econ-1',
      fields: {
        title: 'Economist role',
        team: 'Prime Video',
        areas: 'Economics',
        location: 'London GB United Kingdom',
        text: 'Causal inference.\nBasic qualifications\nPhD\nPython',
      },
    });
  });
});
