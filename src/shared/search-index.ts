/**
 * The keyword-search index: built once by the build step (public/data/search-index.json), validated and read by
 * the app on the first keystroke. Also the analyser (fold → tokenise → stop words → light stemming) both sides share,
 * so a query is analysed exactly like the documents were.
 *
 * File format (JSON-friendly, small):
 * - `terms`: the sorted term dictionary (stems, accent-folded, lower-case), so prefixes are a binary search away;
 * - `postings[i]`: term i's documents as one string of base64url characters: per document, the gap to the previous
 *   document as a varint (5 data bits per character, the sixth bit says "more follows"), then one character with the
 *   document's quantised field-weighted BM25 impact for the term (1..63, square-root scale of `impactScale`).
 *   Query time multiplies impacts by the term's IDF (from its document frequency) and sums over the query's terms.
 * - document order is the order the docs were given in (the order of jobs in index.json), so a document number is
 *   a job index; `idsHash` lets the app check the index belongs to the jobs it has.
 *
 * No DOM and no Node imports here.
 */
import { z } from 'zod';

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
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

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

/** Folded tokens in order, stop words included (capped length). */
export function tokenise(text: string): string[] {
  const out: string[] = [];
  for (const match of fold(text).matchAll(WORD_RE)) {
    const token = match[0];
    out.push(token.length > MAX_TOKEN_LENGTH ? token.slice(0, MAX_TOKEN_LENGTH) : token);
  }
  return out;
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
  for (const token of tokenise(text)) if (!STOP_WORDS.has(token)) out.push(stem(token));
  return out;
}

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

/** In-memory inverted index: sorted terms, each with ascending document numbers and quantised impacts (1..63). */
export interface InvertedIndex {
  docCount: number;
  terms: string[];
  docs: Int32Array[];
  impacts: Uint8Array[];
}

/** Impact (0..MAX_IMPACT] → 1..63 on a square-root scale (fine resolution for the common small impacts). */
export function quantiseImpact(impact: number): number {
  const q = Math.round(63 * Math.sqrt(Math.max(0, impact) / MAX_IMPACT));
  return Math.min(63, Math.max(1, q));
}

export function dequantiseImpact(q: number): number {
  const r = q / 63;
  return r * r * MAX_IMPACT;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildInvertedIndex(docs: readonly { fields: Record<SearchField, string> }[]): InvertedIndex {
  const docCount = docs.length;
  const analysed = docs.map((doc) => SEARCH_FIELDS.map((f) => analyse(doc.fields[f] ?? '')));
  const avgLength = SEARCH_FIELDS.map((_, fi) => {
    let total = 0;
    for (const fields of analysed) total += fields[fi]!.length;
    return docCount === 0 ? 1 : Math.max(1, total / docCount);
  });
  const postings = new Map<string, { docs: number[]; impacts: number[] }>();
  const tf = new Map<string, Float64Array>();
  for (let d = 0; d < docCount; d++) {
    tf.clear();
    const fields = analysed[d]!;
    fields.forEach((terms, fi) => {
      for (const term of terms) {
        let counts = tf.get(term);
        if (!counts) tf.set(term, (counts = new Float64Array(SEARCH_FIELDS.length)));
        counts[fi]! += 1;
      }
    });
    for (const [term, counts] of tf) {
      let impact = 0;
      SEARCH_FIELDS.forEach((f, fi) => {
        const t = counts[fi]!;
        if (t === 0) return;
        const norm = 1 - FIELD_B[f] + (FIELD_B[f] * fields[fi]!.length) / avgLength[fi]!;
        impact += (FIELD_WEIGHTS[f] * t * (K1 + 1)) / (t + K1 * norm);
      });
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], impacts: [] }));
      list.docs.push(d);
      list.impacts.push(quantiseImpact(impact));
    }
  }
  const terms = [...postings.keys()].sort(compareCodeUnits);
  return {
    docCount,
    terms,
    docs: terms.map((t) => Int32Array.from(postings.get(t)!.docs)),
    impacts: terms.map((t) => Uint8Array.from(postings.get(t)!.impacts)),
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
    let gap = docs[i]! - prev - 1;
    prev = docs[i]!;
    while (gap >= 32) {
      out += ALPHABET[32 | (gap & 31)];
      gap = Math.floor(gap / 32);
    }
    out += ALPHABET[gap];
    out += ALPHABET[Math.min(63, Math.max(1, impacts[i]! | 0))];
  }
  return out;
}

/**
 * Decodes one postings string. Defensive: stops at the first malformed character and drops documents outside
 * 0..docCount-1, so a damaged file degrades to fewer matches, never to an exception or a wrong job.
 */
export function decodePostings(text: string, docCount: number): { docs: Int32Array; impacts: Uint8Array } {
  const docs = new Int32Array(text.length >> 1);
  const impacts = new Uint8Array(text.length >> 1);
  let n = 0;
  let prev = -1;
  let i = 0;
  while (i < text.length) {
    let gap = 0;
    let scale = 1;
    let v: number;
    do {
      const code = text.charCodeAt(i++);
      v = code < 128 ? DECODE[code]! : -1;
      if (v < 0 || scale > 2 ** 30) return { docs: docs.subarray(0, n), impacts: impacts.subarray(0, n) };
      gap += (v & 31) * scale;
      scale *= 32;
    } while (v & 32 && i < text.length);
    if (v & 32) break;
    const code = text.charCodeAt(i++);
    const impact = code < 128 ? DECODE[code]! : -1;
    if (impact < 1) break;
    const doc = prev + 1 + gap;
    if (doc >= docCount) break;
    prev = doc;
    docs[n] = doc;
    impacts[n] = impact;
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
    docCount: z.number().int().nonnegative(),
    idsHash: z.string(),
    terms: z.array(z.string().min(1)),
    postings: z.array(z.string()),
  })
  .superRefine((file, ctx) => {
    if (file.terms.length !== file.postings.length) {
      ctx.addIssue({ code: 'custom', message: `${file.terms.length} terms but ${file.postings.length} postings` });
      return;
    }
    for (let i = 1; i < file.terms.length; i++) {
      if (!(file.terms[i - 1]! < file.terms[i]!)) {
        ctx.addIssue({ code: 'custom', message: `terms not strictly sorted at ${i}` });
        return;
      }
    }
  });
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
    location: [city, region ?? '', country, name === country ? '' : name].join(' '),
    text,
  };
}
