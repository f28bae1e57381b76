/**
 * The documents name their images (an alt line) but carry no image files. Instead of a broken image we draw
 * generated art: a ridge-line landscape whose palette and shape are derived from the alt text, so the same
 * figure always gets the same picture (no randomness at render time, stable across reloads and prints).
 */
import { useId } from 'react';
import { mulberry32 } from '../../shared/prng';

/** FNV-1a, 32-bit. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

interface Palette {
  sky: [string, string];
  sun: string;
  ridges: [string, string, string, string];
}

// Muted, print-friendly palettes; the nearest ridge is dark enough that the art never looks washed out.
const PALETTES: readonly Palette[] = [
  { sky: ['#dbe7f5', '#f7efe3'], sun: '#f4c27a', ridges: ['#a9bfd8', '#7d9cc0', '#4f739f', '#1f3f66'] },
  { sky: ['#d7ece8', '#f4f1e6'], sun: '#f2b880', ridges: ['#9fcac0', '#6ea99c', '#3f7f72', '#1d4d45'] },
  { sky: ['#e6def2', '#f6ece8'], sun: '#f0a98f', ridges: ['#c0b0dc', '#9682bf', '#6a559b', '#3b2d62'] },
  { sky: ['#f3e3d3', '#f8f1e7'], sun: '#e98f5e', ridges: ['#dcb493', '#bf8a66', '#8f5e42', '#4f3324'] },
  { sky: ['#dde6ea', '#eef2ee'], sun: '#e7cf86', ridges: ['#a9bcc4', '#7f97a3', '#566f7d', '#2c404b'] },
  { sky: ['#e2ecdc', '#f5f3e4'], sun: '#eec07b', ridges: ['#aecb9f', '#83a873', '#587d4d', '#2d4a29'] },
];

const WIDTH = 1200;
const HEIGHT = 675;

function ridgePath(random: () => number, base: number, amplitude: number): string {
  const steps = 6 + Math.floor(random() * 4);
  const points: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const x = (WIDTH / steps) * i;
    const y = base - amplitude * (0.35 + 0.65 * random());
    points.push([x, y]);
  }
  // Sharp peaks, like a mountain range, with a little shoulder on each slope.
  let d = `M0 ${HEIGHT} L${points[0]?.[0] ?? 0} ${(points[0]?.[1] ?? base).toFixed(1)}`;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1] ?? [0, base];
    const [x1, y1] = points[i] ?? [WIDTH, base];
    const mx = x0 + (x1 - x0) * (0.4 + random() * 0.2);
    const my = Math.max(y0, y1) - (amplitude * random()) / 6;
    d += ` L${mx.toFixed(1)} ${my.toFixed(1)} L${x1.toFixed(1)} ${y1.toFixed(1)}`;
  }
  return `${d} L${WIDTH} ${HEIGHT} Z`;
}

export interface ArtModel {
  palette: Palette;
  sun: { cx: number; cy: number; r: number };
  ridges: string[];
  contours: number[];
}

/** The whole picture as data, derived from the alt text alone. */
export function artModel(seedText: string): ArtModel {
  const seed = hashString(seedText);
  const random = mulberry32(seed);
  const palette = PALETTES[seed % PALETTES.length] ?? (PALETTES[0] as Palette);
  const sun = { cx: 180 + random() * 840, cy: 110 + random() * 140, r: 38 + random() * 40 };
  const ridges = [0, 1, 2, 3].map((layer) => ridgePath(random, 330 + layer * 95, 210 - layer * 35));
  const contours = [0, 1, 2].map(() => 60 + random() * 180);
  return { palette, sun, ridges, contours };
}

interface PlaceholderArtProps {
  /** The figure's alt text: the seed of the art and, unless decorative, its accessible name. */
  alt: string;
  /** Hide from assistive technology when the text next to it already says everything (e.g. a card). */
  decorative?: boolean;
  className?: string;
}

export function PlaceholderArt({ alt, decorative = false, className }: PlaceholderArtProps) {
  const id = useId();
  const { palette, sun, ridges, contours } = artModel(alt);
  const a11y = decorative ? { 'aria-hidden': true as const } : { role: 'img', 'aria-label': alt };
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="xMidYMid slice"
      className={className}
      focusable="false"
      data-placeholder-art=""
      {...a11y}
    >
      <defs>
        <linearGradient id={`${id}-sky`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0" stopColor={palette.sky[0]} />
          <stop offset="1" stopColor={palette.sky[1]} />
        </linearGradient>
      </defs>
      <rect width={WIDTH} height={HEIGHT} fill={`url(#${id}-sky)`} />
      <circle cx={sun.cx} cy={sun.cy} r={sun.r} fill={palette.sun} opacity="0.85" />
      {contours.map((y, i) => (
        <path
          key={i}
          d={`M0 ${y.toFixed(1)} Q ${WIDTH / 2} ${(y - 30).toFixed(1)} ${WIDTH} ${(y + 10).toFixed(1)}`}
          fill="none"
          stroke={palette.ridges[0]}
          strokeWidth="2"
          opacity="0.5"
        />
      ))}
      {ridges.map((d, i) => (
        <path key={i} d={d} fill={palette.ridges[i as 0 | 1 | 2 | 3]} />
      ))}
    </svg>
  );
}
