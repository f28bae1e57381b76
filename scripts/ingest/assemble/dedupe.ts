/**
 * Duplicate listings: the same location and the same normalised description are one job. The first listing seen
 * (in file-name order, then line order) is the job; every later one adds a source and a report entry naming the
 * job it repeats and where that job was first seen.
 */
import type { Source } from '../../../src/shared/bundle-schema';
import { compareStrings } from '../text';

export interface DuplicateEntry {
  file: string;
  line: number;
  of: string;
  firstSeen: Source;
}

export function compareSources(a: Source, b: Source): number {
  return compareStrings(a.file, b.file) || a.line - b.line;
}

/**
 * Groups listings by key as they arrive. `add` returns the group's value when the key was seen before (the
 * listing is a duplicate), or null when it is new, after which the caller registers the value with `set`.
 */
export class Deduper<T extends { id: string; sources: Source[] }> {
  private readonly byKey = new Map<string, T>();
  readonly duplicates: DuplicateEntry[] = [];

  seen(key: string, source: Source): T | null {
    const job = this.byKey.get(key);
    if (job === undefined) return null;
    const firstSeen = job.sources[0] as Source;
    job.sources.push(source);
    this.duplicates.push({ file: source.file, line: source.line, of: job.id, firstSeen });
    return job;
  }

  set(key: string, job: T): void {
    this.byKey.set(key, job);
  }

  values(): T[] {
    const all = [...this.byKey.values()];
    for (const job of all) job.sources.sort(compareSources);
    return all;
  }
}

/** Pure form for tests and small inputs: listings in, jobs with merged sources and the duplicate report out. */
export function dedupe<L extends { key: string; source: Source }>(
  listings: readonly L[],
  makeId: (listing: L) => string,
): { jobs: { id: string; listing: L; sources: Source[] }[]; duplicates: DuplicateEntry[] } {
  const sorted = [...listings].sort((a, b) => compareSources(a.source, b.source));
  const deduper = new Deduper<{ id: string; listing: L; sources: Source[] }>();
  for (const listing of sorted) {
    if (deduper.seen(listing.key, listing.source) !== null) continue;
    deduper.set(listing.key, { id: makeId(listing), listing, sources: [listing.source] });
  }
  return { jobs: deduper.values(), duplicates: deduper.duplicates };
}
