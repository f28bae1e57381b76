import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResearchArea } from '../../../src/shared/bundle-schema';
import {
  extractJob,
  extractTeam,
  extractTitle,
  isInternship,
  isManager,
  normaliseEmployer,
  STANDALONE,
  standaloneMatches,
  summaryOf,
  titleFromWords,
  extractTitleWithSource,
  inferTitle,
} from './extract-job';
import { parseDocument, parseLocation } from '../parse/parse';
import { FIXTURES, SEED_FILES, seedText } from '../test-helpers';

interface GoldJob {
  doc: string;
  index: number;
  location: { country: string; region: string | null; city: string };
  title: string | null;
  team: string | null | (string | null)[];
  researchAreas: ResearchArea[];
  internship: boolean;
  duplicateOf: { doc: string; index: number } | null;
}

const gold = JSON.parse(readFileSync(path.join(FIXTURES, 'gold/seed-jobs.json'), 'utf8')) as GoldJob[];
const docs = new Map<string, ReturnType<typeof parseDocument>>(
  SEED_FILES.map((name) => [name, parseDocument(name, seedText(name))]),
);
const seattle = parseLocation('US, WA, Seattle')!;

function f1(predicted: readonly string[], expected: readonly string[]): number {
  const tp = predicted.filter((a) => expected.includes(a)).length;
  if (tp === 0) return 0;
  const p = tp / predicted.length;
  const r = tp / expected.length;
  return (2 * p * r) / (p + r);
}

describe('extraction measured against the gold', () => {
  const rows = gold.map((g) => {
    const listing = docs.get(g.doc)?.listings[g.index];
    if (listing === undefined) throw new Error(`gold listing ${g.doc}#${g.index} not parsed`);
    const job = extractJob(listing.description, listing.location);
    const teams = Array.isArray(g.team) ? g.team : [g.team];
    return {
      g,
      job,
      location:
        listing.location.country === g.location.country &&
        listing.location.region === g.location.region &&
        listing.location.city === g.location.city,
      title: job.title === g.title,
      team: teams.includes(job.team),
      f1: f1(job.researchAreas, g.researchAreas),
      top: job.researchAreas[0] === g.researchAreas[0],
      internship: job.internship === g.internship,
    };
  });
  const rate = (key: 'location' | 'title' | 'team' | 'top' | 'internship') =>
    rows.filter((r) => r[key]).length / rows.length;
  const meanF1 = rows.reduce((n, r) => n + r.f1, 0) / rows.length;

  it('prints the figures', () => {
    const misses = rows
      .filter((r) => !r.title || !r.team || r.f1 < 1)
      .map(
        (r) =>
          `  ${r.g.doc}#${r.g.index}: title ${JSON.stringify(r.job.title)} team ${JSON.stringify(r.job.team)} areas ${r.job.researchAreas.join(', ')} (gold ${r.g.researchAreas.join(', ')})`,
      );
    console.log(
      [
        `gold (${rows.length} listings): location ${(100 * rate('location')).toFixed(0)}%, title ${(100 * rate('title')).toFixed(0)}%, team ${(100 * rate('team')).toFixed(0)}%, ` +
          `research-area F1 ${meanF1.toFixed(3)}, top area ${(100 * rate('top')).toFixed(0)}%, internship ${(100 * rate('internship')).toFixed(0)}%`,
        ...misses,
      ].join('\n'),
    );
    expect(rows).toHaveLength(20);
  });
  it('location 100%', () => expect(rate('location')).toBe(1));
  it('title ≥ 95%', () => expect(rate('title')).toBeGreaterThanOrEqual(0.95));
  it('team ≥ 90%', () => expect(rate('team')).toBeGreaterThanOrEqual(0.9));
  it('research-area F1 ≥ 0.8', () => expect(meanF1).toBeGreaterThanOrEqual(0.8));
  it('internship 100%', () => expect(rate('internship')).toBe(1));
  it('never sprays areas: at most 3 per job, and every job has at least one', () => {
    for (const r of rows) {
      expect(r.job.researchAreas.length).toBeGreaterThan(0);
      expect(r.job.researchAreas.length).toBeLessThanOrEqual(3);
    }
  });
  it('gives every job a non-empty display title and a one-line summary that is not a question', () => {
    for (const r of rows) {
      expect(r.job.displayTitle.trim()).not.toBe('');
      if (r.job.title !== null) expect(r.job.displayTitle).toBe(r.job.title);
      expect(r.job.summary.length).toBeGreaterThan(40);
      expect(r.job.summary.length).toBeLessThanOrEqual(200);
      expect(r.job.summary).not.toMatch(/\n|\?$/);
    }
    expect(rows.find((r) => r.g.title === null && r.g.team === 'Think Forward Lab')?.job.displayTitle).toBe(
      'Scientist — Think Forward Lab',
    );
  });
});

describe('title rules (generalising beyond the seed)', () => {
  it.each([
    ['We are hiring a Senior Applied Scientist to lead our work.', 'Senior Applied Scientist'],
    [
      'Alexa AI is seeking an exceptional, highly motivated Sr. Machine Learning Engineer with deep expertise.',
      'Sr. Machine Learning Engineer',
    ],
    ['As a Principal Economist at Amazon, you will define pricing.', 'Principal Economist'],
    ['As a research scientist on our team, you will publish.', 'Research Scientist'],
    [
      'MULTIPLE POSITIONS AVAILABLE Employer: AMAZON.COM SERVICES LLC Offered Position: Applied Scientist II Job Location: Seattle, Washington',
      'Applied Scientist II',
    ],
    ['We are looking for Software Development Engineers to join the team.', 'Software Development Engineer'],
    ['We are seeking a Lead Applied Scientist, Causal Inference to join us.', 'Lead Applied Scientist'],
    [
      'Amazon is looking for a passionate, talented, and inventive Applied Scientist Intern to join us.',
      'Applied Scientist Intern',
    ],
  ])('%s → %s', (text, title) => {
    expect(extractTitle(text)).toBe(title);
  });

  it.each([
    'We are looking for world class scientists and engineers to join its group.',
    'We are looking for talented people who want to help.',
    'As a member of the UC organization, you will support services.',
    'Are you seeking for an environment with motivated scientists?',
    'A day in the life Work alongside global experts.',
    'As a Prime Video team member, you will own the product.',
    'The DS3 org encompasses scientists who work closely with services.',
  ])('%s → no title', (text) => {
    expect(extractTitle(text)).toBeNull();
  });

  it('reads a subject title after a section heading ("… responsibilities The Senior Data Scientist will …")', () => {
    const text =
      'Our team forecasts demand for every product. Key job responsibilities The Senior Data Scientist will own forecasting.';
    expect(extractJob(text, seattle).title).toBe('Senior Data Scientist');
  });

  it('drops praise and singularises plural heads', () => {
    expect(titleFromWords('highly motivated PhD Research Scientist Intern to join', true)).toBe(
      'Research Scientist Intern',
    );
    expect(titleFromWords('Research Science Interns and Co-ops with a passion', false)).toBe(
      'Research Science Intern',
    );
    expect(titleFromWords('Research Science Intern/Co-op at Amazon Robotics', true)).toBe(
      'Research Science Intern',
    );
    expect(titleFromWords('data scientists', false)).toBeNull();
  });
});

describe('team rules', () => {
  it.each([
    ['The Search Relevance team builds ranking systems.', 'Search Relevance'],
    ['At Zoox, we are building robotaxis. Zoox engineers work on autonomy.', 'Zoox'],
    ['Amazon Pharmacy is looking for an Applied Scientist.', 'Amazon Pharmacy'],
    [
      'Come join us at Amazon’s Supply Chain Optimization Technologies team (SCOT).',
      'Supply Chain Optimization Technologies',
    ],
    ['Support the measurement of the Kindle business and help the Kindle organization grow.', 'Kindle'],
    ['The Fulfillment by Amazon (FBA) team is seeking an Economist.', 'Fulfillment by Amazon (FBA)'],
  ])('%s → %s', (text, team) => {
    expect(extractTeam(text, null)).toBe(team);
  });

  it.each([
    'Our team works on challenging problems. The team develops AI systems.',
    'Amazon is looking for an Applied Scientist. At Amazon, we invent.',
    'You will be part of a team of doers. Join our team today.',
    'Experience is a plus. This role is a great fit.',
  ])('%s → no team', (text) => {
    expect(extractTeam(text, null)).toBeNull();
  });

  it('never reads a name across a line (section) break', () => {
    expect(
      extractTeam('Write up analysis for management at Amazon.\nPh.D. or foreign equivalent degree.', null),
    ).toBeNull();
  });

  it('falls back to the stated employer, company names normalised', () => {
    expect(normaliseEmployer('AMAZON WEB SERVICES, INC.')).toBe('Amazon Web Services');
    expect(normaliseEmployer('AMAZON DEVELOPMENT CENTER U.S., INC.')).toBe('Amazon Development Center U.S.');
    expect(
      extractTeam(
        'Employer: AMAZON WEB SERVICES, INC. Offered Position: Economist',
        'AMAZON WEB SERVICES, INC.',
      ),
    ).toBe('Amazon Web Services');
    expect(
      extractTeam('Employer: AMAZON.COM SERVICES LLC Offered Position: Economist', 'AMAZON.COM SERVICES LLC'),
    ).toBeNull();
  });
});

describe('flags', () => {
  it('internship from the title, or from the opening when no title is stated', () => {
    expect(isInternship('Applied Scientist Intern', '')).toBe(true);
    expect(isInternship('Applied Scientist', 'You will mentor interns.')).toBe(false);
    expect(isInternship(null, 'This internship offers a unique opportunity.')).toBe(true);
  });
  it('manager from the title or from text saying the role manages people', () => {
    expect(isManager('Applied Science Manager', '')).toBe(true);
    expect(isManager('Technical Program Manager', '')).toBe(false);
    expect(
      isManager('Principal Engineer', 'You will lead a team of 8 engineers and conduct performance reviews.'),
    ).toBe(true);
    expect(isManager('Applied Scientist', 'You will be a strong mentor and lead for your team.')).toBe(false);
  });
});

describe('extractJob on unseen, international listings (test/fixtures/ingest/international.txt)', () => {
  const doc = parseDocument(
    'international.txt',
    readFileSync(path.join(FIXTURES, 'ingest/international.txt'), 'utf8'),
  );
  const jobs = doc.listings.map((l) => extractJob(l.description, l.location));
  it('extracts titles, teams and areas', () => {
    expect(jobs.map((j) => j.title)).toEqual([
      'Senior Applied Scientist',
      'Economist',
      'Machine Learning Engineer',
      'Research Scientist',
      'Applied Scientist Intern',
      'Principal Robotics Engineer',
    ]);
    expect(jobs.map((j) => j.team)).toEqual([
      'Amazon Ads',
      'Pricing Science',
      'Alexa Shopping',
      'AWS Center for Quantum Computing',
      'Amazon Fraud Prevention',
      'Amazon Robotics',
    ]);
    expect(jobs.map((j) => j.researchAreas[0])).toEqual([
      'Search and information retrieval',
      'Economics',
      'Conversational AI',
      'Quantum technologies',
      'Security, privacy, and abuse prevention',
      'Robotics',
    ]);
    expect(jobs.map((j) => j.internship)).toEqual([false, false, false, false, true, false]);
    expect(jobs.map((j) => j.manager)).toEqual([false, false, false, false, false, true]);
  });
});

// No timed assertions (a busy machine fails them; speed is benchmarked): catastrophic backtracking on a megabyte
// is billions of steps, which the test's time limit catches on any machine.
describe('robustness', () => {
  it('extracts from a 1 MB description, keeping the text whole in the sections', () => {
    const unit = 'We are looking for an Applied Scientist to build machine learning models for robotics. ';
    const big = unit.repeat(Math.ceil(1_050_000 / unit.length));
    const job = extractJob(big, seattle);
    expect(job.title).toBe('Applied Scientist');
    const kept = job.sections
      .flatMap((s) => s.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.items.join(' '))))
      .join(' ');
    expect(kept.length).toBeGreaterThan(1_000_000);
  });

  it('does not backtrack catastrophically on a megabyte without spaces or with pathological runs', () => {
    for (const big of [
      'A'.repeat(1_000_000),
      'The '.repeat(250_000),
      `${'Aa '.repeat(300_000)}team`,
      '$1,'.repeat(300_000),
      `${'- '.repeat(400_000)}x`,
    ]) {
      expect(extractJob(big, seattle).sections.length).toBeGreaterThan(0);
    }
  });
});

describe('titles chosen among candidates, and inferred where none is stated (hand-written cases)', () => {
  const t = (prose: string) => extractTitleWithSource(prose);
  it('reads hiring phrases beyond "seeking": want(s), searching for, is wanted, is for', () => {
    expect(t('The Harbor team wants an Applied Scientist to join us.').title).toBe('Applied Scientist');
    expect(t('We are searching for a curious, talented, and inventive Data Science Manager.').title).toBe(
      'Data Science Manager',
    );
    expect(t('About the role An experienced Economist is wanted to lead pricing.').title).toBe('Economist');
    expect(t('This opening is for a Research Scientist who loves forecasting.')).toEqual({
      title: 'Research Scientist',
      source: 'stated',
    });
  });
  it('reads the role addressed to the reader ("Xs like you"), across a line break too', () => {
    expect(t('Our team gives Applied Scientists like you the chance to publish and ship.').title).toBe(
      'Applied Scientist',
    );
    expect(t('Engineers like\nyou build it.').title).toBe('Engineer');
  });
  it('reads the title a label states ("Offered Position:", "Job Title:", "Position Title:")', () => {
    expect(t('Job Title: Research Scientist. Job Location: Austin').title).toBe('Research Scientist');
    expect(t('Position Title: Economist II Employer: Harbor').title).toBe('Economist II');
  });
  it('prefers "As a(n) X" to a plural call to a whole family, and a title in parentheses to a description', () => {
    expect(
      t(
        'Harbor is hiring passionate Senior Data Scientists. As a Data Scientist II on the team, you will build.',
      ).title,
    ).toBe('Data Scientist II');
    expect(t('We are looking for a senior science leader (Principal Economist) who can lead.').title).toBe(
      'Principal Economist',
    );
    expect(t('As the Sr. Manager, Applied Science in the Harbor org, you will lead.').title).toBe(
      'Sr. Manager, Applied Science',
    );
  });
  it('infers the family from colleagues or the work, says so, and leaves null when the text gives nothing', () => {
    expect(t('Coach the team’s junior scientists and build machine learning models for planning.')).toEqual({
      title: 'Applied Scientist',
      source: 'inferred',
    });
    expect(
      t('Build distributed systems and software applications; coach less experienced engineers.'),
    ).toEqual({
      title: 'Software Development Engineer',
      source: 'inferred',
    });
    expect(
      t('PhD students in operations research: apply research and optimization methods in this internship.'),
    ).toEqual({ title: 'Applied Scientist Intern', source: 'inferred' });
    expect(t('We are looking for world class scientists and engineers to join the group.')).toEqual({
      title: null,
      source: null,
    });
    expect(inferTitle('Join a friendly group that values kindness.')).toBeNull();
  });
});

describe('the fast paths give what the plain patterns give', () => {
  // Letters, spaces and separators beyond ASCII next to names, a NUL, an emoji (two code units), a Kelvin sign.
  const texts = [
    'Role: Applied Scientist Intern. Senior Research Scientist in Seattle',
    'Ångström Research Scientist, éclair Data Scientist; Ñandú Economist',
    'Team\u00a0Lead Scientist — Principal\u2003Applied Scientist • Research Economist',
    'Applied Science Internship Duration: 4–6 months. « Research Scientist »',
    'Nul\u0000 Research Scientist 😀 Applied Scientist and Kelvin \u212a Research Intern',
    'ΣΟΦΙΑ Research Scientist İstanbul Applied Scientist',
    // Stretches around head words: at the text's start, two heads in one stretch, a NUL or an emoji just before.
    'Scientist Research Scientist Bar Scientist, x😀Applied Scientist (Applied Intern)Economist',
    '\u0000Research Scientist and\u0000Applied Scientist Intern; Data Economist',
    'Applied Scientists Interns 12Research Scientist\u2028Lead Economist',
  ];

  it('standaloneMatches equals matchAll(STANDALONE)', () => {
    for (const text of texts) {
      const plain = [...text.matchAll(STANDALONE)].map((m): [number, string] => [m.index, m[1] ?? '']);
      expect(standaloneMatches(text)).toEqual(plain);
    }
  });

  it('summaryOf reads sentences the same with and without the lower-cased head', () => {
    const body =
      'We are seeking an Applied Scientist to design models. In this role you will build and deploy systems for ' +
      'customers around the world every day.';
    // İ, Σ and the Kelvin sign take the per-sentence path; the rest the shared lower-cased head.
    for (const [odd, plain] of [
      ['İ', 'I'],
      ['Σ', 'S'],
      ['\u212a', 'K'],
    ] as const) {
      const opening = `${odd}stanbul is where the Applied Scientist will sit, in our new office. `;
      expect(summaryOf(`${opening}${body}`, 'Applied Scientist')).toBe(
        summaryOf(`${opening.replace(odd, plain)}${body}`, 'Applied Scientist').replace(plain, odd),
      );
    }
  });
});
