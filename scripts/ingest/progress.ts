/**
 * Progress on stderr for large inputs (more than 200 listings or 5 MB): a redrawn bar on a terminal, otherwise a
 * plain line at most every 2 seconds so CI logs stay short. Silent for small inputs.
 */
export interface ProgressSink {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export const PROGRESS_MIN_LISTINGS = 200;
export const PROGRESS_MIN_BYTES = 5 * 1024 * 1024;

export class Progress {
  private lastLine = 0;
  private shown = false;
  private readonly started: number;

  constructor(
    private readonly sink: ProgressSink | null,
    private readonly totalFiles: number,
    private readonly totalBytes: number,
    private readonly now: () => number = () => Date.now(),
    private readonly intervalMs = 2000,
  ) {
    this.started = now();
  }

  update(filesDone: number, listings: number): void {
    if (this.sink === null) return;
    if (listings <= PROGRESS_MIN_LISTINGS && this.totalBytes <= PROGRESS_MIN_BYTES) return;
    const t = this.now();
    const seconds = ((t - this.started) / 1000).toFixed(1);
    const text = `ingest: ${filesDone}/${this.totalFiles} documents, ${listings} listings, ${seconds} s`;
    if (this.sink.isTTY === true) {
      const width = 24;
      const filled = this.totalFiles === 0 ? width : Math.round((width * filesDone) / this.totalFiles);
      this.sink.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}`);
      this.shown = true;
    } else if (!this.shown || t - this.lastLine >= this.intervalMs || filesDone === this.totalFiles) {
      this.sink.write(`${text}\n`);
      this.lastLine = t;
      this.shown = true;
    }
  }

  done(): void {
    if (this.sink?.isTTY === true && this.shown) this.sink.write('\n');
  }
}
