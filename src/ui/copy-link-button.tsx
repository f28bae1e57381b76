import { LinkIcon, useCopy } from './use-copy';
import { secondaryButton } from './styles';

/** "Copy link" with a visible, announced outcome; on failure it shows the link to copy by hand. */
export function CopyLinkButton({ url, label = 'Copy link' }: { url: string; label?: string }) {
  const { state, copy } = useCopy();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => void copy(url)} className={secondaryButton}>
        <LinkIcon />
        {label}
      </button>
      <span role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
        {state.kind === 'copied' && 'Link copied'}
        {state.kind === 'failed' && (
          <span className="text-slate-800 dark:text-slate-200">
            Could not copy. The link is <span className="break-all select-all">{state.url}</span>
          </span>
        )}
      </span>
    </span>
  );
}
