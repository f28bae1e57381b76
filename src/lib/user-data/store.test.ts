// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyUserData, SET_ASIDE_KEY, USER_DATA_KEY, USER_DATA_VERSION } from '../../shared/user-data';
import {
  deferUserDataLoad,
  loadUserData,
  resetUserDataStoreForTests,
  toggleSavedJob,
  useUserData,
} from './store';
import { act, renderHook, waitFor } from '@testing-library/react';

const job = {
  id: 'economist-seattle-1a2b3c4d',
  title: 'Economist',
  team: 'Prime Video',
  place: 'Seattle, WA, US',
};

beforeEach(() => {
  localStorage.clear();
  resetUserDataStoreForTests();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function stored(): unknown {
  const raw = localStorage.getItem(USER_DATA_KEY);
  return raw === null ? null : JSON.parse(raw);
}

describe('user-data store', () => {
  it('renders "not loaded" first (the server snapshot), then the stored data', async () => {
    localStorage.setItem(
      USER_DATA_KEY,
      JSON.stringify({ ...emptyUserData(), savedJobs: [{ ...job, savedAt: 5 }] }),
    );
    const { result } = renderHook(() => useUserData());
    expect(result.current.data).toBeNull();
    await act(() => loadUserData());
    expect(result.current.data?.savedJobs.map((j) => j.id)).toEqual([job.id]);
    expect(result.current.notice).toBeNull();
  });

  it('saves to and removes from localStorage', async () => {
    await toggleSavedJob(job);
    expect(stored()).toMatchObject({ version: USER_DATA_VERSION, savedJobs: [{ id: job.id }] });
    await toggleSavedJob(job);
    expect(stored()).toMatchObject({ savedJobs: [] });
  });

  it('sets corrupt data aside with a notice and starts afresh', async () => {
    localStorage.setItem(USER_DATA_KEY, '{not json');
    const { result } = renderHook(() => useUserData());
    await act(() => loadUserData());
    expect(result.current.data?.savedJobs).toEqual([]);
    expect(result.current.notice?.kind).toBe('set-aside');
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBe('{not json');
    expect(localStorage.getItem(USER_DATA_KEY)).toBeNull();
  });

  it('a full storage keeps the data in memory and says so once', async () => {
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(quota);
    const { result } = renderHook(() => useUserData());
    await act(() => toggleSavedJob(job));
    expect(result.current.mode).toBe('memory');
    expect(result.current.notice?.kind).toBe('full');
    expect(result.current.data?.savedJobs.map((j) => j.id)).toEqual([job.id]);
    // Said once: dismissed, it does not come back with the next save.
    const { dismissUserDataNotice } = await import('./store');
    act(() => dismissUserDataNotice());
    await act(() => toggleSavedJob({ ...job, id: 'other-job-1' }));
    expect(result.current.notice).toBeNull();
    expect(result.current.data?.savedJobs).toHaveLength(2);
  });

  it('disabled storage (access throws) falls back to memory with a notice', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const { result } = renderHook(() => useUserData());
    await act(() => loadUserData());
    expect(result.current.mode).toBe('memory');
    expect(result.current.notice?.kind).toBe('memory');
    await act(() => toggleSavedJob(job));
    expect(result.current.data?.savedJobs).toHaveLength(1);
  });

  it('follows another tab through the storage event', async () => {
    const { result } = renderHook(() => useUserData());
    await act(() => loadUserData());
    const value = JSON.stringify({ ...emptyUserData(), savedJobs: [{ ...job, savedAt: 9 }] });
    localStorage.setItem(USER_DATA_KEY, value);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: USER_DATA_KEY, newValue: value, storageArea: localStorage }),
      );
    });
    await waitFor(() => expect(result.current.data?.savedJobs.map((j) => j.id)).toEqual([job.id]));
  });

  it('reads the stored data by itself once idle after mount, unless a page holds it until it releases', async () => {
    localStorage.setItem(
      USER_DATA_KEY,
      JSON.stringify({ ...emptyUserData(), savedJobs: [{ ...job, savedAt: 5 }] }),
    );
    let release = () => {};
    deferUserDataLoad(new Promise<void>((resolve) => (release = resolve)));
    const { result } = renderHook(() => useUserData());
    // The idle load (a 200 ms timer where requestIdleCallback is missing) comes and goes while held.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(result.current.data).toBeNull();
    act(() => release());
    await waitFor(() => expect(result.current.data?.savedJobs).toHaveLength(1));
  });
});
