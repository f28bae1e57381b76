/**
 * Plain-code checks for the two shapes the build step validates per job: a job's body (sections and facts) and a
 * job's summary. zod walks ten thousand of each noticeably slower than a hand-written loop, so validate.ts and
 * write.ts run these first and ask zod only when they say no, which then either accepts or reports the problem in
 * its own words.
 *
 * They must never accept what zod rejects (they may reject more: zod has the last word). `conformsToSummary` is
 * stricter still: the keys must be exactly the schema's, in its order, because the caller then serialises the
 * value itself instead of zod's copy (which has the schema's keys in the schema's order), and the bytes must not
 * change.
 */
import {
  RESEARCH_AREAS,
  SECTION_KINDS,
  type JobDetail,
  type JobSummary,
} from '../../../src/shared/bundle-schema';

/** A job's body as validate.ts's `jobBodySchema` describes it (named here so this module imports no validator). */
type JobBody = Pick<JobDetail, 'sections' | 'facts'>;

const KINDS: ReadonlySet<unknown> = new Set(SECTION_KINDS);
const AREAS: ReadonlySet<unknown> = new Set(RESEARCH_AREAS);
const PERIODS: ReadonlySet<unknown> = new Set(['year', 'month', 'hour']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const HTTP = /^https?:\/\//i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';
const isNonEmptyString = (value: unknown) => typeof value === 'string' && value.length > 0;
const isNumberOrNull = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

function isStringArray(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

function isBlock(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (value.type === 'paragraph') return typeof value.text === 'string';
  if (value.type === 'list') return isStringArray(value.items) && (value.items as unknown[]).length > 0;
  return false;
}

function isSection(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (!KINDS.has(value.kind) || !isStringOrNull(value.heading) || typeof value.boilerplate !== 'boolean')
    return false;
  const { blocks } = value;
  if (!Array.isArray(blocks)) return false;
  for (const block of blocks) if (!isBlock(block)) return false;
  return true;
}

function isSalary(value: unknown): boolean {
  if (value === null) return true;
  if (!isRecord(value)) return false;
  return (
    typeof value.text === 'string' &&
    isNumberOrNull(value.min) &&
    isNumberOrNull(value.max) &&
    isStringOrNull(value.currency) &&
    (value.period === null || PERIODS.has(value.period))
  );
}

function isFacts(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (
    !isStringOrNull(value.jobNumber) ||
    !isStringOrNull(value.employer) ||
    !isSalary(value.salary) ||
    !isStringOrNull(value.hours) ||
    !isStringOrNull(value.exportControl)
  )
    return false;
  const { links } = value;
  if (!Array.isArray(links)) return false;
  for (const link of links) {
    if (
      !isRecord(link) ||
      typeof link.url !== 'string' ||
      !HTTP.test(link.url) ||
      typeof link.label !== 'string'
    )
      return false;
  }
  return true;
}

/** True only when `jobBodySchema` (validate.ts) accepts `value`. */
export function conformsToJobBody(value: unknown): value is JobBody {
  if (!isRecord(value)) return false;
  const { sections } = value;
  if (!Array.isArray(sections)) return false;
  for (const section of sections) if (!isSection(section)) return false;
  return isFacts(value.facts);
}

const SUMMARY_KEYS = [
  'id',
  'title',
  'titleSource',
  'displayTitle',
  'team',
  'location',
  'researchAreas',
  'internship',
  'manager',
  'summary',
  'stories',
  'sources',
] as const;
const LOCATION_KEYS = ['country', 'region', 'city', 'label'] as const;
const SOURCE_KEYS = ['file', 'line'] as const;
const STORY_KEYS = ['slug', 'title'] as const;

/** Whether `value` has exactly `keys`, in that order, and nothing else of its own. */
function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key) || key !== keys[i]) return false;
    i++;
  }
  return i === keys.length && Object.getOwnPropertySymbols(value).length === 0;
}

/**
 * True only when `jobSummarySchema` accepts `value` and its own keys are exactly the schema's, in order, at every
 * level (so that JSON.stringify gives the same text for it as for zod's parsed copy).
 */
export function conformsToSummary(value: unknown): value is JobSummary {
  if (!isRecord(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  if (!hasExactKeys(value, SUMMARY_KEYS)) return false;
  if (typeof value.id !== 'string' || !ID.test(value.id)) return false;
  if (!(value.title === null || isNonEmptyString(value.title)) || !isNonEmptyString(value.displayTitle))
    return false;
  if (!(value.titleSource === null || value.titleSource === 'stated' || value.titleSource === 'inferred'))
    return false;
  if (!(value.team === null || isNonEmptyString(value.team))) return false;
  const { location, researchAreas, sources } = value;
  if (!isRecord(location) || Object.getPrototypeOf(location) !== Object.prototype) return false;
  if (!hasExactKeys(location, LOCATION_KEYS)) return false;
  if (typeof location.country !== 'string' || !COUNTRY.test(location.country)) return false;
  if (!(location.region === null || isNonEmptyString(location.region))) return false;
  if (!isNonEmptyString(location.city) || !isNonEmptyString(location.label)) return false;
  if (!Array.isArray(researchAreas)) return false;
  for (const area of researchAreas) if (!AREAS.has(area)) return false;
  if (typeof value.internship !== 'boolean' || typeof value.manager !== 'boolean') return false;
  if (typeof value.summary !== 'string') return false;
  const { stories } = value;
  if (!Array.isArray(stories)) return false;
  for (const story of stories) {
    if (!isRecord(story) || Object.getPrototypeOf(story) !== Object.prototype) return false;
    if (!hasExactKeys(story, STORY_KEYS) || typeof story.slug !== 'string' || !ID.test(story.slug))
      return false;
    if (!isNonEmptyString(story.title)) return false;
  }
  if (!Array.isArray(sources) || sources.length === 0) return false;
  for (const source of sources) {
    if (!isRecord(source) || Object.getPrototypeOf(source) !== Object.prototype) return false;
    if (!hasExactKeys(source, SOURCE_KEYS) || !isNonEmptyString(source.file)) return false;
    if (typeof source.line !== 'number' || !Number.isSafeInteger(source.line) || source.line <= 0)
      return false;
  }
  return true;
}
