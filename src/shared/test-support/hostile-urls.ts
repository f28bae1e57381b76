/**
 * Hostile URLs, shared by the URL fuzz test (src/shared/board-url.fuzz.test.ts) and the end-to-end check that the
 * site survives them (e2e/hardening-urls.spec.ts). Test support only: nothing in the app imports this.
 *
 * Each entry is a raw query string (with its leading `?`) as someone might type, paste, truncate or forge it.
 * docs/reliability.md lists them with what the board does.
 */
import fc from 'fast-check';

export interface HostileQuery {
  /** What it tries. */
  name: string;
  search: string;
}

const LONG_Q = `?q=${'research '.repeat(334).slice(0, 3000)}`;

export const HOSTILE_QUERIES: readonly HostileQuery[] = [
  { name: 'lone percent', search: '?q=%' },
  { name: 'percent at the end of a value', search: '?q=abc%&location=us%' },
  { name: 'truncated UTF-8 escape', search: '?q=%E0%A4%A' },
  { name: 'invalid UTF-8 escape', search: '?q=%FF%FE%C0%AF' },
  { name: 'UTF-16 surrogate escaped as UTF-8', search: '?q=%ED%A0%80' },
  { name: 'NUL', search: '?q=%00&team=%00' },
  { name: 'control characters', search: '?q=a%01%07%1B%7F%C2%85b' },
  { name: 'newlines and tabs', search: '?q=a%0D%0Ab%09c' },
  { name: '3,000-character q', search: LONG_Q },
  { name: 'negative page', search: '?page=-1' },
  { name: 'page zero', search: '?page=0' },
  { name: 'page beyond a double', search: '?page=1e309' },
  { name: 'hex page', search: '?page=0x10' },
  { name: 'huge page', search: '?page=99999999999999999999999' },
  { name: 'fractional page', search: '?page=2.5' },
  { name: 'page NaN and Infinity', search: '?page=NaN&page=Infinity' },
  { name: '__proto__ key', search: '?__proto__=x&__proto__[polluted]=1' },
  { name: 'constructor key', search: '?constructor=x&constructor.prototype.polluted=1' },
  {
    name: 'prototype-looking values',
    search: '?location=__proto__&team=constructor&area=prototype&type=hasOwnProperty',
  },
  { name: 'sort=__proto__', search: '?sort=__proto__' },
  { name: 'sort=constructor and toString', search: '?sort=constructor&sort=toString' },
  {
    name: 'repeated keys',
    search: '?q=a&q=b&location=us&location=us&location=gb&sort=title&sort=location&page=2&page=3',
  },
  { name: 'empty keys and values', search: '?=&&=x&q=&location=&page=' },
  { name: 'script tag in q', search: '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { name: 'raw script tag in q', search: '?q=<script>alert(1)</script>' },
  { name: 'img onerror in q', search: '?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E' },
  { name: 'javascript: URL in q and team', search: '?q=javascript:alert(1)&team=javascript:alert(1)' },
  { name: 'quotes and angle brackets in a slug', search: '?team="><svg/onload=alert(1)>' },
  { name: 'emoji', search: '?q=%F0%9F%A7%AA%F0%9F%91%A9%E2%80%8D%F0%9F%94%AC+lab&team=%F0%9F%9A%80' },
  {
    name: 'RTL and zero-width marks',
    search: '?q=%E2%80%AEevil%E2%80%AC%E2%80%8F%E2%80%8Bx&location=%E2%80%AEus',
  },
  { name: 'path traversal in area', search: '?area=../../etc&location=..%2F..%2Fetc%2Fpasswd' },
  { name: 'empty items in a list', search: '?location=US,,WA&team=,,,' },
  { name: 'uppercase slugs', search: '?location=US-WA-SEATTLE&area=ECONOMICS&type=INTERNSHIP' },
  { name: 'unknown slugs', search: '?location=zz-nowhere&team=no-such-team&area=alchemy&type=volunteer' },
  { name: 'many values', search: `?area=${Array.from({ length: 300 }, (_, i) => `a${i}`).join(',')}` },
  { name: 'unknown keys', search: '?utm_source=x&fbclid=y&q=scientist' },
  { name: 'fragment and second question mark', search: '?q=a?b=c#fragment?q=d' },
  { name: 'plus, spaces and %20 mixed', search: '?q=+machine%20+learning++' },
  { name: 'double-encoded', search: '?q=%253Cscript%253E&location=us%252Dwa' },
  { name: 'accented slugs', search: '?location=fr-%C3%AEle-de-france&team=%C3%A9quipe' },
];

const KEYS = [
  'q',
  'location',
  'team',
  'area',
  'type',
  'sort',
  'page',
  '__proto__',
  'constructor',
  'x',
] as const;
const PIECES = [
  '%',
  '%2',
  '%E0%A4%A',
  '%00',
  '%C3%A9',
  '%F0%9F%98%80',
  '%E2%80%AE',
  '+',
  ',',
  ',,',
  '-',
  '..',
  '/',
  '<',
  '>',
  '"',
  "'",
  '<script>',
  'US',
  'us-wa',
  'seattle',
  'economics',
  'internship',
  'title',
  'relevance',
  '-1',
  '0',
  '1e309',
  '0x10',
  'NaN',
  '__proto__',
  '😀',
  'é',
  ' ',
  '=',
];

/** A random hostile query string: keys (known, unknown, prototype-ish) with values spliced from hostile pieces. */
export const hostileQueryArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...KEYS),
      fc.oneof(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')),
        fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s)),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.integer().map(String),
      ),
    ),
    { maxLength: 10 },
  )
  .map((pairs) => `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`);

/** A fixed, reproducible sample of random hostile query strings. */
export function sampleHostileQueries(count: number, seed = 6): string[] {
  return fc.sample(hostileQueryArb, { seed, numRuns: count });
}
