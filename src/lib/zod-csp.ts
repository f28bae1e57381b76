/**
 * Imported first by `data/schemas.ts` (the lazy chunk that holds the app's zod schemas), before any schema is
 * built. Zod 4 compiles object parsers with `new Function` and probes for it once, at the first z.object(); under the site's Content Security Policy (script-src 'self', no
 * 'unsafe-eval') that probe is refused and reported as a 'securitypolicyviolation'. jitless skips the probe and
 * the compiled fast path; parsing is the same, just interpreted. See docs/reliability.md (CSP).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
