/** Links from a job to the board filtered by one of its values (its team, place or research area). */
import type { Location } from '../../../shared/bundle-schema';
import { areaSlug, locationSlugs, teamSlug } from '../engine/labels';
import { boardHref } from './url';

export function boardLinkFor(kind: 'team', value: string): string;
export function boardLinkFor(kind: 'area', value: string): string;
export function boardLinkFor(kind: 'location', value: Location): string;
export function boardLinkFor(kind: 'team' | 'area' | 'location', value: string | Location): string {
  if (kind === 'location') return boardHref({ location: [locationSlugs(value as Location).city] });
  if (kind === 'team') return boardHref({ team: [teamSlug(value as string)] });
  return boardHref({ area: [areaSlug(value as string)] });
}
