import { memo } from 'react';
import { focusRing } from '../../../ui/styles';

/**
 * "New since your last visit": a filter like the facets' (a checkbox with its count), shown once something is new
 * (never on a first visit) or while it is on.
 */
export const NewFilter = memo(function NewFilter({
  count,
  checked,
  onToggle,
}: {
  count: number;
  checked: boolean;
  onToggle: () => void;
}) {
  if (count === 0 && !checked) return null;
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-slate-950 dark:text-white">Since your last visit</legend>
      <label className="mt-2 flex cursor-pointer items-center gap-2 text-sm text-slate-800 dark:text-slate-200">
        <input
          type="checkbox"
          checked={checked}
          onChange={onToggle}
          className={`h-4 w-4 rounded border-slate-400 accent-brand-700 ${focusRing}`}
        />
        <span className="flex-1">New jobs</span>
        <span className="text-xs text-slate-600 tabular-nums dark:text-slate-400">{count}</span>
      </label>
    </fieldset>
  );
});
