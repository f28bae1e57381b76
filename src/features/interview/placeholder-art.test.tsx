// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { artModel, hashString, PlaceholderArt } from './placeholder-art';

describe('placeholder art', () => {
  it('is deterministic in the alt text', () => {
    expect(artModel('Nafea Bshara headshot image')).toEqual(artModel('Nafea Bshara headshot image'));
    expect(artModel('Trainium artwork')).not.toEqual(artModel('Graviton chip'));
    expect(hashString('a')).toBe(hashString('a'));
  });

  it('is an image named by its alt text, or hidden when decorative', () => {
    const { container } = render(
      <>
        <PlaceholderArt alt="Graviton chip on blue" />
        <PlaceholderArt alt="card art" decorative />
      </>,
    );
    expect(screen.getByRole('img')).toHaveAccessibleName('Graviton chip on blue');
    expect(container.querySelectorAll('svg')).toHaveLength(2);
    expect(container.querySelectorAll('svg[aria-hidden="true"]')).toHaveLength(1);
    // Gradient ids are unique per instance.
    const ids = [...container.querySelectorAll('linearGradient')].map((g) => g.id);
    expect(new Set(ids).size).toBe(2);
  });
});
