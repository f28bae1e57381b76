/**
 * Reading stored user data through the zod schema, as the app's lazy chunk: jitless first, for the site's CSP (see
 * zod-csp.ts). The store imports it only when there is stored data to read, so a first visit never loads zod.
 */
import '../zod-csp';

export { readUserData } from '../../shared/user-data';
