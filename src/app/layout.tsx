import { useQuery } from '@tanstack/react-query';
import { memo, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { BoardSkeleton, PageSkeleton } from '../features/jobs/skeletons';
import { jobsIndexQuery } from '../lib/data/queries';
import { HydrationDone } from '../ui/hydration';
import { RouteError, RouteErrorBoundary, type ErrorFallbackProps } from '../ui/route-error';
import { SavedLink } from '../ui/saved-link';
import { focusRing } from '../ui/styles';
import { UserDataNoticeBanner } from '../ui/user-data-notice';
import { useDocumentTitle } from '../ui/use-document-title';
import { useNavigationPending } from './browser-router';
import { ScrollRestoration } from './scroll-restoration';

function SkipLink() {
  return (
    <a
      href="#main"
      className={`sr-only rounded-md bg-white px-4 py-2 font-semibold text-brand-700 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 dark:bg-slate-900 dark:text-brand-100 ${focusRing}`}
    >
      Skip to content
    </a>
  );
}

type Section = 'jobs' | 'stories' | null;

/** Which part of the site a path is in, and whether it is that part's own page (the board, the story list). */
function sectionOf(pathname: string): { section: Section; home: boolean } {
  if (pathname === '/' || pathname === '/jobs') return { section: 'jobs', home: true };
  if (pathname.startsWith('/jobs/')) return { section: 'jobs', home: false };
  if (pathname === '/stories' || pathname === '/stories/') return { section: 'stories', home: true };
  if (pathname.startsWith('/stories/')) return { section: 'stories', home: false };
  return { section: null, home: false };
}

const NAV: { section: Exclude<Section, null>; to: string; label: string }[] = [
  { section: 'jobs', to: '/', label: 'Jobs' },
  { section: 'stories', to: '/stories', label: 'Stories' },
];

// Memoised: the layout re-renders on every navigation (every filter click); the header only when the part of
// the site changes. The same boxes as the static shell in index.html.
const Header = memo(function Header({ section, home }: { section: Section; home: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950 print:hidden">
      <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-4 px-4 sm:px-6">
        <div className="flex items-center gap-6 sm:gap-8">
          <Link
            to="/"
            className={`flex items-center gap-2 rounded-sm text-lg font-bold tracking-tight text-slate-950 dark:text-white ${focusRing}`}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="h-6 w-6 text-brand-700 dark:text-brand-100"
              fill="currentColor"
            >
              <path d="M12 3 2 20h20L12 3Zm0 5.2 3.1 5.3-1.6-.9L12 14l-1.6-1.4-1.5.9L12 8.2Z" />
            </svg>
            Summit
          </Link>
          <nav aria-label="Main">
            <ul className="flex items-center gap-1 text-sm font-medium">
              {NAV.map((item) => {
                const current = item.section === section;
                return (
                  <li key={item.section}>
                    <Link
                      to={item.to}
                      // The page itself, or (a job, a story) the part of the site it belongs to.
                      aria-current={current ? (home ? 'page' : 'true') : undefined}
                      className={`rounded-md px-2.5 py-1.5 ${
                        current
                          ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-brand-100'
                          : 'text-slate-700 hover:bg-slate-100 hover:text-slate-950 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white'
                      } ${focusRing}`}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
        <div className="flex items-center gap-4">
          <p className="hidden text-sm text-slate-600 md:block dark:text-slate-400">
            Research jobs, searchable and bookmarkable
          </p>
          <SavedLink />
        </div>
      </div>
    </header>
  );
});

const Footer = memo(function Footer() {
  // Only reads the cache (enabled: false): the footer never triggers or waits for a fetch of its own.
  const { data } = useQuery({ ...jobsIndexQuery(), enabled: false });
  const generatedAt = data?.generatedAt;
  // Formatted once per dataset, not on every navigation (the layout re-renders with the location).
  const builtText = useMemo(() => {
    if (generatedAt === undefined) return null;
    const built = new Date(generatedAt);
    return Number.isNaN(built.getTime()) ? null : built.toLocaleDateString('en', { dateStyle: 'medium' });
  }, [generatedAt]);
  return (
    <footer className="mt-16 border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400 print:hidden">
      <div className="mx-auto max-w-7xl px-4 sm:px-6">
        <p>
          Summit lists research jobs from Amazon Science pages.
          {data && builtText !== null && (
            <>
              {' '}
              {data.jobs.length} {data.jobs.length === 1 ? 'job' : 'jobs'}, data built{' '}
              <time dateTime={data.generatedAt}>{builtText}</time>.
            </>
          )}
        </p>
      </div>
    </footer>
  );
});

/** Navigations that are done within this never show the bar (a page whose chunk and data are at hand). */
const PROGRESS_DELAY_MS = 100;

/** A thin bar at the top while a navigation waits for the next page's chunk or data (a job page's details, say). */
function NavigationProgress() {
  const pending = useNavigationPending();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setShown(true), PROGRESS_DELAY_MS);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [pending]);
  if (!pending || !shown) return null;
  return (
    <div
      aria-hidden="true"
      className="fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden bg-brand-100 dark:bg-slate-800"
    >
      <div className="h-full w-1/3 animate-[summit-progress_1s_ease-in-out_infinite] bg-brand-600 motion-reduce:animate-none dark:bg-brand-100" />
    </div>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const { section, home } = sectionOf(useLocation().pathname);
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <Header section={section} home={home} />
      <UserDataNoticeBanner />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <Footer />
    </div>
  );
}

/**
 * Moving to another page (not a filter change: the path, not the query) puts focus on the new page's heading, so
 * screen-reader users hear where they are. preventScroll leaves scroll restoration alone.
 */
function useFocusOnNewPage() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }, [pathname]);
}

/**
 * What shows while a page's chunk and data load for the first time (the first view; later navigations keep the
 * current page on screen instead, see browser-router.tsx). Static, with the page's shape.
 */
function RouteSkeleton() {
  const { pathname } = useLocation();
  return pathname === '/' ? <BoardSkeleton /> : <PageSkeleton />;
}

/**
 * The root layout: skip link, header with the wordmark, the routes, footer; scroll restored on Back/Forward.
 * ScrollRestoration sits inside the Suspense boundary, so it acts when the new page is on screen.
 */
export function RootLayout() {
  useFocusOnNewPage();
  return (
    <Shell>
      <NavigationProgress />
      <Suspense fallback={<RouteSkeleton />}>
        <Outlet />
        <ScrollRestoration />
        <HydrationDone />
      </Suspense>
    </Shell>
  );
}

function RootError(props: ErrorFallbackProps) {
  return (
    <Shell>
      <RouteError title="Something went wrong" {...props} />
    </Shell>
  );
}

/** Last line of defence (e.g. a route module that failed to load): the shell stays, with a Retry. */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  return <RouteErrorBoundary fallback={RootError}>{children}</RouteErrorBoundary>;
}

export function NotFound() {
  useDocumentTitle('Page not found · Summit');
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <h1 className="text-2xl font-bold text-slate-950 sm:text-3xl dark:text-white">Page not found</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        There is nothing at this address. It may have moved.
      </p>
      <p className="mt-6">
        <Link
          to="/"
          className={`font-medium text-brand-700 underline dark:text-brand-100 ${focusRing} rounded-sm`}
        >
          Browse all jobs
        </Link>
      </p>
    </div>
  );
}
