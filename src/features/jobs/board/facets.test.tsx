// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FacetGroup, LocationFacet } from './facets';
import { FilterDrawer } from './filter-drawer';
import type { FacetValue } from './types';

afterEach(cleanup);

const value = (
  slug: string,
  label: string,
  count: number,
  selected = false,
  children?: FacetValue[],
): FacetValue => ({
  slug,
  label,
  count,
  selected,
  ...(children ? { children } : {}),
});

const TEAMS = Array.from({ length: 12 }, (_, i) =>
  value(`team-${i}`, `Team ${String.fromCharCode(65 + i)}`, 12 - i),
);

describe('FacetGroup', () => {
  it('is a fieldset named by its legend, with checkboxes named "label count"', async () => {
    const onToggle = vi.fn();
    render(
      <FacetGroup
        name="area"
        legend="Research area"
        values={[value('economics', 'Economics', 3)]}
        onToggle={onToggle}
      />,
    );
    const group = screen.getByRole('group', { name: 'Research area' });
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Economics 3' }));
    expect(onToggle).toHaveBeenCalledWith('economics');
  });

  it('shows eight, then "show more"; selected values never hide; search-within filters', async () => {
    const user = userEvent.setup();
    const values = TEAMS.map((t, i) => (i === 11 ? { ...t, selected: true } : t));
    render(<FacetGroup name="team" legend="Team" values={values} onToggle={() => {}} searchable />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(9);
    expect(screen.getByRole('checkbox', { name: 'Team L 1' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Show 3 more' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(12);
    await user.type(screen.getByRole('searchbox', { name: 'Search teams' }), 'team c');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: 'Team C 10' })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search teams' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search teams' }), 'zzz');
    expect(screen.getByText('No team matches “zzz”.')).toBeInTheDocument();
  });

  it("ticks what `selected` says (the URL), not the values' own flags, so a tick shows before the counts", () => {
    // The counts still describe the previous view: Economics unticked, Robotics ticked at count 0.
    render(
      <FacetGroup
        name="area"
        legend="Research area"
        values={[value('economics', 'Economics', 3), value('robotics', 'Robotics', 0, true)]}
        selected={['economics']}
        onToggle={() => {}}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Economics 3' })).toBeChecked();
    // Unticked in the URL: no longer selected, and shown until the new counts arrive.
    expect(screen.getByRole('checkbox', { name: 'Robotics 0' })).not.toBeChecked();
  });

  it('hides values with no jobs unless selected', () => {
    render(
      <FacetGroup
        name="type"
        legend="Job type"
        values={[
          value('full-time', 'Full-time', 4),
          value('manager', 'Manager', 0),
          value('internship', 'Internship', 0, true),
        ]}
        onToggle={() => {}}
      />,
    );
    expect(screen.getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual([
      'full-time',
      'internship',
    ]);
  });
});

describe('LocationFacet', () => {
  const tree = [
    value('us', 'United States', 5, false, [
      value('us-wa', 'WA', 3, false, [
        value('us-wa-seattle', 'Seattle', 2, true),
        value('us-wa-bellevue', 'Bellevue', 1),
      ]),
      value('us-ny', 'NY', 2, false, [value('us-ny-new-york', 'New York', 2)]),
    ]),
  ];

  it('nests country › region › city, with mixed state on partly selected parents', () => {
    render(<LocationFacet values={tree} selected={['us-wa-seattle']} onToggle={() => {}} />);
    const us = screen.getByRole('checkbox', { name: 'United States 5' }) as HTMLInputElement;
    const wa = screen.getByRole('checkbox', { name: 'WA 3' }) as HTMLInputElement;
    expect(us.indeterminate).toBe(true);
    expect(wa.indeterminate).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Seattle 2' })).toBeChecked();
  });

  it('a selected region shows every city below it checked, and can be collapsed', async () => {
    const user = userEvent.setup();
    render(<LocationFacet values={tree} selected={['us-wa']} onToggle={() => {}} />);
    expect(screen.getByRole('checkbox', { name: 'WA 3' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Bellevue 1' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Hide places in WA' }));
    expect(screen.queryByRole('checkbox', { name: 'Bellevue 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show places in WA' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});

describe('FilterDrawer', () => {
  it('is a dialog named Filters; "Show N jobs" and the close button close it', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <FilterDrawer
        open
        onClose={onClose}
        onShowResults={onClose}
        total={4}
        onClearAll={() => {}}
        canClear={false}
      >
        <p>facets</p>
      </FilterDrawer>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Filters' });
    expect(within(dialog).getByRole('button', { name: 'Clear all' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Show 4 jobs' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close filters' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
