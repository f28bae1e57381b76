/**
 * The build step: collect → decode → parse → extract (jobs, sections, articles) → dedupe → validate → write.
 *
 * Documents are handled one at a time: read, decoded, parsed and extracted, then their text is dropped. What is
 * kept per distinct job is its summary; its serialised sections/facts go straight into the bundle's temporary
 * folder (BundleStaging, write.ts; held in memory only with --strict or when nothing can be staged), so memory
 * grows with the number of jobs, not with the input's size, duplicates or articles. Extraction, the costly part,
 * runs on worker threads as well for large inputs (extract-pool.ts), with the same result.
 *
 * generatedAt is deterministic, so that the same input gives byte-identical output: SOURCE_DATE_EPOCH (seconds)
 * when set, otherwise the newest modification time among the input's .txt files, otherwise the Unix epoch.
 */
import { readFileSync } from 'node:fs';
import type { Article, ArticlesFile, JobSummary, Report, Source } from '../../src/shared/bundle-schema';
import { parseArticle } from './parse/article';
import { collectInputs, NOT_TXT } from './read/collect';
import { decodeDocument } from './read/decode';
import { datesPosted, DATE_POSTED_FILE, readPreviousDates, withDatePosted } from './assemble/date-posted';
import { compareSources, Deduper, type DuplicateEntry } from './assemble/dedupe';
import { extractJob } from './extract/extract-job';
import {
  defaultWorkerCount,
  ListingExtractor,
  searchDocOf,
  type ExtractedListing,
  type ListingTask,
  type Submission,
} from './workers/extract-pool';
import { IdClaims, jobKeyHashOfNormalised } from './assemble/ids';
import { parseDocument } from './parse/parse';
import { Progress, type ProgressSink } from './progress';
import { DEFAULT_AREA_SETTINGS, type AreaSettings } from './extract/research-areas';
import { SearchDocs } from './write/search';
import { articleKind, StoryLinks } from './assemble/story-links';
import { compareStrings, escapeRegExp, memoised, normaliseForKey, sha256Hex } from './text';
import type { Rejection, SkippedFile, Warning } from './types';
import { serialiseJobBody } from './write/validate';
import { BundleStaging, bundleFiles, writeBundleAtomically } from './write/write';

export interface Settings {
  /** Slug of the story to feature, or null to let the build choose. */
  featuredStory: string | null;
}

export interface IngestOptions {
  input: string;
  out: string;
  /** Exit 1 on any warning, rejection or skipped .txt file, and leave the previous bundle in place. */
  strict?: boolean;
  /** Parsed settings (see cli.ts for the file). */
  settings?: Partial<Settings> | null;
  /** Where progress goes for large inputs; null for none. Default: process.stderr. */
  progress?: ProgressSink | null;
  /** Override the research-area thresholds (tests). */
  areaSettings?: AreaSettings;
  /** Override generatedAt (tests); otherwise see the module comment. */
  generatedAt?: string;
  /** Worker threads for extraction (0: all on the main thread). Default: by input size, see extract-pool.ts. */
  workers?: number;
}

export interface IngestResult {
  report: Report;
  /** 0: bundle written. 1: --strict and something to report (nothing written). */
  exitCode: 0 | 1;
  wrote: boolean;
  /** Every warning, rejection and skipped input as `file:line: message`, in report order. */
  problems: string[];
  elapsedMs: number;
  /** Wall-clock milliseconds of the read/extract and validate/write phases. */
  timings: { extractMs: number; writeMs: number };
  /**
   * Worker threads used for extraction and how many listings they extracted: a build on a busy machine runs on
   * the main thread alone (see defaultWorkerCount), which its timings mean little without.
   */
  extraction: { workers: number; fromWorkers: number };
}

interface JobRecord extends JobSummary {
  sources: Source[];
}

/** A distinct listing waiting for its extraction: its record (filled in then) and its identity hash. */
interface PendingJob {
  record: JobRecord;
  keyHash: string;
}

export function generatedAtFrom(env: NodeJS.ProcessEnv, mtimesMs: readonly number[]): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch.trim()))
    return new Date(Number(epoch.trim()) * 1000).toISOString();
  const newest = mtimesMs.length === 0 ? 0 : Math.max(...mtimesMs);
  return new Date(Math.floor(newest / 1000) * 1000).toISOString();
}

/** Skipped inputs that count as problems in --strict mode: .txt files that could not be used. */
export function isProblemSkip(skip: SkippedFile): boolean {
  return !skip.reason.startsWith(NOT_TXT);
}

export function problemLines(report: Report): string[] {
  return [
    ...report.skippedFiles.filter(isProblemSkip).map((s) => `${s.name}:0: skipped: ${s.reason}`),
    ...report.rejected.map((r) => `${r.file}:${r.line}: rejected: ${r.reason}`),
    ...report.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`),
  ];
}

/** Choose the featured story: the configured slug if present, else the first interview, else the first article. */
export function chooseFeatured(
  articles: readonly Article[],
  wanted: string | null | undefined,
): string | null {
  if (wanted !== null && wanted !== undefined && articles.some((a) => a.slug === wanted)) return wanted;
  return (articles.find((a) => a.qa.length > 0) ?? articles[0])?.slug ?? null;
}

/** Per team name, the pattern that finds it as a whole name (null: company-wide, never matched). */
const teamPattern = memoised((team): RegExp | null =>
  /^(?:aws|amazon web services|amazon)$/i.test(team)
    ? null
    : new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(team)}(?![\\p{L}\\p{N}])`, 'u'),
);

/** Teams named in the article that are also some job's team (company-wide names such as AWS left out). */
export function teamsInArticle(article: Article, teams: readonly string[]): string[] {
  const text = [
    article.title,
    article.dek ?? '',
    ...[...article.blocks, ...article.qa.flatMap((q) => q.answer), ...article.closing].map((b) =>
      b.type === 'figure' ? b.caption : b.text,
    ),
    ...article.qa.map((q) => q.question),
  ].join('\n');
  const found: { team: string; at: number }[] = [];
  for (const team of teams) {
    if (!text.includes(team)) continue; // the pattern matches the name literally: no need to run it
    const m = teamPattern(team)?.exec(text) ?? null;
    if (m !== null) found.push({ team, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at || compareStrings(a.team, b.team)).map((f) => f.team);
}

/** Every listing seen is either a source of some job or rejected: throws when the books do not balance. */
export function assertAccounting(
  jobs: readonly { sources: readonly Source[] }[],
  rejected: readonly Rejection[],
  listingsSeen: number,
): void {
  const sourcesTotal = jobs.reduce((n, j) => n + j.sources.length, 0);
  if (sourcesTotal + rejected.length !== listingsSeen) {
    throw new Error(
      `report accounting does not close: ${sourcesTotal} job sources + ${rejected.length} rejected != ${listingsSeen} listings seen`,
    );
  }
}

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const held: { staging: BundleStaging | null } = { staging: null };
  try {
    return await ingest(options, held);
  } finally {
    await held.staging?.discard(); // unless it became the bundle
  }
}

async function ingest(
  options: IngestOptions,
  held: { staging: BundleStaging | null },
): Promise<IngestResult> {
  const started = Date.now();
  const areaSettings = options.areaSettings ?? DEFAULT_AREA_SETTINGS;
  const { files, skipped } = await collectInputs(options.input);
  const generatedAt =
    options.generatedAt ??
    generatedAtFrom(
      process.env,
      files.map((f) => f.mtimeMs),
    );
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  // Job files go into the bundle's temporary folder as they are extracted (not with --strict, which may write
  // nothing at all); see BundleStaging.
  const staging = options.strict === true ? null : await BundleStaging.open(options.out);
  held.staging = staging;
  const progress = new Progress(
    options.progress === undefined ? process.stderr : options.progress,
    files.length,
    totalBytes,
  );

  const skippedFiles: SkippedFile[] = [...skipped];
  const warnings: Warning[] = [];
  const rejected: Rejection[] = [];
  const deduper = new Deduper<JobRecord>();
  const bodies = new Map<string, string>();
  const searchDocs = new SearchDocs();
  // An evicted job (see IdClaims) moves to a longer id: its file, body and search fields move with it.
  const idClaims = new IdClaims<JobRecord>((from, to) => {
    searchDocs.rename(from, to);
    const body = bodies.get(from);
    if (body !== undefined) {
      bodies.delete(from);
      bodies.set(to, body);
    }
    staging?.renameJob(from, to);
  });
  const articles = new Map<string, Article>();
  const articleByText = new Map<string, Article>();
  const storyLinks = new StoryLinks();
  let documents = 0;
  let listingsSeen = 0;

  // Distinct listings are extracted by `extractor` (on this thread or a worker) and come back in the order they
  // were submitted, with their records. A record is registered with the deduper as soon as its listing is seen,
  // so that later duplicates find it; duplicates of a job whose id is not known yet get it filled in at the end.
  const extractor = new ListingExtractor<PendingJob>(
    options.workers ?? defaultWorkerCount(totalBytes),
    areaSettings,
    searchDocs.analyser,
  );
  const duplicateOf: { entry: DuplicateEntry; record: JobRecord }[] = [];

  const finish = (
    record: JobRecord,
    keyHash: string,
    task: ListingTask,
    extracted: ExtractedListing | null,
  ) => {
    let job: ExtractedListing;
    let redo: ReturnType<typeof extractJob> | null = null;
    if (extracted === null) {
      // It failed where it ran: redo it here, which throws the error a single-threaded build throws.
      redo = extractJob(task.description, task.location, areaSettings);
      job = { ...redo, body: null, search: searchDocOf(redo, task.location, searchDocs.analyser) };
    } else job = extracted;
    let { body } = job;
    const id = idClaims.claim({ record, displayTitle: job.displayTitle, keyHash });
    record.title = job.title;
    record.titleSource = job.titleSource;
    record.displayTitle = job.displayTitle;
    record.team = job.team;
    record.researchAreas = job.researchAreas;
    record.internship = job.internship;
    record.manager = job.manager;
    record.summary = job.summary;
    if (body === null) {
      redo ??= extractJob(task.description, task.location, areaSettings);
      body = serialiseJobBody({ sections: redo.sections, facts: redo.facts }, id);
    }
    searchDocs.add(id, job.search);
    if (staging !== null) staging.writeJob(id, JSON.stringify(record), body);
    else bodies.set(id, body);
  };
  let finishFailed = false;
  const finishReady = () => {
    try {
      for (const { task, tag, listing } of extractor.take()) finish(tag.record, tag.keyHash, task, listing);
    } catch (error) {
      finishFailed = true;
      throw error;
    }
  };

  try {
    for (const [fileIndex, file] of files.entries()) {
      let bytes: Uint8Array;
      try {
        // Synchronous: one file at a time anyway, and it spares the thread pool round trips.
        bytes = readFileSync(file.path);
      } catch (error) {
        skippedFiles.push({
          name: file.name,
          reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        });
        continue;
      }
      const decoded = decodeDocument(file.name, bytes);
      if (!decoded.ok) {
        skippedFiles.push({ name: file.name, reason: decoded.reason });
        continue;
      }
      documents++;
      warnings.push(...decoded.warnings);
      const parsed = parseDocument(file.name, decoded.text);
      listingsSeen += parsed.listingsSeen;
      rejected.push(...parsed.rejected);
      warnings.push(...parsed.warnings);

      // Scrapes of the same page repeat the article verbatim: parse each distinct text once.
      const articleHash = sha256Hex(parsed.articleLines.map((l) => l.text).join('\n'));
      const seenArticle = articleByText.get(articleHash);
      if (seenArticle !== undefined) {
        const first = parsed.articleLines.find((l) => l.text.trim() !== '');
        if (first !== undefined) seenArticle.sources.push({ file: file.name, line: first.line });
        storyLinks.setArticle(file.name, seenArticle);
      }
      const articleResult =
        seenArticle !== undefined ? null : parseArticle(file.name, parsed.articleLines, parsed.taggedAreas);
      if (articleResult !== null) {
        warnings.push(...articleResult.warnings);
        const a = articleResult.article;
        if (a !== null) {
          const key = normaliseForKey(a.title).toLowerCase();
          let article = articles.get(key);
          if (article !== undefined) article.sources.push(articleResult.source);
          else {
            let slug = a.slug;
            if ([...articles.values()].some((other) => other.slug === slug))
              slug = `${slug}-${sha256Hex(key).slice(0, 6)}`;
            article = {
              ...a,
              id: slug,
              slug,
              kind: articleKind(a),
              teams: [],
              jobs: [],
              sources: [articleResult.source],
            };
            articles.set(key, article);
          }
          articleByText.set(articleHash, article);
          storyLinks.setArticle(file.name, article);
        }
      }

      const submissions: Submission<PendingJob>[] = [];
      for (const listing of parsed.listings) {
        const source: Source = { file: file.name, line: listing.line };
        const description = normaliseForKey(listing.description);
        const keyHash = jobKeyHashOfNormalised(listing.location, description);
        const existing = deduper.seen(keyHash, source);
        if (existing !== null) {
          duplicateOf.push({ entry: deduper.duplicates.at(-1) as DuplicateEntry, record: existing });
          existing.stories = storyLinks.storiesOf(existing.sources);
          continue;
        }
        // Filled in by `finish` once extracted (the fields in their final order).
        const record: JobRecord = {
          id: '',
          title: null,
          titleSource: null,
          displayTitle: '',
          team: null,
          location: listing.location,
          researchAreas: [],
          internship: false,
          manager: false,
          summary: '',
          stories: storyLinks.storiesOf([source]),
          sources: [source],
        };
        deduper.set(keyHash, record);
        submissions.push({ task: { description, location: listing.location }, tag: { record, keyHash } });
      }
      extractor.submit(submissions);
      await extractor.poll(); // let the workers' answers in
      finishReady();
      progress.update(fileIndex + 1, listingsSeen);
    }
    await extractor.settle();
    finishReady();
  } catch (error) {
    // An earlier listing's failure comes first, as it would in a single-threaded build.
    if (!finishFailed) {
      await extractor.settle();
      finishReady();
    }
    throw error;
  } finally {
    await extractor.close();
  }
  const extraction = { workers: extractor.workers, fromWorkers: extractor.fromWorkers };
  // Ids are final only now (unknown until extracted; an id collision can move one): point duplicates at them.
  for (const { entry, record } of duplicateOf) entry.of = record.id;
  progress.done();
  const extractedAt = Date.now();

  const jobs = deduper.values();
  assertAccounting(jobs, rejected, listingsSeen);

  const articleList = [...articles.values()];
  storyLinks.linkArticles(articleList, jobs);
  const jobTeams = [...new Set(jobs.flatMap((j) => (j.team === null ? [] : [j.team])))].sort(compareStrings);
  for (const article of articleList) {
    article.sources.sort(compareSources);
    article.teams = teamsInArticle(article, jobTeams);
  }
  const wanted = options.settings?.featuredStory ?? null;
  if (wanted !== null && !articleList.some((a) => a.slug === wanted)) {
    warnings.push({
      file: 'settings',
      line: 0,
      message: `featuredStory "${wanted}" is not an article slug; choosing one instead`,
    });
  }
  const articlesFile: ArticlesFile = {
    generatedAt,
    featured: chooseFeatured(articleList, wanted),
    articles: articleList,
  };

  // Read before the bundle in --out is replaced: the days it first saw its jobs are kept (date-posted.ts).
  const previousDates = await readPreviousDates(options.out);
  if (!previousDates.ok) warnings.push({ file: DATE_POSTED_FILE, line: 0, message: previousDates.problem });

  const report: Report = {
    generatedAt,
    documents,
    listingsSeen,
    jobsEmitted: jobs.length,
    articles: articleList.length,
    duplicates: deduper.duplicates,
    rejected,
    warnings,
    skippedFiles: skippedFiles.sort((x, y) => compareStrings(x.name, y.name)),
  };
  const problems = problemLines(report);
  if (options.strict === true && problems.length > 0) {
    const end = Date.now();
    return {
      report,
      exitCode: 1,
      wrote: false,
      problems,
      elapsedMs: end - started,
      timings: { extractMs: extractedAt - started, writeMs: 0 },
      extraction,
    };
  }
  await writeBundleAtomically(
    options.out,
    withDatePosted(
      bundleFiles({
        generatedAt,
        jobs,
        bodies,
        articles: articlesFile,
        report,
        staged: staging ?? undefined,
        searchDocs,
      }),
      datesPosted(
        jobs.map((job) => job.id),
        previousDates.dates,
        generatedAt,
      ),
    ),
    staging,
  );
  const end = Date.now();
  return {
    report,
    exitCode: 0,
    wrote: true,
    problems,
    elapsedMs: end - started,
    timings: { extractMs: extractedAt - started, writeMs: end - extractedAt },
    extraction,
  };
}
