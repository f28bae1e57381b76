/**
 * The board's first-view data (`index.json`): every job's card fields, column by column, with repeated strings
 * (teams, locations) coded through dictionaries. No descriptions and no sources: those load on demand.
 */
import * as z from 'zod/mini';
import {
  locationSchema,
  RESEARCH_AREAS,
  researchAreaSchema,
  type JobSummary,
  type Location,
  type ResearchArea,
} from './bundle-schema';

export const JOB_FLAG_INTERNSHIP = 1;
export const JOB_FLAG_MANAGER = 2;

/**
 * A column of integers ≥ min (optionally only 0/1), checked in one loop over the array. The per-element form
 * (z.array(z.int()…)) runs a schema per cell, which at 10,000 rows × several columns is most of the first view's
 * validation time in the browser (zod runs jitless there, under the CSP). The first bad cell is reported with
 * its row, like the per-element form would.
 */
function intColumn<T extends number = number>(min: number, max = Infinity) {
  const expected = max === Infinity ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`;
  return z.custom<T[]>((value) => Array.isArray(value), { error: 'expected an array' }).check(
    z.superRefine((values, ctx) => {
      for (let i = 0; i < values.length; i++) {
        const v: unknown = values[i];
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
          ctx.addIssue({ code: 'custom', input: v, path: [i], message: `expected ${expected}` });
          return;
        }
      }
    }),
  );
}

/** A column of strings (each matching `pattern`, when given), checked in one loop like intColumn. */
function stringColumn(pattern?: RegExp, what = 'a string') {
  return z.custom<string[]>((value) => Array.isArray(value), { error: 'expected an array' }).check(
    z.superRefine((values, ctx) => {
      for (let i = 0; i < values.length; i++) {
        const v: unknown = values[i];
        if (typeof v !== 'string' || (pattern !== undefined && !pattern.test(v))) {
          ctx.addIssue({ code: 'custom', input: v, path: [i], message: `expected ${what}` });
          return;
        }
      }
    }),
  );
}

/** A column of integer lists (each element an integer ≥ 0). */
function intListColumn() {
  return z.custom<number[][]>((value) => Array.isArray(value), { error: 'expected an array' }).check(
    z.superRefine((rows, ctx) => {
      for (let i = 0; i < rows.length; i++) {
        const row: unknown = rows[i];
        if (!Array.isArray(row)) {
          ctx.addIssue({ code: 'custom', input: row, path: [i], message: 'expected an array of integers' });
          return;
        }
        for (let j = 0; j < row.length; j++) {
          const v: unknown = row[j];
          if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
            ctx.addIssue({ code: 'custom', input: v, path: [i, j], message: 'expected an integer ≥ 0' });
            return;
          }
        }
      }
    }),
  );
}

/** Same rule as bundle-schema's idSchema (URL-safe slugs). */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const columnsSchema = z.object({
  id: stringColumn(ID_PATTERN, 'a URL-safe id'),
  /** displayTitle of each job. */
  title: stringColumn(),
  /** 1 when the title was stated in the text, 0 when displayTitle is a fallback. */
  titleStated: intColumn<0 | 1>(0, 1),
  /** Index into `teams`, or -1 for none. */
  team: intColumn(-1),
  /** Index into `locations`. */
  location: intColumn(0),
  /** Indexes into `areas`, most relevant first. */
  areas: intListColumn(),
  /** Bit set of JOB_FLAG_*. */
  flags: intColumn(0),
  summary: stringColumn(),
});

export const compactIndexSchema = z
  .object({
    version: z.literal(1),
    generatedAt: z.string(),
    teams: z.array(z.string()),
    locations: z.array(locationSchema),
    areas: z.array(researchAreaSchema),
    jobs: columnsSchema,
  })
  .check(
    z.superRefine((index, ctx) => {
    const n = index.jobs.id.length;
    for (const [name, column] of Object.entries(index.jobs)) {
      if (column.length !== n) ctx.addIssue({ code: 'custom', input: index, message: `column ${name} has ${column.length} rows, expected ${n}` });
    }
    const bad = (values: number[], size: number, allowNone: boolean) =>
      values.some((v) => v >= size || (!allowNone && v < 0));
    if (bad(index.jobs.team, index.teams.length, true)) ctx.addIssue({ code: 'custom', input: index, message: 'team index out of range' });
    if (bad(index.jobs.location, index.locations.length, false))
      ctx.addIssue({ code: 'custom', input: index, message: 'location index out of range' });
    if (index.jobs.areas.some((a) => bad(a, index.areas.length, false)))
      ctx.addIssue({ code: 'custom', input: index, message: 'area index out of range' });
    }),
  );
export type CompactIndex = z.infer<typeof compactIndexSchema>;

/** A job as the board lists it: the summary fields without sources. */
export interface JobCard {
  id: string;
  title: string;
  titleStated: boolean;
  team: string | null;
  location: Location;
  researchAreas: ResearchArea[];
  internship: boolean;
  manager: boolean;
  summary: string;
}

export function encodeIndex(jobs: readonly JobSummary[], generatedAt: string): CompactIndex {
  const teams = [...new Set(jobs.flatMap((j) => (j.team === null ? [] : [j.team])))].sort();
  const teamIndex = new Map(teams.map((t, i) => [t, i]));
  const locationKey = (l: Location) => `${l.country}\u0000${l.region ?? ''}\u0000${l.city}`;
  const locations: Location[] = [];
  const locationIndex = new Map<string, number>();
  for (const job of [...jobs].sort((a, b) => a.location.label.localeCompare(b.location.label))) {
    const key = locationKey(job.location);
    if (!locationIndex.has(key)) {
      locationIndex.set(key, locations.length);
      locations.push(job.location);
    }
  }
  const areas = [...RESEARCH_AREAS];
  const areaIndex = new Map<string, number>(areas.map((a, i) => [a, i]));
  return {
    version: 1,
    generatedAt,
    teams,
    locations,
    areas,
    jobs: {
      id: jobs.map((j) => j.id),
      title: jobs.map((j) => j.displayTitle),
      titleStated: jobs.map((j) => (j.title === null ? 0 : 1)),
      team: jobs.map((j) => (j.team === null ? -1 : (teamIndex.get(j.team) ?? -1))),
      location: jobs.map((j) => locationIndex.get(locationKey(j.location)) ?? 0),
      areas: jobs.map((j) => j.researchAreas.map((a) => areaIndex.get(a) ?? 0)),
      flags: jobs.map((j) => (j.internship ? JOB_FLAG_INTERNSHIP : 0) | (j.manager ? JOB_FLAG_MANAGER : 0)),
      summary: jobs.map((j) => j.summary),
    },
  };
}

export function decodeIndex(index: CompactIndex): JobCard[] {
  const { jobs } = index;
  return jobs.id.map((id, i) => {
    const teamAt = jobs.team[i] ?? -1;
    const flags = jobs.flags[i] ?? 0;
    return {
      id,
      title: jobs.title[i] ?? id,
      titleStated: jobs.titleStated[i] === 1,
      team: teamAt < 0 ? null : (index.teams[teamAt] ?? null),
      location: index.locations[jobs.location[i] ?? 0] as Location,
      researchAreas: (jobs.areas[i] ?? []).map((a) => index.areas[a] as ResearchArea),
      internship: (flags & JOB_FLAG_INTERNSHIP) !== 0,
      manager: (flags & JOB_FLAG_MANAGER) !== 0,
      summary: jobs.summary[i] ?? '',
    };
  });
}
