/**
 * llms.txt (https://llmstxt.org): what the site is, its pages, its data files, and the board's URL grammar, every
 * key and value form of src/shared/board-url.ts, with the values the current bundle has, so an agent can build a
 * board URL (or call the WebMCP tools with the same filters) without guessing.
 */
import { JOB_TYPES, PAGE_SIZE, SORT_KEYS, slugify } from '../../src/shared/board-state';
import { LIST_KEYS, MAX_PAGE, MAX_QUERY_LENGTH, MAX_VALUES_PER_KEY } from '../../src/shared/board-url';
import { RESEARCH_AREAS } from '../../src/shared/research-areas';
import type { FirstPageFacets, FacetCount } from '../../src/shared/first-page';
import { absoluteUrl } from './site-url';

export interface LlmsInput {
  siteUrl: string;
  jobs: number;
  stories: readonly { slug: string; title: string }[];
  /** The bundle's facet values with their counts (first-page.json), for the examples and value lists. */
  facets: FirstPageFacets;
}

/** Every location slug in the tree, depth first. */
function flatten(values: readonly FacetCount[]): FacetCount[] {
  return values.flatMap((value) => [value, ...flatten(value.children ?? [])]);
}

const list = (values: readonly FacetCount[], max: number) =>
  values
    .slice(0, max)
    .map((v) => `\`${v.slug}\` (${v.label}, ${v.count})`)
    .join(', ') + (values.length > max ? `, … (${values.length - max} more in /data/first-page.json)` : '');

export function llmsTxt({ siteUrl, jobs, stories, facets }: LlmsInput): string {
  const url = (path: string) => absoluteUrl(siteUrl, path);
  const locations = flatten(facets.location);
  const city = locations.find((v) => (v.depth ?? 0) >= 2) ?? locations[0];
  const area = facets.area[0];
  const example =
    area && city ? `/?location=${city.slug}&area=${area.slug}&sort=title` : '/?q=machine+learning&sort=title';
  return `# Summit

> Summit is a job board for research jobs, built from Amazon Science pages: ${jobs} jobs you can filter by location, team, research area and job type, search by keyword, and bookmark down to the last filter, plus the stories (articles and interviews) the jobs were listed with.

Every job and story page is static HTML with JSON-LD (\`JobPosting\`, \`Article\`); the board's views are addressed by their URL alone. Where the browser offers WebMCP (\`navigator.modelContext\`), the site registers two read-only tools: \`search_jobs\` (the filters below, or a board URL) and \`get_job\` (an id).

## Pages

- [Job board](${url('/')}): all jobs; any filter, search, order and page is a URL (see "Board URLs").
- Job pages: \`${url('/jobs/<id>')}\`: one job in full (title, team, location, research areas, salary and job number when stated, description). Ids look like \`applied-scientist-seattle-1a2b3c4d\`.
- [Stories](${url('/stories')}): every story as a card; \`/stories?q=<keywords>\` lists the stories whose title or dek match.
- Story pages: \`${url('/stories/<slug>')}\`: the article or interview, then the jobs listed with it.
- [Saved](${url('/saved')}): the visitor's saved jobs and searches, kept in this browser only.
- Atom feeds: [all jobs](${url('/data/feeds/all.xml')}), and one per team, research area, country and region under \`${url('/data/feeds/')}\` (a board view that one feed follows links it as \`rel=alternate\`).
- [Sitemap](${url('/sitemap.xml')}): every job and story URL.

## Stories

${stories.map((s) => `- [${s.title.replace(/[[\]]/g, '')}](${url(`/stories/${s.slug}`)})`).join('\n')}

## Board URLs

The board's state is its query string, written in one canonical form: keys in the order \`q\`, ${LIST_KEYS.map((k) => `\`${k}\``).join(', ')}, \`new\`, \`sort\`, \`page\`; defaults left out; the list values of a key as one comma-separated, sorted parameter. Values within a key are ORed, keys are ANDed. Unknown values are kept and match nothing. Example: [${example}](${url(example)}).

- \`q\`: keywords, at most ${MAX_QUERY_LENGTH} characters, spaces as \`+\` (\`?q=causal+inference\`). Matched against titles, teams, locations, research areas and descriptions.
- \`location\`: location slugs at any depth: a country (\`us\`), a region (\`us-wa\`), or a city (\`us-wa-seattle\`; \`gb-london\` where there is no region). Slugs are lower-case ASCII words joined by \`-\`. Values here: ${list(locations, 40)}.
- \`team\`: team slugs (the team's name, slugged: \`prime-video\`). Values here: ${list(facets.team, 40)}.
- \`area\`: research areas: ${RESEARCH_AREAS.map((a) => `\`${slugify(a)}\` (${a})`).join(', ')}.
- \`type\`: ${JOB_TYPES.map((t) => `\`${t}\``).join(', ')} (\`manager\`: the role manages people).
- \`story\`: story slugs (see "Stories" above): jobs listed with any of these stories (\`?story=<slug>\`).
- \`new\`: \`1\` for jobs new since the visitor's last visit in this browser (known only to that browser; omitted otherwise).
- \`sort\`: ${SORT_KEYS.map((s) => `\`${s}\``).join(', ')} (default \`${SORT_KEYS[0]}\`).
- \`page\`: 1 to ${MAX_PAGE} (default 1), ${PAGE_SIZE} jobs a page.
- At most ${MAX_VALUES_PER_KEY} values per key; repeated parameters (\`?area=a&area=b\`) are read as one list.
- \`/jobs?…\` redirects to \`/?…\`.

## Data

- [${url('/data/jobs.json')}](${url('/data/jobs.json')}): every job's summary.
- \`${url('/data/jobs/<id>.json')}\`: one job in full (sections and facts).
- [${url('/data/articles.json')}](${url('/data/articles.json')}): the stories.
- [${url('/data/first-page.json')}](${url('/data/first-page.json')}): the board's default view, with every filter value and its count.
`;
}
