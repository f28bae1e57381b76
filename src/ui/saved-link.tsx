import { Link } from 'react-router';
import { useUserData } from '../lib/user-data/store';
import { BookmarkIcon } from './save-job-button';
import { focusRing } from './styles';

/** The header's way to the saved jobs, with their count once the stored data has been read. */
export function SavedLink() {
  const { data } = useUserData();
  const count = data?.savedJobs.length ?? null;
  return (
    <Link
      to="/saved"
      className={`inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm font-medium text-slate-800 hover:text-brand-700 dark:text-slate-100 dark:hover:text-brand-100 ${focusRing}`}
    >
      <BookmarkIcon filled={count !== null && count > 0} />
      Saved
      {count !== null && count > 0 && (
        <span className="rounded-full bg-brand-700 px-1.5 text-xs leading-5 font-semibold text-white tabular-nums dark:bg-brand-100 dark:text-slate-950">
          {count}
          <span className="sr-only"> {count === 1 ? 'job' : 'jobs'}</span>
        </span>
      )}
    </Link>
  );
}
