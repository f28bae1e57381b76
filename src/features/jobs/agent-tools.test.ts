// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobDetailQuery, jobsIndexQuery } from '../../lib/data/queries';
import { queryClient } from '../../lib/query-client';
import {
  AGENT_TOOLS,
  getJob,
  registerAgentTools,
  searchJobs,
  stateFromInput,
  type ToolResult,
} from './agent-tools';
import { FIXTURE_INDEX, FIXTURE_JOBS, fixtureDetail } from './test-fixtures';

const parse = (result: ToolResult) =>
  JSON.parse(result.content[0]?.text ?? 'null') as Record<string, unknown>;

beforeEach(() => {
  queryClient.setQueryData(jobsIndexQuery().queryKey, FIXTURE_INDEX);
});
afterEach(() => queryClient.clear());

describe('stateFromInput', () => {
  it('reads the same keys and values as the URL, normalised the same way', () => {
    expect(stateFromInput({ area: ['economics', 'Economics', 'bad slug!'], page: 0, sort: 'nope' })).toEqual({
      q: '',
      location: [],
      team: [],
      area: ['bad-slug', 'economics'],
      type: [],
      story: [],
      newOnly: false,
      sort: 'relevance',
      page: 1,
    });
    // A board URL, with the fields replacing its values.
    expect(
      stateFromInput({ url: '/?team=prime-video&area=economics&page=2', area: ['robotics'] }),
    ).toMatchObject({
      team: ['prime-video'],
      area: ['robotics'],
      page: 2,
    });
  });
});

describe('search_jobs', () => {
  it('answers with the board’s engine: total, one page of jobs, and the board URL of the same view', async () => {
    const result = parse(await searchJobs({ area: ['economics'] }));
    const expected = FIXTURE_JOBS.filter((job) => job.researchAreas.includes('Economics'));
    expect(result.total).toBe(expected.length);
    expect((result.jobs as { id: string }[]).map((job) => job.id).sort()).toEqual(
      expected.map((job) => job.id).sort(),
    );
    expect(result.url).toBe(`${window.location.origin}/?area=economics`);
    expect((result.jobs as { url: string }[])[0]?.url).toMatch(/\/jobs\/[a-z0-9-]+$/);
  });

  it('says which filter values match nothing', async () => {
    const result = parse(await searchJobs({ team: ['no-such-team'] }));
    expect(result.total).toBe(0);
    expect(result.unknownFilters).toEqual([{ key: 'team', slug: 'no-such-team' }]);
  });
});

describe('get_job', () => {
  it('answers one job in full, from its file', async () => {
    const detail = fixtureDetail();
    queryClient.setQueryData(jobDetailQuery(detail.id).queryKey, detail);
    const job = parse(await getJob({ id: `https://example.org/jobs/${detail.id}` }));
    expect(job).toMatchObject({ id: detail.id, title: detail.displayTitle, team: detail.team });
    expect(job.description).toContain('Key job responsibilities');
  });

  it('is an error, with a way on, for something that is not an id', async () => {
    const result = await getJob({ id: '../etc/passwd' });
    expect(result.isError).toBe(true);
    expect(result.content[0]?.text).toMatch(/Not a job id/);
  });
});

describe('registerAgentTools', () => {
  it('registers both tools with a model context, and does nothing without one', () => {
    const registered: string[] = [];
    expect(registerAgentTools({ registerTool: (tool: { name: string }) => registered.push(tool.name) })).toBe(
      true,
    );
    expect(registered).toEqual(['search_jobs', 'get_job']);
    // Once per context: the board mounting again registers nothing twice.
    const again: string[] = [];
    const context = { registerTool: (tool: { name: string }) => again.push(tool.name) };
    registerAgentTools(context);
    registerAgentTools(context);
    expect(again).toEqual(['search_jobs', 'get_job']);
    expect(registerAgentTools(null)).toBe(false);
    expect(AGENT_TOOLS.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
  });
});
