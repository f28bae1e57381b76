/**
 * The visitor's data without zod: its shape (checked against the schema in user-data.ts), the caps, and every pure
 * update. The store loads this on its own; zod (user-data.ts) only when there is stored data to read. Pure and
 * DOM-free; every update returns a new value (the store compares by identity).
 */
export const USER_DATA_KEY = 'summit:user-data';
/** Where unreadable data is moved to (one copy, the latest), so it is not lost outright. */
export const SET_ASIDE_KEY = 'summit:user-data:set-aside';
export const USER_DATA_VERSION = 2;

export const MAX_SAVED_JOBS = 500;
export const MAX_SAVED_SEARCHES = 50;
/** Batches of first-seen jobs kept apart; older ones are merged (their jobs then count as seen at the later time). */
export const MAX_SEEN_BATCHES = 24;
/** A visit ends after this long without a page that loads the jobs (the usual web-analytics session). */
export const VISIT_GAP_MS = 30 * 60 * 1000;
export const MAX_QUERY = 2000;
export const MAX_TEXT = 300;

export interface SavedJob {
  id: string;
  title: string;
  team: string | null;
  /** "Seattle, WA, US". */
  place: string;
  /** ms since the epoch. */
  savedAt: number;
}

export interface SavedSearch {
  id: string;
  name: string;
  /** The board view's canonical query string (`?area=economics&location=us-wa`, '' for all jobs). */
  query: string;
  savedAt: number;
  /** When the visitor last opened it from /saved (or saved it): "N new since you last looked" counts from here. */
  lookedAt: number;
}

export interface SeenBatch {
  at: number;
  first: boolean;
  ids: string;
}

export interface UserData {
  version: typeof USER_DATA_VERSION;
  /** Newest first, one per id, at most MAX_SAVED_JOBS. */
  savedJobs: SavedJob[];
  /** Newest first, one per query, at most MAX_SAVED_SEARCHES. */
  savedSearches: SavedSearch[];
  /** Oldest first. */
  seen: SeenBatch[];
  /** The current (or last) visit: jobs first seen since `start` are new. */
  visit: { start: number; last: number } | null;
}

export function emptyUserData(): UserData {
  return { version: USER_DATA_VERSION, savedJobs: [], savedSearches: [], seen: [], visit: null };
}

/** Newest first, one per id, capped: what every reader and writer can rely on. */
export function normalise(data: UserData): UserData {
  const ids = new Set<string>();
  const savedJobs = [...data.savedJobs]
    .sort((a, b) => b.savedAt - a.savedAt)
    .filter((job) => !ids.has(job.id) && Boolean(ids.add(job.id)))
    .slice(0, MAX_SAVED_JOBS);
  const queries = new Set<string>();
  const savedSearches = [...data.savedSearches]
    .sort((a, b) => b.savedAt - a.savedAt)
    .filter((search) => !queries.has(search.query) && Boolean(queries.add(search.query)))
    .slice(0, MAX_SAVED_SEARCHES);
  const seen = [...data.seen].sort((a, b) => a.at - b.at).slice(-MAX_SEEN_BATCHES);
  return { ...data, savedJobs, savedSearches, seen };
}

export function serialiseUserData(data: UserData): string {
  return JSON.stringify(data);
}

export function isSaved(data: UserData | null, id: string): boolean {
  return data !== null && data.savedJobs.some((job) => job.id === id);
}

export type SaveResult = { data: UserData; full: boolean };

/** Saves the job (newest first), or reports that the list is full (it never drops a saved job to make room). */
export function saveJob(data: UserData, job: Omit<SavedJob, 'savedAt'>, now: number): SaveResult {
  if (isSaved(data, job.id)) return { data, full: false };
  if (data.savedJobs.length >= MAX_SAVED_JOBS) return { data, full: true };
  const entry: SavedJob = {
    id: job.id,
    title: job.title.slice(0, MAX_TEXT),
    team: job.team === null ? null : job.team.slice(0, MAX_TEXT),
    place: job.place.slice(0, MAX_TEXT),
    savedAt: now,
  };
  return { data: { ...data, savedJobs: [entry, ...data.savedJobs] }, full: false };
}

export function unsaveJob(data: UserData, id: string): UserData {
  if (!isSaved(data, id)) return data;
  return { ...data, savedJobs: data.savedJobs.filter((job) => job.id !== id) };
}

// ---------------------------------------------------------------------------------------------------------------
// Saved searches.

export type SaveSearchResult = { data: UserData; full: boolean };

/** Saves a board view under a name (a view saved before is renamed, not repeated). */
export function saveSearch(
  data: UserData,
  search: { name: string; query: string },
  now: number,
  makeId: () => string,
): SaveSearchResult {
  const name = search.name.trim().slice(0, MAX_TEXT) || 'Saved search';
  const query = search.query.slice(0, MAX_QUERY);
  const existing = data.savedSearches.find((s) => s.query === query);
  if (existing) {
    if (existing.name === name) return { data, full: false };
    return {
      data: {
        ...data,
        savedSearches: data.savedSearches.map((s) => (s === existing ? { ...s, name } : s)),
      },
      full: false,
    };
  }
  if (data.savedSearches.length >= MAX_SAVED_SEARCHES) return { data, full: true };
  const entry: SavedSearch = { id: makeId(), name, query, savedAt: now, lookedAt: now };
  return { data: { ...data, savedSearches: [entry, ...data.savedSearches] }, full: false };
}

export function removeSearch(data: UserData, id: string): UserData {
  if (!data.savedSearches.some((s) => s.id === id)) return data;
  return { ...data, savedSearches: data.savedSearches.filter((s) => s.id !== id) };
}

/** Opening a saved search: what it lists now is no longer new to it. */
export function markSearchLooked(data: UserData, id: string, now: number): UserData {
  if (!data.savedSearches.some((s) => s.id === id)) return data;
  return {
    ...data,
    savedSearches: data.savedSearches.map((s) => (s.id === id ? { ...s, lookedAt: now } : s)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Seen jobs and visits.

/**
 * A job's 32-bit key: the first 8 hex digits of its id's hash part (every bundle id ends in one, see
 * src/shared/job-id.ts), else an FNV-1a hash of the whole id.
 */
export function jobKey(id: string): number {
  const tail = id.slice(id.lastIndexOf('-') + 1);
  if (/^[0-9a-f]{8}/.test(tail)) return Number.parseInt(tail.slice(0, 8), 16) >>> 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function packKeys(keys: readonly number[]): string {
  const bytes = new Uint8Array(keys.length * 4);
  const view = new DataView(bytes.buffer);
  keys.forEach((key, i) => view.setUint32(i * 4, key));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function unpackKeys(packed: string): number[] {
  let binary: string;
  try {
    binary = atob(packed);
  } catch {
    return [];
  }
  const keys: number[] = [];
  for (let i = 0; i + 4 <= binary.length; i += 4) {
    keys.push(
      ((binary.charCodeAt(i) << 24) |
        (binary.charCodeAt(i + 1) << 16) |
        (binary.charCodeAt(i + 2) << 8) |
        binary.charCodeAt(i + 3)) >>>
        0,
    );
  }
  return keys;
}

/** When each known job was first seen (by jobKey), and whether that was in the very first batch. */
export interface SeenIndex {
  firstSeen: ReadonlyMap<number, { at: number; first: boolean }>;
  /** False before any job has been recorded: nothing can be new yet. */
  any: boolean;
}

export function seenIndex(data: UserData): SeenIndex {
  const firstSeen = new Map<number, { at: number; first: boolean }>();
  for (const batch of data.seen) {
    const info = { at: batch.at, first: batch.first };
    for (const key of unpackKeys(batch.ids)) if (!firstSeen.has(key)) firstSeen.set(key, info);
  }
  return { firstSeen, any: data.seen.length > 0 };
}

/**
 * Records that the visitor's page has loaded the bundle's jobs now: continues the visit or starts a new one (after
 * VISIT_GAP_MS), and adds the jobs not seen before as a new batch. Jobs that left the bundle are forgotten, so the
 * seen-set stays the size of the bundle. Returns the same object when nothing changed worth a write (the visit's
 * `last` is only moved once a minute).
 */
export function recordVisit(data: UserData, ids: readonly string[], now: number): UserData {
  const current = new Set(ids.map(jobKey));
  const index = seenIndex(data);
  let visit = data.visit;
  if (visit === null || now - visit.last > VISIT_GAP_MS) visit = { start: now, last: now };
  else if (now - visit.last > 60_000) visit = { ...visit, last: now };

  const fresh = [...current].filter((key) => !index.firstSeen.has(key));
  const gone = [...index.firstSeen.keys()].some((key) => !current.has(key));
  if (fresh.length === 0 && !gone && visit === data.visit) return data;

  let seen: SeenBatch[] = data.seen;
  if (gone) {
    seen = seen
      .map((batch) => ({ ...batch, ids: packKeys(unpackKeys(batch.ids).filter((key) => current.has(key))) }))
      .filter((batch) => batch.ids !== '');
  }
  if (fresh.length > 0) {
    seen = [...seen, { at: now, first: !index.any, ids: packKeys(fresh.sort((a, b) => a - b)) }];
  }
  while (seen.length > MAX_SEEN_BATCHES) {
    const [a, b, ...rest] = seen;
    if (!a || !b) break;
    seen = [
      { at: b.at, first: a.first && b.first, ids: packKeys([...unpackKeys(a.ids), ...unpackKeys(b.ids)]) },
      ...rest,
    ];
  }
  return { ...data, seen, visit };
}

/**
 * Which of `ids` are new since the visitor's last visit: first seen during this visit, and not in the first batch
 * ever (a first visit marks nothing). A job not recorded yet counts as new once anything has been recorded.
 */
export function newJobKeys(data: UserData | null, ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (data === null || data.visit === null) return out;
  const index = seenIndex(data);
  if (!index.any) return out;
  const start = data.visit.start;
  for (const id of ids) {
    const info = index.firstSeen.get(jobKey(id));
    if (info === undefined || (!info.first && info.at >= start)) out.add(id);
  }
  return out;
}

/** How many of a saved search's matching jobs it has not shown since the visitor last looked. */
export function countNewForSearch(index: SeenIndex, search: SavedSearch, ids: readonly string[]): number {
  if (!index.any) return 0;
  let n = 0;
  for (const id of ids) {
    const info = index.firstSeen.get(jobKey(id));
    if (info === undefined || (!info.first && info.at > search.lookedAt)) n++;
  }
  return n;
}
