// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, useAfterPaintValue } from './use-after-paint-value';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterNextPaint', () => {
  it('runs once, in a task after the next frame', () => {
    const run = vi.fn();
    afterNextPaint(run);
    vi.advanceTimersByTime(15);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10); // the frame (16 ms), then its task
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled', () => {
    const run = vi.fn();
    afterNextPaint(run)();
    vi.advanceTimersByTime(200);
    expect(run).not.toHaveBeenCalled();
  });

  it('does not wait more than 100 ms where no frame is drawn (a hidden tab)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    try {
      const run = vi.fn();
      afterNextPaint(run);
      vi.advanceTimersByTime(99);
      expect(run).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('useAfterPaintValue', () => {
  it('keeps the previous value until the next frame is drawn, then follows', () => {
    const { result, rerender } = renderHook(({ value }) => useAfterPaintValue(value), {
      initialProps: { value: 'a' },
    });
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(40));
    expect(result.current).toBe('b');
  });

  it('skips values replaced before a frame was drawn', () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ value }) => {
        const shown = useAfterPaintValue(value);
        seen.push(shown);
        return shown;
      },
      { initialProps: { value: 'a' } },
    );
    rerender({ value: 'b' });
    rerender({ value: 'c' });
    act(() => vi.advanceTimersByTime(40));
    expect(seen).not.toContain('b');
    expect(seen[seen.length - 1]).toBe('c');
  });
});
