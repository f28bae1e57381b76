/** Small, pure presentation helpers for jobs shared by the list and the job page. */
import type { Location } from '../../shared/bundle-schema';

/** "Internship" or "Full-time", plus "Manager" when the text says the role manages people. */
export function jobTypeLabels(job: { internship: boolean; manager: boolean }): string[] {
  return [job.internship ? 'Internship' : 'Full-time', ...(job.manager ? ['Manager'] : [])];
}

/** "Seattle, WA, US": city first, the way people read a place. */
export function locationText(location: Location): string {
  return [location.city, location.region, location.country].filter(Boolean).join(', ');
}

/** Navigation state carried from the board into job pages, so "Back to results" can return exactly. */
export interface FromBoard {
  /** The board's search string ('?area=economics…' or ''). */
  board: string;
  /** History entries pushed since the board: Back to results goes back this many. */
  depth: number;
}

export function readFromBoard(state: unknown): FromBoard | null {
  if (typeof state !== 'object' || state === null) return null;
  const { board, depth } = state as Partial<FromBoard>;
  if (typeof board !== 'string' || typeof depth !== 'number' || !Number.isInteger(depth) || depth < 1)
    return null;
  return { board, depth };
}

/** Only http(s) URLs ever become links. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
