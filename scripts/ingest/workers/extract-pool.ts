/**
 * Extraction on more than one core. The pipeline reads, parses and de-duplicates documents in order on the main
 * thread and hands each distinct listing to `ListingExtractor`, which extracts it either right away on the main
 * thread or on a worker thread, and gives the results back strictly in submission order, so the output does not
 * depend on which thread did what, or when.
 *
 * Workers are fed a bounded number of listings each; when they all have enough queued, the main thread extracts
 * the listing itself. So memory stays bounded (nothing piles up in the message queues) and both cores stay busy.
 * Workers are only started for large inputs: for a few megabytes, starting them costs more than they save.
 *
 * A worker computes exactly what the main thread would (the same functions on the same strings). When a listing
 * fails on a worker (an exception, or a body the schema rejects), or a worker dies, the listing is redone on the
 * main thread, which then throws exactly the error a single-threaded build throws.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Location } from '../../../src/shared/bundle-schema';
import {
  DocAnalyser,
  jobSearchFields,
  type AnalysedDoc,
  type IndexedDoc,
} from '../../../src/shared/search-index';
import { extractJob, type ExtractedJob } from '../extract/extract-job';
import type { AreaSettings } from '../extract/research-areas';
import { TermDecoder } from '../write/search';
import { workerEntry } from './worker-bundle';
import { serialiseJobBody } from '../write/validate';

/** Inputs at least this large (bytes of .txt) use worker threads by default. */
export const WORKER_MIN_BYTES = 16 * 1024 * 1024;

export interface ListingTask {
  description: string;
  location: Location;
}

/**
 * A listing's job fields, with its body (sections and facts) already validated and serialised, and its search
 * document: analysed where it was extracted (`AnalysedDoc`, in that thread's numbering), handed to the pipeline
 * numbered in the index's dictionary (`IndexedDoc`).
 */
export interface ExtractedListing<Search = IndexedDoc> extends Omit<ExtractedJob, 'sections' | 'facts'> {
  /** From serialiseJobBody; null when it has to be redone on the main thread (it did not validate). */
  body: string | null;
  /**
   * The job's document for search-index.json (jobSearchDoc's fields), analysed on the thread that extracted the
   * listing, so that the main thread only merges.
   */
  search: Search;
}

/** The whole extraction of one listing, as the main thread and the workers both run it. */
export function extractListing(
  task: ListingTask,
  areaSettings: AreaSettings | undefined,
  bodyLabel: string,
  analyser: DocAnalyser,
): ExtractedListing<AnalysedDoc> {
  const job = extractJob(task.description, task.location, areaSettings);
  return {
    title: job.title,
    titleSource: job.titleSource,
    displayTitle: job.displayTitle,
    team: job.team,
    researchAreas: job.researchAreas,
    internship: job.internship,
    manager: job.manager,
    summary: job.summary,
    body: serialiseJobBody({ sections: job.sections, facts: job.facts }, bodyLabel),
    // Last, so that a listing that fails does not leave terms numbered and never sent.
    search: searchDocOf(job, task.location, analyser),
  };
}

/** A job's analysed search document: jobSearchDoc's fields, made from the extracted job. */
export function searchDocOf(
  job: ReturnType<typeof extractJob>,
  location: Location,
  analyser: DocAnalyser,
): AnalysedDoc {
  const { displayTitle, team, researchAreas, sections } = job;
  return analyser.analyse(jobSearchFields({ displayTitle, team, location, researchAreas, sections }));
}

/** Messages between the pool and a worker. */
export interface WorkerRequest {
  batch: number;
  tasks: ListingTask[];
}
export interface WorkerReply {
  batch: number;
  /** Per task, in order: the listing, or null when it failed (the main thread redoes it). */
  results: (ExtractedListing<AnalysedDoc> | null)[];
}
export interface WorkerSetup {
  areaSettings: AreaSettings | undefined;
}

/**
 * How many worker threads to use for an input of `totalBytes`: one per core besides the main thread's, at most
 * three. A worker costs CPU of its own (about 0.1 s to start from the cached bundle, see worker-bundle.ts; a cold
 * JIT, messages both ways: about 15% more CPU in all), so small inputs get none, and neither does a machine whose
 * cores are all busy already (a 1-minute load average at or above the number of cores). There a worker cannot buy
 * a bigger share of the CPU: Linux shares it between sessions (autogroups), not threads, so the extra thread only
 * splits this build's share and adds its overhead. Measured on the 2-core VM at load 6–9, 10,000 listings: median
 * 11.7 s with one worker against 10.7 s without. INGEST_WORKERS=n overrides the choice (0: everything on the main
 * thread).
 */
export function defaultWorkerCount(
  totalBytes: number,
  cores = availableParallelism(),
  load = loadavg()[0] ?? 0,
  env: NodeJS.ProcessEnv = process.env,
): number {
  const forced = env.INGEST_WORKERS?.trim();
  if (forced !== undefined && /^\d{1,2}$/.test(forced)) return Number(forced);
  if (totalBytes < WORKER_MIN_BYTES || load >= cores) return 0;
  return Math.max(0, Math.min(cores - 1, 3));
}

interface Pending {
  seq: number;
  task: ListingTask;
}

/** A listing to extract, with what the caller needs back with its result (kept on the main thread). */
export interface Submission<T> {
  task: ListingTask;
  tag: T;
}

interface WorkerSlot {
  worker: Worker;
  /** Its term numbers into the dictionary's: every reply is decoded, in order, even one no longer wanted. */
  terms: TermDecoder;
  /** Batches sent and not answered, in order. */
  batches: Map<number, Pending[]>;
  inFlight: number;
  dead: boolean;
}

/** Listings each worker may have queued before the main thread starts extracting itself. */
const WORKER_QUEUE = 24;

export class ListingExtractor<T> {
  private readonly slots: WorkerSlot[] = [];
  private readonly ready = new Map<number, ExtractedListing | null>();
  private readonly submitted = new Map<number, Submission<T>>();
  private nextSeq = 0;
  private nextOut = 0;
  private nextBatch = 0;
  /** Listings extracted on worker threads so far. */
  fromWorkers = 0;
  /** Worker threads started (0: everything on the main thread). */
  readonly workers: number;
  private wake: (() => void) | null = null;

  constructor(
    workers: number,
    private readonly areaSettings: AreaSettings | undefined,
    /** Analyses search documents on this thread, numbering them in the index's dictionary (SearchDocs). */
    private readonly analyser: DocAnalyser,
  ) {
    for (let i = 0; i < workers; i++) this.startWorker();
    this.workers = this.slots.length;
  }

  private startWorker(): void {
    let worker: Worker;
    try {
      const setup: WorkerSetup = { areaSettings: this.areaSettings };
      worker = new Worker(workerEntry(), {
        workerData: setup,
        execArgv: [],
      });
    } catch {
      return; // no workers: everything is extracted on the main thread
    }
    const slot: WorkerSlot = {
      worker,
      terms: new TermDecoder(this.analyser.dictionary),
      batches: new Map(),
      inFlight: 0,
      dead: false,
    };
    worker.on('message', (reply: WorkerReply) => {
      const results = reply.results.map((r) =>
        r === null ? null : { ...r, search: slot.terms.decode(r.search) },
      );
      const pending = slot.batches.get(reply.batch);
      if (pending === undefined) return;
      slot.batches.delete(reply.batch);
      slot.inFlight -= pending.length;
      pending.forEach((p, i) => this.ready.set(p.seq, results[i] ?? null));
      this.fromWorkers += pending.length;
      this.notify();
    });
    const fail = () => {
      if (slot.dead) return;
      slot.dead = true;
      // Whatever it had is redone on the main thread.
      for (const pending of slot.batches.values()) for (const p of pending) this.ready.set(p.seq, null);
      slot.batches.clear();
      slot.inFlight = 0;
      this.notify();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    this.slots.push(slot);
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /**
   * Queue one document's listings; they are numbered in submission order. A worker with room takes them all,
   * otherwise the main thread extracts them now.
   */
  submit(items: readonly Submission<T>[]): void {
    if (items.length === 0) return;
    const pending = items.map(({ task }) => ({ seq: this.nextSeq++, task }));
    items.forEach((item, i) => this.submitted.set(this.nextSeq - items.length + i, item));
    let slot: WorkerSlot | null = null;
    for (const s of this.slots) if (!s.dead && (slot === null || s.inFlight < slot.inFlight)) slot = s;
    if (slot !== null && slot.inFlight < WORKER_QUEUE) {
      const batch = this.nextBatch++;
      slot.batches.set(batch, pending);
      slot.inFlight += pending.length;
      const request: WorkerRequest = { batch, tasks: pending.map((p) => p.task) };
      slot.worker.postMessage(request);
      return;
    }
    for (const p of pending) this.ready.set(p.seq, this.extractHere(p.task, p.seq));
  }

  /** On the main thread: null lets `take` redo it and throw with the job's real id. */
  private extractHere(task: ListingTask, seq: number): ExtractedListing | null {
    try {
      return extractListing(task, this.areaSettings, `#${seq}`, this.analyser);
    } catch {
      return null;
    }
  }

  /**
   * The results that are ready, in submission order, each with its submission. A null listing failed: the caller
   * redoes it with `extractJob`/`serialiseJobBody` directly, which throws the error.
   */
  *take(): Generator<Submission<T> & { listing: ExtractedListing | null }> {
    while (this.ready.has(this.nextOut)) {
      const seq = this.nextOut++;
      const listing = this.ready.get(seq) ?? null;
      const item = this.submitted.get(seq) as Submission<T>;
      this.ready.delete(seq);
      this.submitted.delete(seq);
      yield { ...item, listing };
    }
  }

  /** Wait until no more than `limit` listings are outstanding (submitted and not yet taken as ready). */
  async settle(limit = 0): Promise<void> {
    while (this.nextSeq - this.nextOut - this.ready.size > limit) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  /** Give the event loop a turn, so that answers from workers are received (nothing to wait for without). */
  async poll(): Promise<void> {
    if (this.slots.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Outstanding listings the workers are working on. */
  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.inFlight, 0);
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) s.dead = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
