/**
 * Small text helpers shared by the stages: whitespace normalisation, slugs, hashes, title case and a
 * linear-time sentence splitter. Nothing here backtracks: every regex is a simple character class or bounded.
 */
import { createHash } from 'node:crypto';

/** Collapse every run of whitespace (including U+00A0 and tabs) to one space and trim. */
export function collapseWhitespace(text: string): string {
  // Fast path: most descriptions have single ASCII spaces only.
  if (!/[^\S ]| {2}|\u200b/.test(text)) return text.trim();
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

/** The form used for duplicate detection and ids: NFC, whitespace collapsed. */
export function normaliseForKey(text: string): string {
  return collapseWhitespace(text.normalize('NFC'));
}

/** Trim ordinary whitespace plus the U+00A0 / zero-width artefacts scrapes leave at line ends. */
export function trimArtefacts(text: string): string {
  return text.replace(/^[\s\u00a0\u200b\ufeff]+/, '').replace(/[\s\u00a0\u200b\ufeff]+$/, '');
}

// The slug of job ids lives with jobId in src/shared, so that the app rebuilds ids by the same code; article
// slugs use it too.
export { slugify } from '../../src/shared/job-id';

/** `text` with every character a RegExp reads as syntax escaped, so that the pattern matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `build(key)`, made once per key: for the patterns built per title or team name (a few hundred distinct names in
 * a large input, each seen many times); no more than 10,000 kept, so that all-different names cannot grow it
 * without end.
 */
export function memoised<V>(build: (key: string) => V): (key: string) => V {
  const made = new Map<string, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = build(key);
      if (made.size < 10_000) made.set(key, value);
    }
    return value;
  };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** Title case that keeps acronyms and already-capitalised words ("ML", "iOS") as written. */
export function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word, i) => {
      if (word === '') return word;
      if (i > 0 && MINOR_WORDS.has(word.toLowerCase())) return word.toLowerCase();
      if (/[A-Z]/.test(word)) return word.charAt(0).toUpperCase() + word.slice(1);
      return word
        .split('-')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('-');
    })
    .join(' ');
}

const ABBREVIATIONS = new Set([
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'etc',
  'inc',
  'ltd',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'no',
  'sr',
  'jr',
  'ph.d',
  'approx',
  'dept',
  'corp',
  'co',
]);

export interface Sentence {
  text: string;
  start: number;
}

/**
 * Split prose into sentences: a break after `.`, `!` or `?` (optionally followed by a closing quote or bracket)
 * when whitespace and an upper-case letter, digit, quote or bullet follow, unless the word before is a known
 * abbreviation. One pass over the text.
 */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11;
}
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const UPPER = /\p{Lu}/u;

/** What may open a sentence: `[A-Z0-9"“‘'•*(\-–—]` or any upper-case letter. */
function startsSentence(c: number): boolean {
  if (c < 128)
    return (
      (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 42 || c === 40 || c === 45
    );
  if (c === 0x201c || c === 0x2018 || c === 0x2022 || c === 0x2013 || c === 0x2014) return true;
  return UPPER.test(String.fromCharCode(c));
}
/** `[A-Za-z.]` */
function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = text.length;
  // The next `.`, `!` and `?` at or after `from` (-1: none left), found with indexOf rather than char by char.
  let dot = -2;
  let bang = -2;
  let question = -2;
  for (let from = 0; ;) {
    if (dot !== -1 && dot < from) dot = text.indexOf('.', from);
    if (bang !== -1 && bang < from) bang = text.indexOf('!', from);
    if (question !== -1 && question < from) question = text.indexOf('?', from);
    let i = dot;
    if (bang !== -1 && (i === -1 || bang < i)) i = bang;
    if (question !== -1 && (i === -1 || question < i)) i = question;
    if (i === -1) break;
    from = i + 1;
    const ch = text.charCodeAt(i);
    let j = i + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j >= n) break;
    if (!isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n) break;
    if (!startsSentence(text.charCodeAt(k))) continue;
    if (ch === 46) {
      // The word before the period: an abbreviation or a single initial does not end a sentence.
      let w = i - 1;
      while (w >= 0 && w > i - 12 && isLetterOrDot(text.charCodeAt(w))) w--;
      const length = i - w - 1;
      if (length === 1 && text.charCodeAt(w + 1) !== 46) continue; // a single initial
      if (length >= 2 && length <= MAX_ABBREVIATION && ABBREVIATIONS.has(text.slice(w + 1, i).toLowerCase()))
        continue;
    }
    const sentence = text.slice(start, j).trim();
    if (sentence !== '') out.push({ text: sentence, start });
    start = k;
    from = k;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') out.push({ text: rest, start });
  return out;
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m === null ? 0 : m.length;
}

/** Cut to at most `max` characters at a word boundary, adding an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** Plain code-unit comparison: deterministic regardless of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
