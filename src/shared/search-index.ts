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

// ---------------------------------------------------------------------------------------------------------------
// Country names (location labels and searchable location text).

export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  AE: 'United Arab Emirates',
  AR: 'Argentina',
  AT: 'Austria',
  AU: 'Australia',
  BE: 'Belgium',
  BR: 'Brazil',
  CA: 'Canada',
  CH: 'Switzerland',
  CL: 'Chile',
  CN: 'China',
  CO: 'Colombia',
  CR: 'Costa Rica',
  CZ: 'Czechia',
  DE: 'Germany',
  DK: 'Denmark',
  EG: 'Egypt',
  ES: 'Spain',
  FI: 'Finland',
  FR: 'France',
  GB: 'United Kingdom',
  GR: 'Greece',
  HK: 'Hong Kong',
  HU: 'Hungary',
  ID: 'Indonesia',
  IE: 'Ireland',
  IL: 'Israel',
  IN: 'India',
  IT: 'Italy',
  JO: 'Jordan',
  JP: 'Japan',
  KR: 'South Korea',
  LU: 'Luxembourg',
  MX: 'Mexico',
  MY: 'Malaysia',
  NL: 'Netherlands',
  NO: 'Norway',
  NZ: 'New Zealand',
  PH: 'Philippines',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  SA: 'Saudi Arabia',
  SE: 'Sweden',
  SG: 'Singapore',
  TR: 'Turkey',
  TW: 'Taiwan',
  UA: 'Ukraine',
  US: 'United States',
  VN: 'Vietnam',
  ZA: 'South Africa',
};

/** "US" → "United States"; unknown codes are returned as written. */
export function countryName(code: string): string {
  return COUNTRY_NAMES[code.toUpperCase()] ?? code;
}

// ---------------------------------------------------------------------------------------------------------------
// Analysis.

/** Accent-folded, lower-cased (NFKD, combining marks dropped). Length may differ from the input. */
export function fold(text: string): string {
  // Plain ASCII (most text) only needs lower-casing.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

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
    let token = s.slice(start, i);
    // "c++", "c#", "f#": only as a whole token's start, like WORD_RE.
    if (i === start + 1 && (token === 'c' || token === 'f')) {
      if (s.charCodeAt(i) === 35 /* # */) {
        token += '#';
        i++;
      } else if (token === 'c' && s.charCodeAt(i) === 43 && s.charCodeAt(i + 1) === 43 /* ++ */) {
        token = 'c++';
        i += 2;
      }
    }
    out.push(token.length > MAX_TOKEN_LENGTH ? token.slice(0, MAX_TOKEN_LENGTH) : token);
  }
  return out;
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
  if (token.endsWith('ies') && !token.endsWith('eies') && !token.endsWith('aies')) return `${token.slice(0, -3)}y`;
  if (/(ss|us|is|ys)$/.test(token)) return token;
  if (/(sses|xes|ches|shes|zzes)$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('es') && !/(aes|ees|oes)$/.test(token)) return token.slice(0, -1);
  return token.slice(0, -1);
}

/** A document field's index terms: tokenised, stop words dropped, stemmed. */
export function analyse(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenise(text)) {
    let term = termCache.get(token);
    if (term === undefined) {
      term = STOP_WORDS.has(token) ? null : stem(token);
      if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
      termCache.set(token, term);
    }
    if (term !== null) out.push(term);
  }
  return out;
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
const FIELD_B: Readonly<Record<SearchField, number>> = { title: 0.5, team: 0.3, areas: 0.3, location: 0.3, text: 0.75 };
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

export function buildInvertedIndex(docs: readonly { fields: Record<SearchField, string> }[]): InvertedIndex {
  const F = SEARCH_FIELDS.length;
  const docCount = docs.length;
  // Pass 1: every field's terms as term ids (first-seen numbering), and the fields' average lengths.
  const idOf = new Map<string, number>();
  const texts: string[] = [];
  const fieldTerms: Int32Array[] = [];
  const lengthSum = new Float64Array(F);
  for (const doc of docs) {
    for (let fi = 0; fi < F; fi++) {
      const terms = analyse(doc.fields[SEARCH_FIELDS[fi]!] ?? '');
      const ids = new Int32Array(terms.length);
      for (let k = 0; k < terms.length; k++) {
        let id = idOf.get(terms[k]!);
        if (id === undefined) {
          id = texts.length;
          idOf.set(terms[k]!, id);
          texts.push(terms[k]!);
        }
        ids[k] = id;
      }
      fieldTerms.push(ids);
      lengthSum[fi]! += ids.length;
    }
  }
  const T = texts.length;
  const avgLength = Array.from(lengthSum, (sum) => (docCount === 0 ? 1 : Math.max(1, sum / docCount)));
  const weight = SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f]);
  const b = SEARCH_FIELDS.map((f) => FIELD_B[f]);

  // Pass 2: per document, term frequencies per field (flat scratch indexed by term id), then one impact per term.
  const tf = new Float64Array(T * F);
  const lastDoc = new Int32Array(T).fill(-1);
  const postDocs: number[][] = Array.from({ length: T }, () => []);
  const postImpacts: number[][] = Array.from({ length: T }, () => []);
  const touched: number[] = [];
  const norm = new Float64Array(F);
  for (let d = 0; d < docCount; d++) {
    touched.length = 0;
    for (let fi = 0; fi < F; fi++) {
      const ids = fieldTerms[d * F + fi]!;
      norm[fi] = 1 - b[fi]! + (b[fi]! * ids.length) / avgLength[fi]!;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (lastDoc[id] !== d) {
          lastDoc[id] = d;
          touched.push(id);
          tf.fill(0, id * F, id * F + F);
        }
        tf[id * F + fi]! += 1;
      }
    }
    for (const id of touched) {
      let impact = 0;
      for (let fi = 0; fi < F; fi++) {
        const t = tf[id * F + fi]!;
        if (t > 0) impact += (weight[fi]! * t * (K1 + 1)) / (t + K1 * norm[fi]!);
      }
      postDocs[id]!.push(d);
      postImpacts[id]!.push(quantiseImpact(impact));
    }
  }
  const order = Array.from({ length: T }, (_, i) => i).sort((x, y) => compareCodeUnits(texts[x]!, texts[y]!));
  return {
    docCount,
    terms: order.map((i) => texts[i]!),
    docs: order.map((i) => Int32Array.from(postDocs[i]!)),
    impacts: order.map((i) => Uint8Array.from(postImpacts[i]!)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Encoding.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function encodePostings(docs: ArrayLike<number>, impacts: ArrayLike<number>): string {
  let out = '';
  let prev = -1;
  for (let i = 0; i < docs.length; i++) {
    const impact = Math.min(IMPACT_LEVELS - 1, Math.max(0, impacts[i]! | 0));
    let v = (docs[i]! - prev - 1) * IMPACT_LEVELS + impact;
    prev = docs[i]!;
    while (v >= 32) {
      out += ALPHABET[32 | (v % 32)];
      v = Math.floor(v / 32);
    }
    out += ALPHABET[v];
  }
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

export const searchIndexFileSchema = z
  .object({
    version: z.literal(1),
    docCount: z.int().check(z.nonnegative()),
    idsHash: z.string(),
    terms: z.array(z.string().check(z.minLength(1))),
    postings: z.array(z.string()),
  })
  .check(
    z.superRefine((file, ctx) => {
    if (file.terms.length !== file.postings.length) {
      ctx.addIssue({ code: 'custom', input: file, message: `${file.terms.length} terms but ${file.postings.length} postings` });
      return;
    }
    for (let i = 1; i < file.terms.length; i++) {
      if (!(file.terms[i - 1]! < file.terms[i]!)) {
        ctx.addIssue({ code: 'custom', input: file, message: `terms not strictly sorted at ${i}` });
        return;
      }
    }
  }),
  );
export type SearchIndexFile = z.infer<typeof searchIndexFileSchema>;

/** The build step's entry point. Doc order = job order in index.json. */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndexFile {
  const index = buildInvertedIndex(docs);
  return {
    version: 1,
    docCount: index.docCount,
    idsHash: hashIds(docs.map((d) => d.id)),
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
    location: [city, region, country, name === country ? null : name].filter((part) => part).join(' '),
    text,
  };
}

/**
 * A job's search document for the build step: the card fields plus the description's own sections as text.
 * Company boilerplate (benefits, EEO, "Why AWS") is left out: it is the same in every job, so it would only add
 * size and noise. Give docs in index.json's job order (`buildSearchIndex(jobs.map(jobSearchDoc))`).
 */
export function jobSearchDoc(job: JobDetail): SearchDoc {
  const text: string[] = [];
  for (const section of job.sections) {
    if (section.boilerplate) continue;
    if (section.heading) text.push(section.heading);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') text.push(block.text);
      else text.push(...block.items);
    }
  }
  return { id: job.id, fields: searchFieldsFor({ ...job, title: job.displayTitle }, text.join('\n')) };
}
