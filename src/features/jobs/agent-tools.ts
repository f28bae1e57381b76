/**
 * WebMCP tools for agents (https://webmachinelearning.github.io/webmcp/): "search_jobs" takes the board's filters,
 * the same keys and values as its URL (or a board URL itself), and answers with the board's own engine and keyword
 * search; "get_job" answers one job from its file. The board (app/home-route.tsx) loads this chunk only where the
 * browser has a model context (`navigator.modelContext`, or `document.modelContext` in newer drafts): other browsers
 * never download it.
 */
import { jobDetailQuery, jobsIndexQuery } from '../../lib/data/queries';
import { queryClient } from '../../lib/query-client';
import { JOB_TYPES, PAGE_SIZE, SORT_KEYS } from '../../shared/board-state';
import {
  boardHref,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  normaliseBoardState,
  parseBoardSearch,
} from '../../shared/board-url';
import type { JobDetail } from '../../shared/bundle-schema';
import { isJobId } from '../../shared/compact-index';
import { searchIndexQuery } from './board/search-index-query';

export interface ToolResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}

export interface AgentTool {
  name: string;
  description: string;
  inputSchema: object;
  annotations?: { readOnlyHint?: boolean };
  execute(input: Record<string, unknown>): Promise<ToolResult>;
}

interface ModelContext {
  registerTool(tool: AgentTool): unknown;
}

/** The browser's model context, when it has one. */
export function modelContext(): ModelContext | null {
  const holder =
    (globalThis.navigator as { modelContext?: unknown } | undefined)?.modelContext ??
    (globalThis.document as { modelContext?: unknown } | undefined)?.modelContext;
  return holder !== null &&
    typeof holder === 'object' &&
    typeof (holder as ModelContext).registerTool === 'function'
    ? (holder as ModelContext)
    : null;
}

const json = (value: unknown): ToolResult => ({ content: [{ type: 'text', text: JSON.stringify(value) }] });
const failure = (message: string): ToolResult => ({
  content: [{ type: 'text', text: message }],
  isError: true,
});
const absolute = (path: string) => new URL(path, window.location.origin).href;

const slugList = (description: string) => ({
  type: 'array',
  items: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
  description,
});

/** The board's URL keys and value forms (src/shared/board-url.ts), as the tool's input. */
export const SEARCH_INPUT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    url: {
      type: 'string',
      description:
        'A board URL or query string (e.g. "/?area=economics&location=us-wa"); the other fields, when given, replace its values.',
    },
    q: {
      type: 'string',
      maxLength: MAX_QUERY_LENGTH,
      description: 'Keywords, matched against titles, teams, places, areas and descriptions.',
    },
    location: slugList(
      'Location slugs at any depth: country "us", region "us-wa", city "us-wa-seattle". OR within the list.',
    ),
    team: slugList('Team slugs, e.g. "prime-video". OR within the list.'),
    area: slugList('Research-area slugs, e.g. "machine-learning", "economics". OR within the list.'),
    type: {
      type: 'array',
      items: { type: 'string', enum: [...JOB_TYPES] },
      description: 'Job types. OR within the list.',
    },
    story: slugList('Story slugs: jobs listed with any of these stories (see /stories). OR within the list.'),
    sort: {
      type: 'string',
      enum: [...SORT_KEYS],
      description: 'Order: relevance (default), title or location.',
    },
    page: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_PAGE,
      description: `Page of ${PAGE_SIZE} results, from 1.`,
    },
  },
} as const;

/** The board state an agent's input stands for: its `url` parsed like the address bar, then its own fields. */
export function stateFromInput(input: Record<string, unknown>) {
  const base = typeof input.url === 'string' ? parseBoardSearch(input.url) : parseBoardSearch('');
  const pick = <K extends 'q' | 'location' | 'team' | 'area' | 'type' | 'story' | 'sort' | 'page'>(key: K) =>
    key in input ? { [key]: input[key] } : {};
  return normaliseBoardState({
    ...base,
    ...pick('q'),
    ...pick('location'),
    ...pick('team'),
    ...pick('area'),
    ...pick('type'),
    ...pick('story'),
    ...pick('sort'),
    ...pick('page'),
    // "New since your last visit" is the visitor's own browser history, which an agent's answer cannot follow.
    newOnly: false,
  });
}

export async function searchJobs(input: Record<string, unknown>): Promise<ToolResult> {
  const state = stateFromInput(input);
  const [{ jobs }, adapter, searchFile] = await Promise.all([
    queryClient.ensureQueryData(jobsIndexQuery()),
    import('./board/engine-adapter'),
    // Without the keyword index the board searches the cards' own text; so does this.
    state.q ? queryClient.ensureQueryData(searchIndexQuery()).catch(() => undefined) : undefined,
  ]);
  const engine = adapter.getEngine(jobs);
  const result = engine.query(state, adapter.searchMatchesFor(state.q, jobs, searchFile));
  const start = (state.page - 1) * PAGE_SIZE;
  const rows = [...result.order.slice(start, start + PAGE_SIZE)].flatMap((i) => {
    const job = jobs[i];
    return job ? [job] : [];
  });
  return json({
    url: absolute(boardHref(state)),
    total: result.total,
    page: state.page,
    pages: Math.max(1, Math.ceil(result.total / PAGE_SIZE)),
    unknownFilters: result.unknown,
    jobs: rows.map((job) => ({
      id: job.id,
      title: job.title,
      team: job.team,
      location: job.location.label,
      researchAreas: job.researchAreas,
      internship: job.internship,
      manager: job.manager,
      summary: job.summary,
      url: absolute(`/jobs/${job.id}`),
    })),
  });
}

function describeJob(job: JobDetail) {
  const text = job.sections.map((section) =>
    [
      ...(section.heading === null ? [] : [section.heading]),
      ...section.blocks.map((block) =>
        block.type === 'paragraph' ? block.text : block.items.map((item) => `- ${item}`).join('\n'),
      ),
    ].join('\n'),
  );
  // Everything but where it was seen (sources) and the card's one-liner, which the description holds in full.
  const { sections: _sections, sources: _sources, summary: _summary, title, displayTitle, ...rest } = job;
  return {
    ...rest,
    title: displayTitle,
    titleStated: title !== null,
    url: absolute(`/jobs/${job.id}`),
    description: text.join('\n\n'),
  };
}

export async function getJob(input: Record<string, unknown>): Promise<ToolResult> {
  const id = typeof input.id === 'string' ? input.id.trim().replace(/^.*\/jobs\//, '') : '';
  if (!isJobId(id))
    return failure(
      `Not a job id: ${JSON.stringify(input.id)}. Ids look like "applied-scientist-seattle-1a2b3c4d".`,
    );
  try {
    return json(describeJob(await queryClient.fetchQuery(jobDetailQuery(id))));
  } catch {
    return failure(`No job ${id} is listed (or it could not be loaded). Search with search_jobs.`);
  }
}

export const AGENT_TOOLS: readonly AgentTool[] = [
  {
    name: 'search_jobs',
    description:
      'Search Summit’s research jobs with the board’s filters (the same keys and values as its URL; see /llms.txt). ' +
      'Returns the total, one page of jobs and the board URL that shows the same view.',
    inputSchema: SEARCH_INPUT_SCHEMA,
    annotations: { readOnlyHint: true },
    execute: searchJobs,
  },
  {
    name: 'get_job',
    description:
      'One job in full: title, team, location, research areas, facts (salary, job number, links) and description.',
    inputSchema: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: {
        id: { type: 'string', description: 'The job id, as in /jobs/<id> (a job URL works too).' },
      },
    },
    annotations: { readOnlyHint: true },
    execute: getJob,
  },
];

const registered = new WeakSet<ModelContext>();

/**
 * Registers the tools with the browser's model context, once (the board mounts again on every visit); false where
 * there is none.
 */
export function registerAgentTools(context: ModelContext | null = modelContext()): boolean {
  if (!context) return false;
  if (registered.has(context)) return true;
  registered.add(context);
  for (const tool of AGENT_TOOLS) context.registerTool(tool);
  return true;
}
