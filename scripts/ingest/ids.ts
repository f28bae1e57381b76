/**
 * Job ids: `${slug(displayTitle)}-${slug(city)}-${hash8}`, where hash8 is the first 8 hex digits of the SHA-256 of
 * the job's identity (normalised location + normalised description). The id depends only on the listing's own
 * text, so it is stable across rebuilds and does not move when other documents are added, removed or reordered.
 */
import type { Location } from '../../src/shared/bundle-schema';
import { normaliseForKey, sha256Hex, slugify } from './text';

/** What makes two listings the same job: the same place and the same description (whitespace aside). */
export function jobKey(location: Location, description: string): string {
  return keyOf(location, normaliseForKey(description));
}

function keyOf(location: Location, normalisedDescription: string): string {
  return `${location.country}|${location.region ?? ''}|${normaliseForKey(location.city)}\n${normalisedDescription}`;
}

export function jobKeyHash(location: Location, description: string): string {
  return sha256Hex(jobKey(location, description));
}

/** jobKeyHash of a description already passed through normaliseForKey (so that it is normalised only once). */
export function jobKeyHashOfNormalised(location: Location, normalisedDescription: string): string {
  return sha256Hex(keyOf(location, normalisedDescription));
}

export function jobId(displayTitle: string, city: string, keyHash: string, hashLength = 8): string {
  const parts = [slugify(displayTitle, 48) || 'job', slugify(city, 24), keyHash.slice(0, hashLength)].filter(
    (p) => p !== '',
  );
  return parts.join('-');
}
