/** Shared class strings for this feature (Tailwind; kept literal so the scanner sees them). */

/** Visible keyboard focus on links and buttons, in light and dark. */
export const focusRing =
  'rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:focus-visible:outline-brand-100';
