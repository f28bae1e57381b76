import { LinkIcon, useCopy } from '../../ui/use-copy';
import { focusRing } from './styles';

/** A per-question "copy link" button with a visible, announced status. */
export function CopyLinkButton({ anchor, label }: { anchor: string; label: string }) {
  const { state, copy } = useCopy();
  const copyAnchor = () => {
    const { origin, pathname, search } = window.location;
    return copy(`${origin}${pathname}${search}#${anchor}`);
  };

  return (
    <span className="inline-flex items-center gap-2 font-sans print:hidden">
      <button
        type="button"
        onClick={() => void copyAnchor()}
        aria-label={`Copy link to ${label}`}
        className={`inline-flex items-center gap-1 px-1 py-0.5 text-sm text-slate-700 hover:text-brand-700 dark:text-slate-300 dark:hover:text-brand-100 ${focusRing}`}
      >
        <LinkIcon />
        <span>Copy link</span>
      </button>
      <span role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
        {state.kind === 'copied' && 'Copied'}
        {state.kind === 'failed' && (
          <span className="text-slate-800 dark:text-slate-200">
            Copy failed. The link is <span className="select-all break-all">{state.url}</span>
          </span>
        )}
      </span>
    </span>
  );
}
