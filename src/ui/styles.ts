/** Shared class strings (Tailwind; kept literal so the scanner sees them). */

/** Visible keyboard focus on links, buttons and inputs, in light and dark. */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:focus-visible:outline-brand-100';

export const linkClass = `rounded-sm font-medium text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-current dark:text-brand-100 dark:decoration-brand-100/50 ${focusRing}`;

export const primaryButton = `inline-flex items-center justify-center gap-2 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-70 ${focusRing}`;

export const secondaryButton = `inline-flex items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:border-brand-600 hover:text-brand-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:text-brand-100 ${focusRing}`;
