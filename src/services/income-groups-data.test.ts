// Integrity of the hand-kept World Bank income groups (data/reference/income-groups.json): the file
// is transcribed by hand, so these checks catch the slips a transcription makes (a code twice, a
// code that is not ISO, a list out of order, a date in the future) and a few facts anyone can check.
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { INCOME_GROUPS, type IncomeGroup } from '../core/markets/reference.js';
import { isCalendarDate } from '../shared/calendar-date.js';
import { incomeGroupReference } from './market-reference.js';

/** Every classified code with its group; a code in two groups appears twice. */
function assignments(): { code: string; group: IncomeGroup }[] {
  const { groups } = incomeGroupReference();
  return INCOME_GROUPS.flatMap((group) => groups[group].map((code) => ({ code, group })));
}

function groupOf(code: string): IncomeGroup | undefined {
  return assignments().find((a) => a.code === code)?.group;
}

/**
 * The latest calendar date anywhere on Earth now (UTC+14, Kiribati's Line Islands): a file recorded
 * "today" by someone far east of the machine running the test is not a file from the future.
 */
function latestDateOnEarth(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe('World Bank income groups reference', () => {
  it('parses against its schema, read once', () => {
    const file = incomeGroupReference();
    expect(file.fiscalYear).toMatch(/^FY\d{4}$/);
    expect(file.source.publisher).toBe('World Bank');
    expect(incomeGroupReference()).toBe(file);
  });

  it('puts no economy in two groups', () => {
    const seen = new Map<string, IncomeGroup>();
    const twice: string[] = [];
    for (const { code, group } of assignments()) {
      const earlier = seen.get(code);
      if (earlier !== undefined) twice.push(`${code} (${earlier} and ${group})`);
      seen.set(code, group);
    }
    expect(twice).toEqual([]);
  });

  it('lists only assigned ISO 3166-1 alpha-2 codes, as i18n-iso-countries knows them', () => {
    const alpha2 = new Set(Object.keys(countries.getAlpha2Codes()));
    // isValid alone would also accept alpha-3 and numeric codes; the file must hold alpha-2 only.
    const wrong = assignments().filter(({ code }) => !/^[A-Z]{2}$/.test(code) || !alpha2.has(code) || !countries.isValid(code));
    expect(wrong).toEqual([]);
    // Kosovo's XK is a code the Bank uses but ISO has not assigned: it must stay out.
    expect(groupOf('XK')).toBeUndefined();
  });

  it('classifies between 205 and 217 economies (the Bank classifies 217, some without an ISO code)', () => {
    const total = assignments().length;
    expect(total).toBeGreaterThanOrEqual(205);
    expect(total).toBeLessThanOrEqual(217);
  });

  it.each(INCOME_GROUPS)('keeps the %s list sorted', (group) => {
    const list = incomeGroupReference().groups[group];
    expect(list).toEqual([...list].sort());
    expect(list.length).toBeGreaterThan(0);
  });

  it('was recorded on a calendar day that is not in the future', () => {
    const { recordedOn } = incomeGroupReference();
    expect(recordedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isCalendarDate(recordedOn)).toBe(true);
    expect(new Date(`${recordedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(recordedOn);
    expect(recordedOn <= latestDateOnEarth(new Date())).toBe(true);
  });

  it('puts every IMF advanced economy the Bank classifies in the high income group', () => {
    const imf = JSON.parse(readFileSync(new URL('../../data/reference/economy-classes.json', import.meta.url), 'utf8')) as { developed: string[] };
    expect(imf.developed.length).toBeGreaterThan(30);
    const unclassified = imf.developed.filter((code) => groupOf(code) === undefined);
    // An advanced economy the file leaves out is worth knowing, not a fault: say which, do not fail.
    if (unclassified.length > 0) console.info(`IMF advanced economies with no World Bank income group in the file: ${unclassified.join(', ')}`);
    const notHigh = imf.developed.flatMap((code) => {
      const group = groupOf(code);
      return group === undefined || group === 'high' ? [] : [`${code} (${group})`];
    });
    expect(notHigh).toEqual([]);
  });

  it.each<[string, IncomeGroup]>([
    ['MN', 'upper_middle'],
    ['LK', 'lower_middle'],
    ['FI', 'high'],
    ['KG', 'lower_middle'],
    ['KZ', 'upper_middle'],
    ['CN', 'upper_middle'],
    ['US', 'high'],
    ['IN', 'lower_middle'],
    ['NG', 'lower_middle'],
    ['ET', 'low'],
  ])('classes %s as %s', (code, group) => {
    expect(groupOf(code)).toBe(group);
  });
});
