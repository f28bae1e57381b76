import { useEffect, useRef, useState, type FormEvent } from 'react';
import { focusRing } from '../../../ui/styles';
import { normaliseQuery } from './url';

export const SEARCH_DEBOUNCE_MS = 200;

/** Whether typed text stands for the URL's query (the URL holds it normalised: trimmed, spaces collapsed, capped). */
export function sameQuery(typed: string, q: string): boolean {
  return normaliseQuery(typed) === q;
}

/**
 * The keyword box. Typing updates the URL after a short pause (the caller decides push or replace: one history
 * entry per search, not per keystroke); Enter commits at once and ends the search.
 */
export function SearchBox({
  q,
  onSearch,
  onFirstInput,
  onSessionEnd,
}: {
  /** The URL's query. */
  q: string;
  onSearch: (text: string) => void;
  /** The first keystroke: a good moment to start loading the search index. */
  onFirstInput?: () => void;
  /** Enter or leaving the box: the next edit starts a new history entry. */
  onSessionEnd?: () => void;
}) {
  const [draft, setDraft] = useState(q);
  const [seenQ, setSeenQ] = useState(q);
  /** Queries we sent that the URL has not echoed yet (oldest first). */
  const [inFlight, setInFlight] = useState<readonly string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);
  const started = useRef(false);

  if (q !== seenQ) {
    setSeenQ(q);
    const echo = inFlight.findIndex((sent) => sameQuery(sent, q));
    if (echo >= 0) {
      // Our own search landing in the URL: keep what has been typed since.
      setInFlight(inFlight.slice(echo + 1));
    } else {
      // The URL changed under us (Back, a chip removed, Clear all): show its query.
      setInFlight([]);
      if (!sameQuery(draft, q)) setDraft(q);
    }
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Commits a pending edit now; true when there was one. */
  function flush(): boolean {
    clearTimeout(timer.current);
    if (pending.current === null) return false;
    const text = pending.current;
    pending.current = null;
    if (!sameQuery(text, q)) setInFlight((sent) => [...sent, text]);
    onSearch(text);
    return true;
  }

  function change(text: string) {
    setDraft(text);
    if (!started.current) {
      started.current = true;
      onFirstInput?.();
    }
    pending.current = text;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SEARCH_DEBOUNCE_MS);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!flush() && !sameQuery(draft, q)) {
      setInFlight((sent) => [...sent, draft]);
      onSearch(draft);
    }
    onSessionEnd?.();
  }

  return (
    <form role="search" onSubmit={submit} className="relative">
      <label htmlFor="board-search" className="sr-only">
        Search jobs
      </label>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 left-3 h-5 w-5 -translate-y-1/2 text-slate-500 dark:text-slate-400"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <circle cx="9" cy="9" r="6" />
        <path d="m14 14 4 4" strokeLinecap="round" />
      </svg>
      <input
        id="board-search"
        type="search"
        value={draft}
        onChange={(e) => change(e.target.value)}
        onBlur={() => {
          flush();
          onSessionEnd?.();
        }}
        placeholder="Search by title, team, place or topic"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={3000}
        className={`w-full rounded-lg border border-slate-300 bg-white py-3 pr-3 pl-10 text-base text-slate-900 shadow-sm placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${focusRing}`}
      />
    </form>
  );
}
