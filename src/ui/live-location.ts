import { createContext, useCallback, useContext, useEffect, useRef } from 'react';
import { useLocation, type Location } from 'react-router';

/**
 * Where history is now, which can be ahead of the page on screen: the app's router renders a link's navigation in
 * a transition, so the page clicked from stays up, its links live, while the next page loads. A handler that moves
 * relative to history (`navigate(-n)`) must count from here, not from the rendered location. Null outside the
 * app's router (the tests' MemoryRouter renders each navigation at once, so the rendered location is current).
 */
const LiveLocationContext = createContext<() => Location | null>(() => null);

export const LiveLocationProvider = LiveLocationContext.Provider;

/**
 * A getter, stable across renders, for the state of history's current entry (read it in the handler, at the moment
 * of the click or commit): the live location's, else the rendered location's as of the last render.
 */
export function useHistoryState(): () => unknown {
  const live = useContext(LiveLocationContext);
  const { state } = useLocation();
  const rendered = useRef<unknown>(state);
  useEffect(() => {
    rendered.current = state;
  }, [state]);
  return useCallback(() => {
    const now = live();
    return now === null ? rendered.current : now.state;
  }, [live]);
}
