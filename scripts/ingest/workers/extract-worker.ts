/**
 * A worker thread of `ListingExtractor` (extract-pool.ts): extracts the listings it is sent and answers with the
 * results, batch by batch. Started as a plain-JS bundle of this module (worker-bundle.ts), or through
 * extract-worker.mjs, which lets it load TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  extractListing,
  type ExtractedListing,
  type WorkerReply,
  type WorkerRequest,
  type WorkerSetup,
} from './extract-pool';
import { DocAnalyser, type AnalysedDoc } from '../../../src/shared/search-index';

const setup = workerData as WorkerSetup;
/** Numbers search terms in this worker's own dictionary; the pool decodes the documents in the order sent. */
const analyser = new DocAnalyser();

parentPort?.on('message', (request: WorkerRequest) => {
  const results = request.tasks.map((task): ExtractedListing<AnalysedDoc> | null => {
    try {
      return extractListing(task, setup.areaSettings, 'listing', analyser);
    } catch {
      return null; // the main thread redoes it and reports the error
    }
  });
  const reply: WorkerReply = { batch: request.batch, results };
  parentPort?.postMessage(reply);
});
