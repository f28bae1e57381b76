/**
 * The keyword index (`search-index.json`): built here, at build time, so the board's first view stays light and
 * the index loads on the first keystroke. Documents are given in index.json's job order.
 */
import type { JobDetail, JobSummary } from '../../src/shared/bundle-schema';
import {
  buildSearchIndex,
  jobSearchDoc,
  type SearchField,
  type SearchIndexFile,
} from '../../src/shared/search-index';

/** `bodyOf(id)` returns the serialised body written by serialiseJobBody (`"sections":[…],"facts":{…}`). */
export function searchIndexFor(
  jobs: readonly JobSummary[],
  bodyOf: (id: string) => string | undefined,
): SearchIndexFile {
  return buildSearchIndex(
    jobs.map((job) => {
      const body = bodyOf(job.id);
      if (body === undefined) throw new Error(`job ${job.id} has no body`);
      const { sections, facts } = JSON.parse(`{${body}}`) as Pick<JobDetail, 'sections' | 'facts'>;
      return jobSearchDoc({ ...job, sections, facts });
    }),
  );
}

/**
 * The same index from each job's search fields, taken at extraction time (extract-pool.ts, searchFieldsOf), so
 * that no body has to be kept or read back and parsed. The fields depend only on what extraction produced.
 */
export function searchIndexFromFields(
  jobs: readonly JobSummary[],
  fieldsOf: (id: string) => Record<SearchField, string> | undefined,
): SearchIndexFile {
  return buildSearchIndex(
    jobs.map((job) => {
      const fields = fieldsOf(job.id);
      if (fields === undefined) throw new Error(`job ${job.id} has no search fields`);
      return { id: job.id, fields };
    }),
  );
}
