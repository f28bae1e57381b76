import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { App } from './app/app';
import { DataError } from './lib/data/fetch-json';
import { isPrerenderedFor, STALE_ATTRIBUTE } from './shared/prerendered-url';
import { HYDRATING_ATTRIBUTE } from './ui/hydration';
import { ChunkLoadError } from './ui/route-error';
import './index.css';

// When the app's modules have been evaluated (DevTools' Timings track, the benchmarks).
performance.mark('summit:app evaluated');
const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
const options: RootOptions = {
  // A failed data file or chunk is shown by the route's error boundary, with a Retry: not a console error (React
  // logs every caught error by default). Anything else is a bug, and logged as one.
  onCaughtError(error, info) {
    if (error instanceof DataError || error instanceof ChunkLoadError) return;
    console.error(error, info.componentStack);
  },
  // A pre-rendered page that does not match what the app renders (React then redraws it): a bug, said as one.
  onRecoverableError(error, info) {
    console.error('Recoverable error (hydration):', error, info.componentStack);
  },
};
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// A page the build pre-rendered (scripts/prerender) says which URL it was rendered for. The app takes over that
// HTML in place (hydration: nothing is redrawn) when this is that URL (src/shared/prerendered-url.ts). Anything
// else (a filtered board or /saved served index.html, the board's default view) renders afresh.
const { pathname, search } = window.location;
const prerendered = root.dataset.prerendered;
if (isPrerenderedFor(prerendered, pathname, search)) {
  document.documentElement.setAttribute(HYDRATING_ATTRIBUTE, '');
  hydrateRoot(root, app, options);
} else {
  if (prerendered !== undefined) {
    // Another URL's page: its head script hid its content before the first paint (another view's results must
    // never show as this one's). Cleared now, the header kept, as the static shell would look until the app's
    // first render replaces it.
    const main = root.querySelector('main');
    main?.replaceChildren();
    main?.setAttribute('aria-busy', 'true');
    document.documentElement.removeAttribute(STALE_ATTRIBUTE);
  }
  const reactRoot = createRoot(root, options);
  // In a transition, the first render yields to the browser every few milliseconds instead of holding the main
  // thread for the whole tree (React time-slices transitions only): the static shell in index.html stays on
  // screen meanwhile, and input is not blocked.
  startTransition(() => reactRoot.render(app));
}
