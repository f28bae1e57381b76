import { useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Article, QA } from '../../shared/bundle-schema';
import { boardHref } from './board-link';
import { Blocks } from './blocks';
import { CopyLinkButton } from './copy-link-button';
import { useActiveSection, useDocumentTitle, useScrollToHash } from './hooks';
import { ReadingProgress } from './reading-progress';
import { jobCount } from './related-jobs-model';
import { RelatedJobs } from './related-jobs';
import { focusRing } from './styles';
import { questionAnchor, TableOfContents } from './table-of-contents';
import { prose, readingTime } from './text';

/** Wide screens: the text column (held to the measure) and the table of contents beside it. */
const TWO_COLUMNS = 'lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-x-16';

function QuestionSection({ qa, total }: { qa: QA; total: number }) {
  const anchor = questionAnchor(qa);
  return (
    <section data-section={anchor} className="clear-both mt-14">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <p className="font-sans text-xs font-semibold tracking-widest text-brand-700 uppercase dark:text-brand-100 print:text-black">
          Question {qa.number} of {total}
        </p>
        <CopyLinkButton anchor={anchor} label={`question ${qa.number}`} />
      </div>
      <h2
        id={anchor}
        className="mt-2 max-w-measure scroll-mt-24 font-sans text-xl leading-snug font-semibold text-balance text-slate-900 sm:text-2xl dark:text-white print:text-black"
      >
        {prose(qa.question)}
      </h2>
      <Blocks blocks={qa.answer} />
    </section>
  );
}

const LISTED_HEADING_ID = 'listed-jobs-heading';

/**
 * "Jobs listed with this story": the jobs its page carried (cards drawn by `children`), and the board filtered to
 * exactly those jobs.
 */
function ListedJobs({ article, children }: { article: Article; children: ReactNode }) {
  const n = article.jobs.length;
  return (
    <section
      id="listed-jobs"
      aria-labelledby={LISTED_HEADING_ID}
      className="mt-16 max-w-measure border-t-4 border-brand-700 pt-6 font-sans dark:border-brand-100 print:mt-8 print:border-t-2"
    >
      <h2
        id={LISTED_HEADING_ID}
        className="text-xl font-semibold tracking-tight text-slate-900 dark:text-slate-50"
      >
        Jobs listed with this story
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {n === 0
          ? 'No jobs were listed with this story.'
          : `${jobCount(n)} ${n === 1 ? 'was' : 'were'} listed with this story on its Amazon Science page.`}
      </p>
      {n > 0 && (
        <>
          {children}
          <p className="mt-5">
            <Link
              to={boardHref({ story: [article.slug] })}
              className={`font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-100 ${focusRing}`}
            >
              {n === 1 ? 'See this job on the board' : `See all ${n} on the board`}, to filter and sort
              <span aria-hidden="true"> →</span>
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

/** The article page's content: header, hero, intro, Q&A with its table of contents, closing, listed and related jobs. */
export function ArticleView({ article, listedJobs }: { article: Article; listedJobs?: ReactNode }) {
  const articleRef = useRef<HTMLElement>(null);
  const anchors = article.qa.map(questionAnchor);
  const active = useActiveSection(anchors);
  const { hash } = useLocation();
  const title = prose(article.title);
  useDocumentTitle(`${title} · Summit`);
  useScrollToHash(hash, true);
  const interview = article.kind === 'interview' && article.qa.length > 0;

  return (
    <div className="px-4 pt-6 pb-16 sm:px-6 print:p-0">
      <ReadingProgress target={articleRef} />
      <div className="mx-auto max-w-[62rem]">
        <p className="font-sans text-sm print:hidden">
          <Link
            to="/stories"
            className={`text-brand-700 underline-offset-2 hover:underline dark:text-brand-100 ${focusRing}`}
          >
            <span aria-hidden="true">← </span>All stories
          </Link>
        </p>

        <article
          ref={articleRef}
          lang="en"
          className={`mt-6 lg:grid-rows-[auto_1fr] ${TWO_COLUMNS} print:block`}
        >
          <header className="lg:col-start-1 lg:row-start-1">
            <p className="font-sans text-xs font-semibold tracking-widest text-brand-700 uppercase dark:text-brand-100 print:text-black">
              {interview ? 'Interview' : 'Article'}
            </p>
            <h1 className="mt-3 max-w-[22ch] font-serif text-4xl leading-[1.1] font-bold tracking-tight text-balance text-slate-950 sm:text-5xl dark:text-white print:max-w-none print:text-black">
              {title}
            </h1>
            {article.dek && (
              <p className="mt-4 max-w-measure font-serif text-xl leading-normal text-pretty text-slate-700 dark:text-slate-300 print:text-black">
                {prose(article.dek)}
              </p>
            )}
            <p className="mt-4 font-sans text-sm text-slate-700 dark:text-slate-300 print:text-black">
              {readingTime(article.readingMinutes)}
              {interview && ` · ${article.qa.length} questions`}
            </p>
          </header>

          {interview && (
            <TableOfContents
              qa={article.qa}
              active={active}
              className="mt-6 lg:sticky lg:top-6 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0 lg:max-h-[calc(100vh-3rem)] lg:self-start lg:overflow-y-auto lg:pt-1"
            />
          )}

          <div className="max-w-measure font-serif text-lg lg:col-start-1 lg:row-start-2">
            <Blocks blocks={article.blocks} opening />
            {article.qa.map((qa) => (
              <QuestionSection key={qa.number} qa={qa} total={article.qa.length} />
            ))}
            {article.closing.length > 0 && (
              <footer className="clear-both mt-12">
                <Blocks blocks={article.closing} />
              </footer>
            )}
          </div>
        </article>

        <div className={`${TWO_COLUMNS} print:block`}>
          <div>
            <ListedJobs article={article}>{listedJobs}</ListedJobs>
            <RelatedJobs article={article} />
          </div>
        </div>
      </div>
    </div>
  );
}

/** Shown for a slug that names no article: never a blank page. */
export function StoryNotFound() {
  useDocumentTitle('Story not found · Summit');
  return (
    <div className="mx-auto max-w-measure px-4 py-16 font-sans sm:px-6">
      <h1 className="font-serif text-3xl font-bold text-slate-950 dark:text-white">Story not found</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        There is no story at this address. It may have been renamed or removed.
      </p>
      <ul className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link
            to="/stories"
            className={`font-medium text-brand-700 underline dark:text-brand-100 ${focusRing}`}
          >
            See all stories
          </Link>
        </li>
        <li>
          <Link to="/" className={`font-medium text-brand-700 underline dark:text-brand-100 ${focusRing}`}>
            Back to all jobs
          </Link>
        </li>
      </ul>
    </div>
  );
}
