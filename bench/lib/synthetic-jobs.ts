/**
 * Synthetic JobCards straight from the corpus vocabulary (no documents, no build step): fast enough to make
 * 100,000 in well under a second, with the real board's shape (Seattle-heavy locations in both label forms, a long
 * tail of teams, 1–3 research areas, some internships and managers).
 */
import type { Location, ResearchArea } from '../../src/shared/bundle-schema';
import type { JobCard } from '../../src/shared/compact-index';
import { rngFor } from '../../scripts/corpus/prng';
import {
  AREA_VOCAB,
  AREA_WEIGHTS,
  AREAS,
  INTERN_ROLES,
  LEVELS,
  OFFICE_WEIGHTS,
  OFFICES,
  ROLES,
  teamPool,
} from '../../scripts/corpus/vocab';

/** More jobs, more teams: about one team per 100 jobs, at least the corpus's ~200. */
export function teamCountFor(n: number): number {
  return Math.min(900, Math.max(150, Math.round(n / 100)));
}

export function syntheticJobs(n: number, seed = 1): JobCard[] {
  const rng = rngFor(seed, 'synthetic-jobs', n);
  const teams = teamPool(teamCountFor(n));
  const locations: Location[] = OFFICES.map((o) => ({
    country: o.country,
    region: o.region,
    city: o.city,
    label: o.label,
  }));
  const areaIndexes = AREAS.map((_, i) => i);
  const jobs: JobCard[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const team = rng.chance(0.04)
      ? null
      : (teams[Math.floor(Math.pow(rng.next(), 1.6) * teams.length)] ?? null);
    const main =
      team !== null && rng.chance(0.8) ? rng.pick(team.areas) : rng.weighted(areaIndexes, AREA_WEIGHTS);
    const areas = [main];
    for (let k = rng.weighted([0, 1, 2], [35, 45, 20]); k > 0; k--) {
      const a = rng.weighted(areaIndexes, AREA_WEIGHTS);
      if (!areas.includes(a)) areas.push(a);
    }
    const researchAreas = areas.map((a) => AREAS[a] as ResearchArea);
    const internship = rng.chance(0.1);
    const role = rng.weighted(
      ROLES,
      ROLES.map((r) => r.weight),
    );
    const title = internship
      ? rng.pick(INTERN_ROLES)
      : `${role.manager === true ? '' : rng.pick(LEVELS)}${role.title}`;
    const vocab = AREA_VOCAB[researchAreas[0] as ResearchArea];
    jobs[i] = {
      id: `job-${n}-${i.toString(36)}`,
      title,
      titleStated: rng.chance(0.9),
      team: team?.name ?? null,
      location: locations[OFFICES.indexOf(rng.weighted(OFFICES, OFFICE_WEIGHTS))] as Location,
      researchAreas,
      internship,
      manager: !internship && role.manager === true,
      summary: `Work on ${rng.pick(vocab.keywords)} to ${rng.pick(vocab.problems)}${team === null ? '' : ` with ${team.name}`}.`,
      stories: [],
    };
  }
  return jobs;
}
