// The thread behind BackgroundWriter (file-writer.ts): writes the files it is sent, in order, and counts each one
// done in shared memory, where the main thread can wait for it. Plain JavaScript with Node imports only, so that
// it starts in milliseconds without the TypeScript loader.
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ control: Int32Array, message: Uint8Array }} */
const { control, message } = workerData;
const DONE = 0;
const FAILED = 1;

parentPort?.on('message', (/** @type {{ file: string, content: string }[]} */ jobs) => {
  for (const job of jobs) {
    // After a failure nothing more is written: the build fails and the folder is removed.
    if (Atomics.load(control, FAILED) === 0) {
      try {
        writeFileSync(job.file, job.content);
      } catch (error) {
        const text = new TextEncoder().encode(error instanceof Error ? error.message : String(error));
        message.set(text.subarray(0, message.length));
        Atomics.store(control, FAILED, Math.min(text.length, message.length) + 1);
      }
    }
    Atomics.add(control, DONE, 1);
    Atomics.notify(control, DONE);
  }
});
