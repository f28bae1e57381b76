/** On paper a link is only useful with its address: print it after the link text (hidden on screen). */
export function PrintUrl({ href }: { href: string }) {
  const absolute = typeof window === 'undefined' ? href : new URL(href, window.location.origin).href;
  return <span className="hidden text-sm break-all print:inline"> ({absolute})</span>;
}
