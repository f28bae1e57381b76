/**
 * What the browser measurements read inside the page, installed before any of the page's scripts
 * (context.addInitScript): when the result count first shows, every change of the count and of the URL with the
 * frame after it, the last input event's timestamp, and Event Timing entries (what INP is made of).
 *
 * All times are performance.now() in the page: milliseconds since navigation start.
 */
import type { Page } from '@playwright/test';

export interface ProbeState {
  /** When a role=status element first read "<expected> jobs", and the frame after (on screen). */
  firstCountAt?: number;
  firstCountPaintedAt?: number;
  /** Timestamp of the last pointerdown / keydown (event.timeStamp). */
  inputAt?: number;
  /** Count changes and URL changes since the last reset: when they happened and the frame after. */
  marks: { kind: 'status' | 'url'; at: number; paintedAt?: number; text: string }[];
  events: { name: string; startTime: number; duration: number; interactionId: number }[];
}

declare global {
  interface Window {
    __probe?: ProbeState;
  }
}

/** The init script. Self-contained: Playwright serialises it into the page. */
export function installProbe(expected: number | null): void {
  const probe: ProbeState = { marks: [], events: [] };
  window.__probe = probe;
  const COUNT = /^\s*([\d,.\s]+?)\s+jobs?\b/;
  const countText = () => {
    for (const el of Array.from(document.querySelectorAll('[role="status"]'))) {
      const text = el.textContent ?? '';
      if (COUNT.test(text)) return text.trim();
    }
    return null;
  };
  const afterFrame = (mark: { at: number; paintedAt?: number }) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        mark.paintedAt = performance.now();
      }, 0),
    );
  let last: string | null = null;
  const check = () => {
    const text = countText();
    if (text === null || text === last) return;
    last = text;
    const now = performance.now();
    const m = COUNT.exec(text);
    const n = m === null ? Number.NaN : Number((m[1] ?? '').replace(/[,.\s]/g, ''));
    if (probe.firstCountAt === undefined && (expected === null || n === expected)) {
      probe.firstCountAt = now;
      requestAnimationFrame(() =>
        setTimeout(() => {
          probe.firstCountPaintedAt = performance.now();
        }, 0),
      );
    }
    const mark = { kind: 'status' as const, at: now, text };
    probe.marks.push(mark);
    afterFrame(mark);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  const wrap = (name: 'pushState' | 'replaceState') => {
    const original = history[name].bind(history);
    history[name] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      const mark = { kind: 'url' as const, at: performance.now(), text: location.search };
      probe.marks.push(mark);
      afterFrame(mark);
    };
  };
  wrap('pushState');
  wrap('replaceState');
  const input = (e: Event) => {
    probe.inputAt = e.timeStamp;
  };
  addEventListener('pointerdown', input, true);
  addEventListener('keydown', input, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        probe.events.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          interactionId: e.interactionId ?? 0,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // Event Timing not supported: no entries.
  }
}

export async function resetMarks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const p = window.__probe;
    if (p) {
      p.marks = [];
      p.inputAt = undefined;
    }
  });
}

export interface Interaction {
  /** Input to the frame after the last count/URL change (ms), or null when nothing changed. */
  latency: number | null;
  /** The count text after it. */
  text: string | null;
  /** Longest Event Timing entry of the interaction (ms), or 0 when none reached the 16 ms threshold. */
  eventTiming: number;
}

/** After an input: wait until count/URL changes have been quiet for `quietMs`, then read what happened. */
export async function readInteraction(page: Page, quietMs = 250, timeoutMs = 10_000): Promise<Interaction> {
  const deadline = Date.now() + timeoutMs;
  let lastCount = -1;
  let stableSince = Date.now();
  for (;;) {
    const state = await page.evaluate(() => {
      const p = window.__probe;
      return { n: p?.marks.length ?? 0, painted: p?.marks.every((m) => m.paintedAt !== undefined) ?? true };
    });
    if (state.n !== lastCount || !state.painted) {
      lastCount = state.n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) break;
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return page.evaluate(() => {
    const p = window.__probe as ProbeState;
    const input = p.inputAt ?? 0;
    const painted = p.marks.map((m) => m.paintedAt ?? m.at);
    const status = p.marks.filter((m) => m.kind === 'status');
    const events = p.events.filter(
      (e) => e.interactionId > 0 && e.startTime >= input - 2 && e.startTime < input + 5000,
    );
    return {
      latency: painted.length === 0 ? null : Math.max(...painted) - input,
      text: status.length === 0 ? null : (status[status.length - 1] as { text: string }).text,
      eventTiming: events.reduce((m, e) => Math.max(m, e.duration), 0),
    };
  });
}

/** "1,234 jobs" → 1234. */
export function countFrom(text: string | null): number | null {
  if (text === null) return null;
  const m = /^\s*([\d,.\s]+?)\s+jobs?\b/.exec(text);
  return m === null ? null : Number((m[1] ?? '').replace(/[,.\s]/g, ''));
}
