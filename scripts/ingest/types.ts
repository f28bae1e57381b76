/**
 * Shapes shared by the ingest stages. Each stage is a small pure function; diagnostics are plain data so that
 * the pipeline can gather them into report.json and the CLI can print them as `file:line: message`.
 */

export interface Warning {
  file: string;
  /** 1-based line, or 0 when the message concerns the whole file. */
  line: number;
  message: string;
}

export interface Rejection {
  file: string;
  line: number;
  reason: string;
}

export interface SkippedFile {
  name: string;
  reason: string;
}

/** A line of a document with its 1-based line number, exactly as written (indentation kept). */
export interface NumberedLine {
  line: number;
  text: string;
}
