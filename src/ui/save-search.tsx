import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { saveBoardSearch, useUserData } from '../lib/user-data/store';
import { BookmarkIcon } from './save-job-button';
import { focusRing, linkClass, primaryButton, secondaryButton } from './styles';

/**
 * "Save this search" for a board view: asks for a name (the view's title to start with), then says where the
 * search is kept. A view saved before shows under its saved name.
 */
export function SaveSearch({ query, defaultName }: { query: string; defaultName: string }) {
  const { data } = useUserData();
  const existing = data?.savedSearches.find((s) => s.query === query) ?? null;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  // After saving, focus moves to the confirmation's link (the form it was in is gone).
  const [justSaved, setJustSaved] = useState(false);
  const savedLink = useRef<HTMLAnchorElement>(null);
  const inputId = useId();
  useEffect(() => {
    if (justSaved) savedLink.current?.focus();
  }, [justSaved, existing]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await saveBoardSearch(name, query).catch(() => false);
    setEditing(false);
    setJustSaved(saved);
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm print:hidden">
      {editing ? (
        <form onSubmit={(e) => void submit(e)} className="flex flex-wrap items-end gap-2">
          <div>
            <label
              htmlFor={inputId}
              className="block text-xs font-semibold text-slate-700 dark:text-slate-300"
            >
              Name this search
            </label>
            <input
              id={inputId}
              value={name}
              maxLength={120}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setEditing(false);
              }}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the form appears on the user's click, for this input
              autoFocus
              className={`mt-1 w-72 max-w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 ${focusRing}`}
            />
          </div>
          <button type="submit" className={primaryButton}>
            Save search
          </button>
          <button type="button" onClick={() => setEditing(false)} className={secondaryButton}>
            Cancel
          </button>
        </form>
      ) : existing ? (
        <p className="flex items-center gap-1.5 text-slate-700 dark:text-slate-300">
          <BookmarkIcon filled />
          <span>
            Saved as “{existing.name}”.{' '}
            <Link ref={savedLink} to="/saved" className={linkClass}>
              Your saved searches
            </Link>
          </span>
        </p>
      ) : (
        <button
          type="button"
          onClick={() => {
            setName(defaultName);
            setJustSaved(false);
            setEditing(true);
          }}
          className={secondaryButton}
        >
          <BookmarkIcon filled={false} />
          Save this search
        </button>
      )}
    </div>
  );
}
