import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_STATE, SORT_KEYS, type BoardState } from './board-state';
import {
  boardHref,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  MAX_VALUES_PER_KEY,
  normaliseBoardState,
  parseBoardSearch,
  serialiseBoardSearch,
  SLUG_RE,
} from './board-url';

const state = (partial: Partial<BoardState>): BoardState => ({ ...DEFAULT_BOARD_STATE, ...partial });

function expectValid(s: BoardState): void {
  expect(typeof s.q).toBe('string');
  expect(s.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(s.q).toBe(s.q.trim());
  expect(s.q).not.toMatch(/\s\s/);
  expect(() => encodeURIComponent(s.q)).not.toThrow();
  for (const key of ['location', 'team', 'area', 'type', 'story'] as const) {
    const values = s[key];
    expect(values.length).toBeLessThanOrEqual(MAX_VALUES_PER_KEY);
    expect([...new Set(values)].sort()).toEqual(values);
    for (const v of values) expect(v).toMatch(SLUG_RE);
  }
  expect(SORT_KEYS).toContain(s.sort);
  expect(Number.isInteger(s.page)).toBe(true);
  expect(s.page).toBeGreaterThanOrEqual(1);
  expect(s.page).toBeLessThanOrEqual(MAX_PAGE);
}

describe('serialiseBoardSearch', () => {
  it('writes the default state as the empty string', () => {
    expect(serialiseBoardSearch(DEFAULT_BOARD_STATE)).toBe('');
  });

  it('writes the canonical form: fixed key order, one param per key, defaults left out', () => {
    const s = state({
      page: 2,
      sort: 'title',
      story: ['a-story', 'another'],
      type: ['internship'],
      area: ['economics'],
      team: ['prime-video'],
      location: ['us-wa-seattle'],
      q: 'causal',
    });
    expect(serialiseBoardSearch(s)).toBe(
      '?q=causal&location=us-wa-seattle&team=prime-video&area=economics&type=internship&story=a-story,another&sort=title&page=2',
    );
  });

  it('sorts and de-duplicates values, readable commas and hyphens', () => {
    expect(serialiseBoardSearch(state({ area: ['robotics', 'economics', 'robotics'] }))).toBe(
      '?area=economics,robotics',
    );
  });

  it('encodes q with + for spaces and percent-encodes what must be', () => {
    expect(serialiseBoardSearch(state({ q: 'causal inference' }))).toBe('?q=causal+inference');
    expect(serialiseBoardSearch(state({ q: 'c++ & c#' }))).toBe('?q=c%2B%2B+%26+c%23');
    expect(serialiseBoardSearch(state({ q: 'a=b?' }))).toBe('?q=a%3Db%3F');
    expect(serialiseBoardSearch(state({ q: 'économie, 2025' }))).toBe('?q=%C3%A9conomie,+2025');
  });

  it('normalises what it is given', () => {
    expect(serialiseBoardSearch(state({ q: '  a   b ', team: ['Prime Video'], page: 0 }))).toBe(
      '?q=a+b&team=prime-video',
    );
  });
});

describe('boardHref', () => {
  it('is "/" plus the canonical query string', () => {
    expect(boardHref({})).toBe('/');
    expect(boardHref({ team: ['prime-video'] })).toBe('/?team=prime-video');
    expect(boardHref({ q: 'x', page: 3 })).toBe('/?q=x&page=3');
  });
});

describe('parseBoardSearch', () => {
  it('reads the canonical form', () => {
    expect(
      parseBoardSearch(
        '?q=causal&location=us-wa-seattle&team=prime-video&area=economics&type=internship&story=b,a&sort=title&page=2',
      ),
    ).toEqual({
      q: 'causal',
      location: ['us-wa-seattle'],
      team: ['prime-video'],
      area: ['economics'],
      type: ['internship'],
      story: ['a', 'b'],
      newOnly: false,
      sort: 'title',
      page: 2,
    });
  });

  it('reads new=1 (and true or yes) as "new jobs only", writes it as new=1 before sort', () => {
    expect(parseBoardSearch('?new=1').newOnly).toBe(true);
    expect(parseBoardSearch('?new=true').newOnly).toBe(true);
    expect(parseBoardSearch('?new=0').newOnly).toBe(false);
    expect(parseBoardSearch('?new=').newOnly).toBe(false);
    expect(serialiseBoardSearch(parseBoardSearch('?sort=title&new=yes&area=economics'))).toBe(
      '?area=economics&new=1&sort=title',
    );
  });

  it('accepts no leading ?, a path, a fragment and URLSearchParams', () => {
    expect(parseBoardSearch('q=x').q).toBe('x');
    expect(parseBoardSearch('/jobs?q=x&page=2#top')).toMatchObject({ q: 'x', page: 2 });
    expect(parseBoardSearch(new URLSearchParams({ team: 'agi' })).team).toEqual(['agi']);
    expect(parseBoardSearch('')).toEqual(DEFAULT_BOARD_STATE);
    expect(parseBoardSearch('?')).toEqual(DEFAULT_BOARD_STATE);
  });

  it('accepts repeated params and comma lists, de-duplicated and sorted', () => {
    expect(parseBoardSearch('?area=robotics&area=economics,robotics&area=').area).toEqual([
      'economics',
      'robotics',
    ]);
  });

  it('reads + and %20 alike', () => {
    expect(parseBoardSearch('?q=causal+inference').q).toBe('causal inference');
    expect(parseBoardSearch('?q=causal%20inference').q).toBe('causal inference');
    expect(parseBoardSearch('?q=c%2B%2B').q).toBe('c++');
  });

  it('survives malformed percent-encoding', () => {
    for (const bad of [
      '?q=%E0%A4%A',
      '?q=%',
      '?q=%%',
      '?q=%zz',
      '?team=%E0%A4%A',
      '?%=%',
      '?page=%FF',
      '?q=%ED%A0%80',
    ]) {
      const s = parseBoardSearch(bad);
      expectValid(s);
    }
    expect(parseBoardSearch('?q=%E0%A4%A&team=agi').team).toEqual(['agi']);
  });

  it('ignores unknown keys and falls back on unknown sorts', () => {
    expect(parseBoardSearch('?foo=bar&utm_source=x&sort=price')).toEqual(DEFAULT_BOARD_STATE);
    expect(parseBoardSearch('?sort=location').sort).toBe('location');
    expect(parseBoardSearch('?sort=relevance').sort).toBe('relevance');
    expect(parseBoardSearch('?sort=TITLE').sort).toBe('relevance');
  });

  it('clamps the page', () => {
    const page = (p: string) => parseBoardSearch(`?page=${p}`).page;
    expect(page('-3')).toBe(1);
    expect(page('0')).toBe(1);
    expect(page('NaN')).toBe(1);
    expect(page('abc')).toBe(1);
    expect(page('')).toBe(1);
    expect(page('7')).toBe(7);
    expect(page('2.9')).toBe(2);
    expect(page('99999999999999999999')).toBe(MAX_PAGE);
    expect(page('10001')).toBe(MAX_PAGE);
  });

  it('trims, collapses and caps q', () => {
    expect(parseBoardSearch('?q=++a+++b++').q).toBe('a b');
    expect(parseBoardSearch('?q=%00a%09b%0A').q).toBe('a b');
    const long = parseBoardSearch(`?q=${'x'.repeat(3000)}`).q;
    expect(long).toHaveLength(MAX_QUERY_LENGTH);
    // A cap never splits a surrogate pair.
    const emoji = parseBoardSearch(`?q=${encodeURIComponent('a' + '😀'.repeat(150))}`).q;
    expect(emoji.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(() => encodeURIComponent(emoji)).not.toThrow();
    expect(parseBoardSearch('?q=&q=second').q).toBe('second');
  });

  it('drops bidi controls from q, so the box, heading and title read as typed', () => {
    expect(parseBoardSearch(`?q=${encodeURIComponent('\u202Eevil\u202C lab')}`).q).toBe('evil lab');
    expect(parseBoardSearch(`?q=${encodeURIComponent('a\u2066b\u2069\u200Fc\u061C')}`).q).toBe('abc');
    // Right-to-left text itself is kept.
    expect(parseBoardSearch(`?q=${encodeURIComponent('علم البيانات')}`).q).toBe('علم البيانات');
  });

  it('slugifies or drops values that are not slugs', () => {
    expect(parseBoardSearch('?team=Prime%20Video,AGI,---,%C3%89conomie').team).toEqual([
      'agi',
      'economie',
      'prime-video',
    ]);
    expect(parseBoardSearch('?location=US--WA,-us-').location).toEqual(['us', 'us-wa']);
    expect(parseBoardSearch(`?team=${'a'.repeat(500)}`).team[0]).toHaveLength(100);
  });

  it('keeps at most 50 values per key', () => {
    const many = Array.from({ length: 200 }, (_, i) => `v${i}`).join(',');
    expect(parseBoardSearch(`?team=${many}`).team).toHaveLength(MAX_VALUES_PER_KEY);
  });

  it('keeps unknown type slugs (the engine reports them)', () => {
    expect(parseBoardSearch('?type=internship,contractor').type).toEqual(['contractor', 'internship']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties.

const slugArb = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}$/);
const messyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', ' ', '  x  ', '\u0000', '\uD800', '\uDC00x', 'a\u0301', 'Prime Video', 'x'.repeat(300)),
);
const rawStateArb = fc.record({
  q: fc.oneof(messyText, fc.string({ maxLength: 400 })),
  location: fc.array(fc.oneof(slugArb, messyText), { maxLength: 8 }),
  team: fc.array(fc.oneof(slugArb, messyText), { maxLength: 8 }),
  area: fc.array(fc.oneof(slugArb, messyText), { maxLength: 60 }),
  type: fc.array(fc.oneof(fc.constantFrom('internship', 'full-time', 'manager'), slugArb), { maxLength: 4 }),
  sort: fc.constantFrom(...SORT_KEYS),
  page: fc.oneof(fc.integer({ min: 1, max: MAX_PAGE }), fc.integer(), fc.double()),
});

const PIECES = [
  '?',
  '&',
  '=',
  '#',
  '+',
  ',',
  '%',
  '%2',
  '%E0%A4%A',
  '%C3%A9',
  '%ED%A0%80',
  '%00',
  '%2C',
  '%26',
  '%3D',
  '%25',
  'q',
  'location',
  'team',
  'area',
  'type',
  'sort',
  'page',
  'title',
  'relevance',
  'us-wa',
  'US',
  '-',
  '--',
  '0',
  '1',
  '-1',
  '99999999',
  'NaN',
  ' ',
  '\t',
  'é',
  '😀',
  '\uD800',
  'a',
  'b',
  'Prime Video',
  '[]',
  '__proto__',
  'constructor',
];
const adversarialArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc
    .array(
      fc.tuple(fc.constantFrom('q', 'location', 'team', 'area', 'type', 'sort', 'page', 'x'), fc.string()),
      {
        maxLength: 12,
      },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
);

describe('board URL properties', () => {
  it('parse(serialise(s)) equals s for every valid normalised state', () => {
    fc.assert(
      fc.property(rawStateArb, (raw) => {
        const s = normaliseBoardState(raw as Partial<BoardState>);
        expectValid(s);
        expect(normaliseBoardState(s)).toEqual(s);
        expect(parseBoardSearch(serialiseBoardSearch(s))).toEqual(s);
      }),
      { seed: 20260101, numRuns: 600 },
    );
  });

  it('never throws on arbitrary query strings, always gives a valid state, and is idempotent', () => {
    fc.assert(
      fc.property(adversarialArb, (x) => {
        const s = parseBoardSearch(x);
        expectValid(s);
        const canonical = serialiseBoardSearch(s);
        expect(parseBoardSearch(canonical)).toEqual(s);
        expect(serialiseBoardSearch(parseBoardSearch(canonical))).toBe(canonical);
      }),
      { seed: 42, numRuns: 1500 },
    );
  });

  it('canonical strings only use readable characters for slugs', () => {
    fc.assert(
      fc.property(rawStateArb, (raw) => {
        const url = serialiseBoardSearch(normaliseBoardState(raw as Partial<BoardState>));
        const withoutQ = url.replace(/^\?q=[^&]*&?/, '');
        expect(withoutQ).toMatch(/^[?a-z0-9=&,-]*$/);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
