/**
 * Job ids: `${slug(displayTitle)}-${slug(city)}-${hash8}`, where hash8 is the first 8 hex digits of the SHA-256 of
 * the job's identity (normalised location + normalised description). The id depends only on the listing's own
 * text, so it is stable across rebuilds and does not move when other documents are added, removed or reordered.
 * Two distinct jobs with the same title and city whose 8 digits collide are told apart by IdClaims.
 *
 * jobId itself is in src/shared/job-id.ts: the app rebuilds ids from the job index with it (compact-index.ts).
 */
import type { Location } from '../../../src/shared/bundle-schema';
import { jobId } from '../../../src/shared/job-id';
import { normaliseForKey, sha256Hex } from '../text';

export { jobId };

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

interface Claimant<R> {
  record: R;
  displayTitle: string;
  keyHash: string;
}

/**
 * Hands out job ids so that the result depends on the set of jobs, never on reading order: when two jobs want the
 * same id (same title and city, hashes equal in the digits shown), the one with the smaller full hash keeps it and
 * the other takes a longer hash (12, 16, … digits), evicting in turn by the same rule. Reading order could
 * otherwise decide which job a bookmarked URL names. `onMove(from, to)` is told when an already-placed job is
 * evicted to a longer id, so its files can follow.
 */
export class IdClaims<R extends { id: string; location: Location }> {
  private readonly owners = new Map<string, Claimant<R>>();

  constructor(private readonly onMove: (from: string, to: string) => void) {}

  /** Place a job, set `record.id` and return it. */
  claim(claimant: Claimant<R>): string {
    return this.place(claimant, 8);
  }

  private place(claimant: Claimant<R>, fromLength: number): string {
    const { record, displayTitle, keyHash } = claimant;
    // A SHA-256 has 64 digits, and distinct keys differ within them: at full length no two ids are equal.
    for (let length = fromLength; length <= 64; length += 4) {
      const id = jobId(displayTitle, record.location.city, keyHash, length);
      // The claimant itself is never an owner here: it is new, or it was just evicted from its id.
      const owner = this.owners.get(id);
      if (owner?.keyHash === keyHash) throw new Error(`two jobs share the key of ${id}`);
      if (owner !== undefined && owner.keyHash < keyHash) continue;
      this.owners.set(id, claimant);
      record.id = id;
      if (owner !== undefined) {
        const moved = this.place(owner, length + 4);
        this.onMove(id, moved);
      }
      return id;
    }
    throw new Error(`no free id for ${record.location.city} ${keyHash}`);
  }
}
