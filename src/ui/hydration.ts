import { useEffect } from 'react';

/**
 * Set on `<html>` by src/main.tsx while the app takes over a pre-rendered page (hydration), removed once the page's
 * route has hydrated, or its error has been rendered instead. Until then the server's HTML is on screen but its
 * buttons do nothing (React replays no click made before it has attached): the end-to-end tests wait for it to go
 * (e2e/support/test.ts) before they act, as a person on a slow phone would wait for the page to respond.
 */
export const HYDRATING_ATTRIBUTE = 'data-hydrating';

/** In the boundary of the route's content, and in error screens: the page responds from here on. */
export function HydrationDone(): null {
  useEffect(() => document.documentElement.removeAttribute(HYDRATING_ATTRIBUTE), []);
  return null;
}
