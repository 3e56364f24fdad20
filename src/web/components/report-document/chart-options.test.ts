import { describe, expect, it } from 'vitest';
import { benefitsOption } from './chart-options';
import type { Chart } from './types';

const counts = { social: 0, business: 2, institutional: 0, digital: 0 };
const notes = { social: [], business: [], institutional: [], digital: [] };

describe('the benefits chart', () => {
  it('puts a label into its HTML tooltip as text, never as markup', () => {
    const chart: Extract<Chart, { type: 'benefits' }> = {
      type: 'benefits',
      firm: 'Acme',
      scaleMax: 2,
      rows: [{ benefit: 'market_access', label: '<img src=x onerror=alert(1)> & co', counts, notes }],
    };
    const tooltip = (benefitsOption(chart).tooltip as { formatter: (p: { value: [number, number, number] }) => string }).formatter;
    expect(tooltip({ value: [1, 0, 2] })).toBe('&#60;img src=x onerror=alert(1)&#62; &#38; co through business ties: 2');
  });
});
