/**
 * `date-posted.json`: for each job in the bundle, the day the bundle first saw it (JSON-LD `datePosted` on the job
 * pages, `lastmod` in the sitemap). Nothing in a scraped page dates a listing, so the build step keeps the dates
 * itself: before it replaces the bundle in --out it reads that bundle's dates, keeps them for every job still
 * listed, and gives each new job the day of this build's `generatedAt` (SOURCE_DATE_EPOCH or the input's newest
 * modification time, see pipeline.ts), so the same input still gives byte-identical files. A job that is no longer
 * listed drops out; if it comes back it counts as new.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import type { BundleFile } from '../write/write';

export const DATE_POSTED_FILE = 'date-posted.json';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date');

export const datePostedFileSchema = z.object({
  /** Job id → the day (UTC, YYYY-MM-DD) a bundle first listed it. */
  dates: z.record(z.string(), isoDay),
});
export type DatePostedFile = z.infer<typeof datePostedFileSchema>;

export type PreviousDates =
  | { ok: true; dates: ReadonlyMap<string, string> }
  | { ok: false; dates: ReadonlyMap<string, string>; problem: string };

/** The dates in the bundle at `out`: none when there is no bundle there yet; a problem when its file is bad. */
export async function readPreviousDates(out: string): Promise<PreviousDates> {
  let text: string;
  try {
    text = await readFile(path.join(out, DATE_POSTED_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, dates: new Map() };
    return { ok: false, dates: new Map(), problem: `could not read the previous ${DATE_POSTED_FILE}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, dates: new Map(), problem: `the previous ${DATE_POSTED_FILE} is not JSON` };
  }
  const parsed = datePostedFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      dates: new Map(),
      problem: `the previous ${DATE_POSTED_FILE} is not in the expected format`,
    };
  return { ok: true, dates: new Map(Object.entries(parsed.data.dates)) };
}

/** Each id's first-seen day: the previous one when there is one, else the day of `generatedAt`. Sorted by id. */
export function datesPosted(
  ids: readonly string[],
  previous: ReadonlyMap<string, string>,
  generatedAt: string,
): DatePostedFile {
  const time = new Date(generatedAt);
  if (Number.isNaN(time.getTime())) throw new Error(`generatedAt is not a date: ${generatedAt}`);
  const today = time.toISOString().slice(0, 10);
  const dates: Record<string, string> = {};
  for (const id of [...ids].sort()) dates[id] = previous.get(id) ?? today;
  return { dates };
}

/** The bundle's files followed by date-posted.json (validated like every other file). */
export function* withDatePosted(files: Iterable<BundleFile>, file: DatePostedFile): Generator<BundleFile> {
  yield* files;
  yield { name: DATE_POSTED_FILE, content: `${JSON.stringify(datePostedFileSchema.parse(file))}\n` };
}
