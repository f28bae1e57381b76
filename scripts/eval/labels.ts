/**
 * The two label files the eval reads, in the shape of the dev corpus (test/fixtures/dev-corpus/README.md):
 * `gold.json`, one object per listing in order of appearance per page, and `articles.json`, one object per page.
 * The seeds' gold (test/fixtures/gold/seed-jobs.json) is the same shape without `titleStated` and `manager`.
 */
import * as z from 'zod/mini';
import { RESEARCH_AREAS } from '../../src/shared/bundle-schema';

const nameOrNull = z.nullable(z.string());

export const goldListingSchema = z.object({
  doc: z.string(),
  index: z.int().check(z.nonnegative()),
  location: z.object({ country: z.string(), region: z.nullable(z.string()), city: z.string() }),
  /** A list means any of them is right; null: the text names none. */
  title: z.union([nameOrNull, z.array(z.string())]),
  /** Absent in the seeds' gold: then a non-null title counts as stated. */
  titleStated: z.optional(z.boolean()),
  /** A list means any of them is right (null among them: carrying none is right too). */
  team: z.union([nameOrNull, z.array(nameOrNull)]),
  researchAreas: z.array(z.enum(RESEARCH_AREAS)),
  internship: z.boolean(),
  /** Absent in the seeds' gold: then derived from the gold title (a title that says "Manager"). */
  manager: z.optional(z.boolean()),
  duplicateOf: z.nullable(z.object({ doc: z.string(), index: z.int() })),
});
export type GoldListing = z.infer<typeof goldListingSchema>;

export const articleLabelSchema = z.object({
  doc: z.string(),
  title: z.string(),
  dek: z.string(),
  figures: z.int().check(z.nonnegative()),
  asides: z.int().check(z.nonnegative()),
  qa: z.int().check(z.nonnegative()),
  closingNote: z.boolean(),
});
export type ArticleLabel = z.infer<typeof articleLabelSchema>;

export const goldFileSchema = z.array(goldListingSchema);
export const articleLabelsFileSchema = z.array(articleLabelSchema);
