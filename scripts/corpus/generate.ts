/**
 * A synthetic corpus in the input format, at any scale: each document is an Amazon Science page as scraped (an
 * article, the `Research areas` / `Related content` header, then listings: a location line and the whole job
 * description on the next line). Pure and deterministic: the same options give the same bytes. Documents are
 * produced lazily, one at a time, so a caller can stream a 50 MB corpus to disk without holding it.
 *
 * Every listing and article is drawn from its own keyed sub-stream, so a duplicate listing (scrapes repeat
 * postings across pages) is made by regenerating an earlier listing rather than by remembering it.
 */
import type { ResearchArea } from '../../src/shared/bundle-schema';
import { rngFor, type Rng } from './prng';
import {
  AREA_VOCAB,
  AREA_WEIGHTS,
  AREAS,
  FIRST_NAMES,
  INTERN_ROLES,
  LAST_NAMES,
  LEVELS,
  OFFICE_WEIGHTS,
  OFFICES,
  ROLES,
  REAL_TEAMS,
  ROMAN_LEVELS,
  teamPool,
  type Office,
  type TeamDef,
} from './vocab';

export interface CorpusOptions {
  docs: number;
  /** Listings per document. */
  per: number;
  seed?: number;
  /** Share of listings that repeat an earlier one exactly (location and description). Default 0.03. */
  duplicateRate?: number;
}

/** What the generator meant a listing to say: lets tests check what the build step extracts. */
export interface GeneratedListing {
  location: string;
  title: string;
  /** The team the text names, or null when it names none. */
  team: string | null;
  areas: ResearchArea[];
  internship: boolean;
  manager: boolean;
  /** [doc, index] of the listing this one repeats exactly, or null. */
  duplicateOf: readonly [number, number] | null;
}

export interface GeneratedDocument {
  name: string;
  text: string;
  listings: GeneratedListing[];
}

export const DEFAULT_SEED = 20240801;
/** How many made-up teams join the real ones. */
export const SYNTHETIC_TEAMS = 150;
/** Documents per distinct article: real scrapes show the same page again and again. */
const DOCS_PER_ARTICLE = 25;
/** How far back (in documents) a duplicate may reach. */
const DUPLICATE_WINDOW = 40;

export function corpusFileName(doc: number): string {
  return `corpus_${String(doc).padStart(5, '0')}.txt`;
}

const TEAMS = teamPool(SYNTHETIC_TEAMS);
/** teamPool puts the real teams first. */
const REAL_TEAM_COUNT = REAL_TEAMS.length;

const an = (word: string) => (/^[AEIOU]/i.test(word) && !/^(?:Uni|Eu|One)/.test(word) ? 'an' : 'a');
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const VENUES = [
  'NeurIPS',
  'ICML',
  'ICLR',
  'KDD',
  'ACL',
  'EMNLP',
  'NAACL',
  'CVPR',
  'ICCV',
  'ECCV',
  'SIGIR',
  'WSDM',
  'RecSys',
  'WWW',
  'EC',
  'AEA',
  'CAV',
  'POPL',
  'ICRA',
  'RSS',
  'IROS',
  'OSDI',
  'SOSP',
  'INFORMS',
  'Interspeech',
  'ICASSP',
  'QIP',
] as const;
const TOOLS = [
  'Python',
  'SQL',
  'Spark',
  'PyTorch',
  'R',
  'Scala',
  'AWS SageMaker',
  'Redshift',
  'Java',
  'C++',
  'Stata',
  'JAX',
] as const;
const EXPERIMENTS = [
  'online A/B tests',
  'offline replay',
  'randomized experiments',
  'simulation studies',
  'causal analyses',
  'human evaluation',
] as const;
const SCALES = [
  'hundreds of millions of customers',
  'every marketplace',
  'billions of requests a day',
  'millions of sellers',
  'thousands of sites',
  'every device we ship',
] as const;
const COLLABORATORS = [
  'software engineers',
  'product managers',
  'economists',
  'data engineers',
  'business leaders',
  'UX researchers',
  'hardware engineers',
] as const;

const AREA_INDEXES: readonly number[] = AREAS.map((_, i) => i);

function pickOffice(rng: Rng): Office {
  return rng.weighted(OFFICES, OFFICE_WEIGHTS);
}

interface Draft {
  team: TeamDef | null;
  areas: ResearchArea[];
  office: Office;
  title: string;
  internship: boolean;
  manager: boolean;
  form: 'seeking' | 'as-a' | 'at-team' | 'question' | 'long-form';
}

function draftListing(rng: Rng): Draft {
  const team = rng.chance(0.05)
    ? null
    : rng.chance(0.55)
      ? (TEAMS[rng.int(0, REAL_TEAM_COUNT - 1)] as TeamDef)
      : (TEAMS[rng.int(REAL_TEAM_COUNT, TEAMS.length - 1)] as TeamDef);
  const internship = rng.chance(0.1);
  const form: Draft['form'] = rng.weighted(
    ['seeking', 'as-a', 'at-team', 'question', 'long-form'] as const,
    internship ? [40, 25, 20, 15, 0] : [32, 22, 20, 12, 8],
  );
  // The main area follows the team when there is one, else the board's overall mix; the role must fit it.
  const mainIndex =
    team !== null && rng.chance(0.8) ? rng.pick(team.areas) : rng.weighted(AREA_INDEXES, AREA_WEIGHTS);
  const roles = ROLES.filter((r) => r.areas === undefined || r.areas.includes(mainIndex));
  const roleDef = rng.weighted(
    roles,
    roles.map((r) => r.weight),
  );
  const areaIndexes = [mainIndex];
  const extra = rng.weighted([0, 1, 2], [35, 45, 20]);
  for (let k = 0; k < extra; k++) {
    const candidate =
      team !== null && rng.chance(0.5) ? rng.pick(team.areas) : rng.weighted(AREA_INDEXES, AREA_WEIGHTS);
    if (!areaIndexes.includes(candidate)) areaIndexes.push(candidate);
  }
  const areas = areaIndexes.map((i) => AREAS[i] as ResearchArea);
  const main = AREA_VOCAB[areas[0] as ResearchArea];
  let title: string;
  let manager = false;
  if (internship) {
    title = rng.pick(INTERN_ROLES);
    if (rng.chance(0.3)) title = `${title} - ${rng.pick(main.specialties)}`;
  } else {
    manager = roleDef.manager === true;
    const level = manager || roleDef.title.startsWith('Principal') ? '' : rng.pick(LEVELS);
    title = form === 'long-form' ? `${roleDef.title} ${rng.pick(ROMAN_LEVELS)}` : `${level}${roleDef.title}`;
    if (form !== 'long-form' && rng.chance(0.35)) title = `${title}, ${rng.pick(main.specialties)}`;
  }
  return { team, areas, office: pickOffice(rng), title, internship, manager, form };
}

/** A sentence pool, each drawing its slots from the listing's areas. */
function bodySentence(rng: Rng, d: Draft): string {
  const area = AREA_VOCAB[rng.pick(d.areas)];
  const other = AREA_VOCAB[rng.pick(d.areas)];
  const kw = rng.pick(area.keywords);
  const kw2 = rng.pick(other.keywords);
  const method = rng.pick(area.methods);
  const method2 = rng.pick(other.methods);
  const problem = rng.pick(area.problems);
  const teamName = d.team?.name ?? 'our organization';
  switch (rng.int(0, 15)) {
    case 0:
      return `Our scientists work to ${problem} using ${method} and ${method2}.`;
    case 1:
      return `You will work on ${kw} problems where rigorous science meets real customer impact at the scale of ${rng.pick(SCALES)}.`;
    case 2:
      return `The ideal candidate has deep expertise in ${kw} and a track record of turning research into production systems.`;
    case 3:
      return `We own the science behind efforts to ${problem}, and our models run at a scale few places can match.`;
    case 4:
      return `This role sits at the intersection of ${kw} and ${kw2}, and you will partner closely with ${rng.pick(COLLABORATORS)}, ${rng.pick(COLLABORATORS)} and other scientists.`;
    case 5:
      return `You will invent new approaches to ${kw}, publish at venues such as ${rng.pick(VENUES)} and ${rng.pick(VENUES)}, and see your work in front of ${rng.pick(SCALES)}.`;
    case 6:
      return `Success in this role means taking ambiguous business problems, framing them as ${kw} questions, and delivering answers that change decisions.`;
    case 7:
      return `We are a small team with a large mandate: ${problem}.`;
    case 8:
      return `Our roadmap includes work on ${method}, ${method2} and ${kw2}, and there is room to shape it.`;
    case 9:
      return `You'll build prototypes quickly, measure them rigorously with ${rng.pick(EXPERIMENTS)}, and take the best ideas all the way to production.`;
    case 10:
      return `Recent projects in ${teamName} include new ${kw} models, a rebuilt ${kw2} pipeline, and a study of ${rng.pick(other.problems).replace(/^\w+ /, '')}.`;
    case 11:
      return `We value scientists who are curious, who write clearly, and who are comfortable with ambiguity — ${kw} here is rarely a solved problem.`;
    case 12:
      return `Working backwards from the customer, you will decide which ${kw} questions matter most and how to answer them with ${method}.`;
    case 13:
      return `Our data covers ${rng.pick(SCALES)}, which makes ${kw} both harder and more rewarding than in a laboratory setting.`;
    case 14:
      return `You will have access to large compute budgets, rich datasets, and colleagues who are experts in ${kw2} and ${method2}.`;
    default:
      return `Every improvement you make to ${kw} is measured with ${rng.pick(EXPERIMENTS)} and reviewed by peers across Amazon.`;
  }
}

function responsibility(rng: Rng, d: Draft): string {
  const area = AREA_VOCAB[rng.pick(d.areas)];
  const kw = rng.pick(area.keywords);
  switch (rng.int(0, 11)) {
    case 0:
      return `Design and implement ${kw} models that ${rng.pick(area.problems)}`;
    case 1:
      return `Lead research on ${rng.pick(area.methods)} and drive it from idea to launch`;
    case 2:
      return `Partner with engineering teams to deploy models into production and monitor them`;
    case 3:
      return `Define success metrics and run ${rng.pick(EXPERIMENTS)} to measure impact`;
    case 4:
      return `Publish your work at ${rng.pick(VENUES)} and other leading venues`;
    case 5:
      return `Communicate findings to senior leadership through clear written documents`;
    case 6:
      return `Analyze large datasets with ${rng.pick(TOOLS)} and ${rng.pick(TOOLS)} to uncover opportunities`;
    case 7:
      return `Build scalable pipelines for training and evaluating ${kw} models`;
    case 8:
      return `Contribute to the scientific roadmap of the ${d.team?.name ?? 'wider'} organization`;
    case 9:
      return `Mentor junior scientists and interns and raise the bar for scientific rigor`;
    case 10:
      return `Stay current with the ${kw} literature and bring new ideas to the team`;
    default:
      return `Translate business questions into ${kw} problems with measurable outcomes`;
  }
}

const distinct = (items: readonly string[]) => [...new Set(items)];

function bullets(items: readonly string[], style: 'dash' | 'dot' | 'none'): string {
  if (style === 'dash') return items.map((i) => `- ${i}`).join(' ');
  if (style === 'dot') return items.map((i) => `• ${i}`).join(' ');
  return items.map((i) => `${i}.`).join(' ');
}

const AWS_BOILERPLATE =
  'Why AWS Amazon Web Services (AWS) is the world’s most comprehensive and broadly adopted cloud platform. We pioneered cloud computing and never stopped innovating — that’s why customers from the most successful startups to Global 500 companies trust our robust suite of products and services to power their businesses. ' +
  'Diverse Experiences AWS values diverse experiences. Even if you do not meet all of the qualifications and skills listed in the job description, we encourage candidates to apply. If your career is just starting, hasn’t followed a traditional path, or includes alternative experiences, don’t let it stop you from applying. ' +
  'Work/Life Balance We value work-life harmony. Achieving success at work should never come at the expense of sacrifices at home, which is why we strive for flexibility as part of our working culture. When we feel supported in the workplace and at home, there’s nothing we can’t achieve in the cloud. ' +
  'Inclusive Team Culture Here at AWS, it’s in our nature to learn and be curious. Our employee-led affinity groups foster a culture of inclusion that empower us to be proud of our differences. Ongoing events and learning experiences, including our Conversations on Race and Ethnicity (CORE) and AmazeCon conferences, inspire us to never stop embracing our uniqueness. ' +
  'Mentorship & Career Growth We’re continuously raising our performance bar as we strive to become Earth’s Best Employer. That’s why you’ll find endless knowledge-sharing, mentorship and other career-advancing resources here to help you develop into a better-rounded professional.';

const EEO =
  'Amazon is an equal opportunity employer and does not discriminate on the basis of protected veteran status, disability, or other legally protected status. Our inclusive culture empowers Amazonians to deliver the best results for our customers. If you have a disability and need a workplace accommodation or adjustment during the application and hiring process, including support for the interview or onboarding process, please visit https://amazon.jobs/content/en/how-we-hire/accommodations for more information. If the country/region you’re applying in isn’t listed, please contact your Recruiting Partner.';

const money = (n: number) => `$${n.toLocaleString('en-US')}`;

function salarySentence(rng: Rng, d: Draft): string {
  if (d.internship) {
    const lo = rng.int(38, 60);
    const hi = lo + rng.int(20, 45);
    return `Our compensation reflects the cost of labor across several US geographic markets. The base pay for this position ranges from $${lo}.${rng.pick(['00', '25', '50'])}/hr in our lowest geographic market up to $${hi}.${rng.pick(['00', '50', '75'])}/hr in our highest geographic market. Pay is based on a number of factors including market location and may vary depending on job-related knowledge, skills, and experience.`;
  }
  const lo = rng.int(110, 200) * 1000 + rng.int(0, 9) * 100;
  const hi = lo + rng.int(60, 140) * 1000;
  return `Our compensation reflects the cost of labor across several US geographic markets. The base pay for this position ranges from ${money(lo)}/year in our lowest geographic market up to ${money(hi)}/year in our highest geographic market. Pay is based on a number of factors including market location and may vary depending on job-related knowledge, skills, and experience. Amazon is a total compensation company. Dependent on the position offered, equity, sign-on payments, and other forms of compensation may be provided as part of a total compensation package, in addition to a full range of medical, financial, and/or other benefits. For more information, please visit https://www.aboutamazon.com/workplace/employee-benefits. This position will remain posted until filled. Applicants should apply via our internal or external career site.`;
}

function opening(rng: Rng, d: Draft): string {
  const area = AREA_VOCAB[d.areas[0] as ResearchArea];
  const kw = rng.pick(area.keywords);
  const problem = rng.pick(area.problems);
  const t = d.title;
  const team = d.team;
  switch (d.form) {
    case 'seeking':
      return team === null
        ? `Amazon is looking for talented scientists to ${problem}. We are seeking ${an(t)} ${t} to join our growing group and help us push the state of the art in ${kw}.`
        : `The ${team.name} team ${team.mission}. We are seeking ${an(t)} ${t} to join the ${team.name} team and help us ${problem}.`;
    case 'as-a':
      return team === null
        ? `Are you excited about ${kw}? Amazon needs scientists to ${problem}. As ${an(t)} ${t}, you will own problems end to end, from formulation to production.`
        : `Come join ${team.name}, which ${team.mission}. As ${an(t)} ${t}, you will ${problem} and work with scientists who are experts in ${kw}.`;
    case 'at-team':
      return team === null
        ? `At Amazon, we ${problem.replace(/^(\w+)/, '$1')} every day. We are seeking ${an(t)} ${t} to join us and bring deep expertise in ${kw}.`
        : `At ${team.name}, we believe ${kw} can change how customers live and work: our team ${team.mission}. We are seeking ${an(t)} ${t} to join us and help ${problem}.`;
    case 'question':
      return `Do you enjoy solving challenging problems in ${kw}? Do you want to ${problem}? ${
        team === null ? 'Come and join us at Amazon.' : `Come and join us at ${team.name}.`
      } We are seeking ${an(t)} ${t} to join ${team === null ? 'our team' : `the ${team.name} team`}.`;
    case 'long-form':
      return '';
  }
}

function longForm(rng: Rng, d: Draft): string {
  const area = AREA_VOCAB[d.areas[0] as ResearchArea];
  const employer =
    d.team?.aws === true
      ? 'AMAZON WEB SERVICES, INC.'
      : rng.pick([
          'AMAZON.COM SERVICES LLC',
          'AMAZON DEVELOPMENT CENTER U.S., INC.',
          'AMAZON WEB SERVICES, INC.',
        ]);
  const lo = rng.int(140, 210) * 1000 + rng.int(0, 9) * 100;
  const hi = lo + rng.int(40, 90) * 1000;
  const duties = [
    `Work with ${d.team === null ? 'senior management' : `the ${d.team.name} leadership`} on key business problems in ${rng.pick(area.keywords)}.`,
    `Apply ${rng.pick(area.methods)} and ${rng.pick(area.methods)} to ${rng.pick(area.problems)}.`,
    `Build ${rng.pick(area.keywords)} models using large data systems.`,
    `Develop new techniques to process large data sets, address quantitative problems, and contribute to the design of automated systems.`,
    `Write up and present analysis for distribution to various levels of management at Amazon.`,
    `Use ${rng.pick(TOOLS)}, ${rng.pick(TOOLS)} and ${rng.pick(TOOLS)}.`,
  ];
  const field = rng.pick(area.fields);
  return (
    `MULTIPLE POSITIONS AVAILABLE Employer: ${employer} Offered Position: ${d.title} Job Location: ${d.office.longName} ` +
    `Job Number: AMZ${rng.int(1000000, 9999999)} Position Responsibilities: ${rng.sample(duties, rng.int(4, 6)).join(' ')} ` +
    `Position Requirements: Ph.D. or foreign equivalent degree in ${field}, ${rng.pick(area.fields)}, or a related field and ${rng.int(1, 4)} years of research or work experience in the job offered or a related occupation. ` +
    `Must have at least one year of research or work experience in the following skill(s): (1) ${rng.pick(area.methods)}; (2) ${rng.pick(area.keywords)}; (3) statistical analysis tools (${rng.pick(TOOLS)} or ${rng.pick(TOOLS)}). ` +
    `Amazon.com is an Equal Opportunity-Affirmative Action Employer – Minority / Female / Disability / Veteran / Gender Identity / Sexual Orientation. ` +
    `40 hours / week, 8:00am-5:00pm, Salary Range ${money(lo)}/year to ${money(hi)}/year. Amazon is a total compensation company. Dependent on the position offered, equity, sign-on payments, and other forms of compensation may be provided as part of a total compensation package, in addition to a full range of medical, financial, and/or other benefits. For more information, visit: https://www.aboutamazon.com/workplace/employee-benefits.#0000`
  );
}

function description(rng: Rng, d: Draft): string {
  const parts: string[] = [];
  if (d.form === 'long-form') {
    parts.push(longForm(rng, d));
    // Long-form postings are shorter; some carry a plain-language overview too.
    if (rng.chance(0.6)) for (let i = rng.int(4, 8); i > 0; i--) parts.push(bodySentence(rng, d));
    return parts.join(' ');
  }
  parts.push(opening(rng, d));
  for (let i = rng.int(9, 15); i > 0; i--) parts.push(bodySentence(rng, d));
  if (d.internship) {
    parts.push(
      `Amazon has positions available for internships in, but not limited to, ${rng
        .sample(
          OFFICES.filter((o) => o.country === 'US'),
          rng.int(3, 6),
        )
        .map((o) => `${o.city}, ${o.region ?? ''}`)
        .join('; ')}. Internships last 12 to 16 weeks and start throughout the year.`,
    );
  }
  const style = rng.weighted(['dash', 'dot', 'none'] as const, [45, 35, 20]);
  const heading = (plain: string, upper: boolean) => (upper ? plain.toUpperCase() : plain);
  const upper = rng.chance(0.15);
  const resp = distinct(Array.from({ length: rng.int(5, 9) }, () => responsibility(rng, d)));
  if (d.manager)
    resp.unshift(
      'Hire, develop and manage a team of applied scientists',
      'Set the scientific direction for the team and review its work',
    );
  parts.push(`${heading('Key job responsibilities', upper)} ${bullets(resp, style)}`);
  if (rng.chance(0.7)) {
    const area = AREA_VOCAB[rng.pick(d.areas)];
    parts.push(
      `${heading('A day in the life', upper)} Your day might start with a stand-up where the team reviews overnight results from ${rng.pick(EXPERIMENTS)}. ` +
        `Later you might pair with ${rng.pick(COLLABORATORS)} on ${rng.pick(area.keywords)}, read a new paper on ${rng.pick(area.methods)}, or write a document that proposes how to ${rng.pick(area.problems)}. ` +
        `Most weeks include a science review where scientists across the organization critique each other's work.`,
    );
  }
  if (d.team !== null && rng.chance(0.75)) {
    parts.push(
      `${heading('About the team', upper)} The ${d.team.name} team ${d.team.mission}. We are ${rng.int(6, 60)} scientists and engineers in ${d.office.city}${
        rng.chance(0.5) ? ` and ${rng.pick(OFFICES).city}` : ''
      }, and we ${rng.pick(['publish regularly', 'ship to production every week', 'care about both rigor and speed', 'hire for curiosity'])}.`,
    );
  }
  if (d.team?.aws === true && rng.chance(0.8)) parts.push(AWS_BOILERPLATE);
  if (rng.chance(0.75)) {
    const area = AREA_VOCAB[d.areas[0] as ResearchArea];
    const basic = d.internship
      ? [
          `Currently enrolled in a PhD program in ${rng.pick(area.fields)}, ${rng.pick(area.fields)}, or a related field`,
          `Experience with ${rng.pick(area.methods)}`,
          `Experience programming in ${rng.pick(TOOLS)}, ${rng.pick(TOOLS)} or a related language`,
        ]
      : [
          `PhD, or Master's degree and ${rng.int(2, 6)}+ years of ${rng.pick(area.keywords)} research experience`,
          `${rng.int(2, 8)}+ years of building models for business application experience`,
          `Experience programming in ${rng.pick(TOOLS)}, ${rng.pick(TOOLS)} or a related language`,
          `Experience with ${rng.sample(area.methods, 2).join(' and ')}`,
        ];
    if (d.manager) basic.push(`${rng.int(2, 5)}+ years of managing scientists experience`);
    const preferred = [
      `Experience with ${rng.pick(area.methods)}`,
      `Publications at ${rng.pick(VENUES)}, ${rng.pick(VENUES)} or similar venues`,
      'Experience with large scale distributed systems such as Hadoop or Spark',
      `Experience in ${rng.pick(AREA_VOCAB[rng.pick(d.areas)].keywords)}`,
      'Experience in professional software development',
    ];
    parts.push(`${heading('Basic Qualifications', upper || rng.chance(0.3))} ${bullets(basic, style)}`);
    parts.push(
      `${heading('Preferred Qualifications', upper || rng.chance(0.3))} ${bullets(distinct(rng.sample(preferred, rng.int(3, 5))), style)}`,
    );
  }
  if (d.team?.name === 'Amazon Leo' || d.areas[0] === 'Quantum technologies') {
    parts.push(
      'Export Control Requirement: Due to applicable export control laws and regulations, candidates must be a U.S. citizen or national, U.S. permanent resident (i.e., current Green Card holder), or lawfully admitted into the U.S. as a refugee or granted asylum.',
    );
  }
  parts.push(EEO);
  if (d.office.country === 'US') parts.push(salarySentence(rng, d));
  return parts.join(' ');
}

interface BaseListing {
  draft: Draft;
  description: string;
}

function baseListing(seed: number, doc: number, index: number): BaseListing {
  const rng = rngFor(seed, 'listing', doc, index);
  const draft = draftListing(rng);
  return { draft, description: description(rng, draft) };
}

// ---------------------------------------------------------------------------------------------------------------
// Articles

function person(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

function articleSentence(rng: Rng, team: TeamDef, area: ResearchArea, name: string): string {
  const v = AREA_VOCAB[area];
  switch (rng.int(0, 9)) {
    case 0:
      return `In a paper presented at ${rng.pick(VENUES)}, ${name} and colleagues describe a new approach to ${rng.pick(v.keywords)} built on ${rng.pick(v.methods)}.`;
    case 1:
      return `The ${team.name} team ${team.mission}, and ${rng.pick(v.keywords)} is central to that work.`;
    case 2:
      return `“The question was never whether we could ${rng.pick(v.problems)}, but how quickly,” says ${name}.`;
    case 3:
      return `Early results suggest that ${rng.pick(v.methods)} reduces error by ${rng.int(5, 40)} percent compared with the previous system.`;
    case 4:
      return `The researchers evaluated their approach with ${rng.pick(EXPERIMENTS)} across ${rng.pick(SCALES)}.`;
    case 5:
      return `${cap(rng.pick(v.keywords))} has a long history in academia, but applying it at Amazon's scale raised new questions.`;
    case 6:
      return `Today the system helps ${rng.pick(v.problems).replace(/^(\w+)/, '$1')} — a task that once took weeks of manual work.`;
    case 7:
      return `The team is hiring, and ${name} says the best candidates combine depth in ${rng.pick(v.keywords)} with an appetite for messy, real-world data.`;
    case 8:
      return `Much of the work builds on open-source tools such as ${rng.pick(v.methods)} and ${rng.pick(TOOLS)}.`;
    default:
      return `Next, the team plans to extend the approach to ${rng.pick(AREA_VOCAB[rng.pick(AREAS)].keywords)}.`;
  }
}

function paragraph(rng: Rng, team: TeamDef, area: ResearchArea, name: string): string {
  return Array.from({ length: rng.int(3, 6) }, () => articleSentence(rng, team, area, name)).join(' ');
}

function article(seed: number, k: number): string {
  const rng = rngFor(seed, 'article', k);
  const team = rng.pick(TEAMS);
  const area = AREAS[rng.pick(team.areas)] as ResearchArea;
  const v = AREA_VOCAB[area];
  const name = person(rng);
  const role = rng.pick([
    'a senior applied scientist',
    'a principal scientist',
    'an Amazon Scholar',
    'a director of science',
    'a research scientist',
  ]);
  const title = rng.pick([
    `How ${team.name} uses ${rng.pick(v.keywords)} to ${rng.pick(v.problems)}`,
    `${cap(rng.pick(v.keywords))} at Amazon scale: ${rng.int(3, 9)} questions for ${name}`,
    `The science behind ${team.name}`,
    `Why ${rng.pick(v.methods)} matters for ${rng.pick(v.keywords)}`,
  ]);
  const lines: string[] = [];
  lines.push(`Illustration of ${rng.pick(v.keywords)} research at ${team.name}, shown as line art.`);
  lines.push(
    `${name}, ${role} with ${team.name}, talks about how the team works to ${rng.pick(v.problems)}.`,
  );
  lines.push(
    '',
    title,
    '',
    `${name}, ${role}, on ${rng.pick(v.keywords)}, ${rng.pick(v.keywords)} and what comes next.`,
    '',
  );
  for (let i = rng.int(3, 6); i > 0; i--) lines.push(paragraph(rng, team, area, name), '');
  if (rng.chance(0.5)) lines.push(`${name} headshot image`, `${name}, ${role}.`, '');
  if (rng.chance(0.4)) {
    const questions = [
      `How did you come to work on ${rng.pick(v.keywords)}?`,
      `What makes ${rng.pick(v.keywords)} hard at Amazon's scale?`,
      `What does a typical week look like for your team?`,
      `Which result are you proudest of?`,
      `How do you decide what to work on next?`,
      `What advice would you give to someone starting a PhD in ${rng.pick(v.fields)}?`,
      `How does your work reach customers?`,
    ];
    const asked = rng.sample(questions, rng.int(3, 6));
    asked.forEach((q, i) => {
      lines.push(`  ${i + 1}. Q. `, '', `    ${q}`, '', '    A. ', '');
      for (let p = rng.int(1, 3); p > 0; p--) lines.push(`    ${paragraph(rng, team, area, name)}`, '');
    });
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

const isDuplicate = (seed: number, d: number, j: number, rate: number) =>
  (d > 0 || j > 0) && rngFor(seed, 'dup', d, j).chance(rate);

/**
 * The earlier listing that listing (d, j) repeats exactly, or null. The source is always a listing that is not
 * itself a repeat, so the duplicates a build step should find are exactly the listings marked here.
 */
function duplicateSource(
  seed: number,
  d: number,
  j: number,
  per: number,
  rate: number,
): readonly [number, number] | null {
  if (!isDuplicate(seed, d, j, rate)) return null;
  const rng = rngFor(seed, 'dup-source', d, j);
  for (let attempt = 0; attempt < 8; attempt++) {
    const fd = rng.int(Math.max(0, d - DUPLICATE_WINDOW), d);
    const fj = fd === d ? rng.int(0, j - 1) : rng.int(0, per - 1);
    if ((fd < d || fj < j) && !isDuplicate(seed, fd, fj, rate)) return [fd, fj];
  }
  return null;
}

/** Documents one at a time; nothing is kept between them but the options. */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedDocument> {
  const { docs, per } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  const duplicateRate = options.duplicateRate ?? 0.03;
  if (!Number.isInteger(docs) || docs < 0 || !Number.isInteger(per) || per < 0)
    throw new Error('docs and per must be non-negative integers');
  const articles = Math.max(1, Math.ceil(docs / DOCS_PER_ARTICLE));
  for (let d = 0; d < docs; d++) {
    const rng = rngFor(seed, 'doc', d);
    const out: string[] = [article(seed, rng.int(0, articles - 1)), '', 'Research areas', ''];
    if (rng.chance(0.25)) {
      for (const area of rng.sample(AREAS, rng.int(1, 2))) out.push(area, '');
    }
    out.push('Related content', '');
    const listings: GeneratedListing[] = [];
    for (let j = 0; j < per; j++) {
      const duplicateOf = duplicateSource(seed, d, j, per, duplicateRate);
      const from = duplicateOf ?? ([d, j] as const);
      const base = baseListing(seed, from[0], from[1]);
      out.push(base.draft.office.label, base.description);
      listings.push({
        location: base.draft.office.label,
        title: base.draft.title,
        team: base.draft.team?.name ?? null,
        areas: base.draft.areas,
        internship: base.draft.internship,
        manager: base.draft.manager,
        duplicateOf,
      });
    }
    // Real scrapes end without a final newline after the last description.
    yield { name: corpusFileName(d), text: out.join('\n'), listings };
  }
}

export { TEAMS as CORPUS_TEAMS };
