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
}

function Probe({ report }: { report: (probe: RouterProbe) => void }) {
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
  const router: Partial<RouterProbe> = {};
  const report = (probe: RouterProbe) => void Object.assign(router, probe);
  const element = (
    <MemoryRouter initialEntries={initialEntries} initialIndex={initialIndex}>
      <Probe report={report} />
      <Suspense fallback={<p>Loading…</p>}>{ui}</Suspense>
    </MemoryRouter>
  );
  return { element, router: router as RouterProbe };
}
