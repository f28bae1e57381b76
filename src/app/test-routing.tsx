/**
 * For route tests: render routes in a MemoryRouter (with the Suspense boundary the app's layout gives them) and
 * read where the router is, as the data router's `router.state` let the tests do.
 */
import { Suspense, useLayoutEffect, type ReactNode } from 'react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  useNavigationType,
  type InitialEntry,
  type Location,
  type NavigateFunction,
  type NavigationType,
} from 'react-router';

export interface RouterProbe {
  location: Location;
  action: NavigationType;
  navigate: NavigateFunction;
  /**
   * Every navigation so far, oldest first (one per new location): how the history changed does not then depend on
   * how fast a test's keystrokes came (a slow machine can pause long enough between two for a search to commit).
   */
  navigations: { action: NavigationType; search: string }[];
}

function Probe({ report }: { report: (probe: Omit<RouterProbe, 'navigations'>) => void }) {
  const location = useLocation();
  const action = useNavigationType();
  const navigate = useNavigate();
  useLayoutEffect(() => report({ location, action, navigate }));
  return null;
}

/** `ui` is the routes (<Routes> or <AppRoutes />); the returned probe follows the router's location. */
export function inMemoryRouter(
  ui: ReactNode,
  { initialEntries, initialIndex }: { initialEntries: InitialEntry[]; initialIndex?: number },
): { element: ReactNode; router: RouterProbe } {
  const router: Partial<RouterProbe> = { navigations: [] };
  const report = (probe: Omit<RouterProbe, 'navigations'>) => {
    if (probe.location.key !== router.location?.key)
      router.navigations?.push({ action: probe.action, search: probe.location.search });
    Object.assign(router, probe);
  };
  const element = (
    <MemoryRouter initialEntries={initialEntries} initialIndex={initialIndex}>
      <Probe report={report} />
      <Suspense fallback={<p>Loading…</p>}>{ui}</Suspense>
    </MemoryRouter>
  );
  return { element, router: router as RouterProbe };
}
