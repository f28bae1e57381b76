/* global document, location */
/**
 * Starts the download of the data file a page renders from, while the app's scripts download rather than after
 * they have run: the first page or the job index on the board, the job's own file on a job page, the story's own
 * file on a story page, the list of stories on /stories. Likewise the page's route chunks (`modulepreload`), which the build writes into ROUTE_CHUNKS
 * (scripts/vite-route-preload-plugin.ts; empty in the dev server). The app's fetch of the same URL then takes this response (a `fetch` preload matches on URL, CORS
 * mode and credentials). A static `<link rel="preload">` in index.html cannot tell pages apart, and the job index is
 * ~220 kB gzipped at 10,000 jobs: job and story pages need it only for a section at the bottom, which loads it
 * when scrolled near.
 *
 * A plain file in public/, loaded `async` from index.html: Vite folds every module script of index.html into the
 * app's one entry chunk, and this must run before that large chunk has arrived. Not inline: the CSP allows only
 * same-origin script files. Assumes the site is served at the root (Vite's default base).
 */
// A block, so nothing leaks into the page's global scope (a classic script's top-level names are global).
{
  const preload = (file) => {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = `/data/${file}`;
    document.head.append(link);
  };
  const ROUTE_CHUNKS = {};
  const preloadRoute = (route) => {
    for (const href of ROUTE_CHUNKS[route] ?? []) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
  };
  const path = location.pathname;
  const job = /^\/jobs\/([^/]+)\/?$/.exec(path);
  // The default view renders from the build step's first page (a few kB) and loads the index after it; any
  // other board URL (a filter, a query, a page) needs the index itself.
  if (path === '/') {
    preload(location.search === '' ? 'first-page.json' : 'index.json');
    preloadRoute('home');
  }
  // Only a well-formed id (a URL-safe slug, as written in the URL) has a file: the app asks for no other.
  if (job !== null && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(job[1])) {
    preload(`jobs/${job[1]}.json`);
    preloadRoute('job');
  }
  // A story's own file; the list of stories on /stories.
  const story = /^\/stories\/([^/]+)\/?$/.exec(path);
  if (story !== null) {
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(story[1])) preload(`stories/${story[1]}.json`);
    preloadRoute('story');
  }
  if (/^\/stories\/?$/.test(path)) {
    preload('stories.json');
    preloadRoute('stories');
  }
}
