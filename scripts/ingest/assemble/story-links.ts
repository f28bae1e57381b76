/**
 * The link between the two halves of every page: a page's article (its story) and the jobs listed under it.
 *
 * Documents are read one at a time; each one's article is known before its listings, so `storiesOf` can name a
 * job's stories as soon as the job (or a duplicate of it) is seen — a job file is staged with the same summary it
 * will end with, unless a later page lists it again. Once every document is read, `linkArticles` gives each
 * article the ids of the jobs on its pages, in listing order. Both directions come from the jobs' sources, so
 * they always agree: a job names a story exactly when the story lists the job.
 */
import type { Article, ArticleKind, Source, StoryRef } from '../../../src/shared/bundle-schema';
import { compareSources } from './dedupe';

/** An interview has questions and answers; anything else is an article. */
export function articleKind(article: Pick<Article, 'qa'>): ArticleKind {
  return article.qa.length > 0 ? 'interview' : 'article';
}

export class StoryLinks {
  /** File name → the article its page carries (no entry: a page without an article). */
  private readonly byFile = new Map<string, Article>();

  /** `file`'s page carries `article` (one already seen on another page, or a new one). */
  setArticle(file: string, article: Article): void {
    this.byFile.set(file, article);
  }

  /** The stories of the pages `sources` are on, in the sources' order, each once. */
  storiesOf(sources: readonly Source[]): StoryRef[] {
    const out: StoryRef[] = [];
    const seen = new Set<Article>();
    for (const source of sources) {
      const article = this.byFile.get(source.file);
      if (article === undefined || seen.has(article)) continue;
      seen.add(article);
      out.push({ slug: article.slug, title: article.title });
    }
    return out;
  }

  /** Sets every article's `jobs`: the jobs listed on its pages, by file then line, each once. */
  linkArticles(articles: readonly Article[], jobs: readonly { id: string; sources: readonly Source[] }[]) {
    const listed = new Map<Article, { id: string; source: Source }[]>();
    for (const job of jobs) {
      for (const source of job.sources) {
        const article = this.byFile.get(source.file);
        if (article === undefined) continue;
        let entries = listed.get(article);
        if (entries === undefined) listed.set(article, (entries = []));
        entries.push({ id: job.id, source });
      }
    }
    for (const article of articles) {
      const entries = (listed.get(article) ?? []).sort((a, b) => compareSources(a.source, b.source));
      article.jobs = [...new Set(entries.map((e) => e.id))];
    }
  }
}
