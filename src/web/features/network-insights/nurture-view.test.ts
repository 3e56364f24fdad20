import { describe, expect, it } from 'vitest';
import { dueSummary, horizonOf, monthsText } from './nurture-view';

describe('the Keep in touch view', () => {
  it('takes a horizon it offers from the URL, and due now for anything else', () => {
    expect(horizonOf('30')).toBe(30);
    expect(horizonOf('90')).toBe(90);
    expect(horizonOf('0')).toBe(0);
    expect(horizonOf(null)).toBe(0);
    expect(horizonOf('45')).toBe(0);
    expect(horizonOf('30 ')).toBe(0);
  });

  it('says how many ties are due, and when', () => {
    expect(dueSummary(0, 0)).toBe('No tie is due for contact.');
    expect(dueSummary(0, 30)).toBe('No tie is due for contact within 30 days.');
    expect(dueSummary(1, 0)).toBe('1 tie is due for contact now, most urgent first.');
    expect(dueSummary(14, 90)).toBe('14 ties are due for contact within 90 days, most urgent first.');
  });

  it('writes the months since the last contact, or a dash without one', () => {
    expect(monthsText(undefined)).toBe('—');
    expect(monthsText(0)).toBe('0 months');
    expect(monthsText(1)).toBe('1 month');
    expect(monthsText(8)).toBe('8 months');
  });
});
