import { memo, useEffect, useId, useRef, useState } from 'react';
import { focusRing } from '../../../ui/styles';
import { checkState, type CheckState } from './location-tree';
import type { FacetKey, FacetValue } from './types';

const SHOW_FIRST = 8;

const checkboxClass = `h-4 w-4 shrink-0 accent-brand-700 dark:accent-brand-100 ${focusRing}`;

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * A native checkbox whose accessible name is "<label> <count>", e.g. "Seattle 3". Memoised on plain props: a
 * click re-renders the board at once (optimistically), and only the boxes whose count or state changed redraw.
 */
const FacetCheckbox = memo(function FacetCheckbox({
  name,
  slug,
  label,
  count,
  state,
  onToggle,
}: {
  name: FacetKey;
  slug: string;
  label: string;
  count: number;
  state: CheckState;
  onToggle: (slug: string) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'mixed';
  }, [state]);
  return (
    <label className="flex min-h-8 cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
      <input
        ref={ref}
        type="checkbox"
        name={name}
        value={slug}
        checked={state === 'checked'}
        onChange={() => onToggle(slug)}
        className={checkboxClass}
      />
      <span className="min-w-0 flex-1 break-words">{label}</span>{' '}
      <span className="shrink-0 text-xs text-slate-600 tabular-nums dark:text-slate-400">{count}</span>
    </label>
  );
});

/** Values worth a checkbox: anything with results, and anything selected (even at 0). */
function visible(value: FacetValue): boolean {
  return value.count > 0 || value.selected || (value.children ?? []).some(visible);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (
    a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]))
  );
}

/**
 * Memo equality for the facet components: the board parses a fresh selection array on every navigation, so the
 * selection is compared by content, everything else by identity. A click then redraws only the facet it changed.
 */
function sameFacetProps<P extends { selected?: readonly string[] | undefined }>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => (k === 'selected' ? sameList(a.selected, b.selected) : Object.is(a[k], b[k])))
  );
}

/** An empty facet says why, rather than showing a bare heading. */
function NoneShown() {
  return (
    <p className="clear-left px-1 text-sm text-slate-600 dark:text-slate-400">
      None with the other filters applied.
    </p>
  );
}

/**
 * A flat facet (Team, Research area, Job type): checkboxes, with search-within and "show more" when long.
 * `selected` (the URL's selection) decides the ticks when given; the values' own flags otherwise. The board passes
 * it so that a tick shows at once while the counts (`values`) follow a frame later.
 */
export const FacetGroup = memo(function FacetGroup({
  name,
  legend,
  values,
  selected,
  onToggle,
  searchable = false,
}: {
  name: FacetKey;
  legend: string;
  values: readonly FacetValue[];
  selected?: readonly string[] | undefined;
  onToggle: (slug: string) => void;
  searchable?: boolean;
}) {
  const [expanded, setExpanded] = useState(false);
  const [filter, setFilter] = useState('');
  const listId = useId();
  const isSelected = (v: FacetValue) => (selected ? selected.includes(v.slug) : v.selected);
  const shown = values.filter((v) => visible(v) || isSelected(v));
  const needle = fold(filter.trim());
  const matching = needle ? shown.filter((v) => fold(v.label).includes(needle)) : shown;
  const long = matching.length > SHOW_FIRST;
  // Collapsed, the first few plus every selected value (a selection never hides behind "show more").
  const listed =
    !long || expanded || needle ? matching : matching.filter((v, i) => i < SHOW_FIRST || isSelected(v));
  const hiddenCount = matching.length - listed.length;

  return (
    <fieldset className="min-w-0 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 dark:border-slate-800">
      <legend className="float-left mb-2 w-full text-sm font-semibold text-slate-950 dark:text-white">
        {legend}
      </legend>
      {searchable && shown.length > SHOW_FIRST && (
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-label={`Search ${legend.toLowerCase()}s`}
          aria-controls={listId}
          placeholder={`Search ${legend.toLowerCase()}s`}
          className={`mb-2 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400 ${focusRing}`}
        />
      )}
      {listed.length > 0 && (
        <ul id={listId} className="clear-left space-y-0.5">
          {listed.map((value) => (
            <li key={value.slug}>
              <FacetCheckbox
                name={name}
                slug={value.slug}
                label={value.label}
                count={value.count}
                state={isSelected(value) ? 'checked' : 'unchecked'}
                onToggle={onToggle}
              />
            </li>
          ))}
        </ul>
      )}
      {shown.length === 0 && <NoneShown />}
      {needle && matching.length === 0 && (
        <p className="px-1 text-sm text-slate-600 dark:text-slate-400">
          No {legend.toLowerCase()} matches “{filter.trim()}”.
        </p>
      )}
      {long && !needle && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
          className={`mt-1 rounded px-1 text-sm font-medium text-brand-700 hover:underline dark:text-brand-100 ${focusRing}`}
        >
          {expanded ? 'Show fewer' : `Show ${hiddenCount} more`}
        </button>
      )}
    </fieldset>
  );
}, sameFacetProps);

function countNodes(values: readonly FacetValue[]): number {
  return values.reduce((n, v) => n + 1 + countNodes(v.children ?? []), 0);
}

function hasSelectedBelow(value: FacetValue): boolean {
  return (value.children ?? []).some((c) => c.selected || hasSelectedBelow(c));
}

function TreeLevel({
  values,
  selected,
  ancestorSelected,
  onToggle,
  openAll,
  depth,
}: {
  values: readonly FacetValue[];
  selected: ReadonlySet<string>;
  ancestorSelected: boolean;
  onToggle: (slug: string) => void;
  openAll: boolean;
  depth: number;
}) {
  const shown = values.filter(visible);
  return (
    <ul
      className={
        depth > 0 ? 'ml-5 space-y-0.5 border-l border-slate-200 pl-1 dark:border-slate-800' : 'space-y-0.5'
      }
    >
      {shown.map((value) => (
        <TreeItem
          key={value.slug}
          value={value}
          selected={selected}
          ancestorSelected={ancestorSelected}
          onToggle={onToggle}
          openAll={openAll}
          openByDefault={openAll || shown.length === 1}
          depth={depth}
        />
      ))}
    </ul>
  );
}

function TreeItem({
  value,
  selected,
  ancestorSelected,
  onToggle,
  openAll,
  openByDefault,
  depth,
}: {
  value: FacetValue;
  selected: ReadonlySet<string>;
  ancestorSelected: boolean;
  onToggle: (slug: string) => void;
  openAll: boolean;
  openByDefault: boolean;
  depth: number;
}) {
  const children = (value.children ?? []).filter(visible);
  const [open, setOpen] = useState(openByDefault || hasSelectedBelow(value));
  const state = checkState(value, selected, ancestorSelected);
  const groupId = useId();
  return (
    <li>
      <div className="flex items-center gap-1">
        <div className="min-w-0 flex-1">
          <FacetCheckbox
            name="location"
            slug={value.slug}
            label={value.label}
            count={value.count}
            state={state}
            onToggle={onToggle}
          />
        </div>
        {children.length > 0 && (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={groupId}
            aria-label={`${open ? 'Hide' : 'Show'} places in ${value.label}`}
            onClick={() => setOpen((o) => !o)}
            className={`rounded p-1 text-slate-600 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800 ${focusRing}`}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className={`h-4 w-4 transition-transform motion-reduce:transition-none ${open ? 'rotate-180' : ''}`}
              fill="currentColor"
            >
              <path d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06Z" />
            </svg>
          </button>
        )}
      </div>
      {children.length > 0 && (
        <div id={groupId} hidden={!open}>
          {open && (
            <TreeLevel
              values={children}
              selected={selected}
              ancestorSelected={state === 'checked' && (ancestorSelected || selected.has(value.slug))}
              onToggle={onToggle}
              openAll={openAll}
              depth={depth + 1}
            />
          )}
        </div>
      )}
    </li>
  );
}

/** The Location facet: a tree, country › region › city; small trees start fully open. */
export const LocationFacet = memo(function LocationFacet({
  values,
  selected,
  onToggle,
}: {
  values: readonly FacetValue[];
  selected: readonly string[];
  onToggle: (slug: string) => void;
}) {
  const selectedSet = new Set(selected);
  const small = countNodes(values) <= 30;
  return (
    <fieldset className="min-w-0 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 dark:border-slate-800">
      <legend className="float-left mb-2 w-full text-sm font-semibold text-slate-950 dark:text-white">
        Location
      </legend>
      <div className="clear-left">
        {values.some(visible) ? (
          <TreeLevel
            values={values}
            selected={selectedSet}
            ancestorSelected={false}
            onToggle={onToggle}
            openAll={small}
            depth={0}
          />
        ) : (
          <NoneShown />
        )}
      </div>
    </fieldset>
  );
}, sameFacetProps);
