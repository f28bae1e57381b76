/**
 * Scores a bundle against labels, with the scoring rules of the dev corpus's README (test/fixtures/dev-corpus/):
 * titles and teams are compared after lower-casing, Unicode folding, dropping apostrophes and text in parentheses,
 * reading "Sr." as "senior" and turning other punctuation into spaces; a match is equality or one containing the
 * other (for teams, the words the/team/amazon/aws/org/organization/group are dropped first). Research areas:
 * precision, recall and F1 over the sets, and whether the first area is in the gold.
 *
 * Pure: the bundle's files in, figures and misses out (run.ts builds the bundle).
 */
import type { Article, ArticleBlock, JobSummary, Report } from '../../src/shared/bundle-schema';
import type { ArticleLabel, GoldListing } from './labels';

export interface BundleView {
  jobs: readonly JobSummary[];
  articles: readonly Article[];
  report: Pick<Report, 'rejected'>;
}

export interface Ratio {
  right: number;
  of: number;
}

export interface Figures {
  listings: { labelled: number; found: number; lost: number; locationWrong: number };
  duplicates: { labelled: number; merged: number; wronglyMerged: number };
  title: { all: Ratio; stated: Ratio; unstated: Ratio };
  /** How the bundle says each found listing's title was obtained (`titleSource`), when it says. */
  titleSources: Record<string, number>;
  team: Ratio;
  areas: { precision: number; recall: number; f1: number; macroF1: number; first: Ratio };
  internship: Ratio;
  manager: Ratio;
  articles: {
    labelled: number;
    found: number;
    title: Ratio;
    dek: Ratio;
    figures: Ratio;
    asides: Ratio;
    qa: Ratio;
    closingNote: Ratio;
  };
}

export interface EvalResult {
  figures: Figures;
  /** `file#index field got … want …`, in label order. */
  misses: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Names

const APOSTROPHES = /['’‘ʼ`´]/g;
const PARENTHESES = /\([^()]*\)/g;
const TEAM_NOISE = new Set(['the', 'team', 'amazon', 'aws', 'org', 'organization', 'group']);

/** A title or team as the scoring compares it. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(PARENTHESES, ' ')
    .replace(/\bsr\b\.?/g, 'senior ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function normaliseTeam(text: string): string {
  return normaliseName(text)
    .split(' ')
    .filter((word) => word !== '' && !TEAM_NOISE.has(word))
    .join(' ');
}

/** Equality or one containing the other; an empty name only matches an empty one. */
function namesMatch(got: string, want: string): boolean {
  if (got === '' || want === '') return got === want;
  return got === want || got.includes(want) || want.includes(got);
}

function wanted<T>(label: T | readonly T[]): readonly T[] {
  return Array.isArray(label) ? (label as readonly T[]) : [label as T];
}

export function titleRight(got: string | null, want: GoldListing['title']): boolean {
  return wanted(want).some((w) =>
    w === null ? got === null : got !== null && namesMatch(normaliseName(got), normaliseName(w)),
  );
}

export function teamRight(got: string | null, want: GoldListing['team']): boolean {
  return wanted(want).some((w) =>
    w === null ? got === null : got !== null && namesMatch(normaliseTeam(got), normaliseTeam(w)),
  );
}

/** Stated when the label says so; the seeds' gold has no flag and names a title only where the text does. */
export function isStated(label: GoldListing): boolean {
  return label.titleStated ?? label.title !== null;
}

/** The label's manager flag, or (seeds) whether its title says "Manager". */
export function isManager(label: GoldListing): boolean {
  if (label.manager !== undefined) return label.manager;
  return wanted(label.title).some((t) => t !== null && /\bmanager\b/i.test(t));
}

// ---------------------------------------------------------------------------------------------------------------
// Listings

interface Slot {
  job: JobSummary | null;
  line: number;
}

/** Per file, every listing the build saw (the jobs' sources and the rejected), in line order. */
function listingsByFile(bundle: BundleView): Map<string, Slot[]> {
  const byFile = new Map<string, Slot[]>();
  const add = (file: string, slot: Slot) => {
    const slots = byFile.get(file) ?? [];
    slots.push(slot);
    byFile.set(file, slots);
  };
  for (const job of bundle.jobs)
    for (const source of job.sources) add(source.file, { job, line: source.line });
  for (const rejected of bundle.report.rejected) add(rejected.file, { job: null, line: rejected.line });
  for (const slots of byFile.values()) slots.sort((a, b) => a.line - b.line);
  return byFile;
}

const show = (value: unknown) => JSON.stringify(value);
const ratio = (): Ratio => ({ right: 0, of: 0 });
function count(r: Ratio, right: boolean): boolean {
  r.of++;
  if (right) r.right++;
  return right;
}

function sameLocation(job: JobSummary, label: GoldListing): boolean {
  const l = job.location;
  return (
    l.country === label.location.country &&
    (l.region ?? null) === label.location.region &&
    normaliseName(l.city) === normaliseName(label.location.city)
  );
}

export function scoreListings(
  bundle: BundleView,
  gold: readonly GoldListing[],
  misses: string[],
): Omit<Figures, 'articles'> {
  const byFile = listingsByFile(bundle);
  const f: Omit<Figures, 'articles'> = {
    listings: { labelled: gold.length, found: 0, lost: 0, locationWrong: 0 },
    duplicates: { labelled: 0, merged: 0, wronglyMerged: 0 },
    title: { all: ratio(), stated: ratio(), unstated: ratio() },
    titleSources: {},
    team: ratio(),
    areas: { precision: 0, recall: 0, f1: 0, macroF1: 0, first: ratio() },
    internship: ratio(),
    manager: ratio(),
  };
  let truePositives = 0;
  let predicted = 0;
  let relevant = 0;
  let f1Sum = 0;
  const jobOf = new Map<string, JobSummary>();
  for (const label of gold) {
    const at = `${label.doc}#${label.index}`;
    const job = byFile.get(label.doc)?.[label.index]?.job ?? null;
    if (job === null) {
      f.listings.lost++;
      misses.push(`${at} listing got nothing want a job at ${show(label.location.city)}`);
      // Every field of a lost listing is wrong.
      count(f.title.all, false);
      count(isStated(label) ? f.title.stated : f.title.unstated, false);
      for (const r of [f.team, f.areas.first, f.internship, f.manager]) count(r, false);
      relevant += label.researchAreas.length;
      continue;
    }
    f.listings.found++;
    jobOf.set(at, job);
    if (!sameLocation(job, label)) {
      f.listings.locationWrong++;
      misses.push(`${at} location got ${show(job.location)} want ${show(label.location)}`);
    }
    const source = (job as { titleSource?: unknown }).titleSource;
    const how = typeof source === 'string' ? source : job.title === null ? 'none' : 'unrecorded';
    f.titleSources[how] = (f.titleSources[how] ?? 0) + 1;

    const titleOk = titleRight(job.title, label.title);
    count(f.title.all, titleOk);
    count(isStated(label) ? f.title.stated : f.title.unstated, titleOk);
    if (!titleOk)
      misses.push(
        `${at} title got ${show(job.title)}${typeof source === 'string' ? ` (${source})` : ''} want ${show(label.title)}${isStated(label) ? '' : ' (not stated)'}`,
      );
    if (!count(f.team, teamRight(job.team, label.team)))
      misses.push(`${at} team got ${show(job.team)} want ${show(label.team)}`);

    const want = new Set<string>(label.researchAreas);
    const got = job.researchAreas;
    const hits = got.filter((a) => want.has(a)).length;
    truePositives += hits;
    predicted += got.length;
    relevant += want.size;
    const p = got.length === 0 ? 0 : hits / got.length;
    const r = want.size === 0 ? 1 : hits / want.size;
    f1Sum += p + r === 0 ? 0 : (2 * p * r) / (p + r);
    if (hits !== got.length || hits !== want.size)
      misses.push(`${at} researchAreas got ${show(got)} want ${show(label.researchAreas)}`);
    const first = got[0];
    if (!count(f.areas.first, first !== undefined && want.has(first)))
      misses.push(`${at} firstArea got ${show(first ?? null)} want one of ${show(label.researchAreas)}`);

    if (!count(f.internship, job.internship === label.internship))
      misses.push(`${at} internship got ${job.internship} want ${label.internship}`);
    if (!count(f.manager, job.manager === isManager(label)))
      misses.push(`${at} manager got ${job.manager} want ${isManager(label)}`);
  }
  f.areas.precision = predicted === 0 ? 0 : truePositives / predicted;
  f.areas.recall = relevant === 0 ? 1 : truePositives / relevant;
  f.areas.f1 =
    f.areas.precision + f.areas.recall === 0
      ? 0
      : (2 * f.areas.precision * f.areas.recall) / (f.areas.precision + f.areas.recall);
  f.areas.macroF1 = gold.length === 0 ? 1 : f1Sum / gold.length;

  // Duplicates: a labelled duplicate is the same job as its original; any other two listings are not.
  const originalOf = (label: GoldListing): string => {
    let at = `${label.doc}#${label.index}`;
    let next = label.duplicateOf;
    const seen = new Set<string>();
    while (next !== null && !seen.has(at)) {
      seen.add(at);
      at = `${next.doc}#${next.index}`;
      next = gold.find((g) => `${g.doc}#${g.index}` === at)?.duplicateOf ?? null;
    }
    return at;
  };
  const groups = new Map<string, string>(); // job id → the original it was first found for
  for (const label of gold) {
    const at = `${label.doc}#${label.index}`;
    const job = jobOf.get(at);
    const original = originalOf(label);
    if (label.duplicateOf !== null) {
      f.duplicates.labelled++;
      const first = jobOf.get(original);
      if (job !== undefined && first !== undefined && job.id === first.id) f.duplicates.merged++;
      else misses.push(`${at} duplicateOf got ${show(job?.id ?? null)} want the job of ${original}`);
    }
    if (job === undefined) continue;
    const claimed = groups.get(job.id);
    if (claimed === undefined) groups.set(job.id, original);
    else if (claimed !== original) {
      f.duplicates.wronglyMerged++;
      misses.push(`${at} duplicateOf got ${show(job.id)} (the job of ${claimed}) want a job of its own`);
    }
  }
  return f;
}

// ---------------------------------------------------------------------------------------------------------------
// Articles

function blocksOf(article: Article): ArticleBlock[] {
  return [...article.blocks, ...article.qa.flatMap((qa) => qa.answer), ...article.closing];
}

/** Headline and dek compared as text: case, punctuation and spacing aside, the whole of it. */
const sameText = (a: string | null, b: string) => a !== null && normaliseName(a) === normaliseName(b);

export function scoreArticles(
  articles: readonly Article[],
  labels: readonly ArticleLabel[],
  misses: string[],
): Figures['articles'] {
  const f: Figures['articles'] = {
    labelled: labels.length,
    found: 0,
    title: ratio(),
    dek: ratio(),
    figures: ratio(),
    asides: ratio(),
    qa: ratio(),
    closingNote: ratio(),
  };
  for (const label of labels) {
    const at = `${label.doc} article`;
    const article = articles.find((a) => a.sources.some((s) => s.file === label.doc));
    if (article === undefined) {
      misses.push(`${at} got nothing want ${show(label.title)}`);
      for (const r of [f.title, f.dek, f.figures, f.asides, f.qa, f.closingNote]) count(r, false);
      continue;
    }
    f.found++;
    const blocks = blocksOf(article);
    const checks: [keyof Omit<Figures['articles'], 'labelled' | 'found'>, unknown, unknown, boolean][] = [
      ['title', article.title, label.title, sameText(article.title, label.title)],
      ['dek', article.dek, label.dek, sameText(article.dek, label.dek)],
      ['figures', blocks.filter((b) => b.type === 'figure').length, label.figures, false],
      ['asides', blocks.filter((b) => b.type === 'aside').length, label.asides, false],
      ['qa', article.qa.length, label.qa, false],
      ['closingNote', article.closing.length > 0, label.closingNote, false],
    ];
    for (const [field, got, want, textOk] of checks) {
      const ok = field === 'title' || field === 'dek' ? textOk : got === want;
      if (!count(f[field], ok)) misses.push(`${at} ${field} got ${show(got)} want ${show(want)}`);
    }
  }
  return f;
}

export function score(
  bundle: BundleView,
  gold: readonly GoldListing[],
  articleLabels: readonly ArticleLabel[] | null,
): EvalResult {
  const misses: string[] = [];
  const listings = scoreListings(bundle, gold, misses);
  const articles = scoreArticles(bundle.articles, articleLabels ?? [], misses);
  return { figures: { ...listings, articles }, misses };
}

// ---------------------------------------------------------------------------------------------------------------
// Thresholds (issue 13): what `npm test` holds the build step to, on the seeds and on the dev corpus each.

export interface Check {
  name: string;
  value: string;
  want: string;
  met: boolean;
}

const pct = (r: Ratio) => (r.of === 0 ? 1 : r.right / r.of);
const showPct = (r: Ratio) => `${(100 * pct(r)).toFixed(1)}% (${r.right}/${r.of})`;

export function checks(f: Figures): Check[] {
  const c = (name: string, value: string, want: string, met: boolean): Check => ({ name, value, want, met });
  const a = f.articles;
  const articleFields = [a.title, a.dek, a.figures, a.asides, a.qa];
  return [
    c('nothing lost', `${f.listings.found}/${f.listings.labelled} found`, 'all', f.listings.lost === 0),
    c(
      'duplicates merged',
      `${f.duplicates.merged}/${f.duplicates.labelled} merged, ${f.duplicates.wronglyMerged} wrongly`,
      'all, none wrongly',
      f.duplicates.merged === f.duplicates.labelled && f.duplicates.wronglyMerged === 0,
    ),
    c('title where stated', showPct(f.title.stated), '≥ 95%', pct(f.title.stated) >= 0.95),
    c('title overall', showPct(f.title.all), '≥ 85%', pct(f.title.all) >= 0.85),
    c('team', showPct(f.team), '≥ 90%', pct(f.team) >= 0.9),
    c(
      'research areas F1',
      `${f.areas.f1.toFixed(3)} (macro ${f.areas.macroF1.toFixed(3)})`,
      '≥ 0.85',
      f.areas.f1 >= 0.85 && f.areas.macroF1 >= 0.85,
    ),
    c('first area right', showPct(f.areas.first), '≥ 90%', pct(f.areas.first) >= 0.9),
    c('internship', showPct(f.internship), '100%', pct(f.internship) === 1),
    c('manager', showPct(f.manager), '100%', pct(f.manager) === 1),
    c(
      'articles: title, dek, figures, asides, Q&A exact',
      `title ${a.title.right}, dek ${a.dek.right}, figures ${a.figures.right}, asides ${a.asides.right}, Q&A ${a.qa.right} of ${a.labelled}`,
      'all',
      articleFields.every((r) => r.right === r.of) && a.found === a.labelled,
    ),
  ];
}

export function formatResult(result: EvalResult): string {
  const f = result.figures;
  const lines = [
    `listings   ${f.listings.found}/${f.listings.labelled} found, ${f.listings.lost} lost, ${f.listings.locationWrong} with a wrong location; duplicates ${f.duplicates.merged}/${f.duplicates.labelled} merged, ${f.duplicates.wronglyMerged} wrongly merged`,
    `title      ${showPct(f.title.all)} overall; ${showPct(f.title.stated)} where the text states it; ${showPct(f.title.unstated)} where it does not`,
    `           how the build got them: ${
      Object.entries(f.titleSources)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '—'
    }`,
    `team       ${showPct(f.team)}`,
    `areas      F1 ${f.areas.f1.toFixed(3)} (precision ${f.areas.precision.toFixed(3)}, recall ${f.areas.recall.toFixed(3)}; per-listing mean F1 ${f.areas.macroF1.toFixed(3)}); first area right ${showPct(f.areas.first)}`,
    `internship ${showPct(f.internship)}`,
    `manager    ${showPct(f.manager)}`,
    `articles   ${f.articles.found}/${f.articles.labelled} found; title ${f.articles.title.right}, dek ${f.articles.dek.right}, figures ${f.articles.figures.right}, asides ${f.articles.asides.right}, Q&A ${f.articles.qa.right}, closing note ${f.articles.closingNote.right} right of ${f.articles.labelled}`,
    '',
    'thresholds',
    ...checks(f).map((c) => `  ${c.met ? '✔' : '✖'} ${c.name}: ${c.value} (want ${c.want})`),
    '',
    result.misses.length === 0 ? 'misses: none' : `misses (${result.misses.length}):`,
    ...result.misses.map((m) => `  ${m}`),
  ];
  return `${lines.join('\n')}\n`;
}
