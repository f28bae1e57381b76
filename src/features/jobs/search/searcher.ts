/**
 * Keyword search at query time: AND over the query's terms, the last one prefix-matched (binary search in the
 * sorted dictionary), BM25-style scores (IDF × the document's quantised field-weighted impact).
 */
import type { JobCard } from '../../../shared/compact-index';
import {
  buildInvertedIndex,
  decodePostings,
  dequantiseImpact,
  fold,
  searchFieldsFor,
  stem,
  STOP_WORDS,
  WORD_RE,
  MAX_TOKEN_LENGTH,
  type InvertedIndex,
  type SearchIndexFile,
} from '../../../shared/search-index';
import type { SearchMatches, Searcher } from './types';

/** A completion (prefix match) scores a little below the word itself. */
const PREFIX_FACTOR = 0.8;
/** At most this many dictionary terms stand for a prefix (the most frequent win); keeps "a" from decoding everything. */
const MAX_EXPANSIONS = 2000;
/** Decoded postings kept (by total length) before the cache is dropped. */
const CACHE_BUDGET = 4_000_000;

export interface QueryTerm {
  /** The folded token as typed. */
  text: string;
  /** Prefix-matched (the last token of the query). */
  prefix: boolean;
}

/**
 * The query's terms: folded tokens, stop words dropped (a lone last one stays, as a prefix), duplicates merged; the
 * last token is a prefix ("economist and" does not wait for a word starting with "and").
 */
export function parseQuery(q: string): QueryTerm[] {
  const tokens: string[] = [];
  for (const match of fold(q).matchAll(WORD_RE)) {
    const token = match[0];
    tokens.push(token.length > MAX_TOKEN_LENGTH ? token.slice(0, MAX_TOKEN_LENGTH) : token);
  }
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  tokens.forEach((text, i) => {
    const prefix = i === tokens.length - 1;
    // A stop word is dropped, unless it is the last token and the only term so far ("in" → "intern" as you type).
    if (STOP_WORDS.has(text) && (!prefix || out.length > 0)) return;
    const key = `${prefix ? 'p' : 'w'}:${prefix ? text : stem(text)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text, prefix });
  });
  // A prefix already implied by a complete term ("model models") adds nothing.
  const last = out[out.length - 1];
  if (last?.prefix && out.some((t) => !t.prefix && stem(t.text).startsWith(last.text))) out.pop();
  return out;
}

function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Source {
  docCount: number;
  terms: readonly string[];
  /** Cheap size estimate of a term's postings (for ordering and capping). */
  size(term: number): number;
  postings(term: number): { docs: Int32Array; impacts: Uint8Array };
}

function fromFile(file: SearchIndexFile): Source {
  const cache = new Map<number, { docs: Int32Array; impacts: Uint8Array }>();
  let cached = 0;
  return {
    docCount: file.docCount,
    terms: file.terms,
    size: (t) => (file.postings[t] ?? '').length,
    postings(t) {
      let p = cache.get(t);
      if (!p) {
        p = decodePostings(file.postings[t] ?? '', file.docCount);
        if (cached + p.docs.length > CACHE_BUDGET) {
          cache.clear();
          cached = 0;
        }
        cache.set(t, p);
        cached += p.docs.length;
      }
      return p;
    },
  };
}

function fromIndex(index: InvertedIndex): Source {
  return {
    docCount: index.docCount,
    terms: index.terms,
    size: (t) => index.docs[t]?.length ?? 0,
    postings: (t) => ({ docs: index.docs[t] ?? new Int32Array(0), impacts: index.impacts[t] ?? new Uint8Array(0) }),
  };
}

interface Group {
  terms: number[];
  /** Score multiplier per term (completions score below the exact word). */
  factors: number[];
  size: number;
}

function createSearcherFrom(source: Source): Searcher {
  const n = source.docCount;
  const words = (n + 31) >>> 5;
  const lastMask = n % 32 === 0 ? 0xffffffff : (1 << n % 32) - 1;
  // Scratch, reused by every search.
  const groupBits = new Uint32Array(words);
  const groupScore = new Float32Array(n);
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

  function groupFor(term: QueryTerm): Group {
    const terms: number[] = [];
    const factors: number[] = [];
    const word = stem(term.text);
    const exact = lowerBound(source.terms, word);
    if (source.terms[exact] === word) {
      terms.push(exact);
      factors.push(1);
    }
    if (term.prefix) {
      const candidates: number[] = [];
      for (let i = lowerBound(source.terms, term.text); i < source.terms.length; i++) {
        if (!source.terms[i]!.startsWith(term.text)) break;
        if (i !== exact || source.terms[exact] !== word) candidates.push(i);
      }
      if (candidates.length > MAX_EXPANSIONS) {
        candidates.sort((a, b) => source.size(b) - source.size(a));
        candidates.length = MAX_EXPANSIONS;
      }
      for (const i of candidates) {
        terms.push(i);
        factors.push(source.terms[i] === term.text ? 1 : PREFIX_FACTOR);
      }
    }
    let size = 0;
    for (const t of terms) size += source.size(t);
    return { terms, factors, size };
  }

  function search(q: string): SearchMatches {
    const result = new Uint32Array(words);
    const scores = new Float32Array(n);
    const parsed = parseQuery(q);
    if (parsed.length === 0) {
      result.fill(0xffffffff);
      if (words > 0) result[words - 1] = lastMask;
      return { indexes: result, scores };
    }
    const groups = parsed.map(groupFor).sort((a, b) => a.size - b.size);
    if (groups[0]!.size === 0) return { indexes: result, scores };

    groups.forEach((group, gi) => {
      const first = gi === 0;
      for (let k = 0; k < group.terms.length; k++) {
        const { docs, impacts } = source.postings(group.terms[k]!);
        const weight = idf(docs.length) * group.factors[k]!;
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i]!;
          const w = d >>> 5;
          const bit = 1 << (d & 31);
          if (!first && (result[w]! & bit) === 0) continue;
          const s = weight * dequantiseImpact(impacts[i]!);
          if ((groupBits[w]! & bit) === 0) {
            groupBits[w]! |= bit;
            groupScore[d] = s;
          } else if (s > groupScore[d]!) groupScore[d] = s;
        }
      }
      // result = result ∩ group (the first group is the result); add the group's score; clear the scratch.
      for (let w = 0; w < words; w++) {
        let bits = groupBits[w]!;
        if (bits === 0) {
          result[w] = 0;
          continue;
        }
        result[w] = bits;
        groupBits[w] = 0;
        while (bits !== 0) {
          const t = bits & -bits;
          const d = (w << 5) | (31 - Math.clz32(t));
          bits ^= t;
          scores[d]! += groupScore[d]!;
          groupScore[d] = 0;
        }
      }
    });
    return { indexes: result, scores };
  }

  return { docCount: n, search };
}

/** The full-text searcher over the build step's search index. */
export function createSearcher(file: SearchIndexFile): Searcher {
  return createSearcherFrom(fromFile(file));
}

/** A small searcher over the cards' own fields (title, team, location, areas, summary), before the index loads. */
export function createCardSearcher(jobs: readonly JobCard[]): Searcher {
  return createSearcherFrom(fromIndex(buildInvertedIndex(jobs.map((job) => ({ fields: searchFieldsFor(job, job.summary) })))));
}
