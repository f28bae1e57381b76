/**
 * Which words of a text a query matched, as plain segments for the UI to wrap in <mark>. No HTML strings.
 */
import { fold, RAW_WORD_RE, stem } from '../../../shared/search-index';
import { parseQuery } from './searcher';

/** The query's folded terms worth highlighting (complete stop words dropped), longest first. */
export function highlightTerms(q: string): string[] {
  const terms = new Set(parseQuery(q).map((t) => t.text));
  return [...terms].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/**
 * The text cut into segments, whole words that match a term marked: a word matches when it starts with a term
 * ("model" marks "models", "modelling") or has the same stem ("studies" marks "study"). Accents and case are
 * ignored. Concatenating the segments gives the text back exactly.
 */
export function splitHighlights(text: string, terms: readonly string[]): HighlightSegment[] {
  const wanted = terms.map((t) => fold(t)).filter((t) => t.length > 0);
  if (text.length === 0) return [];
  if (wanted.length === 0) return [{ text, match: false }];
  const stems = new Set(wanted.map(stem));
  const segments: HighlightSegment[] = [];
  let plainFrom = 0;
  for (const m of text.matchAll(RAW_WORD_RE)) {
    const word = fold(m[0]);
    if (!(wanted.some((t) => word.startsWith(t)) || stems.has(stem(word)))) continue;
    const start = m.index;
    if (start > plainFrom) segments.push({ text: text.slice(plainFrom, start), match: false });
    segments.push({ text: m[0], match: true });
    plainFrom = start + m[0].length;
  }
  if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom), match: false });
  return segments;
}
