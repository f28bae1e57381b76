// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from './use-media-query';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A MediaQueryList stand-in whose answer the test flips. */
function fakeList(initial: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    matches: initial,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const set = (matches: boolean) => {
    list.matches = matches;
    for (const fn of listeners) fn();
  };
  return { list, set };
}

describe('useMediaQuery', () => {
  it('answers from matchMedia, follows its change events, and asks matchMedia once per query', () => {
    const fake = fakeList(true);
    const matchMedia = vi.fn(() => fake.list);
    vi.stubGlobal('matchMedia', matchMedia);
    const { result, rerender } = renderHook(() => useMediaQuery('(min-width: 1px) and (test: 1)'));
    expect(result.current).toBe(true);
    act(() => fake.set(false));
    expect(result.current).toBe(false);
    rerender();
    rerender();
    expect(matchMedia).toHaveBeenCalledTimes(1);
  });

  it('is false where matchMedia is missing', () => {
    vi.stubGlobal('matchMedia', undefined);
    const { result } = renderHook(() => useMediaQuery('(min-width: 1px) and (test: 2)'));
    expect(result.current).toBe(false);
  });
});
