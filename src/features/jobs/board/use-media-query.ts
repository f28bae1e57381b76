import { useSyncExternalStore } from 'react';

interface MediaStore {
  subscribe: (notify: () => void) => () => void;
  /** The last known answer: read on every render, so it must not call matchMedia (which may recalc style). */
  snapshot: () => boolean;
}

const stores = new Map<string, MediaStore>();

/** One store per query, kept current by the list's change events rather than asked again on every render. */
function storeFor(query: string): MediaStore {
  let store = stores.get(query);
  if (!store) {
    const list = typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
    let matches = list?.matches ?? false;
    store = {
      subscribe: (notify) => {
        if (!list) return () => {};
        const onChange = () => {
          matches = list.matches;
          notify();
        };
        list.addEventListener('change', onChange);
        // The answer may have changed between the first render and this subscription.
        if (list.matches !== matches) onChange();
        return () => list.removeEventListener('change', onChange);
      },
      snapshot: () => matches,
    };
    stores.set(query, store);
  }
  return store;
}

/** Whether a media query matches now (and re-renders when that changes). False where matchMedia is missing. */
export function useMediaQuery(query: string): boolean {
  const store = storeFor(query);
  return useSyncExternalStore(store.subscribe, store.snapshot, () => false);
}
