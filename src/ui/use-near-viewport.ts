import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come within `margin` of the viewport (or the page is about to print), and from then
 * on. For sections below the fold whose data is heavy: a story's related jobs and a job's similar jobs need the
 * whole job index (about 250 kB gzipped at 10,000 jobs), which a reader who never scrolls down should not pay for.
 * Where IntersectionObserver is missing, true at once.
 */
export function useNearViewport(ref: RefObject<HTMLElement | null>, margin = '1200px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver !== 'function');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    const onPrint = () => setNear(true);
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [ref, margin, near]);
  return near;
}
