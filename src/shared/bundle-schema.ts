/**
 * The bundle's one schema: the build step validates what it writes with it, the app validates what it reads.
 * No DOM and no Node imports here, so both sides can import it.
 */
// zod/mini: the same validation as classic zod at a tenth of the bundle size (the app ships this module).
import * as z from 'zod/mini';
import { RESEARCH_AREAS } from './research-areas';

export { RESEARCH_AREAS } from './research-areas';

export const researchAreaSchema = z.enum(RESEARCH_AREAS);
export type ResearchArea = z.infer<typeof researchAreaSchema>;

/** Ids are URL-safe slugs: lower-case ASCII letters, digits and single hyphens. */
export const idSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a URL-safe id'));

export const locationSchema = z.object({
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  region: z.nullable(z.string().check(z.minLength(1))),
  city: z.string().check(z.minLength(1)),
  /** Human label as the document wrote it, e.g. "US, WA, Seattle". */
  label: z.string().check(z.minLength(1)),
});
export type Location = z.infer<typeof locationSchema>;

export const sourceSchema = z.object({
  file: z.string().check(z.minLength(1)),
  /** 1-based line of the listing's location line. */
  line: z.int().check(z.positive()),
});
export type Source = z.infer<typeof sourceSchema>;

/** A story (an article) named where it is linked to: its slug (the page's address) and its title. */
export const storyRefSchema = z.object({
  slug: idSchema,
  title: z.string().check(z.minLength(1)),
});
export type StoryRef = z.infer<typeof storyRefSchema>;

export const jobSummarySchema = z.object({
  id: idSchema,
  /** The title the text states, or null when it names none. */
  title: z.nullable(z.string().check(z.minLength(1))),
  /**
   * How the title was obtained: `stated` in the text, or `inferred` from what it says (the family and level it
   * describes; the job page says so); null when there is no title. Absent in bundles made before it existed.
   */
  titleSource: z.optional(z.nullable(z.enum(['stated', 'inferred']))),
  /** What the board shows: the title, or an honest fallback when the text names none. */
  displayTitle: z.string().check(z.minLength(1)),
  team: z.nullable(z.string().check(z.minLength(1))),
  location: locationSchema,
  /** Most relevant first. */
  researchAreas: z.array(researchAreaSchema),
  internship: z.boolean(),
  /** The role manages people (the text says so). */
  manager: z.boolean(),
  /** One line for result cards. Plain text. */
  summary: z.string(),
  /**
   * The stories whose pages listed the job, in the order of its sources (a page without an article adds none): the
   * link from each job back to the article it was listed under.
   */
  stories: z.array(storyRefSchema),
  /** Every place the job was seen, duplicates included, sorted by file then line. */
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

export const jobsFileSchema = z.object({
  generatedAt: z.string(),
  jobs: z.array(jobSummarySchema),
});
export type JobsFile = z.infer<typeof jobsFileSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Job detail: one file per job, loaded on demand (`jobs/<id>.json`).

export const textBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('list'), items: z.array(z.string()).check(z.minLength(1)) }),
]);
export type TextBlock = z.infer<typeof textBlockSchema>;

export const SECTION_KINDS = [
  'overview',
  'role',
  'responsibilities',
  'day-in-the-life',
  'about-team',
  'basic-qualifications',
  'preferred-qualifications',
  'benefits',
  'company',
  'other',
] as const;
export const sectionKindSchema = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof sectionKindSchema>;

export const sectionSchema = z.object({
  kind: sectionKindSchema,
  /** The heading as the text wrote it ("Key job responsibilities"), or null for the untitled opening. */
  heading: z.nullable(z.string()),
  /** Company boilerplate ("Why AWS", "Diverse Experiences", …): the app collapses it. */
  boilerplate: z.boolean(),
  blocks: z.array(textBlockSchema),
});
export type Section = z.infer<typeof sectionSchema>;

export const salarySchema = z.object({
  text: z.string(),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
  currency: z.nullable(z.string()),
  period: z.nullable(z.enum(['year', 'month', 'hour'])),
});

export const linkSchema = z.object({
  /** Only http and https links are ever kept. */
  url: z.string().check(z.regex(/^https?:\/\//i)),
  label: z.string(),
});
export type Link = z.infer<typeof linkSchema>;

export const jobFactsSchema = z.object({
  jobNumber: z.nullable(z.string()),
  employer: z.nullable(z.string()),
  salary: z.nullable(salarySchema),
  hours: z.nullable(z.string()),
  /** The export-control requirement as stated, or null. */
  exportControl: z.nullable(z.string()),
  links: z.array(linkSchema),
});
export type JobFacts = z.infer<typeof jobFactsSchema>;

export const jobDetailSchema = z.extend(jobSummarySchema, {
  sections: z.array(sectionSchema),
  facts: jobFactsSchema,
});
export type JobDetail = z.infer<typeof jobDetailSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Articles (`articles.json`).

export const figureBlockSchema = z.object({
  type: z.literal('figure'),
  alt: z.string(),
  caption: z.string(),
  /** The caption is a quotation set as a pull quote. */
  pullQuote: z.boolean(),
});

export const articleBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  figureBlockSchema,
  z.object({ type: z.literal('aside'), label: z.string(), text: z.string() }),
  /** An editorial note, e.g. the closing note after an interview. */
  z.object({ type: z.literal('note'), text: z.string() }),
]);
export type ArticleBlock = z.infer<typeof articleBlockSchema>;

export const qaSchema = z.object({
  number: z.int().check(z.positive()),
  question: z.string().check(z.minLength(1)),
  answer: z.array(articleBlockSchema),
});
export type QA = z.infer<typeof qaSchema>;

/** An interview (numbered questions and answers) or any other article. */
export const ARTICLE_KINDS = ['interview', 'article'] as const;
export const articleKindSchema = z.enum(ARTICLE_KINDS);
export type ArticleKind = z.infer<typeof articleKindSchema>;

export const articleSchema = z.object({
  id: idSchema,
  slug: idSchema,
  kind: articleKindSchema,
  title: z.string().check(z.minLength(1)),
  dek: z.nullable(z.string()),
  /** Derived from the text the same way as a job's. */
  researchAreas: z.array(researchAreaSchema),
  /** Teams named in the article that also appear among the jobs (for "jobs related to this story"). */
  teams: z.array(z.string()),
  wordCount: z.int().check(z.nonnegative()),
  readingMinutes: z.int().check(z.positive()),
  /** Everything before the Q&A (or the whole article), in order; a hero figure comes first. */
  blocks: z.array(articleBlockSchema),
  /** The interview's questions and answers; empty for a plain article. */
  qa: z.array(qaSchema),
  /** What follows the last answer (e.g. the editorial closing note). */
  closing: z.array(articleBlockSchema),
  /**
   * The ids of the jobs listed on the story's pages, in listing order (its pages by file, then by line), each once:
   * the other half of every job's `stories`.
   */
  jobs: z.array(idSchema),
  sources: z.array(sourceSchema).check(z.minLength(1)),
});
export type Article = z.infer<typeof articleSchema>;

export const articlesFileSchema = z.object({
  generatedAt: z.string(),
  /** Slug of the featured article, or null when there is none. */
  featured: z.nullable(idSchema),
  articles: z.array(articleSchema),
});
export type ArticlesFile = z.infer<typeof articlesFileSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Report (`report.json`): accounts for every listing seen.

const whereSchema = z.object({ file: z.string(), line: z.int().check(z.nonnegative()) });

export const reportSchema = z.object({
  generatedAt: z.string(),
  /** Number of documents read. */
  documents: z.int().check(z.nonnegative()),
  listingsSeen: z.int().check(z.nonnegative()),
  jobsEmitted: z.int().check(z.nonnegative()),
  articles: z.int().check(z.nonnegative()),
  duplicates: z.array(z.extend(whereSchema, { of: idSchema, firstSeen: sourceSchema })),
  rejected: z.array(z.extend(whereSchema, { reason: z.string() })),
  warnings: z.array(z.extend(whereSchema, { message: z.string() })),
  skippedFiles: z.array(z.object({ name: z.string(), reason: z.string() })),
});
export type Report = z.infer<typeof reportSchema>;
