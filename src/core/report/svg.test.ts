import { describe, expect, it } from 'vitest';
import { chartSvg, wrap } from './svg.js';
import type { BenefitsChart, Chart, ChallengeLevelsChart, NetworkMixChart, UtilizationHeatmap } from './types.js';

const heatmap: UtilizationHeatmap = {
  type: 'utilization-heatmap',
  firm: 'Company B',
  rows: [
    {
      challenge: 'regulatory_institutional',
      label: 'Regulatory and institutional challenges',
      cells: [
        {
          networkType: 'social',
          level: 'High',
          basis: 'recorded',
          recorded: 'High',
          suggested: 'High',
          ties: [],
          meaning: 'The recorded level and the level the ties suggest agree.',
          notes: [3, 4, 5],
        },
        {
          networkType: 'business',
          level: 'Moderate',
          basis: 'recorded',
          recorded: 'Moderate',
          suggested: 'Moderate',
          ties: [],
          meaning: 'The recorded level and the level the ties suggest agree.',
          notes: [6],
        },
        {
          networkType: 'institutional',
          level: 'Low',
          basis: 'recorded',
          recorded: 'Low',
          suggested: 'Low',
          ties: [],
          meaning: 'The recorded level and the level the ties suggest agree.',
          notes: [],
        },
        {
          networkType: 'digital',
          level: 'Not used',
          basis: 'recorded',
          recorded: 'Not used',
          suggested: 'Not used',
          ties: [],
          meaning: 'The recorded level and the level the ties suggest agree.',
          notes: [],
        },
      ],
    },
    {
      challenge: 'country_of_origin',
      label: 'Country-of-origin effect',
      cells: [
        {
          networkType: 'social',
          level: 'Not used',
          basis: 'suggested',
          suggested: 'Not used',
          ties: [],
          meaning: 'Nothing is recorded and no tie is tagged as helping here.',
          notes: [],
        },
        {
          networkType: 'business',
          level: 'Low',
          basis: 'suggested',
          suggested: 'Low',
          ties: [{ id: 'tie-agent', name: 'Agent' }],
          meaning: 'Only the ties suggest this level: no analyst has recorded one yet. Record a level with its evidence to confirm or correct it.',
          notes: [9],
        },
        {
          networkType: 'institutional',
          level: 'Not used',
          basis: 'suggested',
          suggested: 'Not used',
          ties: [],
          meaning: 'Nothing is recorded and no tie is tagged as helping here.',
          notes: [],
        },
        {
          networkType: 'digital',
          level: 'Not used',
          basis: 'suggested',
          suggested: 'Not used',
          ties: [],
          meaning: 'Nothing is recorded and no tie is tagged as helping here.',
          notes: [],
        },
      ],
    },
  ],
};
const levels: ChallengeLevelsChart = {
  type: 'challenge-levels',
  firms: ['Company A', 'Company B'],
  rows: [
    { label: 'Regulatory and institutional challenges', levels: ['High', 'High'], notes: [[1], [2]] },
    { label: 'Market specific challenges', levels: ['Medium', 'Unknown'], notes: [[], []] },
    { label: 'Country-of-origin effect', levels: [null, 'High'], notes: [[], [7]] },
  ],
};
const zero = { social: 0, business: 0, institutional: 0, digital: 0 };
const none = { social: [], business: [], institutional: [], digital: [] };
const mix: NetworkMixChart = {
  type: 'network-mix',
  firms: [
    { name: 'Company A', counts: { social: 8, business: 15, institutional: 11, digital: 5 }, notes: { ...none, business: [1, 2] } },
    { name: 'Company B', counts: { ...zero, social: 3 }, notes: none },
  ],
};
const benefits: BenefitsChart = {
  type: 'benefits',
  firm: 'Company A',
  scaleMax: 3,
  rows: [
    { benefit: 'market_access', label: 'Market access and expansion', counts: { ...zero, business: 3, institutional: 1 }, notes: none },
    { benefit: 'reputation', label: 'Enhanced reputation and credibility', counts: zero, notes: none },
  ],
};
const charts: Chart[] = [heatmap, levels, mix, benefits];

/** Checks that every element opened is closed, in order (self-closing ones aside). */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (self === '/') continue;
    if (close === '/') {
      if (stack.pop() !== name) return false;
    } else stack.push(name ?? '');
  }
  return stack.length === 0;
}

/** The heatmap's cells as drawn: tooltip, box, fill, the colour and words of the level written in it, and whether it is dashed. */
function heatmapCells(svg: string) {
  return [...svg.matchAll(/<g class="cell"><title>([^<]*)<\/title><rect ([^>]*)\/><text [^>]*fill="(#[0-9a-f]{6})"[^>]*>([^<]*)<\/text>/g)].map((m) => {
    const attr = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(` ${m[2] ?? ''}`)?.[1] ?? '';
    return {
      title: m[1] ?? '',
      x: Number(attr('x')),
      y: Number(attr('y')),
      width: Number(attr('width')),
      fill: attr('fill'),
      stroke: attr('stroke'),
      dashed: attr('stroke-dasharray') !== '',
      text: m[3] ?? '',
      words: m[4] ?? '',
    };
  });
}
const legendLabels = (svg: string) => [...svg.matchAll(/<g class="legend-item"><rect [^>]*\/><text [^>]*>([^<]*)<\/text><\/g>/g)].map((m) => m[1]);
const viewBoxHeight = (svg: string) => Number(/viewBox="0 0 640 ([\d.]+)"/.exec(svg)?.[1]);

describe('chart SVG', () => {
  it('gives every chart a title, a description, a legend, and well-formed markup; the same input gives the same string', () => {
    charts.forEach((chart, i) => {
      const svg = chartSvg(chart, { id: `c${i}`, title: `Chart ${i}` });
      expect(svg).toMatch(new RegExp(`^<svg class="chart" viewBox="0 0 640 [\\d.]+" [^>]*role="img" aria-labelledby="c${i}-title c${i}-desc"`));
      expect(svg).toContain(`<title id="c${i}-title">Chart ${i}</title><desc id="c${i}-desc">`);
      expect(svg).toContain('<g class="legend">');
      expect(balanced(svg)).toBe(true);
      expect(svg).not.toMatch(/https?:|href|url\(|<image|<script/);
      expect(chartSvg(chart, { id: `c${i}`, title: `Chart ${i}` })).toBe(svg);
    });
  });

  it('adds the SVG namespace only for a file of its own', () => {
    expect(chartSvg(mix, { id: 'm', title: 'Mix' })).not.toContain('xmlns');
    expect(chartSvg(mix, { id: 'm', title: 'Mix', standalone: true })).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
  });

  it('writes the level in every heatmap cell, marks suggested ones, and says in each tooltip what the recorded-vs-suggested difference means and names the evidence', () => {
    const svg = chartSvg(heatmap, { id: 'h', title: 'Heatmap' });
    expect(svg.match(/<g class="cell">/g)).toHaveLength(8);
    for (const level of ['High', 'Moderate', 'Low', 'Not used']) expect(svg).toContain(`font-weight="600">${level}</text>`);
    expect(svg.match(/>suggested<\/text>/g)).toHaveLength(4);
    expect(svg).toContain(
      '<title>Regulatory and institutional challenges × social network: High. The recorded level and the level the ties suggest agree. Evidence: notes 3–5.</title>',
    );
    expect(svg).toContain('suggested by ties (not recorded)');
  });

  it('lays the heatmap out as a grid, one column per network type and one row per challenge, each cell coloured by its level', () => {
    const svg = chartSvg(heatmap, { id: 'h', title: 'Heatmap' });
    const cells = heatmapCells(svg);
    // Recorded cells: the ColorBrewer Blues step of their level, outlined in a darker blue, with a
    // text colour that reads on it; suggested cells: a dashed grey outline over a paler fill, and the level in ink.
    expect(cells.map((c) => [c.title.replace(/\..*$/, ''), c.fill, c.stroke, c.text, c.words, c.dashed])).toEqual([
      ['Regulatory and institutional challenges × social network: High', '#08519c', '#08306b', '#ffffff', 'High', false],
      ['Regulatory and institutional challenges × business network: Moderate', '#4292c6', '#08519c', '#03132e', 'Moderate', false],
      ['Regulatory and institutional challenges × institutional network: Low', '#9ecae1', '#2171b5', '#08306b', 'Low', false],
      ['Regulatory and institutional challenges × digital network: Not used', '#f0f0f0', '#767676', '#4a4a4a', 'Not used', false],
      ['Country-of-origin effect × social network: Not used', '#f0f0f0', '#5f6b7a', '#1f2933', 'Not used', true],
      ['Country-of-origin effect × business network: Low', '#9ecae1', '#5f6b7a', '#1f2933', 'Low', true],
      ['Country-of-origin effect × institutional network: Not used', '#f0f0f0', '#5f6b7a', '#1f2933', 'Not used', true],
      ['Country-of-origin effect × digital network: Not used', '#f0f0f0', '#5f6b7a', '#1f2933', 'Not used', true],
    ]);
    // Columns in the order of the column heads, left to right; rows top to bottom; all inside the 640-wide box.
    const columns = cells.slice(0, 4).map((c) => c.x);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
    expect(new Set(columns).size).toBe(4);
    expect(cells.slice(4).map((c) => c.x)).toEqual(columns);
    expect(new Set(cells.slice(0, 4).map((c) => c.y)).size).toBe(1);
    expect(cells[4]!.y).toBeGreaterThan(cells[0]!.y);
    expect(Math.max(...cells.map((c) => c.x + c.width))).toBeLessThanOrEqual(640);
    const heads = [...svg.matchAll(/<text x="([\d.]+)" y="15"[^>]*font-weight="600">(\w+)<\/text>/g)].map((m) => [m[2], Number(m[1])]);
    expect(heads).toEqual(['Social', 'Business', 'Institutional', 'Digital'].map((name, j) => [name, columns[j]! + cells[j]!.width / 2]));
    // The description reads out every cell, so a screen reader gets the whole table.
    expect(svg).toContain(
      '<desc id="h-desc">Network utilization of Company B: Regulatory and institutional challenges: social High, business Moderate, institutional Low, digital Not used; ' +
        'Country-of-origin effect: social Not used (suggested), business Low (suggested), institutional Not used (suggested), digital Not used (suggested).</desc>',
    );
    expect(legendLabels(svg)).toEqual(['Not used', 'Low', 'Moderate', 'High', 'suggested by ties (not recorded)']);
  });

  it('grows the heatmap by a row per challenge and names the suggested style in the legend only when a cell uses it', () => {
    const recordedOnly: UtilizationHeatmap = { ...heatmap, rows: heatmap.rows.slice(0, 1) };
    const one = chartSvg(recordedOnly, { id: 'r', title: 'Recorded' });
    const two = chartSvg({ ...heatmap, rows: [heatmap.rows[0]!, heatmap.rows[0]!] }, { id: 'r', title: 'Recorded' });
    expect(legendLabels(one)).toEqual(['Not used', 'Low', 'Moderate', 'High']);
    expect(one).not.toContain('stroke-dasharray="4 3"');
    expect(heatmapCells(one)).toHaveLength(4);
    expect(viewBoxHeight(two) - viewBoxHeight(one)).toBe(heatmapCells(two)[4]!.y - heatmapCells(two)[0]!.y);
  });

  it('labels every bar and circle with its value', () => {
    const bars = chartSvg(levels, { id: 'l', title: 'Levels' });
    expect(bars).toContain('>not rated</text>');
    expect(bars).toContain('>Unknown</text>');
    expect(bars.match(/<g class="bar">/g)).toHaveLength(6);
    const mixSvg = chartSvg(mix, { id: 'x', title: 'Mix' });
    expect(mixSvg.match(/<g class="bar">/g)).toHaveLength(8);
    expect(mixSvg).toContain('>15</text>');
    const circles = chartSvg(benefits, { id: 'b', title: 'Benefits' });
    expect(circles.match(/<circle /g)).toHaveLength(2);
    expect(circles.match(/<g class="mark">/g)).toHaveLength(8);
  });

  it('outlines every swatch, bar and circle in a darker shade, so that pale colours show on white', () => {
    charts.forEach((chart, i) => {
      const svg = chartSvg(chart, { id: `o${i}`, title: `Chart ${i}` });
      const marks = [...svg.matchAll(/<(rect|circle) [^>]*\/>/g)].map((m) => m[0]);
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).toMatch(/ stroke="#[0-9A-Fa-f]{6}"/);
    });
    const bars = chartSvg(levels, { id: 'l', title: 'Levels' });
    expect(bars).toContain('fill="#0072B2" stroke="#005A8C"/>');
    expect(bars).toContain('fill="#D55E00" stroke="#9E4500"/>');
  });

  it('escapes labels from case data', () => {
    const svg = chartSvg({ ...mix, firms: [{ ...mix.firms[0]!, name: '<img src=x onerror=alert(1)> & "co"' }] }, { id: 'e', title: 'A <b>title</b>' });
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;');
  });

  it('wraps long labels at spaces', () => {
    expect(wrap('Regulatory and institutional challenges', 34)).toEqual(['Regulatory and institutional', 'challenges']);
  });
});
