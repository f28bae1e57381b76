export type DataErrorKind = 'network' | 'not-found' | 'http' | 'parse' | 'schema' | 'timeout';

/** A failure to load bundle data, with what the user needs to hear about it. */
export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly kind: DataErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 8_000;

/**
 * A performance.measure from `start` to now (DevTools' Timings track, the benchmarks). Never throws: the User
 * Timing API is missing in some test environments.
 */
export function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Not measurable here; nothing to do.
  }
}

/**
 * What validates a file: a zod schema, or any object with the same `safeParse` shape (the job index's plain
 * check). Passed as a function returning a promise, it is loaded while the file downloads: the schemas live in a
 * lazy chunk with zod, off the first view.
 */
export interface Checker<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}
export type CheckerSource<T> = Checker<T> | (() => Promise<Checker<T>>);

/**
 * Fetches JSON and validates it with the bundle schema. Every failure becomes a DataError: the UI shows its
 * message and a Retry, never a white screen.
 */
export async function fetchJson<T>(
  url: string,
  source: CheckerSource<T>,
  { signal }: { signal?: AbortSignal } = {},
): Promise<T> {
  // Started now, awaited after the download: a chunk that fails to load is a network failure like the file's.
  const checker = typeof source === 'function' ? source() : Promise.resolve(source);
  checker.catch(() => undefined);
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted) throw new DataError('timeout', url, 'The server took too long to answer.');
    if (signal?.aborted) throw error;
    throw new DataError('network', url, 'Could not reach the server. Check your connection.');
  }
  const contentType = response.headers.get('content-type') ?? '';
  // A static host's SPA fallback answers unknown files with index.html and status 200.
  if (response.status === 404 || (response.ok && contentType.includes('text/html'))) {
    throw new DataError('not-found', url, 'The data was not found on the server.', 404);
  }
  if (!response.ok) {
    throw new DataError(
      'http',
      url,
      `The server answered with an error (${response.status}).`,
      response.status,
    );
  }
  let body: unknown;
  try {
    const text = await response.text();
    const parseStart = performance.now();
    body = JSON.parse(text);
    measure(`summit:parse ${url}`, parseStart);
  } catch (error) {
    if (timeout.aborted) throw new DataError('timeout', url, 'The server took too long to answer.');
    if (signal?.aborted) throw error;
    throw new DataError('parse', url, 'The data arrived incomplete or damaged.');
  }
  let schema: Checker<T>;
  try {
    schema = await checker;
  } catch {
    throw new DataError('network', url, 'Could not reach the server. Check your connection.');
  }
  const validateStart = performance.now();
  const parsed = schema.safeParse(body);
  measure(`summit:validate ${url}`, validateStart);
  if (!parsed.success) {
    throw new DataError('schema', url, 'The data is not in the expected format.');
  }
  return parsed.data;
}
