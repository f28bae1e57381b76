/**
 * Slugs and labels for facet values. Pure.
 */
import { slugify, type JobType } from '../../../shared/board-state';
import type { Location } from '../../../shared/bundle-schema';
import { countryName } from '../../../shared/place-names';

export { countryName };

/** A URL-safe slug for any text: slugify, or the code points in hex when nothing Latin is left ("日本" → "65e5-672c"). */
export function safeSlug(text: string): string {
  const slug = slugify(text);
  if (slug) return slug;
  const hex = [...text.trim()].map((ch) => (ch.codePointAt(0) ?? 0).toString(16)).join('-');
  return hex || 'none';
}

/** The slugs of a location's path: country "us", region "us-wa" (or null), city "us-wa-seattle" / "gb-london". */
export function locationSlugs(location: Pick<Location, 'country' | 'region' | 'city'>): {
  country: string;
  region: string | null;
  city: string;
} {
  const country = safeSlug(location.country);
  const region = location.region === null ? null : `${country}-${safeSlug(location.region)}`;
  const city = `${region ?? country}-${safeSlug(location.city)}`;
  return { country, region, city };
}

export function teamSlug(team: string): string {
  return safeSlug(team);
}

export function areaSlug(area: string): string {
  return safeSlug(area);
}

export const JOB_TYPE_LABELS: Record<JobType, string> = {
  internship: 'Internship',
  'full-time': 'Full-time',
  manager: 'Manager',
};
