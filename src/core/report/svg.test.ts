import { describe, expect, it } from 'vitest';
import { chartSvg, wrap } from './svg.js';
import type { BenefitsChart, Chart, ChallengeLevelsChart, NetworkMixChart, UtilizationHeatmap } from './types.js';

const heatmap: UtilizationHeatmap = {
  type: 'utilization-heatmap',
  firm: 'Company B',
  rows: [
    {
      label: 'Regulatory and institutional challenges',
      cells: [
        { networkType: 'social', level: 'High', basis: 'recorded', notes: [3, 4, 5] },
        { networkType: 'business', level: 'Moderate', basis: 'recorded', notes: [6] },
        { networkType: 'institutional', level: 'Low', basis: 'recorded', notes: [] },
        { networkType: 'digital', level: 'Not used', basis: 'recorded', notes: [] },
      ],
    },
    {
      label: 'Country-of-origin effect',
      cells: [
        { networkType: 'social', level: 'Not used', basis: 'suggested', notes: [] },
        { networkType: 'business', level: 'Low', basis: 'suggested', notes: [9] },
        { networkType: 'institutional', level: 'Not used', basis: 'suggested', notes: [] },
        { networkType: 'digital', level: 'Not used', basis: 'suggested', notes: [] },
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
    { label: 'Country-of-origin effect', levels: [undefined, 'High'], notes: [[], [7]] },
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

  it('writes the level in every heatmap cell, marks suggested ones, and names the evidence in each tooltip', () => {
    const svg = chartSvg(heatmap, { id: 'h', title: 'Heatmap' });
    expect(svg.match(/<g class="cell">/g)).toHaveLength(8);
    for (const level of ['High', 'Moderate', 'Low', 'Not used']) expect(svg).toContain(`font-weight="600">${level}</text>`);
    expect(svg.match(/>suggested<\/text>/g)).toHaveLength(4);
    expect(svg).toContain('<title>Regulatory and institutional challenges × social network: High. Evidence: notes 3–5.</title>');
    expect(svg).toContain('suggested by ties (not recorded)');
    expect(svg).toMatchSnapshot();
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
