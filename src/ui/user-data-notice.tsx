import { dismissUserDataNotice, useUserData } from '../lib/user-data/store';
import { secondaryButton } from './styles';

/** What the visitor must know about their saved data (set aside, kept in memory only, list full), until dismissed. */
export function UserDataNoticeBanner() {
  const { notice } = useUserData();
  return (
    <div role="status" className="print:hidden">
      {notice && (
        <div className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm sm:px-6">
            <p>{notice.message}</p>
            <button type="button" onClick={dismissUserDataNotice} className={secondaryButton}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
