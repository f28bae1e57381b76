// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import {
  Route,
  Routes,
  UNSAFE_createMemoryHistory as createMemoryHistory,
  useLocation,
  useNavigate,
  type NavigateOptions,
} from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRouter } from './browser-router';
import { ScrollRestoration } from './scroll-restoration';

let y = 0;
const scrollTo = vi.fn((_x: number, top: number) => {
  y = top;
});

beforeEach(() => {
  y = 0;
  scrollTo.mockClear();
  vi.stubGlobal('scrollTo', scrollTo);
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => y });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** What the page showed right after each navigate() call returned. */
const seen: string[] = [];

function Page() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const go = (to: string, options?: NavigateOptions) => () => {
    void navigate(to, options);
    seen.push(document.querySelector('h1')?.textContent ?? '');
  };
  return (
    <>
      <h1>{`${pathname}${search}`}</h1>
      <button onClick={go('/b', { flushSync: true })}>urgent</button>
      <button onClick={go('/c')}>plain</button>
      <button onClick={go('/?f=1', { preventScrollReset: true })}>filter</button>
      <button onClick={go('/?page=2')}>page 2</button>
    </>
  );
}

function renderApp(path = '/') {
  const history = createMemoryHistory({ initialEntries: [path], v5Compat: true });
  render(
    <AppRouter history={history}>
      <Routes>
        <Route path="*" element={<Page />} />
      </Routes>
      <ScrollRestoration />
    </AppRouter>,
  );
  return history;
}

describe('the app router', () => {
  it('renders a flushSync navigation within the call; any other one in a transition, after it', async () => {
    seen.length = 0;
    renderApp('/a');
    await act(async () => screen.getByRole('button', { name: 'urgent' }).click());
    expect(seen).toEqual(['/b']);
    await act(async () => screen.getByRole('button', { name: 'plain' }).click());
    expect(seen).toEqual(['/b', '/b']); // still the page it was on: a transition renders later
    expect(screen.getByRole('heading')).toHaveTextContent('/c');
  });

  it('scrolls to the top on a new entry, not when the navigation prevents it; Back restores the position', async () => {
    const history = renderApp('/');
    y = 900;
    window.dispatchEvent(new Event('scroll'));
    await act(async () => screen.getByRole('button', { name: 'filter' }).click());
    expect(screen.getByRole('heading')).toHaveTextContent('/?f=1');
    expect(y).toBe(900);
    window.dispatchEvent(new Event('scroll'));
    await act(async () => screen.getByRole('button', { name: 'page 2' }).click());
    expect(screen.getByRole('heading')).toHaveTextContent('/?page=2');
    expect(y).toBe(0);
    await act(async () => history.go(-1));
    expect(screen.getByRole('heading')).toHaveTextContent('/?f=1');
    expect(y).toBe(900);
  });
});
