/**
 * Scroll restoration for the declarative router (React Router's <ScrollRestoration> needs the data router). The
 * same rules: Back/Forward (POP) returns to the position the entry was left at; a new entry (PUSH/REPLACE) goes
 * to its `#fragment` if that exists, else to the top, unless the navigation asked for `preventScrollReset` (the
 * board's filters, chips and search: the app's router passes that option here, see `markNavigation`). Positions
 * are kept per history entry (`location.key`) and survive a reload in sessionStorage.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

const STORAGE_KEY = 'summit:scroll-positions';
/** Enough entries for any session; the oldest are dropped beyond it (sessionStorage is small). */
const MAX_ENTRIES = 200;

let positions: Map<string, number> | null = null;

function savedPositions(): Map<string, number> {
  if (positions) return positions;
  positions = new Map();
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    if (Array.isArray(saved))
      for (const entry of saved)
        if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number')
          positions.set(entry[0], entry[1]);
  } catch {
    // Storage blocked or damaged: positions live for this page only.
  }
  return positions;
}

function persist() {
  const all = [...savedPositions()].slice(-MAX_ENTRIES);
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(all));
  } catch {
    // Quota or privacy mode: nothing to do.
  }
}

function remember(key: string, y: number) {
  const all = savedPositions();
  all.delete(key); // re-insert: the map's order is the order entries were last seen
  all.set(key, y);
}

/** Entries (location keys) whose navigation asked not to scroll. */
const keepScroll = new Set<string>();

/** Called by the router for each navigation it makes (not for Back/Forward), before the new location renders. */
export function markNavigation(key: string, preventScrollReset: boolean) {
  if (preventScrollReset) keepScroll.add(key);
}

function scrollToFragment(hash: string): boolean {
  if (hash.length < 2) return false;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return false;
  }
  const target = document.getElementById(id);
  if (!target || typeof target.scrollIntoView !== 'function') return false;
  target.scrollIntoView();
  return true;
}

/** Render inside the Suspense boundary with the routes, so it runs when the new page is on screen. */
export function ScrollRestoration() {
  const { key, hash } = useLocation();
  const action = useNavigationType();
  const current = useRef<string | null>(null);

  useEffect(() => {
    const previous = window.history.scrollRestoration;
    window.history.scrollRestoration = 'manual';
    // Positions follow the scrolling of the entry on screen, so the one being left is always up to date.
    const onScroll = () => {
      if (current.current !== null) remember(current.current, window.scrollY);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', persist);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', persist);
      window.history.scrollRestoration = previous;
    };
  }, []);

  useLayoutEffect(() => {
    // Layout effects run again when a suspended boundary shows its content again: act once per entry.
    if (current.current === key) return;
    current.current = key;
    const prevent = keepScroll.delete(key);
    const saved = action === 'POP' ? savedPositions().get(key) : undefined;
    if (saved !== undefined) window.scrollTo(0, saved);
    else if (!scrollToFragment(hash) && !prevent) window.scrollTo(0, 0);
    remember(key, window.scrollY);
  }, [key, hash, action]);

  return null;
}
