/**
 * Hostile URLs through the board's URL parser (issue 6). Complements board-url.test.ts (the URL engineer's
 * properties) with the adversarial corpus in test-support/hostile-urls.ts and a seeded random sample of forged
 * query strings. On every input: no throw, a valid state, parse(serialise(state)) round-trips, serialise is a fixed
 * point, the canonical URL is inert text (nothing that could break out of an attribute or start markup), and no
 * prototype is polluted.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { SORT_KEYS, type BoardState } from './board-state';
import {
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  MAX_VALUES_PER_KEY,
  normaliseBoardState,
  parseBoardSearch,
  serialiseBoardSearch,
  SLUG_RE,
} from './board-url';
import { HOSTILE_QUERIES, hostileQueryArb } from './test-support/hostile-urls';

const LIST_KEYS = ['location', 'team', 'area', 'type', 'story'] as const;

/** Every rule a BoardState must keep, as one list of broken rules (empty when valid). */
function brokenRules(s: BoardState): string[] {
  const broken: string[] = [];
  if (Object.keys(s).sort().join() !== 'area,location,newOnly,page,q,sort,story,team,type')
    broken.push(`keys ${Object.keys(s).join()}`);
  if (typeof s.q !== 'string') broken.push('q not a string');
  else {
    if (s.q.length > MAX_QUERY_LENGTH) broken.push(`q has ${s.q.length} characters`);
    if (s.q !== s.q.trim()) broken.push('q not trimmed');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f-\u009f]/.test(s.q)) broken.push('q has control characters');
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s.q))
      broken.push('q has a lone surrogate');
  }
  for (const key of LIST_KEYS) {
    const values = s[key];
    if (!Array.isArray(values)) {
      broken.push(`${key} not an array`);
      continue;
    }
    if (values.length > MAX_VALUES_PER_KEY) broken.push(`${key} has ${values.length} values`);
    if ([...new Set(values)].sort().join() !== values.join()) broken.push(`${key} not sorted and unique`);
    for (const v of values)
      if (typeof v !== 'string' || !SLUG_RE.test(v)) broken.push(`${key} value ${JSON.stringify(v)}`);
  }
  if (!(SORT_KEYS as readonly string[]).includes(s.sort) || !Object.hasOwn(s, 'sort'))
    broken.push(`sort ${String(s.sort)}`);
  if (typeof s.newOnly !== 'boolean') broken.push(`newOnly ${String(s.newOnly)}`);
  if (!Number.isSafeInteger(s.page) || s.page < 1 || s.page > MAX_PAGE) broken.push(`page ${s.page}`);
  return broken;
}

/** Everything the issue asks of one input. Returns the state for further checks. */
function checkOne(search: string): BoardState {
  let s!: BoardState;
  expect(() => {
    s = parseBoardSearch(search);
  }, search).not.toThrow();
  expect(brokenRules(s), search).toEqual([]);
  expect(normaliseBoardState(s), 'normalising a parsed state changes nothing').toEqual(s);
  const canonical = serialiseBoardSearch(s);
  expect(parseBoardSearch(canonical), `round trip of ${canonical}`).toEqual(s);
  expect(serialiseBoardSearch(parseBoardSearch(canonical))).toBe(canonical);
  // Parsing the same thing as URLSearchParams (what the router hands over) agrees.
  expect(parseBoardSearch(new URLSearchParams(search.split('#')[0]?.replace(/^[^?]*\?/, '') ?? ''))).toEqual(
    s,
  );
  // The canonical URL is inert: printable ASCII only, nothing that ends an attribute or starts markup.
  expect(canonical).toMatch(/^(\?[A-Za-z0-9\-._~%+,:/@$!'()*=&]*)?$/);
  expect(canonical).not.toMatch(/[<>"`\s\\]/);
  return s;
}

const pristine = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort().join(),
  array: Object.getOwnPropertyNames(Array.prototype).sort().join(),
});
const before = pristine();

afterEach(() => {
  // No input may add anything to a shared prototype.
  expect(pristine()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
});

describe('the adversarial corpus', () => {
  for (const { name, search } of HOSTILE_QUERIES) {
    it(`${name}: ${search.length > 60 ? `${search.slice(0, 57)}...` : search}`, () => {
      checkOne(search);
    });
  }

  it('reads each hostile case the documented way', () => {
    const p = (search: string) => parseBoardSearch(search);
    // Percent-encoding that does not decode is kept literally, never thrown on.
    expect(p('?q=%').q).toBe('%');
    expect(p('?q=%E0%A4%A').q).toBe('\ufffd%A');
    expect(p('?q=%00&team=%00')).toMatchObject({ q: '', team: [] });
    expect(p('?q=a%0D%0Ab%09c').q).toBe('a b c');
    expect(p(`?q=${'x'.repeat(3000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
    // Pages: anything that is not a positive integer is page 1; the rest is capped.
    expect(p('?page=-1').page).toBe(1);
    expect(p('?page=0').page).toBe(1);
    expect(p('?page=1e309').page).toBe(1);
    expect(p('?page=0x10').page).toBe(1);
    expect(p('?page=2.5').page).toBe(2);
    expect(p('?page=99999999999999999999999').page).toBe(MAX_PAGE);
    // Prototype names are plain strings: unknown keys ignored, values slugs like any other, sort falls back.
    expect(p('?__proto__=x&constructor=y')).toEqual(p(''));
    expect(p('?sort=__proto__').sort).toBe('relevance');
    expect(p('?sort=constructor').sort).toBe('relevance');
    expect(p('?location=__proto__&team=constructor')).toMatchObject({
      location: ['proto'],
      team: ['constructor'],
    });
    // Markup in q is kept as text (the UI renders text); in a slug it is reduced to the slug characters.
    expect(p('?q=<script>alert(1)</script>').q).toBe('<script>alert(1)</script>');
    expect(serialiseBoardSearch(p('?q=<script>alert(1)</script>'))).toBe(
      '?q=%3Cscript%3Ealert(1)%3C/script%3E',
    );
    expect(p('?team="><svg/onload=alert(1)>').team).toEqual(['svg-onload-alert-1']);
    // Paths, empty items, case.
    expect(p('?area=../../etc').area).toEqual(['etc']);
    expect(p('?location=US,,WA').location).toEqual(['us', 'wa']);
    expect(p('?location=US-WA-SEATTLE&area=ECONOMICS').location).toEqual(['us-wa-seattle']);
    expect(p('?location=US-WA-SEATTLE&area=ECONOMICS').area).toEqual(['economics']);
    // Repeated keys: lists merge; q takes the first non-empty; sort and page the first.
    expect(p('?q=a&q=b&location=us&location=gb&sort=title&sort=location&page=2&page=3')).toMatchObject({
      q: 'a',
      location: ['gb', 'us'],
      sort: 'title',
      page: 2,
    });
    expect(p(`?area=${Array.from({ length: 300 }, (_, i) => `a${i}`).join(',')}`).area).toHaveLength(
      MAX_VALUES_PER_KEY,
    );
    // Emoji survive in q (they are text); zero-width space is white space.
    expect(p('?q=%F0%9F%A7%AA+lab').q).toBe('\u{1F9EA} lab');
    expect(p('?q=%E2%80%8Fx').q).toBe('x'); // bidi controls are dropped (see normaliseQuery)
    expect(p('?q=a%E2%80%8Bb').q).toBe('a b');
  });
});

describe('seeded random hostile query strings', () => {
  it('never throw, always give a valid state that round-trips (1,000 cases, seed 6)', () => {
    fc.assert(
      fc.property(hostileQueryArb, (search) => {
        checkOne(search);
      }),
      { seed: 6, numRuns: 1000 },
    );
  });

  it('survive being cut anywhere (every prefix of every corpus entry)', () => {
    for (const { search } of HOSTILE_QUERIES) {
      const step = Math.max(1, Math.floor(search.length / 200));
      for (let end = 0; end <= search.length; end += step) checkOne(search.slice(0, end));
    }
  });

  it('survive arbitrary bytes, percent-encoded, in any key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('q', 'location', 'team', 'area', 'type', 'sort', 'page'),
        fc.uint8Array({ maxLength: 64 }),
        (key, bytes) => {
          checkOne(`?${key}=${[...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`);
        },
      ),
      { seed: 66, numRuns: 1000 },
    );
  });
});
