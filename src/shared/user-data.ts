/**
 * What Summit keeps in the browser for its visitor: saved jobs. One localStorage key holds it all, as one JSON
 * value with a version, read through the schema below: data that does not parse (damaged, hand-edited, another
 * site's, or written by a newer Summit) is never trusted and never crashes the app; the store sets it aside and
 * starts afresh (src/lib/user-data/store.ts). Older versions are migrated, one step per version.
 *
 * Pure and DOM-free; every update returns a new value (the store compares by identity). Loaded lazily by the app
 * (zod stays off the first view).
 */
import * as z from 'zod/mini';

export const USER_DATA_KEY = 'summit:user-data';
/** Where unreadable data is moved to (one copy, the latest), so it is not lost outright. */
export const SET_ASIDE_KEY = 'summit:user-data:set-aside';
export const USER_DATA_VERSION = 1;

export const MAX_SAVED_JOBS = 500;
const MAX_TEXT = 300;

const text = z.string().check(z.maxLength(MAX_TEXT));
const idSchema = z.string().check(z.maxLength(MAX_TEXT), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const timeSchema = z.number().check(z.nonnegative());

/** A saved job, with what /saved shows of it even once the job has left the bundle. */
export const savedJobSchema = z.object({
  id: idSchema,
  title: text,
  team: z.nullable(text),
  /** "Seattle, WA, US". */
  place: text,
  /** ms since the epoch. */
  savedAt: timeSchema,
});
export type SavedJob = z.infer<typeof savedJobSchema>;

export const userDataSchema = z.object({
  version: z.literal(USER_DATA_VERSION),
  /** Newest first, one per id, at most MAX_SAVED_JOBS. */
  savedJobs: z.array(savedJobSchema),
});
export type UserData = z.infer<typeof userDataSchema>;

export function emptyUserData(): UserData {
  return { version: USER_DATA_VERSION, savedJobs: [] };
}

/** Why stored data was set aside. */
export type ReadProblem = 'unreadable' | 'newer';

export type ReadResult = { data: UserData; problem: null } | { data: UserData; problem: ReadProblem };

/** Newest first, one per id, capped: what every reader and writer can rely on. */
function normalise(data: UserData): UserData {
  const seen = new Set<string>();
  const savedJobs = [...data.savedJobs]
    .sort((a, b) => b.savedAt - a.savedAt)
    .filter((job) => !seen.has(job.id) && Boolean(seen.add(job.id)))
    .slice(0, MAX_SAVED_JOBS);
  return { ...data, savedJobs };
}

/** The stored string (null: nothing stored yet) as valid data, or a fresh start and the reason. Never throws. */
export function readUserData(raw: string | null): ReadResult {
  if (raw === null) return { data: emptyUserData(), problem: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { data: emptyUserData(), problem: 'unreadable' };
  }
  const version =
    typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > USER_DATA_VERSION) {
    return { data: emptyUserData(), problem: 'newer' };
  }
  const parsed = userDataSchema.safeParse(value);
  if (!parsed.success) return { data: emptyUserData(), problem: 'unreadable' };
  return { data: normalise(parsed.data), problem: null };
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
