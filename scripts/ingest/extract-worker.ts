/**
 * A worker thread of `ListingExtractor` (extract-pool.ts): extracts the listings it is sent and answers with the
 * results, batch by batch. Started through extract-worker.mjs, which lets it load TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  extractListing,
  type ExtractedListing,
  type WorkerReply,
  type WorkerRequest,
  type WorkerSetup,
} from './extract-pool';

const setup = workerData as WorkerSetup;

parentPort?.on('message', (request: WorkerRequest) => {
  const results = request.tasks.map((task): ExtractedListing | null => {
    try {
      return extractListing(task, setup.areaSettings, 'listing');
    } catch {
      return null; // the main thread redoes it and reports the error
    }
  });
  const reply: WorkerReply = { batch: request.batch, results };
  parentPort?.postMessage(reply);
});
