import { useEffect, useState, type RefObject } from 'react';

/** Sets document.title while the component is mounted and puts the previous one back afterwards. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}

/**
 * Which of the given sections is "being read": the one crossing a thin line a third of the way down the
 * viewport (IntersectionObserver with a root margin that shrinks the root to that line). Null above the first.
 * Sections are the elements marked `data-section="<id>"` (a question's heading holds the anchor id itself).
 */
export function useActiveSection(ids: readonly string[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  const key = ids.join(' ');

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const order = key.split(' ').filter(Boolean);
    const marked = new Map<string, HTMLElement>();
    for (const el of document.querySelectorAll<HTMLElement>('[data-section]'))
      marked.set(el.dataset.section ?? '', el);
    const elements = order.map((id) => marked.get(id)).filter((el): el is HTMLElement => el !== undefined);
    if (elements.length === 0) return;
    const crossing = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.section ?? '';
          if (entry.isIntersecting) crossing.add(id);
          else crossing.delete(id);
        }
        const current = order.find((id) => crossing.has(id));
        if (current) {
          setActive(current);
          return;
        }
        // Between sections keep the last one; above the first, nothing is active.
        const first = elements[0];
        const rootTop = entries[0]?.rootBounds?.top ?? window.innerHeight / 3;
        if (first && first.getBoundingClientRect().top > rootTop) setActive(null);
      },
      { rootMargin: '-33% 0px -66% 0px', threshold: 0 },
    );
    for (const element of elements) observer.observe(element);
    return () => observer.disconnect();
  }, [key]);

  return active;
}

/**
 * Scrolls to the element named by the URL fragment once it exists. The story renders only after its data has
 * loaded, so the browser's own fragment scroll on first load finds nothing: this does it when the content is
 * there (and again whenever the fragment changes).
 */
export function useScrollToHash(hash: string, ready: boolean) {
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const target = document.getElementById(id);
    if (!target || typeof target.scrollIntoView !== 'function') return;
    // After layout of this commit (and of images with fixed aspect ratios), so the position is final.
    const frame = requestAnimationFrame(() => target.scrollIntoView({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, [hash, ready]);
}

/** How far through the element the reader has scrolled, 0–100 (whole numbers, so re-renders stay rare). */
export function useReadingProgress(ref: RefObject<HTMLElement | null>): number {
  const [progress, setProgress] = useState(0);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const element = ref.current;
      if (!element) return;
      const rect = element.getBoundingClientRect();
      const scrollable = rect.height - window.innerHeight;
      const ratio = scrollable <= 0 ? (rect.top <= 0 ? 1 : 0) : -rect.top / scrollable;
      setProgress(Math.round(Math.min(1, Math.max(0, ratio)) * 100));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref]);

  return progress;
}
