import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHALLENGE_COLOURS,
  FIRM_COLOURS,
  FIRM_EDGES,
  INK,
  NETWORK_COLOURS,
  NETWORK_EDGES,
  SUGGESTED_FILL_OPACITY,
  UTILIZATION_COLOURS,
  type LevelColour,
} from './palette.js';

const WHITE = '#ffffff';

function channels(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? '', 16), parseInt(m[2] ?? '', 16), parseInt(m[3] ?? '', 16)];
}

/** WCAG 2 relative luminance: sRGB channels linearized, weighted 0.2126 R + 0.7152 G + 0.0722 B. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21: (lighter + 0.05) / (darker + 0.05). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A fill at an opacity over white, as a browser composites it (in sRGB). */
function overWhite(hex: string, opacity: number): string {
  return `#${channels(hex)
    .map((c) =>
      Math.round(c * opacity + 255 * (1 - opacity))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const LEVELS: [string, Record<string, LevelColour>, string][] = [
  ['utilization', UTILIZATION_COLOURS, 'Not used'],
  ['challenge', CHALLENGE_COLOURS, 'Unknown'],
];

describe('contrast helpers', () => {
  it('give the WCAG figures for known pairs', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
    expect(contrast('#767676', WHITE)).toBeCloseTo(4.54, 2);
    expect(overWhite('#000000', 0.5)).toBe('#808080');
  });
});

describe.each(LEVELS)('%s level colours', (_scale, palette, empty) => {
  const entries = Object.entries(palette);

  it.each(entries)('%s: its text reads on its fill (at least 4.5:1)', (_level, c) => {
    expect(contrast(c.text, c.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(entries)('%s: its edge stands out from white (at least 3:1) and is darker than its fill', (_level, c) => {
    expect(contrast(c.edge, WHITE)).toBeGreaterThanOrEqual(3);
    expect(luminance(c.edge)).toBeLessThan(luminance(c.fill));
  });

  it('fills every level but the empty one clearly against white (at least 1.5:1)', () => {
    for (const [level, c] of entries) if (level !== empty) expect(contrast(c.fill, WHITE), level).toBeGreaterThanOrEqual(1.5);
  });

  it('makes each level darker than the one before, so the order reads without colour vision', () => {
    const order = entries.filter(([level]) => level !== empty).map(([, c]) => luminance(c.fill));
    for (let i = 1; i < order.length; i++) expect(order[i]).toBeLessThan((order[i - 1] ?? 0) / 1.2);
  });
});

describe('suggested heatmap cells', () => {
  it.each(Object.entries(UTILIZATION_COLOURS))('%s: ink reads on the paler fill (at least 4.5:1)', (_level, c) => {
    expect(contrast(INK, overWhite(c.fill, SUGGESTED_FILL_OPACITY))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('category colours', () => {
  it('outline every network type and firm colour in a darker shade that stands out from white (at least 3:1)', () => {
    for (const [type, fill] of Object.entries(NETWORK_COLOURS)) {
      const edge = NETWORK_EDGES[type as keyof typeof NETWORK_EDGES];
      expect(contrast(edge, WHITE), type).toBeGreaterThanOrEqual(3);
      expect(luminance(edge), type).toBeLessThan(luminance(fill));
    }
    expect(FIRM_EDGES).toHaveLength(FIRM_COLOURS.length);
    FIRM_COLOURS.forEach((fill, i) => {
      const edge = FIRM_EDGES[i] ?? '';
      expect(contrast(edge, WHITE), fill).toBeGreaterThanOrEqual(3);
      expect(luminance(edge), fill).toBeLessThan(luminance(fill));
    });
  });
});

describe('palette.ts', () => {
  it('imports nothing at run time, so the web app can take its constants alone', () => {
    const source = readFileSync(new URL('./palette.ts', import.meta.url), 'utf8');
    const imports = source.split('\n').filter((line) => /^import\b/.test(line));
    expect(imports.every((line) => line.startsWith('import type '))).toBe(true);
  });
});
