/** TEST FIXTURE: a handful of board jobs (the decoded jobs index) for "jobs related to this story". */
import type { JobCard } from '../../../shared/compact-index';
import type { ResearchArea } from '../../../shared/bundle-schema';

function job(id: string, title: string, team: string | null, researchAreas: ResearchArea[]): JobCard {
  return {
    id,
    title,
    titleStated: true,
    team,
    location: { country: 'US', region: 'WA', city: 'Seattle', label: 'US, WA, Seattle' },
    researchAreas,
    internship: false,
    manager: false,
    summary: `${title}.`,
    stories: [],
  };
}

export const JOBS: JobCard[] = [
  job('alexa-applied-scientist', 'Applied Scientist, Alexa', 'Alexa', ['Conversational AI']),
  job('ml-scientist', 'Machine Learning Scientist', 'Amazon Web Services', ['Machine learning']),
  job('systems-researcher', 'Systems Researcher', 'AWS Infrastructure Services', [
    'Cloud and systems',
    'Machine learning',
  ]),
  job('economist', 'Economist', 'Amazon Prime', ['Economics']),
  job('robotics-intern', 'Robotics Intern', 'Amazon Robotics', ['Robotics', 'Machine learning']),
];

export const jobsIndex = { generatedAt: '2026-01-01T00:00:00Z', jobs: JOBS };
