/**
 * The keyword index (`search-index.json`): built here, at build time, so the board's first view stays light and
 * the index loads on the first keystroke. Documents are given in index.json's job order.
 */
import type { JobDetail, JobSummary } from '../../../src/shared/bundle-schema';
import {
  buildSearchIndex,
  DocAnalyser,
  invertDocs,
  jobSearchDoc,
  searchIndexFile,
  TermDictionary,
  type AnalysedDoc,
  type IndexedDoc,
  type SearchIndexFile,
} from '../../../src/shared/search-index';

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
 * The same index, gathered during extraction: each job's document arrives already analysed and numbered in
 * `dictionary` (extract-pool.ts), so neither its text nor its body has to be kept or read back, and only the merge
 * is left for the end. The result depends only on the documents, not on the order they arrived in.
 */
export class SearchDocs {
  readonly dictionary = new TermDictionary();
  /** For documents analysed on this thread: numbers them in `dictionary` directly. */
  readonly analyser = new DocAnalyser(this.dictionary);
  private readonly docs = new Map<string, IndexedDoc>();

  add(id: string, doc: IndexedDoc): void {
    this.docs.set(id, doc);
  }

  /** The job `from` is now `to` (see IdClaims). */
  rename(from: string, to: string): void {
    const doc = this.docs.get(from);
    if (doc === undefined) return;
    this.docs.delete(from);
    this.docs.set(to, doc);
  }

  /** The index over `jobs`, in their order; throws when a job's document was never added. */
  indexFor(jobs: readonly JobSummary[]): SearchIndexFile {
    const docs = jobs.map((job) => {
      const doc = this.docs.get(job.id);
      if (doc === undefined) throw new Error(`job ${job.id} has no search document`);
      return doc;
    });
    return searchIndexFile(
      invertDocs(this.dictionary, docs),
      jobs.map((job) => job.id),
    );
  }
}

/**
 * On the main thread, one per worker: the worker's DocAnalyser numbers terms in a dictionary of its own and sends
 * each document as numbers plus the terms it numbered since the last one (a few: most of a document's terms were
 * sent before). This turns those numbers into `dictionary`'s, so the main thread maps numbers instead of hashing a
 * couple of hundred strings per job. Every document the worker sends must be decoded, in order.
 */
export class TermDecoder {
  private readonly toDictionary: number[] = [];

  constructor(private readonly dictionary: TermDictionary) {}

  decode(doc: AnalysedDoc): IndexedDoc {
    for (const term of doc.newTerms) this.toDictionary.push(this.dictionary.idFor(term));
    const termIds = new Int32Array(doc.termIds.length);
    for (let k = 0; k < termIds.length; k++) termIds[k] = this.toDictionary[doc.termIds[k]!]!;
    return { termIds, counts: doc.counts, lengths: doc.lengths };
  }
}
