/**
 * Stage 6: a document's article lines → an Article.
 *
 * The scrape writes one paragraph per line with blank lines between. A run of non-blank lines is one unit:
 * - one line: a paragraph;
 * - "Related content" + one line: an aside (a link to another story, with its blurb);
 * - any other two lines: a figure (image-alt line, caption line); `Credit: …` lines under the caption are the
 *   figure's, and an image file name inside a longer run starts the figure there. A caption that opens with a
 *   quotation mark and closes the quote is set as a pull quote.
 * The first figure before the title is the hero (a lone image line can be one too: see splitHead); the first
 * paragraph is the title, the next the dek.
 * An interview is marked by `N. Q.` lines (a U+00A0 usually follows the marker; the question may be on the same
 * line or the next one) and `A.` lines; each answer's units become its blocks. After the last answer, trailing
 * paragraphs that are not the interviewee's words become the closing note: see isClosingNote.
 */
import type { Article, ArticleBlock, QA, ResearchArea, Source } from '../../../src/shared/bundle-schema';
import { researchAreasOf } from '../extract/research-areas';
import { countWords, slugify, trimArtefacts } from '../text';
import type { NumberedLine, Warning } from '../types';

const QUESTION_RE = /^[\s\u00a0]*(?:(\d{1,3})[.)][\s\u00a0]*)?Q[.:](?:[\s\u00a0]+(.*))?$/;
const ANSWER_RE = /^[\s\u00a0]*A[.:](?:[\s\u00a0]+(.*))?$/;

interface Unit {
  lines: NumberedLine[];
  indent: number;
}

const isBlank = (text: string) => trimArtefacts(text) === '';
const indentOf = (text: string) => /^[ \t\u00a0]*/.exec(text)?.[0].replace(/\t/g, '    ').length ?? 0;

type Event =
  | { kind: 'question'; number: number | null; text: string; line: number }
  | { kind: 'answer'; text: string; line: number; indent: number }
  | { kind: 'unit'; unit: Unit };

/** Lines → markers and units (runs of non-blank lines). */
function scan(lines: readonly NumberedLine[]): Event[] {
  const events: Event[] = [];
  let current: NumberedLine[] = [];
  const flush = () => {
    if (current.length > 0)
      events.push({ kind: 'unit', unit: { lines: current, indent: indentOf(current[0]?.text ?? '') } });
    current = [];
  };
  for (const l of lines) {
    if (isBlank(l.text)) {
      flush();
      continue;
    }
    const q = QUESTION_RE.exec(l.text);
    if (q !== null && (q[1] !== undefined || trimArtefacts(q[2] ?? '') === '')) {
      flush();
      events.push({
        kind: 'question',
        number: q[1] === undefined ? null : Number(q[1]),
        text: trimArtefacts(q[2] ?? ''),
        line: l.line,
      });
      continue;
    }
    const a = ANSWER_RE.exec(l.text);
    if (a !== null) {
      flush();
      events.push({
        kind: 'answer',
        text: trimArtefacts(a[1] ?? ''),
        line: l.line,
        indent: indentOf(l.text),
      });
      continue;
    }
    current.push(l);
  }
  flush();
  return events;
}

const OPEN_QUOTE = /^["“‘'«]/;

/** A caption is a pull quote when it opens with a quotation mark that is closed later in the caption. */
export function isPullQuote(caption: string): boolean {
  if (!OPEN_QUOTE.test(caption)) return false;
  const rest = caption.slice(1);
  return /["”’»]/.test(rest) && rest.length >= 20;
}

/** An image's file name used as its alt text ("Search funnel.png"). */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|svg|tiff?)$/i;
/** A photo credit, printed under the caption: it belongs to the figure. */
const CREDIT = /^(?:(?:photo|image|illustration|video)\s+)?(?:credits?|courtesy)\b\s*[:.-]?/i;

function figureOf(alt: string, caption: string): ArticleBlock {
  return { type: 'figure', alt, caption, pullQuote: isPullQuote(caption) };
}

function unitBlocks(unit: Unit, file: string, warnings: Warning[]): ArticleBlock[] {
  const texts = unit.lines.map((l) => trimArtefacts(l.text));
  const [first = '', second = ''] = texts;
  if (texts.length === 1) return [{ type: 'paragraph', text: first }];
  if (/^related content$/i.test(first)) {
    const blocks: ArticleBlock[] = [{ type: 'aside', label: first, text: second }];
    for (const t of texts.slice(2)) blocks.push({ type: 'paragraph', text: t });
    if (texts.length > 2) warnings.push(extraLines(file, unit, 'aside'));
    return blocks;
  }
  // An image named by its file ("Counterfactuals.png") may sit inside a run of lines: what precedes it is text,
  // the file name and the next line are the figure.
  const image = texts.findIndex((t, i) => i > 0 && i < texts.length - 1 && IMAGE_FILE.test(t));
  const figureAt = image > 0 ? image : 0;
  const blocks: ArticleBlock[] = texts.slice(0, figureAt).map((text) => ({ type: 'paragraph', text }));
  let caption = texts[figureAt + 1] ?? '';
  let next = figureAt + 2;
  // "Credit: …" lines under the caption are the figure's.
  while (next < texts.length && CREDIT.test(texts[next] as string)) caption = `${caption} ${texts[next++]}`;
  blocks.push(figureOf(texts[figureAt] ?? '', caption));
  if (next < texts.length) {
    warnings.push(extraLines(file, unit, 'figure'));
    for (const t of texts.slice(next)) blocks.push({ type: 'paragraph', text: t });
  }
  return blocks;
}

function extraLines(file: string, unit: Unit, kind: string): Warning {
  return {
    file,
    line: unit.lines[2]?.line ?? 0,
    message: `${unit.lines.length} lines without a blank line between them; read two as a ${kind}, the rest as paragraphs`,
  };
}

const ENDS_SENTENCE = /[.!?…]["”’)]*$/;

/**
 * The article's head: the hero figure (if any), the headline, the dek (the line after it), and the rest. A page
 * may open with a lone image line instead of alt + caption: an image file name, or a line that, like the
 * headline after it, is no sentence, followed by a dek that is one ("Jeff Wilke … gives a keynote at re:MARS 2019"
 * / "How Amazon's recommendation algorithm came to be" / "Item-to-item collaborative filtering, and …").
 */
export function splitHead(intro: readonly ArticleBlock[]): {
  hero: ArticleBlock | null;
  title: string | null;
  dek: string | null;
  rest: ArticleBlock[];
} {
  let i = 0;
  let hero: ArticleBlock | null = null;
  if (intro[0]?.type === 'figure') {
    hero = intro[0];
    i = 1;
  }
  const before: ArticleBlock[] = [];
  while (i < intro.length && intro[i]?.type !== 'paragraph') before.push(intro[i++] as ArticleBlock);
  const para = (k: number) => {
    const b = intro[k];
    return b?.type === 'paragraph' ? b.text : null;
  };
  let title = para(i);
  if (title === null) return { hero, title: null, dek: null, rest: before };
  if (hero === null && before.length === 0) {
    const next = para(i + 1);
    const after = para(i + 2);
    const loneImage =
      next !== null &&
      (IMAGE_FILE.test(title) ||
        (after !== null &&
          !ENDS_SENTENCE.test(title) &&
          !ENDS_SENTENCE.test(next) &&
          ENDS_SENTENCE.test(after) &&
          after.length <= 400));
    if (loneImage) {
      hero = figureOf(title, '');
      title = next;
      i++;
    }
  }
  i++;
  let dek: string | null = null;
  const candidate = para(i);
  if (before.length === 0 && candidate !== null && candidate.length <= 400) {
    dek = candidate;
    i++;
  }
  return { hero, title, dek, rest: [...before, ...intro.slice(i)] };
}

const FIRST_PERSON =
  /\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|me|my|we|we['’]re|we['’]ve|we['’]d|we['’]ll|our|ours|us)\b/i;
const EDITORIAL =
  /^(?:editor['’]s note|note:|this (?:interview|conversation|q&a)\b.{0,80}\b(?:edited|condensed))/i;
const ABOUT_THE_ORGANISATION = /\b(?:team|openings?|jobs?|careers?|hiring|positions?|roles?)\b/i;

/**
 * Whether a trailing paragraph of the last answer is the article's editorial note rather than the answer:
 * - it is set at a lower indentation than the answer's paragraphs, or
 * - it reads as an editorial note ("Editor's note: …", "This interview has been edited …"), or
 * - it is written in the third person about the team or its openings, or names the interviewee (`subjects`: the
 *   names the dek introduces), while the rest of the answer speaks in the first person (the seed's "The AWS
 *   Annapurna Labs team has more than 100 job openings …", "Ping Xu was one of the organizers …").
 */
export function isClosingNote(
  paragraph: { text: string; indent: number },
  answer: readonly { text: string; indent: number }[],
  subjects: readonly string[] = [],
): boolean {
  const others = answer.filter((p) => p !== paragraph);
  if (others.length === 0) return false;
  const answerIndent = Math.min(...others.map((p) => p.indent));
  if (paragraph.indent < answerIndent) return true;
  if (EDITORIAL.test(paragraph.text)) return true;
  return (
    !FIRST_PERSON.test(paragraph.text) &&
    (ABOUT_THE_ORGANISATION.test(paragraph.text) || subjects.some((name) => paragraph.text.includes(name))) &&
    others.some((p) => FIRST_PERSON.test(p.text))
  );
}

export interface ParsedArticle {
  /** Null when the lines hold no article (no title line); the reason is in warnings. */
  article: (Omit<Article, 'id' | 'slug' | 'kind' | 'teams' | 'jobs' | 'sources'> & { slug: string }) | null;
  source: Source;
  warnings: Warning[];
}

export function textOfBlocks(blocks: readonly ArticleBlock[]): string[] {
  return blocks.map((b) => (b.type === 'figure' ? '' : b.text)).filter((t) => t !== '');
}

export function parseArticle(
  file: string,
  lines: readonly NumberedLine[],
  taggedAreas: readonly ResearchArea[] = [],
): ParsedArticle | null {
  const warnings: Warning[] = [];
  const firstLine = lines.find((l) => !isBlank(l.text));
  if (firstLine === undefined) return null;
  const events = scan(lines);

  const blocks: ArticleBlock[] = [];
  const qa: (QA & { paragraphs: { block: ArticleBlock; indent: number }[] })[] = [];
  const intro: ArticleBlock[] = [];
  let phase: 'intro' | 'question' | 'answer' = 'intro';
  for (const event of events) {
    if (event.kind === 'question') {
      qa.push({ number: event.number ?? qa.length + 1, question: event.text, answer: [], paragraphs: [] });
      phase = 'question';
      continue;
    }
    if (event.kind === 'answer') {
      if (qa.length === 0) {
        warnings.push({
          file,
          line: event.line,
          message: 'answer marker without a question; read as a paragraph',
        });
        if (event.text !== '') intro.push({ type: 'paragraph', text: event.text });
        continue;
      }
      phase = 'answer';
      const current = qa[qa.length - 1];
      if (event.text !== '' && current !== undefined) {
        const block: ArticleBlock = { type: 'paragraph', text: event.text };
        current.answer.push(block);
        current.paragraphs.push({ block, indent: event.indent });
      }
      continue;
    }
    const unit = event.unit;
    const current = qa[qa.length - 1];
    if (phase === 'question' && current !== undefined) {
      // The question text, on the line(s) after the marker.
      const text = unit.lines.map((l) => trimArtefacts(l.text)).join(' ');
      current.question = current.question === '' ? text : `${current.question} ${text}`;
      continue;
    }
    const unitBlocksList = unitBlocks(unit, file, warnings);
    if (phase === 'answer' && current !== undefined) {
      for (const block of unitBlocksList) {
        current.answer.push(block);
        if (block.type === 'paragraph') current.paragraphs.push({ block, indent: unit.indent });
      }
      continue;
    }
    // Intro: hero figure, title, dek, then the body (splitHead, below).
    intro.push(...unitBlocksList);
  }
  const head = splitHead(intro);
  const { title, dek, hero } = head;
  blocks.push(...head.rest);
  if (title === null) {
    warnings.push({ file, line: firstLine.line, message: 'article has no title line; article skipped' });
    return { article: null, source: { file, line: firstLine.line }, warnings };
  }
  if (hero !== null) blocks.unshift(hero);

  // The closing note: trailing paragraphs of the last answer that are not the interviewee's words.
  const subjects = [...(dek ?? '').matchAll(/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/gu)].map((m) => m[0]);
  const closing: ArticleBlock[] = [];
  const last = qa[qa.length - 1];
  if (last !== undefined) {
    for (;;) {
      const tail = last.answer[last.answer.length - 1];
      const para = last.paragraphs[last.paragraphs.length - 1];
      if (tail === undefined || para === undefined || tail !== para.block || tail.type !== 'paragraph') break;
      const candidates = last.paragraphs.map((p) => ({
        text: p.block.type === 'paragraph' ? p.block.text : '',
        indent: p.indent,
      }));
      const me = candidates[candidates.length - 1] as { text: string; indent: number };
      if (!isClosingNote(me, candidates, subjects)) break;
      last.answer.pop();
      last.paragraphs.pop();
      closing.unshift({ type: 'note', text: tail.text });
    }
  }
  for (const q of qa) {
    if (q.question === '')
      warnings.push({ file, line: firstLine.line, message: `question ${q.number} has no text` });
  }

  const allText = [
    title,
    dek ?? '',
    ...textOfBlocks(blocks),
    ...qa.flatMap((q) => [q.question, ...textOfBlocks(q.answer)]),
    ...textOfBlocks(closing),
  ]
    .filter((t) => t !== '')
    .join('\n');
  const wordCount = countWords(allText);
  const researchAreas =
    taggedAreas.length > 0
      ? [...taggedAreas]
      : researchAreasOf([
          { text: title, weight: 3 },
          { text: dek ?? '', weight: 2 },
          { text: allText, weight: 1 },
        ]);
  const slug = slugify(title, 80) || 'article';
  return {
    article: {
      slug,
      title,
      dek,
      researchAreas,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 230)),
      blocks,
      qa: qa.map(({ number, question, answer }) => ({ number, question, answer })),
      closing,
    },
    source: { file, line: firstLine.line },
    warnings,
  };
}
