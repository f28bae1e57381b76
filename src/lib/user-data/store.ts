/**
 * The browser side of the visitor's data (saved jobs): one localStorage key, read through the model's schema
 * (src/shared/user-data.ts), shared by every component through useSyncExternalStore.
 *
 * - Hydration-safe: the server snapshot (and so the first render, pre-rendered or not) is "not loaded yet"; the
 *   stored data is read after mount, when the page is idle, or at once when something needs it (a click, /saved).
 *   The updates load then, as a chunk of their own, and zod (the schema) only when there is stored data to read.
 * - Unreadable data (damaged, foreign, from a newer version) is set aside under SET_ASIDE_KEY with a notice, and
 *   Summit starts afresh; it never throws at the page.
 * - Storage that is disabled or full: the data lives in memory for the rest of the session, and a notice says so
 *   once.
 * - Other tabs: the `storage` event re-reads the key, so every open tab shows the same saved jobs.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { SavedJob, SeenIndex, UserData } from '../../shared/user-data-ops';

type Model = typeof import('../../shared/user-data-ops');
type Reader = typeof import('./model');

export type StorageMode = 'local' | 'memory';

export interface UserDataNotice {
  kind: 'set-aside' | 'memory' | 'full';
  message: string;
}

export interface UserDataSnapshot {
  /** null until the stored data has been read (and always on the server and in the first render). */
  data: UserData | null;
  mode: StorageMode;
  notice: UserDataNotice | null;
}

const NOT_LOADED: UserDataSnapshot = { data: null, mode: 'local', notice: null };

let snapshot: UserDataSnapshot = NOT_LOADED;
let model: Model | null = null;
let loading: Promise<Model> | null = null;
let memoryNoticeGiven = false;
const listeners = new Set<() => void>();

function emit(next: UserDataSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

/** localStorage, or null where it is disabled (access itself throws in some browsers' privacy modes). */
function localStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

const MESSAGES = {
  memory:
    'Your browser is not letting Summit store anything, so saved jobs and searches are kept only until you close this tab.',
  full: 'Your browser’s storage for this site is full, so saved jobs and searches are kept only until you close this tab.',
  'set-aside':
    'Your saved jobs and searches could not be read (the stored data is damaged or from another version of Summit). It has been set aside, and your list starts afresh.',
} as const;

/** The memory fallback's notice, once per session. */
function memoryNotice(kind: 'memory' | 'full'): UserDataNotice | null {
  if (memoryNoticeGiven) return snapshot.notice;
  memoryNoticeGiven = true;
  return { kind, message: MESSAGES[kind] };
}

let reader: Reader | null = null;

/** Reads and applies the stored value; the schema's chunk (zod) only when there is one. */
async function readStored(m: Model): Promise<void> {
  if (snapshot.mode === 'memory' && snapshot.data) return;
  const store = localStore();
  let raw: string | null;
  try {
    if (!store) throw new Error('no localStorage');
    raw = store.getItem(m.USER_DATA_KEY);
  } catch {
    emit({ data: snapshot.data ?? m.emptyUserData(), mode: 'memory', notice: memoryNotice('memory') });
    return;
  }
  if (raw === null) {
    emit({ data: m.emptyUserData(), mode: 'local', notice: snapshot.notice });
    return;
  }
  reader ??= await import('./model');
  const result = reader.readUserData(raw);
  let notice = snapshot.notice;
  if (result.problem !== null) {
    try {
      store.setItem(m.SET_ASIDE_KEY, raw);
      store.removeItem(m.USER_DATA_KEY);
    } catch {
      // Nothing more to do: the fresh start below stands either way.
    }
    notice = { kind: 'set-aside', message: MESSAGES['set-aside'] };
  }
  emit({ data: result.data, mode: 'local', notice });
}

function onStorage(event: StorageEvent): void {
  // key null: another tab cleared the site's storage.
  if (!model || (event.key !== null && event.key !== model.USER_DATA_KEY)) return;
  if (snapshot.mode === 'memory') return;
  void readStored(model).catch(() => undefined);
}

/** Loads the model and reads the stored data (once); resolves with the model. */
export function loadUserData(): Promise<Model> {
  loading ??= import('../../shared/user-data-ops').then(
    async (m) => {
      model = m;
      await readStored(m);
      window.addEventListener('storage', onStorage);
      return m;
    },
    (error: unknown) => {
      // A chunk that failed to load (offline): let the next call try again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

let loadScheduled = false;
let holds = 0;
let loadHeld = false;

function loadWhenIdle(): void {
  const run = () => {
    // A page that asked to hold the load (the board, until its own idle load of the index) gets its way.
    if (holds > 0) {
      loadHeld = true;
      return;
    }
    void loadUserData().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/** After mount, when the page is idle: the first view neither waits for nor downloads the model. */
function scheduleLoad(): void {
  if (loadScheduled || typeof window === 'undefined') return;
  loadScheduled = true;
  loadWhenIdle();
}

/**
 * Holds the idle load until `until` settles: the board holds it until its job index is here (decision 0010's idle
 * load), so its first view carries neither the model nor zod. Called before the page's first render commits, since
 * the browser is idle while it waits for the page's chunks and data.
 */
export function deferUserDataLoad(until: Promise<unknown>): void {
  holds++;
  const release = () => {
    holds--;
    if (holds === 0 && loadHeld) {
      loadHeld = false;
      loadWhenIdle();
    }
  };
  until.then(release, release);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  scheduleLoad();
  return () => listeners.delete(listener);
}

const getSnapshot = () => snapshot;
const getServerSnapshot = () => NOT_LOADED;

/** The visitor's data; `data` is null in the first render and until it has been read. */
export function useUserData(): UserDataSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

function persist(m: Model, next: UserData, notice: UserDataNotice | null = snapshot.notice): void {
  let mode = snapshot.mode;
  if (mode === 'local') {
    try {
      const store = localStore();
      if (!store) throw new Error('no localStorage');
      store.setItem(m.USER_DATA_KEY, m.serialiseUserData(next));
    } catch (error) {
      mode = 'memory';
      notice = memoryNotice(isQuotaError(error) ? 'full' : 'memory');
    }
  }
  emit({ data: next, mode, notice });
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** Applies an update once the data is loaded; an update that returns the same object writes nothing. */
export async function updateUserData(change: (m: Model, data: UserData) => UserData): Promise<void> {
  const m = await loadUserData();
  const current = snapshot.data ?? m.emptyUserData();
  const next = change(m, current);
  if (next !== current) persist(m, next);
}

export function dismissUserDataNotice(): void {
  if (snapshot.notice) emit({ ...snapshot, notice: null });
}

/** A full list says so (it never drops an entry to make room). */
function showListFull(message: string): void {
  emit({ ...snapshot, notice: { kind: 'full', message } });
}

/** Saves or unsaves a job; a full list says so rather than dropping another saved job. */
export async function toggleSavedJob(job: Omit<SavedJob, 'savedAt'>): Promise<void> {
  const m = await loadUserData();
  const current = snapshot.data ?? m.emptyUserData();
  if (m.isSaved(current, job.id)) {
    persist(m, m.unsaveJob(current, job.id));
    return;
  }
  const result = m.saveJob(current, job, Date.now());
  if (result.full) {
    showListFull(
      `You have ${m.MAX_SAVED_JOBS} saved jobs, the most Summit keeps. Remove some on the Saved page to save more.`,
    );
    return;
  }
  persist(m, result.data);
}

/** For tests: forget everything loaded (the next read starts from storage again). */
export function resetUserDataStoreForTests(): void {
  if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  snapshot = NOT_LOADED;
  model = null;
  reader = null;
  loading = null;
  memoryNoticeGiven = false;
  loadScheduled = false;
  holds = 0;
  loadHeld = false;
}

// ---------------------------------------------------------------------------------------------------------------
// Saved searches.

function searchId(): string {
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Saves a board view (its canonical query string) under a name; false when the list is full. */
export async function saveBoardSearch(name: string, query: string): Promise<boolean> {
  const m = await loadUserData();
  const current = snapshot.data ?? m.emptyUserData();
  const result = m.saveSearch(current, { name, query }, Date.now(), searchId);
  if (result.full) {
    showListFull(
      `You have ${m.MAX_SAVED_SEARCHES} saved searches, the most Summit keeps. Remove one on the Saved page to save another.`,
    );
    return false;
  }
  if (result.data !== current) persist(m, result.data);
  return true;
}

export function removeSavedSearch(id: string): Promise<void> {
  return updateUserData((m, data) => m.removeSearch(data, id));
}

export function markSavedSearchLooked(id: string): Promise<void> {
  return updateUserData((m, data) => m.markSearchLooked(data, id, Date.now()));
}

// ---------------------------------------------------------------------------------------------------------------
// Seen jobs and "new".

/** Records the bundle's jobs as seen in this visit (see recordVisit in the model). */
export function recordJobsSeen(ids: readonly string[]): Promise<void> {
  return updateUserData((m, data) => m.recordVisit(data, ids, Date.now()));
}

const seenIndexes = new WeakMap<UserData, SeenIndex>();

/**
 * A test for "new since your last visit" over the current data, or null while nothing can be new (not loaded, a
 * first visit). The seen-set is unpacked once per data value.
 */
export function newJobTest(data: UserData | null): ((id: string) => boolean) | null {
  if (data === null || model === null || data.visit === null || data.seen.length === 0) return null;
  const m = model;
  let index = seenIndexes.get(data);
  if (!index) {
    index = m.seenIndex(data);
    seenIndexes.set(data, index);
  }
  const { firstSeen } = index;
  const start = data.visit.start;
  return (id) => {
    const info = firstSeen.get(m.jobKey(id));
    return info === undefined || (!info.first && info.at >= start);
  };
}

/** The model, once loaded (for pure computations over the data the hook returned). */
export function loadedUserDataModel(): Model | null {
  return model;
}

/** Records the jobs as seen once per jobs array (the board calls it with the full index, null before). */
export function useRecordJobsSeen(jobs: readonly { id: string }[] | null): void {
  useEffect(() => {
    if (jobs) void recordJobsSeen(jobs.map((job) => job.id)).catch(() => undefined);
  }, [jobs]);
}

/** True when the job is new since the visitor's last visit (false until the stored data has been read). */
export function useIsNewJob(id: string): boolean {
  const { data } = useUserData();
  const test = newJobTest(data);
  return test !== null && test(id);
}
