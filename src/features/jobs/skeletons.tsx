/**
 * Placeholders shown while a route's module and data load for the first time. They take the same boxes as the
 * real pages (header row, sidebar, result cards), so nothing shifts when the content arrives. Each is at least a
 * viewport tall: the footer starts below the fold instead of sitting at the bottom of the screen and being pushed
 * out of it when the page arrives (a layout shift Lighthouse counted on job and story pages).
 */
function Bar({ className }: { className: string }) {
  return <div className={`rounded bg-slate-200 dark:bg-slate-800 ${className}`} />;
}

export function BoardSkeleton() {
  return (
    <div aria-busy="true" className="mx-auto min-h-screen max-w-7xl px-4 pt-6 sm:px-6">
      <p className="sr-only" role="status">
        Loading jobs…
      </p>
      <div aria-hidden="true" className="animate-pulse motion-reduce:animate-none">
        <Bar className="h-8 w-48" />
        <Bar className="mt-4 h-12 w-full" />
        <div className="mt-6 lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
          <div className="hidden space-y-3 lg:block">
            {Array.from({ length: 10 }, (_, i) => (
              <Bar key={i} className="h-5 w-full" />
            ))}
          </div>
          <div className="space-y-4">
            <Bar className="h-6 w-32" />
            {Array.from({ length: 5 }, (_, i) => (
              <Bar key={i} className="h-32 w-full rounded-lg" />
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

export function PageSkeleton() {
  return (
    <div aria-busy="true" className="mx-auto min-h-screen max-w-7xl px-4 pt-6 sm:px-6">
      <p className="sr-only" role="status">
        Loading…
      </p>
      <div aria-hidden="true" className="animate-pulse space-y-4 motion-reduce:animate-none">
        <Bar className="h-4 w-24" />
        <Bar className="h-10 w-2/3" />
        <Bar className="h-5 w-1/2" />
        <Bar className="h-64 w-full max-w-measure" />
      </div>
    </div>
  );
}
