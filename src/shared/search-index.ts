/**
 * The keyword-search index: built once by the build step (public/data/search-index.json), validated and read by
 * the app on the first keystroke. Also the analyser (fold → tokenise → stop words → light stemming) both sides share,
 * so a query is analysed exactly like the documents were.
 *
 * File format (JSON-friendly, small):
 * - `terms`: the sorted term dictionary (stems, accent-folded, lower-case), so prefixes are a binary search away;
 * - `postings[i]`: term i's documents as one string of base64url characters: per document one varint (5 data bits
 *   per character, the sixth bit says "more follows") of `gap × 16 + impact`, where gap is the distance to the
 *   previous document minus one and impact is the document's field-weighted BM25 impact for the term, quantised to
 *   16 levels on a log scale. Consecutive documents cost one character each.
 *   Query time multiplies impacts by the term's IDF (from its document frequency) and sums over the query's terms.
 * - document order is the order the docs were given in (the order of jobs in index.json), so a document number is
 *   a job index; `idsHash` lets the app check the index belongs to the jobs it has.
 *
 * No DOM and no Node imports here.
 */
import * as z from 'zod/mini';
import type { JobDetail } from './bundle-schema';
import { countryName, regionName } from './place-names';

// ---------------------------------------------------------------------------------------------------------------
// Analysis.

/** Accent-folded, lower-cased (NFKD, combining marks dropped). Length may differ from the input. */
export function fold(text: string): string {
  // Plain ASCII (most text) only needs lower-casing.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Mostly ASCII with a few curly quotes and dashes: fold just those code points (cached), not the whole text.
  // The same result: NFKD decomposes code point by code point, and the canonical reordering it also does only
  // moves combining marks, which are all dropped (checked over every code point between neighbours).
  // Lower-casing stays whole-text (a final sigma depends on what follows).
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    const width = pairWidth(text, i, c);
    const cp = text.slice(i, i + width);
    let folded = foldedCodePoints.get(cp);
    if (folded === undefined) {
      folded = cp.normalize('NFKD').replace(/\p{M}/gu, '');
      if (foldedCodePoints.size < 10_000) foldedCodePoints.set(cp, folded);
    }
    out += text.slice(from, i) + folded;
    i += width - 1;
    from = i + 1;
  }
  return (out + text.slice(from)).toLowerCase();
}
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;
/** Non-ASCII code point → its NFKD with combining marks dropped. */
const foldedCodePoints = new Map<string, string>();

/** A word as the tokeniser sees it: "c++", "c#", "f#" survive; otherwise runs of letters and digits. */
export const WORD_RE = /c\+\+|[cf]#|[\p{L}\p{N}]+/gu;
/** The same over raw (unfolded) text: combining marks stay inside words. For highlighting. */
export const RAW_WORD_RE = /[cC]\+\+|[cCfF]#|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export const MAX_TOKEN_LENGTH = 40;

/** Words that carry no meaning on their own; dropped from documents and from complete query terms. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from has have in into is it its of on or our s so such t that the their ' +
    'then there these they this to was were will with we you your'
  ).split(' '),
);

/** Folded tokens in order, stop words included (capped length): WORD_RE over fold(text), by hand for speed. */
export function tokenise(text: string): string[] {
  const s = fold(text);
  const out: string[] = [];
  scanTokens(s, (start, end) => out.push(s.slice(start, end)));
  return out;
}

/**
 * `tokenise` as positions in the folded text `s`, token by token: `s.slice(start, end)` is the token. Without
 * making the strings, so that the build step's analyser can look most tokens up without allocating.
 */
function scanTokens(s: string, onToken: (start: number, end: number) => void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    // Skip to the next word character.
    let c = s.charCodeAt(i);
    let width = 1;
    if (!isWordAscii(c)) {
      if (c < 128) {
        i++;
        continue;
      }
      width = pairWidth(s, i, c);
      if (!WORD_CHAR.test(s.slice(i, i + width))) {
        i += width;
        continue;
      }
    }
    const start = i;
    i += width;
    while (i < n) {
      c = s.charCodeAt(i);
      if (isWordAscii(c)) i++;
      else if (c < 128) break;
      else {
        width = pairWidth(s, i, c);
        if (!WORD_CHAR.test(s.slice(i, i + width))) break;
        i += width;
      }
    }
    // "c++", "c#", "f#": only as a whole token's start, like WORD_RE.
    const first = s.charCodeAt(start);
    if (i === start + 1 && (first === 99 /* c */ || first === 102) /* f */) {
      if (s.charCodeAt(i) === 35 /* # */) i++;
      else if (first === 99 && s.charCodeAt(i) === 43 && s.charCodeAt(i + 1) === 43 /* ++ */) i += 2;
    }
    onToken(start, Math.min(i, start + MAX_TOKEN_LENGTH));
  }
}
const WORD_CHAR = /^[\p{L}\p{N}]+$/u;
/** 2 at a surrogate pair, else 1. */
function pairWidth(s: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = s.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}
function isWordAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/**
 * A light English plural stemmer (after Harman's S-stemmer): "studies" → "study", "models" → "model",
 * "classes" → "class"; "analysis", "class", "bus" and short words stay as they are.
 */
export function stem(token: string): string {
  const n = token.length;
  if (n < 4 || token.charCodeAt(n - 1) !== 115 /* s */) return token;
  if (token.endsWith('ies') && !token.endsWith('eies') && !token.endsWith('aies'))
    return `${token.slice(0, -3)}y`;
  if (/(ss|us|is|ys)$/.test(token)) return token;
  if (/(sses|xes|ches|shes|zzes)$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('es') && !/(aes|ees|oes)$/.test(token)) return token.slice(0, -1);
  return token.slice(0, -1);
}

/** A document field's index terms: tokenised, stop words dropped, stemmed. */
export function analyse(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenise(text)) {
    const term = termOf(token);
    if (term !== null) out.push(term);
  }
  return out;
}

/** A token's index term, or null for a stop word. */
function termOf(token: string): string | null {
  let term = termCache.get(token);
  if (term === undefined) {
    term = STOP_WORDS.has(token) ? null : stem(token);
    if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
    termCache.set(token, term);
  }
  return term;
}
/** token → index term (null for a stop word): vocabularies are small, stemming is not free. */
const termCache = new Map<string, string | null>();
const TERM_CACHE_SIZE = 200_000;

// ---------------------------------------------------------------------------------------------------------------
// Building.

export const SEARCH_FIELDS = ['title', 'team', 'areas', 'location', 'text'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Field weights: title > team > areas > location > text. */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  title: 5,
  team: 3,
  areas: 2.5,
  location: 2,
  text: 1,
};
/** BM25 length normalisation per field (short fields barely normalise). */
const FIELD_B: Readonly<Record<SearchField, number>> = {
  title: 0.5,
  team: 0.3,
  areas: 0.3,
  location: 0.3,
  text: 0.75,
};
const K1 = 1.2;

export interface SearchDoc {
  id: string;
  fields: Record<SearchField, string>;
}

/** The largest impact a document can have for one term (every field saturated). */
export const MAX_IMPACT = SEARCH_FIELDS.reduce((sum, f) => sum + FIELD_WEIGHTS[f] * (K1 + 1), 0);

/** In-memory inverted index: sorted terms, each with ascending document numbers and quantised impacts (0..15). */
export interface InvertedIndex {
  docCount: number;
  terms: string[];
  docs: Int32Array[];
  impacts: Uint8Array[];
}

export const IMPACT_LEVELS = 16;
/** Impacts at or below this share the lowest level (a single mention deep in a long description is ~0.5). */
const MIN_IMPACT = 0.3;
const LOG_RANGE = Math.log(MAX_IMPACT / MIN_IMPACT);

/** Impact (0..MAX_IMPACT] → 0..15 on a log scale: every level is ~33% above the one below. */
export function quantiseImpact(impact: number): number {
  if (!(impact > MIN_IMPACT)) return 0;
  const q = Math.round(((IMPACT_LEVELS - 1) * Math.log(impact / MIN_IMPACT)) / LOG_RANGE);
  return Math.min(IMPACT_LEVELS - 1, q);
}

export function dequantiseImpact(q: number): number {
  return MIN_IMPACT * Math.exp((q * LOG_RANGE) / (IMPACT_LEVELS - 1));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A document whose terms are numbers in a `TermDictionary`. */
export interface IndexedDoc {
  /** Its distinct terms. */
  termIds: Int32Array;
  /**
   * `counts[k * F + fi]`: occurrences of term `termIds[k]` in field `fi` (F = SEARCH_FIELDS.length, in order). In
   * the narrowest array that holds them: the build step keeps every job's document until the end.
   */
  counts: Uint8Array | Uint16Array | Uint32Array;
  /** Per field, in SEARCH_FIELDS order: its number of terms (stop words excluded). */
  lengths: Uint32Array;
}

/**
 * A document as `DocAnalyser` gives it: numbered in the analyser's dictionary, with the terms that dictionary
 * gained since the previous document it gave, so that another thread can keep a copy of the numbering
 * (TermDecoder in the build step).
 */
export interface AnalysedDoc extends IndexedDoc {
  newTerms: string[];
}

/** Term → number, in first-seen order. `invertDocs` sorts the terms. */
export class TermDictionary {
  private readonly idOf = new Map<string, number>();
  readonly terms: string[] = [];

  idFor(term: string): number {
    let id = this.idOf.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.idOf.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}

/**
 * One document's share of the index, which needs no other document: `analyse` over each field, counted per term.
 * Stateful for speed (the build step analyses tens of megabytes): every token it has met is kept in a hash table
 * with its term's number, looked up by the token's position in the text, so a repeated token (most of them) costs
 * no string, no stemming and no Map; per-document scratch is indexed by term number.
 *
 * Its scanner is `scanTokens` fused with the hashing and counting (one pass per character, no call per token),
 * and ASCII fields (most) are lower-cased as they are scanned rather than folded into a copy first. Checked against
 * `analyse` in the tests. On the 10,000-listing corpus's 9,705 documents (29.6 M characters) it takes 0.36 s of CPU
 * where the scanTokens callback and a folded copy per field took 0.88 s.
 */
export class DocAnalyser {
  /**
   * Open addressing: per slot, 1 + an entry number, or 0 when empty. Entries: a token (its code units at `start`
   * in `chars`, and its length), its hash, its term. Tokens are compared in `chars` rather than as strings: a
   * sliced string's characters are read through its parent, and that made lookups four times slower.
   */
  private slots = new Int32Array(1 << 12);
  private entries = 0;
  private chars = new Uint16Array(1 << 14);
  private charsUsed = 0;
  private starts = new Int32Array(1 << 11);
  private lengths = new Int32Array(1 << 11);
  private hashes = new Int32Array(1 << 11);
  /** The token's term's number, or -1 for a stop word. */
  private termIds = new Int32Array(1 << 11);
  /** Per term number: the last document it occurred in, and its slot there. */
  private seenIn = new Int32Array(1024);
  private slotOf = new Int32Array(1024);
  /** The current document: its distinct terms in first-seen order, and per slot its counts per field. */
  private docIds = new Int32Array(256);
  private docCounts = new Uint32Array(256 * SEARCH_FIELDS.length);
  private distinct = 0;
  private docs = 0;
  private sent = 0;

  constructor(readonly dictionary: TermDictionary = new TermDictionary()) {}

  analyse(fields: Record<SearchField, string>): AnalysedDoc {
    const F = SEARCH_FIELDS.length;
    ++this.docs;
    this.distinct = 0;
    const lengths = new Uint32Array(F);
    for (let fi = 0; fi < F; fi++) {
      const text = fields[SEARCH_FIELDS[fi]!] ?? '';
      lengths[fi] = NON_ASCII.test(text) ? this.scan(fold(text), fi, false) : this.scan(text, fi, true);
    }
    const n = this.distinct;
    const counts = this.docCounts.subarray(0, n * F);
    let max = 0;
    for (let k = 0; k < counts.length; k++) if (counts[k]! > max) max = counts[k]!;
    const { terms } = this.dictionary;
    const newTerms = terms.slice(this.sent);
    this.sent = terms.length;
    return {
      termIds: this.docIds.slice(0, n),
      counts: max < 256 ? new Uint8Array(counts) : max < 65536 ? new Uint16Array(counts) : counts.slice(),
      lengths,
      newTerms,
    };
  }

  /**
   * Counts the terms of `s` (folded, or plain ASCII when `lower`: then lower-cased here) in field `fi` of the
   * current document; returns how many there were. Tokens as `scanTokens` finds them: its loop is repeated here
   * rather than shared through a callback because hashing inside the loop is the build step's hottest path (a
   * shared scanner with a per-token callback cost 15% more analysis CPU in a microbenchmark on the 10k corpus).
   */
  private scan(s: string, fi: number, lower: boolean): number {
    const n = s.length;
    let terms = 0;
    let i = 0;
    while (i < n) {
      // Skip to the next word character.
      let c = s.charCodeAt(i);
      let width = 1;
      if (!isWordAscii(c)) {
        if (c < 128) {
          i++;
          continue;
        }
        width = pairWidth(s, i, c);
        if (!WORD_CHAR.test(s.slice(i, i + width))) {
          i += width;
          continue;
        }
      }
      // The token, hashed (FNV-1a over its lower-cased code units, up to MAX_TOKEN_LENGTH) as it is scanned.
      // `c | 32` lower-cases an ASCII letter and leaves digits and lower-case letters as they are.
      const start = i;
      const cap = start + MAX_TOKEN_LENGTH;
      let hash = FNV_OFFSET;
      for (;;) {
        if (c < 128) {
          if (i < cap) hash = Math.imul(hash ^ (c | 32), 0x01000193);
          i++;
        } else {
          for (const end = i + width; i < end; i++)
            if (i < cap) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
        }
        if (i >= n) break;
        c = s.charCodeAt(i);
        if (isWordAscii(c)) continue;
        if (c < 128) break;
        width = pairWidth(s, i, c);
        if (!WORD_CHAR.test(s.slice(i, i + width))) break;
      }
      // "c++", "c#", "f#": only as a whole token's start, like WORD_RE.
      if (i === start + 1) {
        const first = s.charCodeAt(start) | 32;
        if (first === 99 /* c */ || first === 102 /* f */) {
          if (s.charCodeAt(i) === 35 /* # */) {
            hash = Math.imul(hash ^ 35, 0x01000193);
            i++;
          } else if (first === 99 && s.charCodeAt(i) === 43 && s.charCodeAt(i + 1) === 43 /* ++ */) {
            hash = Math.imul(Math.imul(hash ^ 43, 0x01000193) ^ 43, 0x01000193);
            i += 2;
          }
        }
      }
      const id = this.termIdAt(s, start, Math.min(i, cap), hash, lower);
      if (id < 0) continue;
      terms++;
      let slot: number;
      if (this.seenIn[id] === this.docs) slot = this.slotOf[id]!;
      else slot = this.newSlot(id);
      this.docCounts[slot * SEARCH_FIELDS.length + fi]! += 1;
    }
    return terms;
  }

  /** Term `id`'s first occurrence in the current document: its slot, with its counts at zero. */
  private newSlot(id: number): number {
    const F = SEARCH_FIELDS.length;
    const slot = this.distinct++;
    if (slot === this.docIds.length) {
      this.docIds = grown(this.docIds, slot * 2);
      const counts = new Uint32Array(slot * 2 * F);
      counts.set(this.docCounts);
      this.docCounts = counts;
    }
    this.seenIn[id] = this.docs;
    this.slotOf[id] = slot;
    this.docIds[slot] = id;
    this.docCounts.fill(0, slot * F, slot * F + F);
    return slot;
  }

  /** The term number of the token `s.slice(start, end)` (lower-cased when `lower`), or -1 for a stop word. */
  private termIdAt(s: string, start: number, end: number, hash: number, lower: boolean): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const entry = this.slots[at]! - 1;
      if (entry < 0) break;
      if (this.hashes[entry] !== hash || this.lengths[entry] !== length) continue;
      const at0 = this.starts[entry]! - start;
      let j = start;
      // Lower-cased like the hash: a plain ASCII field's tokens hold letters and digits only.
      if (lower) while (j < end && this.chars[at0 + j] === (s.charCodeAt(j) | 32)) j++;
      else while (j < end && this.chars[at0 + j] === s.charCodeAt(j)) j++;
      if (j === end) return this.termIds[entry]!;
    }
    const token = lower ? s.slice(start, end).toLowerCase() : s.slice(start, end);
    const id = STOP_WORDS.has(token) ? -1 : this.dictionary.idFor(stem(token));
    this.add(token, hash, id);
    return id;
  }

  private add(token: string, hash: number, id: number): void {
    const entry = this.entries++;
    if (entry === this.hashes.length) {
      this.starts = grown(this.starts, entry * 2);
      this.lengths = grown(this.lengths, entry * 2);
      this.hashes = grown(this.hashes, entry * 2);
      this.termIds = grown(this.termIds, entry * 2);
    }
    if (this.charsUsed + token.length > this.chars.length) {
      const chars = new Uint16Array(2 * (this.charsUsed + token.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    this.starts[entry] = this.charsUsed;
    this.lengths[entry] = token.length;
    for (let j = 0; j < token.length; j++) this.chars[this.charsUsed++] = token.charCodeAt(j);
    this.hashes[entry] = hash;
    this.termIds[entry] = id;
    if (2 * this.entries > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry);
    if (id >= this.seenIn.length) {
      const size = Math.max(id + 1, this.seenIn.length * 2);
      this.seenIn = grown(this.seenIn, size);
      this.slotOf = grown(this.slotOf, size);
    }
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[entry]! & mask;
    while (this.slots[at] !== 0) at = (at + 1) & mask;
    this.slots[at] = entry + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let entry = 0; entry < this.entries; entry++) this.place(entry);
  }
}

/** FNV-1a's offset basis as an int32: as the double 0x811c9dc5 it kept the scan loop's hash boxed. */
const FNV_OFFSET = 0x811c9dc5 | 0;

/** A copy of `array` with room for `size` elements. */
function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(size);
  copy.set(array);
  return copy;
}

export function buildInvertedIndex(docs: readonly { fields: Record<SearchField, string> }[]): InvertedIndex {
  const analyser = new DocAnalyser();
  return invertDocs(
    analyser.dictionary,
    docs.map((doc) => analyser.analyse(doc.fields)),
  );
}

/**
 * The inverted index of `docs` (document number = position): per term, its documents' field-weighted BM25 impacts,
 * which need every field's average length, hence the whole collection. Dictionary terms no document uses are left
 * out.
 */
export function invertDocs(dictionary: TermDictionary, docs: readonly IndexedDoc[]): InvertedIndex {
  const F = SEARCH_FIELDS.length;
  const docCount = docs.length;
  const lengthSum = new Float64Array(F);
  for (const doc of docs) for (let fi = 0; fi < F; fi++) lengthSum[fi]! += doc.lengths[fi]!;
  const avgLength = Array.from(lengthSum, (sum) => (docCount === 0 ? 1 : Math.max(1, sum / docCount)));
  const weight = SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f]);
  const b = SEARCH_FIELDS.map((f) => FIELD_B[f]);

  // Postings go into two flat arrays, each term's at its own offset (its document frequency counted first):
  // a couple of million postings in one allocation each rather than a growing array per term.
  const T = dictionary.terms.length;
  const offset = new Int32Array(T + 1);
  for (const doc of docs) for (const id of doc.termIds) offset[id + 1]! += 1;
  for (let id = 0; id < T; id++) offset[id + 1]! += offset[id]!;
  const postDocs = new Int32Array(offset[T]!);
  const postImpacts = new Uint8Array(offset[T]!);
  const next = offset.slice(0, T);
  const norm = new Float64Array(F);
  for (let d = 0; d < docCount; d++) {
    const { termIds, counts, lengths } = docs[d]!;
    for (let fi = 0; fi < F; fi++) norm[fi] = 1 - b[fi]! + (b[fi]! * lengths[fi]!) / avgLength[fi]!;
    for (let k = 0; k < termIds.length; k++) {
      let impact = 0;
      for (let fi = 0; fi < F; fi++) {
        const t = counts[k * F + fi]!;
        if (t > 0) impact += (weight[fi]! * t * (K1 + 1)) / (t + K1 * norm[fi]!);
      }
      const at = next[termIds[k]!]!++;
      postDocs[at] = d;
      postImpacts[at] = quantiseImpact(impact);
    }
  }
  const texts = dictionary.terms;
  const order = Array.from({ length: T }, (_, i) => i)
    .filter((i) => offset[i + 1]! > offset[i]!)
    .sort((x, y) => compareCodeUnits(texts[x]!, texts[y]!));
  return {
    docCount,
    terms: order.map((i) => texts[i]!),
    docs: order.map((i) => postDocs.subarray(offset[i]!, offset[i + 1]!)),
    impacts: order.map((i) => postImpacts.subarray(offset[i]!, offset[i + 1]!)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Encoding.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

const ALPHABET_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** Character codes of the postings being encoded: a string is made once per term, not a character at a time. */
let encoded = new Uint8Array(1024);

export function encodePostings(docs: ArrayLike<number>, impacts: ArrayLike<number>): string {
  // At most 8 characters per document: v < 2^40 for any document number an array can hold.
  if (encoded.length < docs.length * 8) encoded = new Uint8Array(docs.length * 8);
  let n = 0;
  let prev = -1;
  for (let i = 0; i < docs.length; i++) {
    const impact = Math.min(IMPACT_LEVELS - 1, Math.max(0, impacts[i]! | 0));
    let v = (docs[i]! - prev - 1) * IMPACT_LEVELS + impact;
    prev = docs[i]!;
    while (v >= 32) {
      encoded[n++] = ALPHABET_CODES[32 | (v % 32)]!;
      v = Math.floor(v / 32);
    }
    encoded[n++] = ALPHABET_CODES[v]!;
  }
  let out = '';
  for (let i = 0; i < n; i += 4096)
    out += String.fromCharCode.apply(null, encoded.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return out;
}

/**
 * Decodes one postings string. Defensive: stops at the first malformed character and drops documents outside
 * 0..docCount-1, so a damaged file degrades to fewer matches, never to an exception or a wrong job.
 */
export function decodePostings(text: string, docCount: number): { docs: Int32Array; impacts: Uint8Array } {
  const docs = new Int32Array(Math.min(text.length, docCount));
  const impacts = new Uint8Array(docs.length);
  let n = 0;
  let prev = -1;
  let i = 0;
  while (i < text.length && n < docs.length) {
    let v = 0;
    let scale = 1;
    let c: number;
    do {
      const code = text.charCodeAt(i++);
      c = code < 128 ? DECODE[code]! : -1;
      if (c < 0 || scale > 2 ** 40) return { docs: docs.subarray(0, n), impacts: impacts.subarray(0, n) };
      v += (c & 31) * scale;
      scale *= 32;
    } while (c & 32 && i < text.length);
    if (c & 32) break;
    const doc = prev + 1 + Math.floor(v / IMPACT_LEVELS);
    if (doc >= docCount) break;
    prev = doc;
    docs[n] = doc;
    impacts[n] = v % IMPACT_LEVELS;
    n++;
  }
  return { docs: docs.subarray(0, n), impacts: impacts.subarray(0, n) };
}

/** FNV-1a (32-bit, hex) over the ids joined by newlines: ties a search index to the jobs index it was built with. */
export function hashIds(ids: readonly string[]): string {
  let h = 0x811c9dc5;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    for (let i = 0; i < id.length; i++) {
      h ^= id.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 10;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export interface SearchIndexFile {
  version: 1;
  docCount: number;
  idsHash: string;
  terms: string[];
  postings: string[];
}

/**
 * Null when `value` is a well-formed SearchIndexFile (terms non-empty and strictly sorted, one postings string per
 * term), else what is wrong. Plain code, no zod: the board runs it, and zod stays out of the board's chunks.
 */
export function checkSearchIndexFile(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'expected an object';
  const file = value as Record<string, unknown>;
  if (file.version !== 1) return 'expected version 1';
  const { docCount, idsHash, terms, postings } = file;
  if (typeof docCount !== 'number' || !Number.isInteger(docCount) || docCount < 0) return 'bad docCount';
  if (typeof idsHash !== 'string') return 'bad idsHash';
  if (!Array.isArray(terms) || !terms.every((t) => typeof t === 'string' && t.length > 0)) return 'bad terms';
  if (!Array.isArray(postings) || !postings.every((p) => typeof p === 'string')) return 'bad postings';
  if (terms.length !== postings.length) return `${terms.length} terms but ${postings.length} postings`;
  for (let i = 1; i < terms.length; i++) {
    if (!((terms[i - 1] as string) < (terms[i] as string))) return `terms not strictly sorted at ${i}`;
  }
  return null;
}

/** The app's check, in the `safeParse` shape `fetchJson` takes. */
export const searchIndexFileChecker = {
  safeParse(value: unknown): { success: true; data: SearchIndexFile } | { success: false; error: string } {
    const problem = checkSearchIndexFile(value);
    return problem === null
      ? { success: true, data: value as SearchIndexFile }
      : { success: false, error: problem };
  },
};

/** The same check as a zod schema, for the build step and tests; pure, so the app's bundle drops it and zod. */
export const searchIndexFileSchema = /* @__PURE__ */ z.custom<SearchIndexFile>().check(
  z.superRefine((value, ctx) => {
    const problem = checkSearchIndexFile(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', input: value, message: problem });
  }),
);

/** The build step's entry point. Doc order = job order in index.json. */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndexFile {
  return searchIndexFile(
    buildInvertedIndex(docs),
    docs.map((d) => d.id),
  );
}

/** The file for an inverted index whose documents are the jobs `ids`, in that order. */
export function searchIndexFile(index: InvertedIndex, ids: readonly string[]): SearchIndexFile {
  return {
    version: 1,
    docCount: index.docCount,
    idsHash: hashIds(ids),
    terms: index.terms,
    postings: index.terms.map((_, i) => encodePostings(index.docs[i]!, index.impacts[i]!)),
  };
}

/**
 * The searchable fields of a job, built the same way at build time (with the description as `text`) and in the
 * app's card searcher (with the summary). The location field includes the country's name.
 */
export function searchFieldsFor(
  job: {
    title: string;
    team: string | null;
    location: { country: string; region: string | null; city: string };
    researchAreas: readonly string[];
  },
  text: string,
): Record<SearchField, string> {
  const { country, region, city } = job.location;
  const name = countryName(country);
  return {
    title: job.title,
    team: job.team ?? '',
    areas: job.researchAreas.join(' '),
    location: [
      city,
      region,
      region === null ? null : regionName(country, region),
      country,
      name === country ? null : name,
    ]
      .filter((part, i, parts) => part && parts.indexOf(part) === i)
      .join(' '),
    text,
  };
}

/**
 * A job's search document for the build step: the card fields plus the description's own sections as text.
 * Company boilerplate (benefits, EEO, "Why AWS") is left out: it is the same in every job, so it would only add
 * size and noise. Give docs in index.json's job order (`buildSearchIndex(jobs.map(jobSearchDoc))`).
 */
export function jobSearchDoc(job: JobDetail): SearchDoc {
  return { id: job.id, fields: jobSearchFields(job) };
}

/** jobSearchDoc's fields, from only what they are made of (the build step has no id or sources yet). */
export function jobSearchFields(
  job: Pick<JobDetail, 'displayTitle' | 'team' | 'location' | 'researchAreas' | 'sections'>,
): Record<SearchField, string> {
  const text: string[] = [];
  for (const section of job.sections) {
    if (section.boilerplate) continue;
    if (section.heading) text.push(section.heading);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') text.push(block.text);
      else text.push(...block.items);
    }
  }
  const { displayTitle, team, location, researchAreas } = job;
  return searchFieldsFor({ title: displayTitle, team, location, researchAreas }, text.join('\n'));
}
