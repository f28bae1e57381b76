/**
 * The board's own links (result cards, pager, chips, relaxations). React Router's <Link> reads the location, so
 * every one of them redraws on every URL change, memoised parents or not: a filter click re-rendered some thirty
 * links in its own task, where only the checkbox, the count and the heading need to change. A BoardLink takes a
 * stable navigate function from the board instead, and redraws only when its own props change. Outside the board
 * (no provider: the job page's similar jobs) it is a plain <Link>.
 */
import { createContext, useContext, type AnchorHTMLAttributes, type MouseEvent, type Ref } from 'react';
import { Link } from 'react-router';

export type BoardNavigate = (to: string, options: { state?: unknown; preventScrollReset?: boolean }) => void;

export const BoardNavigateContext = createContext<BoardNavigate | null>(null);

type BoardLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** An absolute path with its query (the board writes them canonically). */
  to: string;
  state?: unknown;
  preventScrollReset?: boolean;
  ref?: Ref<HTMLAnchorElement>;
};

/** A click the page should handle (as <Link> decides): plain left click, no modifier, same window. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>, target: string | undefined): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    (!target || target === '_self') &&
    !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
  );
}

export function BoardLink({ to, state, preventScrollReset, onClick, children, ...rest }: BoardLinkProps) {
  const navigate = useContext(BoardNavigateContext);
  if (navigate === null)
    return (
      <Link {...rest} to={to} state={state} preventScrollReset={preventScrollReset} onClick={onClick}>
        {children}
      </Link>
    );
  return (
    <a
      {...rest}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (!isPlainClick(event, rest.target)) return;
        event.preventDefault();
        navigate(to, { state, preventScrollReset });
      }}
    >
      {children}
    </a>
  );
}
