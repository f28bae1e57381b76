import { describe, it, expect } from 'vitest';
import {
  blocksOf,
  extractFacts,
  extractLinks,
  extractSalary,
  literalPrefix,
  splitSections,
  toSections,
} from './sections';
import { parseDocument } from '../parse/parse';
import { SEED_FILES, seedText } from '../test-helpers';

const seedListings = SEED_FILES.flatMap((name) => parseDocument(name, seedText(name)).listings);
const listing = (needle: string) => {
  const found = seedListings.find((l) => l.description.includes(needle));
  if (found === undefined) throw new Error(`no seed listing with ${needle}`);
  return found.description;
};

describe('sections', () => {
  it('splits the AWS posting into its real sections and flags the boilerplate', () => {
    const sections = toSections(splitSections(listing('AWS Identity provides')));
    expect(sections.map((s) => [s.kind, s.heading, s.boilerplate])).toEqual([
      ['overview', null, false],
      ['responsibilities', 'Key job responsibilities', false],
      ['company', 'Diverse Experiences', true],
      ['company', 'Why AWS?', true],
      ['company', 'Inclusive Team Culture', true],
      ['benefits', 'Mentorship & Career Growth', true],
      ['benefits', 'Work/Life Balance', true],
      ['company', 'Utility Computing (UC)', true],
    ]);
    // "* " bullets became one list of five items
    const responsibilities = sections[1]?.blocks;
    expect(responsibilities?.[0]).toMatchObject({ type: 'list' });
    expect(responsibilities?.[0]?.type === 'list' && responsibilities[0].items).toHaveLength(5);
  });

  it('does not cut at a heading phrase inside a name ("AWS Utility Computing (UC) provides")', () => {
    const sections = splitSections(
      listing(
        'Think Forward Lab team at Deep Science for Systems & Services (DS3), AWS AI/ML is looking for world class scientists and engineers to join its group working on deployment of autonomous',
      ),
    );
    const uc = sections.find((s) => s.heading === 'Utility Computing (UC)');
    expect(uc?.text.startsWith('AWS Utility Computing (UC) provides product innovations')).toBe(true);
    expect(sections.filter((s) => s.heading === 'Utility Computing (UC)')).toHaveLength(1);
  });

  it('reads day in the life, about the team, role and upper-case headings', () => {
    const audible = splitSections(listing('At Audible, we believe'));
    expect(audible.map((s) => s.heading)).toEqual([
      null,
      'ABOUT THIS ROLE',
      'ABOUT THE TEAM',
      'ABOUT AUDIBLE',
    ]);
    expect(audible.map((s) => s.kind)).toEqual(['overview', 'role', 'about-team', 'company']);
    const mop = splitSections(listing('Modeling and Optimization team (MOP)'));
    expect(mop.map((s) => s.kind)).toEqual(['overview', 'responsibilities', 'day-in-the-life', 'about-team']);
  });

  it('reads the MULTIPLE POSITIONS format: fields as a list, responsibilities, requirements, EEO boilerplate', () => {
    const sections = toSections(splitSections(listing('Offered Position: Economist III')));
    expect(sections.map((s) => [s.kind, s.heading, s.boilerplate])).toEqual([
      ['overview', 'MULTIPLE POSITIONS AVAILABLE', false],
      ['responsibilities', 'Position Responsibilities', false],
      ['basic-qualifications', 'Position Requirements', false],
      ['company', null, true],
    ]);
    expect(sections[0]?.blocks[0]).toEqual({
      type: 'list',
      items: [
        'Employer: AMAZON WEB SERVICES, INC.',
        'Offered Position: Economist III',
        'Job Location: Jersey City, New Jersey',
        'Job Number: AMZ9674161',
      ],
    });
  });

  it('keeps weak headings ("Perks", "You Will") only before bullets', () => {
    expect(
      splitSections('Great perks are part of the job. Perks - Medical - Dental').map((s) => s.heading),
    ).toEqual([null, 'Perks']);
    expect(splitSections('You Will love it here. Perks are great.').map((s) => s.heading)).toEqual([null]);
  });

  it('turns inline bullets into lists: •, " - ", " * " and numbered runs', () => {
    expect(blocksOf('Lead in: • One • Two • Three')).toEqual([
      { type: 'paragraph', text: 'Lead in:' },
      { type: 'list', items: ['One', 'Two', 'Three'] },
    ]);
    expect(blocksOf('- provides support - collaborates well')).toEqual([
      { type: 'list', items: ['provides support', 'collaborates well'] },
    ]);
    expect(blocksOf('Tasks 1. Design models. 2. Drive the cycle - from idea to launch. 3. Publish.')).toEqual(
      [
        { type: 'paragraph', text: 'Tasks' },
        { type: 'list', items: ['Design models.', 'Drive the cycle - from idea to launch.', 'Publish.'] },
      ],
    );
    expect(blocksOf('Runs at 3.5 GHz - fast. Plain prose.')).toEqual([
      { type: 'paragraph', text: 'Runs at 3.5 GHz - fast. Plain prose.' },
    ]);
  });
});

describe('facts', () => {
  it('reads job number, employer, hours and salary from the MULTIPLE POSITIONS format', () => {
    const facts = extractFacts(listing('Offered Position: Manager III, Economist'));
    expect(facts.jobNumber).toBe('AMZ9782156');
    expect(facts.employer).toBe('AMAZON.COM SERVICES LLC');
    expect(facts.hours).toBe('40 hours / week, 8:00am-5:00pm');
    expect(facts.salary).toMatchObject({ min: 226782, max: 260500, currency: 'USD', period: 'year' });
    expect(facts.salary?.text).toBe('Salary Range $226,782/year to $260,500/year.');
    expect(facts.links.map((l) => l.url)).toEqual([
      'https://www.aboutamazon.com/workplace/employee-benefits.#0000',
    ]);
  });

  it.each([
    [
      'The base salary range for this position is $136,000 - $212,800 per year.',
      136000,
      212800,
      'USD',
      'year',
    ],
    [
      'Our compensation reflects the cost of labor. The base pay for this position ranges from $136,000/year in our lowest geographic market up to $212,800/year in our highest geographic market.',
      136000,
      212800,
      'USD',
      'year',
    ],
    ['Pay range: £45.50/hr to £60.00/hr depending on experience.', 45.5, 60, 'GBP', 'hour'],
  ])('salary: %s', (text, min, max, currency, period) => {
    expect(extractSalary(text)).toMatchObject({ min, max, currency, period });
  });

  it('does not mistake other money for a salary', () => {
    expect(extractSalary('We saved customers $1,000 - $2,000 each on their bills.')).toBeNull();
  });

  it('states the export-control requirement as written', () => {
    const facts = extractFacts(listing('Amazon Leo is an initiative'));
    expect(facts.exportControl).toBe(
      'Export Control Requirement: Due to applicable export control laws and regulations, candidates must be a U.S. citizen or national, U.S. permanent resident (i.e., current Green Card holder), or lawfully admitted into the U.S. as a refugee or granted asylum.',
    );
    expect(
      extractFacts('This position will require the successful applicant to be a U.S. person. Apply now.')
        .exportControl,
    ).toBe('This position will require the successful applicant to be a U.S. person.');
    expect(extractFacts('No such requirement here.').exportControl).toBeNull();
  });

  it('keeps only http(s) links and keeps markup as literal text', () => {
    const text =
      'See <a href="https://example.com/a">here</a>, javascript:alert(1), data:text/html,x, ftp://x.org and http://amazon.jobs/en/teams. <script>alert("x")</script>';
    expect(extractLinks(text).map((l) => l.url)).toEqual([
      'https://example.com/a',
      'http://amazon.jobs/en/teams',
    ]);
    const sections = toSections(splitSections(text));
    const paragraph = sections[0]?.blocks[0];
    expect(paragraph?.type === 'paragraph' && paragraph.text).toContain('<script>alert("x")</script>');
    expect(paragraph?.type === 'paragraph' && paragraph.text).toContain('javascript:alert(1)');
  });
});

describe('literalPrefix (where the boilerplate openers are tried)', () => {
  it('is the text every match starts with, and empty when it cannot be sure', () => {
    expect(literalPrefix('Amazon(?:\\.com)? is an? [Ee]qual')).toBe('Amazon');
    expect(literalPrefix('The base (?:salary|pay) for')).toBe('The base ');
    expect(literalPrefix('Perks?')).toBe('Perk');
    expect(literalPrefix('Ab+c')).toBe('Ab');
    expect(literalPrefix('\\bITAR')).toBe('');
    // A top-level alternative: a match may start with either side.
    expect(literalPrefix('Our (?:pay) policy|Benefits')).toBe('');
    expect(literalPrefix('Our|Benefits')).toBe('');
    // Not top level: inside a group or a class.
    expect(literalPrefix('Our (?:pay|salary) policy')).toBe('Our ');
    expect(literalPrefix('Our [(|] policy|Benefits')).toBe('');
    expect(literalPrefix('Our [(|] policy')).toBe('Our ');
  });
});
