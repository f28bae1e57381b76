/**
 * The app's router: React Router in declarative mode (decision 0009), on the same browser history its
 * <BrowserRouter> uses, with a navigator that keeps the two navigation options the app relies on:
 *
 * - `flushSync: true` (the board's filter clicks and searches, decision 0008): the new location renders in the
 *   click's own task, not in a transition, so the URL, the checkbox and the count reach the screen together.
 * - `preventScrollReset: true` (the board's filters and chips): the page is not scrolled to the top
 *   (see scroll-restoration.tsx).
 *
 * Every other navigation (links between pages, Back/Forward, redirects) renders in a transition: the current
 * page stays on screen, with the progress bar (`useNavigationPending`), until the next page's chunk and data are
 * there, as the data router's navigations did. <BrowserRouter> can do one or the other for all navigations.
 */
import { createContext, useContext, useLayoutEffect, useState, useTransition, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import {
  Router,
  UNSAFE_createBrowserHistory as createBrowserHistory,
  type Location,
  type NavigateOptions,
  type NavigationType,
  type Navigator,
  type To,
} from 'react-router';
import { LiveLocationProvider } from '../ui/live-location';
import { markNavigation } from './scroll-restoration';

type History = ReturnType<typeof createBrowserHistory>;

const PendingContext = createContext(false);

/** True while a navigation waits for the next page's chunk or data (the current page stays on screen). */
export function useNavigationPending(): boolean {
  return useContext(PendingContext);
}

/**
 * The navigator the routes use, over `history`: it notes each navigation's options for `listen`'s callback, which
 * the history calls synchronously from push/replace (inside flushSync when asked).
 */
function createNavigator(history: History) {
  let options: NavigateOptions | null = null;
  const navigate =
    (method: 'push' | 'replace') =>
    (to: To, state?: unknown, given?: NavigateOptions): void => {
      options = given ?? {};
      try {
        if (given?.flushSync) flushSync(() => history[method](to, state));
        else history[method](to, state);
      } finally {
        options = null;
      }
    };
  const navigator: Navigator = {
    createHref: (to) => history.createHref(to),
    createURL: (to) => history.createURL(to),
    encodeLocation: (to) => history.encodeLocation(to),
    go: (delta) => history.go(delta),
    push: navigate('push'),
    replace: navigate('replace'),
  };
  /** `update` gets each new location, with the options of the navigation that made it (null: Back/Forward). */
  const listen = (
    update: (action: NavigationType, location: Location, options: NavigateOptions | null) => void,
  ) => history.listen(({ action, location }) => update(action, location, options));
  return { navigator, listen };
}

/** `history` is for tests (a memory history); the app uses the browser's. */
export function AppRouter({ children, history: given }: { children: ReactNode; history?: History }) {
  const [history] = useState(() => given ?? createBrowserHistory({ v5Compat: true }));
  const [{ navigator, listen }] = useState(() => createNavigator(history));
  const [view, setView] = useState<{ action: NavigationType; location: Location }>(() => ({
    action: history.action,
    location: history.location,
  }));
  const [pending, startTransition] = useTransition();
  const [liveLocation] = useState(() => () => history.location);

  useLayoutEffect(
    () =>
      listen((action, location, options) => {
        // Back/Forward (POP) come from the browser: no options.
        if (options) markNavigation(location.key, options.preventScrollReset === true);
        const next = { action, location };
        if (options?.flushSync) setView(next);
        else startTransition(() => setView(next));
      }),
    [listen],
  );

  return (
    <PendingContext.Provider value={pending}>
      <LiveLocationProvider value={liveLocation}>
        <Router location={view.location} navigationType={view.action} navigator={navigator}>
          {children}
        </Router>
      </LiveLocationProvider>
    </PendingContext.Provider>
  );
}
