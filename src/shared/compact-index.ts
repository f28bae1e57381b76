/**
 * The board's first-view data (`index.json`): every job's card fields, column by column, with repeated strings
 * (teams, locations) coded through dictionaries. No descriptions and no sources: those load on demand.
 *
 * Ids are not stored whole: almost every id is `jobId(title, city, hash)` (src/shared/job-id.ts), and the title and
 * city are here already, so the index keeps only the hash digits and the decoder rebuilds the rest by the same
 * code the build step used. Any other id (one the pattern does not give back exactly) is stored whole, so decoding
 * is always exact. Whole ids were a third of the file's gzip size.
 *
 * The shape is checked by `checkCompactIndex`, plain code with no schema library: the browser runs it on the
 * first view, where zod's runtime (about 8 kB gzipped) would be a fifth of the JavaScript budget. The build step
 * and the tests use `compactIndexSchema`, a zod schema that runs the same check, so there is one definition.
 */
import * as z from 'zod/mini';
import type { JobSummary, Location, StoryRef } from './bundle-schema';
import { jobIdCityPart, jobIdTitlePart, joinJobId } from './job-id';
import { RESEARCH_AREAS, type ResearchArea } from './research-areas';

export const JOB_FLAG_INTERNSHIP = 1;
export const JOB_FLAG_MANAGER = 2;

export interface CompactIndex {
  /** 3: the stories column (2 had none; 1 had whole ids in `id`). */
  version: 3;
  generatedAt: string;
  teams: string[];
  locations: Location[];
  areas: ResearchArea[];
  /** The stories the jobs were listed with: slug and title, for the board's story filter and its chip. */
  stories: StoryRef[];
  jobs: {
    /**
     * Each job's id: its hash digits when the id is `jobId(title, location's city, digits)`, which the decoder
     * rebuilds; otherwise `=` and the whole id (`=` cannot start an id, so the two never look alike).
     */
    idHash: string[];
    /** displayTitle of each job. */
    title: string[];
    /** 1 when the title was stated in the text, 0 when displayTitle is a fallback. */
    titleStated: (0 | 1)[];
    /** Index into `teams`, or -1 for none. */
    team: number[];
    /** Index into `locations`. */
    location: number[];
    /** Indexes into `areas`, most relevant first. */
    areas: number[][];
    /** Bit set of JOB_FLAG_*. */
    flags: number[];
    summary: string[];
    /** Indexes into `stories`: the stories the job was listed with, in the order of its sources. */
    stories: number[][];
  };
}

/** The first thing wrong with an index: where (as a zod issue path) and what. */
export interface IndexProblem {
  path: (string | number)[];
  message: string;
}

/** Same rules as bundle-schema's idSchema and locationSchema. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * The digits of a rebuilt id. With a title part that is never empty and slugs that are URL-safe, any such digits
 * give a URL-safe id, so checking the cell is checking the id.
 */
const HASH_PATTERN = /^[a-z0-9]+$/;
/** Marks an `idHash` cell that holds a whole id. */
const WHOLE_ID = '=';

function isIdCell(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  return v.startsWith(WHOLE_ID) ? ID_PATTERN.test(v.slice(WHOLE_ID.length)) : HASH_PATTERN.test(v);
}

/** Whether `value` has the shape of a job id (a URL-safe slug): anything else names no job, without a lookup. */
export function isJobId(value: string): boolean {
  return ID_PATTERN.test(value);
}
const COUNTRY_PATTERN = /^[A-Z]{2}$/;
const AREAS: ReadonlySet<string> = new Set(RESEARCH_AREAS);

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function isStoryRef(v: unknown): v is StoryRef {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return typeof s.slug === 'string' && ID_PATTERN.test(s.slug) && isText(s.title);
}

function isLocation(v: unknown): v is Location {
  if (typeof v !== 'object' || v === null) return false;
  const l = v as Record<string, unknown>;
  return (
    typeof l.country === 'string' &&
    COUNTRY_PATTERN.test(l.country) &&
    (l.region === null || isText(l.region)) &&
    isText(l.city) &&
    isText(l.label)
  );
}

/**
 * One loop per column, each cell checked by `ok`: a schema per cell (z.array(z.int())) costs most of the first
 * view's validation time at 10,000 rows in the browser, where zod runs jitless under the CSP.
 */
function checkColumn(
  path: (string | number)[],
  values: unknown,
  ok: (v: unknown) => boolean,
  expected: string,
): IndexProblem | null {
  if (!Array.isArray(values)) return { path, message: 'expected an array' };
  for (let i = 0; i < values.length; i++) {
    if (!ok(values[i])) return { path: [...path, i], message: `expected ${expected}` };
  }
  return null;
}

/** Null when `value` is a well-formed CompactIndex (every column as long as `idHash`, every code in range). */
export function checkCompactIndex(value: unknown): IndexProblem | null {
  if (typeof value !== 'object' || value === null) return { path: [], message: 'expected an object' };
  const index = value as Record<string, unknown>;
  if (index.version !== 3) return { path: ['version'], message: 'expected version 3' };
  if (typeof index.generatedAt !== 'string') return { path: ['generatedAt'], message: 'expected a string' };
  const header =
    checkColumn(['teams'], index.teams, (v) => typeof v === 'string', 'a string') ??
    checkColumn(['locations'], index.locations, isLocation, 'a location') ??
    checkColumn(['areas'], index.areas, (v) => typeof v === 'string' && AREAS.has(v), 'a research area') ??
    checkColumn(['stories'], index.stories, isStoryRef, 'a story (slug and title)');
  if (header) return header;
  const teams = (index.teams as unknown[]).length;
  const locations = (index.locations as unknown[]).length;
  const areas = (index.areas as unknown[]).length;
  const stories = (index.stories as unknown[]).length;

  if (typeof index.jobs !== 'object' || index.jobs === null)
    return { path: ['jobs'], message: 'expected an object' };
  const jobs = index.jobs as Record<string, unknown>;
  const int = (min: number, max: number) => (v: unknown) => isInt(v, min, max);
  const columns: [string, (v: unknown) => boolean, string][] = [
    ['idHash', isIdCell, 'hash digits or = and a URL-safe id'],
    ['title', (v) => typeof v === 'string', 'a string'],
    ['titleStated', int(0, 1), 'an integer from 0 to 1'],
    ['team', int(-1, Infinity), 'an integer ≥ -1'],
    ['location', int(0, Infinity), 'an integer ≥ 0'],
    ['areas', (v) => Array.isArray(v) && v.every(int(0, Infinity)), 'an array of integers ≥ 0'],
    ['flags', int(0, Infinity), 'an integer ≥ 0'],
    ['summary', (v) => typeof v === 'string', 'a string'],
    ['stories', (v) => Array.isArray(v) && v.every(int(0, Infinity)), 'an array of integers ≥ 0'],
  ];
  for (const [name, ok, expected] of columns) {
    const problem = checkColumn(['jobs', name], jobs[name], ok, expected);
    if (problem) return problem;
  }
  const n = (jobs.idHash as unknown[]).length;
  for (const [name] of columns) {
    const length = (jobs[name] as unknown[]).length;
    if (length !== n)
      return { path: ['jobs', name], message: `column ${name} has ${length} rows, expected ${n}` };
  }
  // Codes in range, so decoding never reads past a dictionary.
  const inRange = (name: string, ok: (v: number) => boolean, what: string) =>
    checkColumn(['jobs', name], jobs[name], (v) => ok(v as number), what);
  return (
    inRange('team', (v) => v < teams, 'a team index in range') ??
    inRange('location', (v) => v < locations, 'a location index in range') ??
    checkColumn(
      ['jobs', 'areas'],
      jobs.areas,
      (v) => (v as number[]).every((a) => a < areas),
      'area indexes in range',
    ) ??
    checkColumn(
      ['jobs', 'stories'],
      jobs.stories,
      (v) => (v as number[]).every((a) => a < stories),
      'story indexes in range',
    )
  );
}

/** A plain check in the `safeParse` shape `fetchJson` takes (what zod schemas return too). */
export function plainChecker<T>(check: (value: unknown) => IndexProblem | null) {
  return {
    safeParse(value: unknown): { success: true; data: T } | { success: false; error: IndexProblem } {
      const problem = check(value);
      return problem === null ? { success: true, data: value as T } : { success: false, error: problem };
    },
  };
}

/**
 * The same check as a zod schema, for the build step (which validates everything it writes with zod) and the
 * tests. Call it with a `@__PURE__` annotation, so the app's bundle drops the schema (and zod with it) where only the
 * plain check is imported.
 */
export function plainSchema<T>(check: (value: unknown) => IndexProblem | null) {
  return z.custom<T>().check(
    z.superRefine((value, ctx) => {
      const problem = check(value);
      if (problem)
        ctx.addIssue({ code: 'custom', input: value, path: problem.path, message: problem.message });
    }),
  );
}

/** The app's check of index.json. */
export const compactIndexChecker = plainChecker<CompactIndex>(checkCompactIndex);

/** index.json's schema, for the build step and the tests. */
export const compactIndexSchema = /* @__PURE__ */ plainSchema<CompactIndex>(checkCompactIndex);

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
  /** The stories the job was listed with (objects shared by every card of the same index). */
  stories: StoryRef[];
}

/**
 * The index of cards as decodeIndex gives them: for tools and tests that edit an index. Editing a title in
 * `jobs.title` directly would change the id the decoder rebuilds; decoding, editing and encoding keeps every id.
 */
export function encodeCards(cards: readonly JobCard[], generatedAt: string): CompactIndex {
  return encodeIndex(
    cards.map(({ title, titleStated, ...card }) => ({
      ...card,
      title: titleStated ? title : null,
      displayTitle: title,
      sources: [],
    })),
    generatedAt,
  );
}

/** What `idHash` stores for an id: the digits when the title and city give back the rest exactly, else all of it. */
function idCell(id: string, displayTitle: string, city: string): string {
  const hash = id.slice(id.lastIndexOf('-') + 1);
  // HASH_PATTERN too, so that no cell passes here that the check would refuse (an id is checked when encoded).
  return HASH_PATTERN.test(hash) && joinJobId(jobIdTitlePart(displayTitle), jobIdCityPart(city), hash) === id
    ? hash
    : `${WHOLE_ID}${id}`;
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
  // In order of first mention (jobs come in listing order, so each story's jobs mostly follow each other).
  const stories: StoryRef[] = [];
  const storyIndex = new Map<string, number>();
  for (const job of jobs) {
    for (const story of job.stories) {
      if (storyIndex.has(story.slug)) continue;
      storyIndex.set(story.slug, stories.length);
      stories.push({ slug: story.slug, title: story.title });
    }
  }
  return {
    version: 3,
    generatedAt,
    teams,
    locations,
    areas,
    stories,
    jobs: {
      idHash: jobs.map((j) => idCell(j.id, j.displayTitle, j.location.city)),
      title: jobs.map((j) => j.displayTitle),
      titleStated: jobs.map((j) => (j.title === null ? 0 : 1)),
      team: jobs.map((j) => (j.team === null ? -1 : (teamIndex.get(j.team) ?? -1))),
      location: jobs.map((j) => locationIndex.get(locationKey(j.location)) ?? 0),
      areas: jobs.map((j) => j.researchAreas.map((a) => areaIndex.get(a) ?? 0)),
      flags: jobs.map((j) => (j.internship ? JOB_FLAG_INTERNSHIP : 0) | (j.manager ? JOB_FLAG_MANAGER : 0)),
      summary: jobs.map((j) => j.summary),
      stories: jobs.map((j) => j.stories.map((story) => storyIndex.get(story.slug) ?? 0)),
    },
  };
}

/**
 * Every job's id, in index order. Each distinct title and city is slugged once: at 10,000 jobs that is what this
 * costs on the first view.
 */
export function decodeIds(index: CompactIndex): string[] {
  const { jobs } = index;
  const cityParts = index.locations.map((l) => jobIdCityPart(l.city));
  const titleParts = new Map<string, string>();
  return jobs.idHash.map((cell, i) => {
    if (cell.startsWith(WHOLE_ID)) return cell.slice(WHOLE_ID.length);
    const title = jobs.title[i] ?? '';
    let titlePart = titleParts.get(title);
    if (titlePart === undefined) {
      titlePart = jobIdTitlePart(title);
      titleParts.set(title, titlePart);
    }
    return joinJobId(titlePart, cityParts[jobs.location[i] ?? 0] ?? '', cell);
  });
}

export function decodeIndex(index: CompactIndex): JobCard[] {
  const { jobs } = index;
  return decodeIds(index).map((id, i) => {
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
      stories: (jobs.stories[i] ?? []).map((k) => index.stories[k] as StoryRef),
    };
  });
}
