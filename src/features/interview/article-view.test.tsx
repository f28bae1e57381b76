// @vitest-environment jsdom
/**
 * The story page's rendered structure, checked against test/fixtures/gold/interview.json.
 * The Article comes from the stand-in parser in ./test-support/interview-article.ts (see its header): the
 * real document text, until scripts/ingest/parse/article.ts lands.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobsIndexQuery } from '../../lib/data/queries';
import type { Article } from '../../shared/bundle-schema';
import { ArticleView } from './article-view';
import { gold, interviewArticle } from './test-support/interview-article';
import { jobsIndex } from './test-support/jobs';
import { prose } from './text';

function renderArticle(
  article: Article,
  { path = '/stories/x', jobs = true }: { path?: string; jobs?: boolean } = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (jobs) client.setQueryData(jobsIndexQuery().queryKey, jobsIndex);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>{children}</MemoryRouter>
    </QueryClientProvider>
  );
  return render(<ArticleView article={article} />, { wrapper });
}

/** Paragraph elements that are body text (not inside an aside, figure or caption). */
function bodyParagraphs(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('p[data-block="paragraph"]')].filter(
    (p) => !p.closest('aside, figure, figcaption, blockquote'),
  );
}

const article = interviewArticle();
const goldAsides = gold.asides.map(prose);
const goldCaptions = gold.figures.map((f) => prose(f.caption));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the interview article, against the gold structure', () => {
  it('has the title as the only h1, the dek and the reading time', () => {
    renderArticle(article);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(prose(gold.title));
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(prose(gold.dek))).toBeInTheDocument();
    expect(screen.getByText(`${article.readingMinutes} min read · 9 questions`)).toBeInTheDocument();
    expect(document.title).toBe(`${prose(gold.title)} · Summit`);
  });

  it('has the nine questions as h2s, in order, with their text and anchors q1…q9', () => {
    renderArticle(article);
    const body = screen.getByRole('article');
    const questions = within(body).getAllByRole('heading', { level: 2 });
    expect(questions.map((h) => h.textContent)).toEqual(gold.questions.map(prose));
    expect(questions.map((h) => h.id)).toEqual(gold.questions.map((_, i) => `q${i + 1}`));
  });

  it('answers hold only answer text: paragraph counts match, no aside or caption text in them', () => {
    renderArticle(article);
    gold.answerParagraphs.forEach((count, i) => {
      const section = document.querySelector(`[data-section="q${i + 1}"]`);
      expect(section, `section q${i + 1}`).not.toBeNull();
      const paragraphs = bodyParagraphs(section as Element);
      expect(paragraphs, `answer ${i + 1}`).toHaveLength(count);
      for (const p of paragraphs) {
        for (const text of [...goldAsides, ...goldCaptions])
          expect(p.textContent).not.toContain(text.slice(0, 60));
        expect(p.textContent).not.toContain(prose(gold.closingNote));
      }
    });
  });

  it('has the intro paragraphs before the first question', () => {
    renderArticle(article);
    const firstQuestion = document.getElementById('q1') as HTMLElement;
    const intro = bodyParagraphs(screen.getByRole('article')).filter(
      (p) => p.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(intro).toHaveLength(gold.introParagraphs);
  });

  it('has four figures with captions and labelled placeholder art, never an <img>', () => {
    renderArticle(article);
    const figures = [...screen.getByRole('article').querySelectorAll('figure')];
    expect(figures).toHaveLength(gold.figures.length);
    figures.forEach((figure, i) => {
      const expected = gold.figures[i];
      expect(figure.querySelector('figcaption')).not.toBeNull();
      expect(within(figure).getByRole('img')).toHaveAccessibleName(prose(expected?.alt ?? ''));
    });
    expect(document.querySelectorAll('img')).toHaveLength(0);
    // Captions, in order (the pull quote's caption is set as quote + speaker).
    expect(figures[0]?.querySelector('figcaption')).toHaveTextContent(goldCaptions[0] ?? '');
    expect(figures[1]?.querySelector('figcaption')).toHaveTextContent(goldCaptions[1] ?? '');
    expect(figures[3]?.querySelector('figcaption')).toHaveTextContent(goldCaptions[3] ?? '');
  });

  it('sets the pull quote as a blockquote inside its figure, in answer 4', () => {
    renderArticle(article);
    const quotes = screen.getByRole('article').querySelectorAll('blockquote');
    expect(quotes).toHaveLength(1);
    const quote = quotes[0] as HTMLElement;
    expect(quote.closest('figure')).not.toBeNull();
    expect(quote.closest('[data-section]')?.getAttribute('data-section')).toBe('q4');
    expect(quote.textContent).toMatch(/^\u201cThe customer shouldn\u2019t see or experience/);
    expect(quote.closest('figcaption')).toHaveTextContent(/Bshara$/);
  });

  it('sets the two "Related content" asides apart from the answers', () => {
    renderArticle(article);
    const asides = [...screen.getByRole('article').querySelectorAll('aside')];
    expect(asides).toHaveLength(2);
    asides.forEach((aside, i) => {
      expect(aside).toHaveTextContent('Related content');
      expect(aside).toHaveTextContent(goldAsides[i] ?? '');
    });
    expect(asides[0]?.closest('[data-section]')?.getAttribute('data-section')).toBe('q4');
    expect(asides[1]?.closest('[data-section]')?.getAttribute('data-section')).toBe('q7');
  });

  it('puts the closing note after the last answer, outside it', () => {
    renderArticle(article);
    const note = screen.getByText(prose(gold.closingNote));
    const lastSection = document.querySelector('[data-section="q9"]') as HTMLElement;
    expect(lastSection.contains(note)).toBe(false);
    const lastAnswer = bodyParagraphs(lastSection).at(-1) as HTMLElement;
    expect(lastAnswer.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('article').contains(note)).toBe(true);
  });

  it('renders real quotation marks and no non-breaking-space artefacts', () => {
    renderArticle(article);
    const text = screen.getByRole('article').textContent ?? '';
    expect(text).not.toMatch(/["']/);
    expect(text).not.toContain('\u00a0');
    expect(text).toContain('\u2018just works\u2019');
  });

  it('renders document text as text, never as markup', () => {
    const hostile = interviewArticle({
      title: 'A <b>bold</b> title',
      blocks: [{ type: 'paragraph', text: '<img src=x onerror="alert(1)"> hello' }],
    });
    renderArticle(hostile);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A <b>bold</b> title');
    expect(document.querySelector('b, img')).toBeNull();
  });
});

describe('table of contents', () => {
  it('is a navigation landmark with nine links to #q1…#q9 named by their questions', () => {
    renderArticle(article);
    const nav = screen.getByRole('navigation', { name: 'Table of contents' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(gold.questions.map((_, i) => `#q${i + 1}`));
    expect(links.map((a) => a.textContent?.replace(/^\d+/, ''))).toEqual(gold.questions.map(prose));
    expect(links[0]).toHaveAccessibleName(prose(gold.questions[0] ?? ''));
  });

  it('collapses on narrow screens behind a disclosure button', async () => {
    renderArticle(article);
    const toggle = screen.getByRole('button', { name: /In this interview: 9 questions/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toHaveClass('lg:block');
  });

  it('marks the question in view with aria-current (IntersectionObserver)', () => {
    const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
    class FakeObserver {
      targets: Element[] = [];
      constructor(public callback: IntersectionObserverCallback) {
        observers.push(this);
      }
      observe(el: Element) {
        this.targets.push(el);
      }
      disconnect() {}
      unobserve() {}
      takeRecords() {
        return [];
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    renderArticle(article);
    const observer = observers.at(-1);
    expect(observer?.targets).toHaveLength(9);
    const fire = (index: number, isIntersecting: boolean) =>
      act(() =>
        observer?.callback(
          [
            {
              target: observer.targets[index],
              isIntersecting,
              rootBounds: null,
            } as unknown as IntersectionObserverEntry,
          ],
          observer as unknown as IntersectionObserver,
        ),
      );
    fire(2, true);
    const nav = screen.getByRole('navigation', { name: 'Table of contents' });
    const current = within(nav)
      .getAllByRole('link')
      .filter((a) => a.hasAttribute('aria-current'));
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveAttribute('href', '#q3');
    expect(current[0]).toHaveAttribute('aria-current', 'location');
    fire(2, false);
    fire(3, true);
    expect(within(nav).getByRole('link', { current: 'location' })).toHaveAttribute('href', '#q4');
  });
});

describe('deep links and copy links', () => {
  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      cb(0);
      return 1;
    });
  });

  it('scrolls to the question named by the fragment once the content has rendered', () => {
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    renderArticle(article, { path: '/stories/x#q4' });
    expect(scrolled).toEqual(['q4']);
    // @ts-expect-error jsdom has no scrollIntoView; remove the stub again.
    delete Element.prototype.scrollIntoView;
  });

  it('copies a question link with the Clipboard API and says "Copied"', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderArticle(article);
    const buttons = screen.getAllByRole('button', { name: /^Copy link to question \d$/ });
    expect(buttons).toHaveLength(9);
    await userEvent.click(buttons[3] as HTMLElement);
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${window.location.pathname}#q4`);
    const section = document.querySelector('[data-section="q4"]') as HTMLElement;
    expect(within(section).getByRole('status')).toHaveTextContent('Copied');
  });

  it('falls back to execCommand, and shows the link when copying is impossible', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const exec = vi.fn().mockReturnValueOnce(true).mockReturnValueOnce(false);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    renderArticle(article);
    const button = screen.getByRole('button', { name: 'Copy link to question 2' });
    const status = within(document.querySelector('[data-section="q2"]') as HTMLElement).getByRole('status');
    await userEvent.click(button);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(status).toHaveTextContent('Copied');
    await userEvent.click(button);
    expect(status).toHaveTextContent(/Copy failed\. The link is .*#q2$/);
  });
});

describe('reading progress', () => {
  it('is a labelled progressbar', () => {
    renderArticle(article);
    const bar = screen.getByRole('progressbar', { name: 'Reading progress' });
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(bar).toHaveAttribute('aria-valuenow');
  });
});

describe('jobs related to this story', () => {
  it('lists matching jobs and board links that say how many jobs they lead to', () => {
    renderArticle(article);
    const aside = screen.getByRole('complementary', { name: 'Jobs related to this story' });
    const links = within(aside).getAllByRole('link');
    const jobLinks = links.filter((a) => a.getAttribute('href')?.startsWith('/jobs/'));
    expect(jobLinks.map((a) => a.getAttribute('href'))).toEqual([
      '/jobs/alexa-applied-scientist',
      '/jobs/systems-researcher',
      '/jobs/ml-scientist',
      '/jobs/robotics-intern',
    ]);
    expect(within(aside).getByRole('link', { name: '1 job at Alexa' })).toHaveAttribute(
      'href',
      '/?team=alexa',
    );
    expect(within(aside).getByRole('link', { name: '3 jobs in Machine learning' })).toHaveAttribute(
      'href',
      '/?area=machine-learning',
    );
    expect(within(aside).getByRole('link', { name: '1 job in Cloud and systems' })).toHaveAttribute(
      'href',
      '/?area=cloud-and-systems',
    );
  });

  it('shows a skeleton while the jobs load, without breaking the article', () => {
    renderArticle(article, { jobs: false });
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Jobs related to this story' })).toBeInTheDocument();
  });
});
