/**
 * Writes files on a thread of its own, so that the main thread goes on extracting while the file system works.
 * Creating ten thousand small files costs well under a second on an idle disk, but several seconds when other
 * processes keep the file system's journal busy; on the main thread every one of those waits would add to the
 * build's wall time.
 *
 * The main thread posts the files in batches and does not wait, except (a) when too many are queued, so that memory stays
 * bounded, and (b) in `drain`, before anything reads or renames what was written. It waits with Atomics.wait on a
 * counter the writer thread bumps after each file, so it can wait synchronously, in the middle of a build. The
 * first failure is kept in shared memory and thrown by `drain`.
 */
import { Worker } from 'node:worker_threads';

const DONE = 0;
const FAILED = 1;
/** Files posted and not yet written before `write` waits. */
const MAX_QUEUED = 256;
/**
 * Files sent to the thread in one message: a message costs the main thread tens of microseconds on a busy machine
 * (a wake-up of the thread each), which ten thousand jobs turned into half a second.
 */
const BATCH = 32;
/** How long `drain` waits without any progress before it gives up on the thread. */
const STALL_MS = 120_000;

export class BackgroundWriter {
  private posted = 0;
  /** Queued and not yet sent to the thread. */
  private batch: { file: string; content: string }[] = [];

  private constructor(
    private readonly worker: Worker,
    private readonly control: Int32Array,
    private readonly message: Uint8Array,
  ) {}

  /** A writer, or null when no thread can be started (then write synchronously instead). */
  static start(): BackgroundWriter | null {
    const control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const message = new Uint8Array(new SharedArrayBuffer(1024));
    try {
      const worker = new Worker(new URL('./file-writer-thread.mjs', import.meta.url), {
        workerData: { control, message },
        execArgv: [], // not the TypeScript loader: the thread is plain JavaScript
      });
      worker.unref(); // never what keeps the process alive
      return new BackgroundWriter(worker, control, message);
    } catch {
      return null;
    }
  }

  /** Queue `content` for `file` (its folder must exist). Files are written in the order they are queued. */
  write(file: string, content: string): void {
    this.batch.push({ file, content });
    if (this.batch.length >= BATCH) this.send();
  }

  private send(): void {
    if (this.batch.length === 0) return;
    this.worker.postMessage(this.batch);
    this.posted += this.batch.length;
    this.batch = [];
    this.waitUntil(this.posted - MAX_QUEUED);
  }

  /** Wait until every queued file is written; throws the first failure. */
  drain(): void {
    this.send();
    this.waitUntil(this.posted);
    const failed = Atomics.load(this.control, FAILED);
    if (failed > 0) throw new Error(new TextDecoder().decode(this.message.slice(0, failed - 1)));
  }

  /** Drain, then stop the thread. */
  close(): void {
    try {
      this.drain();
    } finally {
      void this.worker.terminate();
    }
  }

  private waitUntil(count: number): void {
    let done = Atomics.load(this.control, DONE);
    let since = Date.now();
    while (done < count) {
      Atomics.wait(this.control, DONE, done, 1000);
      const now = Atomics.load(this.control, DONE);
      if (now !== done) since = Date.now();
      else if (Date.now() - since > STALL_MS) throw new Error('the file writer thread stopped answering');
      done = now;
    }
  }
}
