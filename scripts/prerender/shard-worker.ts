/** A worker thread of the pre-render (run.ts): renders the share of the pages it is given, answers their number. */
import { parentPort, workerData } from 'node:worker_threads';
import { prerenderShard, type ShardTask } from './shard';

parentPort?.postMessage(await prerenderShard(workerData as ShardTask));
