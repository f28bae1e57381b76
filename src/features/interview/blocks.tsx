/**
 * Presentational pieces for article blocks. Every piece of document text goes through `prose()` and is
 * rendered as a React text child.
 */
import type { ArticleBlock } from '../../shared/bundle-schema';
import { PlaceholderArt } from './placeholder-art';
import { prose, splitPullQuote } from './text';

type FigureBlock = Extract<ArticleBlock, { type: 'figure' }>;

/** Body text: serif, comfortable measure and leading. */
export const bodyText =
  'max-w-measure font-serif text-lg leading-[1.7] text-pretty text-slate-900 dark:text-slate-200 print:text-[11pt] print:text-black';

const captionText =
  'mt-2 max-w-measure font-sans text-sm leading-snug text-slate-700 dark:text-slate-300 print:text-black';

function isPortrait(alt: string): boolean {
  return /\b(headshot|portrait)\b/i.test(alt);
}

export function Figure({ block, hero = false }: { block: FigureBlock; hero?: boolean }) {
  const alt = prose(block.alt);
  if (block.pullQuote) {
    const { quote, speaker } = splitPullQuote(block.caption);
    return (
      <figure className="my-10 break-inside-avoid">
        <div className="aspect-[3/1] overflow-hidden rounded-md bg-slate-100 dark:bg-slate-800 print:hidden">
          <PlaceholderArt alt={alt} className="block h-full w-full" />
        </div>
        <figcaption className="mt-5 border-l-4 border-brand-700 pl-5 dark:border-brand-100">
          <blockquote className="max-w-measure font-serif text-2xl leading-snug text-balance text-slate-900 italic dark:text-slate-50">
            {'\u201c'}
            {quote}
            {'\u201d'}
          </blockquote>
          {speaker && (
            <span className="mt-3 block font-sans text-sm font-medium tracking-wide text-slate-700 uppercase dark:text-slate-300">
              {'\u2014\u2009'}
              {speaker}
            </span>
          )}
        </figcaption>
      </figure>
    );
  }
  if (!hero && isPortrait(block.alt)) {
    return (
      <figure className="my-6 break-inside-avoid sm:float-right sm:mt-1 sm:mb-4 sm:ml-6 sm:w-48">
        <div className="aspect-square w-40 overflow-hidden rounded-md bg-slate-100 sm:w-48 dark:bg-slate-800">
          <PlaceholderArt alt={alt} className="block h-full w-full" />
        </div>
        <figcaption className={captionText}>{prose(block.caption)}</figcaption>
      </figure>
    );
  }
  return (
    <figure className={hero ? 'my-8 break-inside-avoid' : 'my-10 break-inside-avoid'}>
      <div
        className={`${hero ? 'aspect-[2/1]' : 'aspect-video'} overflow-hidden rounded-md bg-slate-100 dark:bg-slate-800 print:max-h-60`}
      >
        <PlaceholderArt alt={alt} className="block h-full w-full" />
      </div>
      <figcaption className={captionText}>{prose(block.caption)}</figcaption>
    </figure>
  );
}

/** "Related content": set apart from the answer around it, so it never reads as part of it. */
export function RelatedAside({ label, text }: { label: string; text: string }) {
  return (
    <aside className="my-8 border-y border-slate-300 py-4 font-sans break-inside-avoid dark:border-slate-700">
      <p className="text-xs font-semibold tracking-widest text-brand-700 uppercase dark:text-brand-100">
        {prose(label) || 'Related content'}
      </p>
      <p className="mt-1 text-base leading-snug text-slate-700 dark:text-slate-300">{prose(text)}</p>
    </aside>
  );
}

export function Block({
  block,
  hero = false,
  dropCap = false,
}: {
  block: ArticleBlock;
  hero?: boolean;
  dropCap?: boolean;
}) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p
          data-block="paragraph"
          className={`${bodyText} mt-5 ${
            dropCap
              ? 'first-letter:float-left first-letter:mt-1 first-letter:mr-2 first-letter:font-serif first-letter:text-6xl first-letter:leading-[0.8] first-letter:text-brand-700 dark:first-letter:text-brand-100'
              : ''
          }`}
        >
          {prose(block.text)}
        </p>
      );
    case 'figure':
      return <Figure block={block} hero={hero} />;
    case 'aside':
      return <RelatedAside label={block.label} text={block.text} />;
    case 'note':
      return (
        <p
          data-block="note"
          className="mt-8 max-w-measure border-t border-slate-300 pt-4 font-serif text-base text-slate-700 italic dark:border-slate-700 dark:text-slate-300"
        >
          {prose(block.text)}
        </p>
      );
  }
}

/** Renders blocks in order; the first figure of the opening blocks is the hero, the first paragraph gets a drop cap. */
export function Blocks({ blocks, opening = false }: { blocks: readonly ArticleBlock[]; opening?: boolean }) {
  const firstParagraph = blocks.findIndex((b) => b.type === 'paragraph');
  return (
    <>
      {blocks.map((block, i) => (
        <Block
          key={i}
          block={block}
          hero={opening && i === 0 && block.type === 'figure'}
          dropCap={opening && i === firstParagraph}
        />
      ))}
    </>
  );
}
