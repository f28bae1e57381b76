/**
 * The user-data model (zod and pure updates) as the app's lazy chunk: jitless first, for the site's CSP (see
 * zod-csp.ts). The store imports this module on demand, so zod stays off the first view.
 */
import '../zod-csp';

export * from '../../shared/user-data';
