/**
 * What a JobPosting must hold for search engines' job results (Google's job-posting structured data guidelines),
 * as a zod schema: the required properties (title, description, datePosted, hiringOrganization, jobLocation with
 * an address) and the recommended ones where they apply (employmentType, identifier, baseSalary, directApply;
 * validThrough only when a listing states an end date, and none does; applicantLocationRequirements and
 * jobLocationType only for remote jobs, and these are not). The build checks every page's JobPosting with it, and
 * so do the tests.
 */
import * as z from 'zod';

const text = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'ISO 8601 date');

export const postalAddressSchema = z.object({
  '@type': z.literal('PostalAddress'),
  addressLocality: text,
  addressRegion: text.optional(),
  addressCountry: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code'),
  streetAddress: text.optional(),
  postalCode: text.optional(),
});

export const jobPostingSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('JobPosting'),
    // required
    title: text.refine((t) => !/<[a-z]/i.test(t), 'a title, not HTML'),
    description: text,
    datePosted: isoDate,
    hiringOrganization: z.object({
      '@type': z.literal('Organization'),
      name: text,
      sameAs: z.url().optional(),
    }),
    jobLocation: z.object({ '@type': z.literal('Place'), address: postalAddressSchema }),
    // recommended
    employmentType: z.enum([
      'FULL_TIME',
      'PART_TIME',
      'CONTRACTOR',
      'TEMPORARY',
      'INTERN',
      'VOLUNTEER',
      'PER_DIEM',
      'OTHER',
    ]),
    directApply: z.boolean(),
    identifier: z.object({ '@type': z.literal('PropertyValue'), name: text, value: text }).optional(),
    baseSalary: z
      .object({
        '@type': z.literal('MonetaryAmount'),
        currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code'),
        value: z
          .object({
            '@type': z.literal('QuantitativeValue'),
            value: z.number().positive().optional(),
            minValue: z.number().positive().optional(),
            maxValue: z.number().positive().optional(),
            unitText: z.enum(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR']),
          })
          .refine(
            (v) => v.value !== undefined || v.minValue !== undefined || v.maxValue !== undefined,
            'an amount',
          )
          .refine(
            (v) => v.minValue === undefined || v.maxValue === undefined || v.minValue <= v.maxValue,
            'minValue ≤ maxValue',
          ),
      })
      .optional(),
    validThrough: isoDate.optional(),
    url: z.url(),
    employmentUnit: z.object({ '@type': z.literal('Organization'), name: text }).optional(),
    occupationalCategory: text.optional(),
  })
  .refine((p) => p.validThrough === undefined || p.validThrough >= p.datePosted, {
    message: 'validThrough before datePosted',
    path: ['validThrough'],
  });

export const articleLdSchema = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('Article'),
  headline: text.max(110),
  description: text,
  url: z.url(),
  mainEntityOfPage: z.url(),
  author: z.object({ '@type': z.literal('Organization'), name: text, url: z.url() }),
  publisher: z.object({ '@type': z.literal('Organization'), name: text, url: z.url() }),
  wordCount: z.number().int().nonnegative(),
  about: text.optional(),
  inLanguage: z.literal('en'),
});
