/**
 * A bigger board than the user's documents give (for paging and scroll tests): the built index's jobs repeated
 * with new ids and numbered titles, served through page.route in place of /data/index.json and job details.
 */
import { expect, type APIRequestContext } from '@playwright/test';

interface CompactIndex {
  version: 1;
  generatedAt: string;
  teams: string[];
  locations: unknown[];
  areas: string[];
  jobs: {
    id: string[];
    title: string[];
    titleStated: number[];
    team: number[];
    location: number[];
    areas: number[][];
    flags: number[];
    summary: string[];
  };
}

export async function largeIndex(request: APIRequestContext, size: number) {
  const response = await request.get('/data/index.json');
  expect(response.ok()).toBe(true);
  const base = (await response.json()) as CompactIndex;
  const n = base.jobs.id.length;
  const columns: CompactIndex['jobs'] = {
    id: [],
    title: [],
    titleStated: [],
    team: [],
    location: [],
    areas: [],
    flags: [],
    summary: [],
  };
  const origin = new Map<string, { id: string; title: string }>();
  for (let i = 0; i < size; i++) {
    const from = i % n;
    const id = `${base.jobs.id[from]}-copy-${i + 1}`;
    const title = `${base.jobs.title[from]} ${String(i + 1).padStart(3, '0')}`;
    origin.set(id, { id: base.jobs.id[from]!, title });
    columns.id.push(id);
    columns.title.push(title);
    columns.titleStated.push(base.jobs.titleStated[from]!);
    columns.team.push(base.jobs.team[from]!);
    columns.location.push(base.jobs.location[from]!);
    columns.areas.push(base.jobs.areas[from]!);
    columns.flags.push(base.jobs.flags[from]!);
    columns.summary.push(base.jobs.summary[from]!);
  }
  const details = new Map<string, Record<string, unknown>>();
  for (const id of new Set(base.jobs.id)) {
    const detail = await request.get(`/data/jobs/${id}.json`);
    expect(detail.ok()).toBe(true);
    details.set(id, (await detail.json()) as Record<string, unknown>);
  }
  return {
    index: { ...base, jobs: columns } satisfies CompactIndex,
    /** The job detail for a copied id (from the request URL). */
    detailFor(url: string): Record<string, unknown> {
      const id = decodeURIComponent(
        new URL(url).pathname
          .split('/')
          .pop()!
          .replace(/\.json$/, ''),
      );
      const from = origin.get(id);
      if (!from) return {};
      return { ...details.get(from.id), id, title: from.title, displayTitle: from.title };
    },
  };
}
