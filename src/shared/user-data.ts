/**
 * What Summit keeps in the browser for its visitor: saved jobs, saved searches, and which jobs it has seen (for
 * "New" badges and "N new since you last looked"). One localStorage key holds it all, as one JSON
 * value with a version, read through the schema below: data that does not parse (damaged, hand-edited, another
 * site's, or written by a newer Summit) is never trusted and never crashes the app; the store sets it aside and
 * starts afresh (src/lib/user-data/store.ts). Older versions are migrated, one step per version.
 *
 * Pure and DOM-free; every update returns a new value (the store compares by identity). Loaded lazily by the app
 * (zod stays off the first view).
 */
import * as z from 'zod/mini';
import {
  emptyUserData,
  MAX_QUERY,
  MAX_TEXT,
  normalise,
  USER_DATA_VERSION,
  type UserData,
} from './user-data-ops';

export * from './user-data-ops';

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

/** A saved board view: its canonical query string (`?area=economics&location=us-wa`, '' for all jobs). */
export const savedSearchSchema = z.object({
  id: idSchema,
  name: text,
  query: z.string().check(z.maxLength(MAX_QUERY)),
  savedAt: timeSchema,
  /** When the visitor last opened it from /saved (or saved it): "N new since you last looked" counts from here. */
  lookedAt: timeSchema,
});

/**
 * Jobs seen, as the batches in which they first appeared. `ids` packs each job's 32-bit key (jobKey) as base64, 4
 * bytes a job: 10,000 jobs take 53 kB. The first batch ever is `first`: a first visit marks nothing new.
 */
export const seenBatchSchema = z.object({
  at: timeSchema,
  first: z.boolean(),
  ids: z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});

export const userDataSchema = z.object({
  version: z.literal(USER_DATA_VERSION),
  /** Newest first, one per id, at most MAX_SAVED_JOBS. */
  savedJobs: z.array(savedJobSchema),
  /** Newest first, one per query, at most MAX_SAVED_SEARCHES. */
  savedSearches: z.array(savedSearchSchema),
  /** Oldest first. */
  seen: z.array(seenBatchSchema),
  /** The current (or last) visit: jobs first seen since `start` are new. */
  visit: z.nullable(z.object({ start: timeSchema, last: timeSchema })),
});
// The hand-written type (user-data-ops.ts) and the schema must agree, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const schemaMatchesType: Same<z.infer<typeof userDataSchema>, UserData> = true;

/** Version 1 (saved jobs only) as written by the first release of saved jobs. */
const userDataV1Schema = z.object({ version: z.literal(1), savedJobs: z.array(savedJobSchema) });

/** One step per version: each takes the previous version's value (already validated) to the next. */
function migrate(value: unknown): unknown {
  const v1 = userDataV1Schema.safeParse(value);
  if (v1.success) return { ...emptyUserData(), savedJobs: v1.data.savedJobs };
  return value;
}

/** Why stored data was set aside. */
export type ReadProblem = 'unreadable' | 'newer';

export type ReadResult = { data: UserData; problem: null } | { data: UserData; problem: ReadProblem };

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
  const parsed = userDataSchema.safeParse(migrate(value));
  if (!parsed.success) return { data: emptyUserData(), problem: 'unreadable' };
  return { data: normalise(parsed.data), problem: null };
}
