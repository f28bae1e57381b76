/**
 * The zod check every bundle file goes through before it is written (the schemas the app reads), with the error
 * the build reports, and the validation and serialisation of a job's body (sections and facts), which happens at
 * extraction time, on a worker thread when there is one. The plain-code shape checks (shape-checks.ts) run first:
 * zod is asked only when they say no.
 */
import * as z from 'zod/mini';
import { jobFactsSchema, sectionSchema } from '../../../src/shared/bundle-schema';
import { conformsToJobBody } from './shape-checks';

export class BundleValidationError extends Error {
  constructor(what: string, error: z.core.$ZodError) {
    super(`${what} does not match the bundle schema: ${z.prettifyError(error)}`);
    this.name = 'BundleValidationError';
  }
}

export function check<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new BundleValidationError(what, result.error);
  return result.data;
}

export const jobBodySchema = z.object({ sections: z.array(sectionSchema), facts: jobFactsSchema });
export type JobBody = z.infer<typeof jobBodySchema>;

/** Serialise a job's body once, at extraction time, after validating it (details are held as JSON until written). */
export function serialiseJobBody(body: JobBody, id: string): string {
  if (!conformsToJobBody(body)) check(jobBodySchema, body, `job ${id} (sections/facts)`);
  const json = JSON.stringify(body);
  return json.slice(1, -1); // `"sections":[…],"facts":{…}` — spliced after the summary fields
}
