/**
 * The zod schemas the app validates job pages and articles with, in a chunk of their own: `queries.ts` imports
 * this module lazily, while the file downloads, so zod (about 9 kB gzipped) stays off the board's first view
 * (the job index has a plain check, `compact-index.ts`).
 */
import '../zod-csp'; // first: jitless before any schema is built (CSP, no eval)

export { articleSchema, articlesFileSchema, jobDetailSchema } from '../../shared/bundle-schema';
