import { describe, expect, it } from 'vitest';
import { jobSummarySchema } from '../../../src/shared/bundle-schema';
import { extractJob } from '../extract/extract-job';
import { conformsToJobBody, conformsToSummary } from './shape-checks';
import { parseDocument } from '../parse/parse';
import { SEED_FILES, seedText } from '../test-helpers';
import { BundleValidationError, jobBodySchema, serialiseJobBody } from './validate';

const listings = SEED_FILES.flatMap((name) => parseDocument(name, seedText(name)).listings);
const bodies = listings.map((l) => {
  const { sections, facts } = extractJob(l.description, l.location);
  return { sections, facts };
});
const summary = () => ({
  id: 'applied-scientist-seattle-0a1b2c3d',
  title: 'Applied Scientist',
  titleSource: 'stated' as const,
  displayTitle: 'Applied Scientist',
  team: null,
  location: { country: 'US', region: 'WA', city: 'Seattle', label: 'US, WA, Seattle' },
  researchAreas: ['Machine learning'],
  internship: false,
  manager: false,
  summary: 'You will build models.',
  stories: [{ slug: 'a-story', title: 'A story' }],
  sources: [{ file: 'a.txt', line: 3 }],
});

/** Never more lenient than zod: whatever the hand check accepts, the schema accepts. */
function expectSound(
  check: (v: unknown) => boolean,
  schema: { safeParse(v: unknown): { success: boolean } },
  v: unknown,
) {
  if (check(v)) expect(schema.safeParse(v).success).toBe(true);
}

// Bodies are broken on purpose below, whatever their type says.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

describe('the hand check of a job body', () => {
  it('accepts the bodies extraction makes, as zod does', () => {
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) {
      expect(jobBodySchema.safeParse(body).success).toBe(true);
      expect(conformsToJobBody(body)).toBe(true);
    }
  });

  it('rejects what zod rejects', () => {
    const base = () => structuredClone(bodies[0]) as Loose;
    const broken: ((b: Loose) => void)[] = [
      (b) => (b.sections[0].kind = 'preamble'),
      (b) => (b.sections[0].heading = 7),
      (b) => delete b.sections[0].boilerplate,
      (b) => b.sections[0].blocks.push({ type: 'list', items: [] }),
      (b) => b.sections[0].blocks.push({ type: 'table', text: 'x' }),
      (b) => b.sections[0].blocks.push({ type: 'paragraph' }),
      (b) => (b.facts.links = [{ url: 'javascript:alert(1)', label: 'x' }]),
      (b) => (b.facts.salary = { text: 's', min: Number.NaN, max: null, currency: null, period: null }),
      (b) => (b.facts.salary = { text: 's', min: 1, max: 2, currency: 'USD', period: 'week' }),
      (b) => delete b.facts.hours,
      (b) => (b.sections = {}),
      (b) => (b.facts = null),
    ];
    for (const breakIt of broken) {
      const b = base();
      breakIt(b);
      expect(jobBodySchema.safeParse(b).success).toBe(false);
      expect(conformsToJobBody(b)).toBe(false);
    }
  });

  it('leaves the error message to zod', () => {
    const b = structuredClone(bodies[0]) as Loose;
    b.sections[0].kind = 'preamble';
    expect(() => serialiseJobBody(b as never, 'x-1')).toThrow(BundleValidationError);
  });
});

describe('the hand check of a job summary', () => {
  it('accepts a summary with the schema’s keys in the schema’s order, as zod does', () => {
    expect(conformsToSummary(summary())).toBe(true);
    expect(JSON.stringify(jobSummarySchema.parse(summary()))).toBe(JSON.stringify(summary()));
  });

  it('says no to anything whose bytes zod’s copy would change, or that zod rejects', () => {
    const variants: Record<string, unknown>[] = [];
    const { id, ...rest } = summary();
    variants.push({ ...rest, id }); // keys out of order: zod would reorder them
    variants.push({ ...summary(), extra: 1 }); // zod would drop it
    variants.push({ ...summary(), location: { region: 'WA', country: 'US', city: 'Seattle', label: 'x' } });
    variants.push({ ...summary(), sources: [{ line: 3, file: 'a.txt' }] });
    variants.push({ ...summary(), id: 'Not An Id' });
    variants.push({ ...summary(), title: '' });
    variants.push({ ...summary(), titleSource: 'guessed' });
    variants.push({ ...summary(), researchAreas: ['Astrology'] });
    variants.push({ ...summary(), sources: [] });
    variants.push({ ...summary(), stories: [{ title: 'A story', slug: 'a-story' }] });
    variants.push({ ...summary(), stories: [{ slug: 'A Story', title: 'A story' }] });
    variants.push({ ...summary(), stories: [{ slug: 'a-story', title: '' }] });
    variants.push({ ...summary(), stories: null });
    variants.push({ ...summary(), sources: [{ file: 'a.txt', line: 1.5 }] });
    variants.push({ ...summary(), location: { country: 'usa', region: null, city: 'X', label: 'X' } });
    for (const v of variants) {
      expect(conformsToSummary(v)).toBe(false);
      expectSound(conformsToSummary, jobSummarySchema, v);
    }
  });
});
