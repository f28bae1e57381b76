/**
 * TEST FIXTURE for unit and component tests only: a hand-written dev bundle (the decoded jobs index and a few
 * job details). Never served: the real bundle comes from the build step into public/data/.
 */
import type { JobDetail, Location, ResearchArea } from '../../shared/bundle-schema';
import type { JobCard } from '../../shared/compact-index';

const SEATTLE: Location = { country: 'US', region: 'WA', city: 'Seattle', label: 'US, WA, Seattle' };
const BELLEVUE: Location = { country: 'US', region: 'WA', city: 'Bellevue', label: 'US, WA, Bellevue' };
const NEW_YORK: Location = { country: 'US', region: 'NY', city: 'New York', label: 'US, NY, New York' };
const LONDON: Location = { country: 'GB', region: null, city: 'London', label: 'GB, London' };

function card(
  id: string,
  title: string,
  team: string | null,
  location: Location,
  researchAreas: ResearchArea[],
  extra: Partial<JobCard> = {},
): JobCard {
  return {
    id,
    title,
    titleStated: true,
    team,
    location,
    researchAreas,
    internship: false,
    manager: false,
    summary: `${title} on the ${team ?? 'unnamed'} team.`,
    stories: [],
    ...extra,
  };
}

export const FIXTURE_JOBS: JobCard[] = [
  card('economist-prime-video-seattle', 'Economist', 'Prime Video', SEATTLE, ['Economics'], {
    summary: 'Apply causal inference to streaming economics.',
  }),
  card('applied-scientist-prime-video-seattle', 'Applied Scientist', 'Prime Video', SEATTLE, [
    'Machine learning',
    'Economics',
  ]),
  card(
    'research-intern-robotics-bellevue',
    'Research Scientist Intern',
    'Amazon Robotics',
    BELLEVUE,
    ['Robotics', 'Computer vision'],
    {
      internship: true,
    },
  ),
  card('science-manager-agi-bellevue', 'Applied Science Manager', 'AGI', BELLEVUE, ['Machine learning'], {
    manager: true,
  }),
  card('economist-iii-new-york', 'Economist III', null, NEW_YORK, ['Economics'], {
    titleStated: false,
    title: 'Economist III role in New York',
  }),
  card(
    'quantum-researcher-london',
    'Quantum Research Scientist',
    'AWS Center for Quantum Computing',
    LONDON,
    ['Quantum technologies'],
  ),
];

export const FIXTURE_INDEX = { generatedAt: '2026-01-02T03:04:05Z', jobs: FIXTURE_JOBS };

/** A job detail with every feature the page renders, including hostile text that must stay inert. */
export function fixtureDetail(id = 'economist-prime-video-seattle'): JobDetail {
  const base = FIXTURE_JOBS.find((job) => job.id === id) ?? FIXTURE_JOBS[0]!;
  return {
    id: base.id,
    title: base.titleStated ? base.title : null,
    displayTitle: base.title,
    team: base.team,
    location: base.location,
    researchAreas: base.researchAreas,
    internship: base.internship,
    manager: base.manager,
    summary: base.summary,
    stories: base.stories,
    sources: [{ file: 'doc.txt', line: 12 }],
    sections: [
      {
        kind: 'overview',
        heading: null,
        boilerplate: false,
        blocks: [
          {
            type: 'paragraph',
            text: 'Prime Video is a first-stop entertainment destination. <script>window.__pwned=1</script>',
          },
        ],
      },
      {
        kind: 'responsibilities',
        heading: 'Key job responsibilities',
        boilerplate: false,
        blocks: [
          {
            type: 'list',
            items: ['Build causal models', 'Run experiments <img src=x onerror="window.__pwned=1">'],
          },
        ],
      },
      {
        kind: 'company',
        heading: 'Why AWS?',
        boilerplate: true,
        blocks: [
          {
            type: 'paragraph',
            text: 'Amazon Web Services is the world’s most comprehensive cloud platform.',
          },
        ],
      },
    ],
    facts: {
      jobNumber: 'AMZ9674161',
      employer: 'AMAZON.COM SERVICES LLC',
      salary: {
        text: '$136,000 – $212,800 per year',
        min: 136000,
        max: 212800,
        currency: 'USD',
        period: 'year',
      },
      hours: '40 hours / week',
      exportControl: null,
      links: [{ url: 'https://www.amazon.jobs/en/disability/us', label: 'accommodations' }],
    },
  };
}
