// Thesis Tables 2–6 from the sample cases: the transcriptions in thesis-tables.ts are passages of the
// seed, and the tables computed from company-a and company-b equal them cell by cell, with only the
// readings the samples document. Like test/examples.test.ts, the check against the seed skips and
// says why when the seeds are absent, and fails when FOOTHOLD_SEEDS names a folder without them.
import { describe, expect, it } from 'vitest';
import { caseTableData, caseTableView } from '../src/core/report/case-tables.js';
import { CASE_TABLES } from '../src/core/report/table-views.js';
import { countryName } from '../src/services/reference-data.js';
import { sampleCase, seedText, skipWithoutSeed } from '../src/test-support/samples.js';
import { asThesisCells, expectedThesisCells, thesisPlaces, titleMatches } from './case-table-cells.js';
import { TABLE_2, TABLE_3, TABLE_4, TABLE_5, TABLE_6 } from './thesis-tables.js';

const THESIS = '003_7a904afc5627ed05.txt';

describe('the transcriptions of thesis Tables 2–6', () => {
  it('are the seed’s own text, put back together as the seed flattens each table', (ctx) => {
    skipWithoutSeed(ctx, THESIS);
    const seed = seedText(THESIS).replace(/\s+/g, ' ');
    const [a, b] = [TABLE_2['company-a'], TABLE_2['company-b']];
    const interviewees = [...a.Interviewee.map((i, k) => ({ ...i, k, firm: 'A' })), ...b.Interviewee.map((i, k) => ({ ...i, k, firm: 'B' }))];
    const passages = [
      // Table 2 (p. 41), row by row, Company A's cell first.
      `Company main business ${a['Company main business']} ${b['Company main business']}`,
      `Interviewee ${interviewees.map((i) => `${i.role} (Interviewee ${i.k + 1} from company ${i.firm}: ${i.abbreviation})`).join(' ')}`,
      `Interview date and duration ${[...a['Interview date and duration'], ...b['Interview date and duration']].join(' ')}`,
      // Table 3 (p. 42): one row, the items of both cells after " - ".
      `Types of secondary sources - ${[...TABLE_3['company-a'], ...TABLE_3['company-b']].join(' - ')}`,
      // Table 4 (p. 48), column by column.
      `Activities Country Role ${[0, 1, 2].map((col) => TABLE_4['company-a'].map((row) => row[col]).join(' ')).join(' ')}`,
      // Tables 5 (p. 49) and 6 (p. 61), row by row.
      `Position Degree Experience International networking ${TABLE_5['company-a'].flat().join(' ')}`,
      `Position Degree Experience International networking ${TABLE_6['company-b'].flat().join(' ')}`,
    ];
    expect(passages.filter((p) => !seed.includes(p))).toEqual([]);
  });

  it('name every place of Table 4 by a code, and match source titles only by their words', () => {
    expect(thesisPlaces('Netherlands, Poland, UK, France, and Germany')).toEqual(['NL', 'PL', 'GB', 'FR', 'DE']);
    expect(thesisPlaces('USA and EU countries')).toEqual(['US', 'EU']);
    expect(() => thesisPlaces('Atlantis')).toThrow('no code for the place "Atlantis"');
    expect(titleMatches('Company A website', 'Company website')).toBe(true);
    expect(titleMatches('Newspaper article about Company A', 'Newspaper article')).toBe(true);
    expect(titleMatches('Company A website', 'Social media platform')).toBe(false);
  });
});

describe.each(CASE_TABLES)('thesis Table %i from the sample cases', (n) => {
  const cases = ['company-a', 'company-b'].map(sampleCase);

  it('equals the thesis cell by cell, with the readings the samples document', () => {
    expect(asThesisCells(n, caseTableData(n, cases))).toEqual(expectedThesisCells(n));
  });

  it('has a grid with a row for each aspect (2, 3) or record (4–6), as wide as its header', () => {
    const view = caseTableView(n, cases, { countryName });
    const records = Object.values(caseTableData(n, cases) as Record<string, unknown>).flatMap((d) => (Array.isArray(d) ? d : []));
    expect(view.rows).toHaveLength({ 2: 3, 3: 1 }[n as 2 | 3] ?? records.length);
    expect(view.rows.every((r) => r.length === view.header.length)).toBe(true);
  });
});

describe('thesis Tables 4–6 for the firm the thesis does not give them for', () => {
  it('gives Company B its own activities, in the order of its case', () => {
    const b = sampleCase('company-b');
    const rows = caseTableData(4, [b])['company-b'] ?? [];
    expect(rows.map((r) => r.id)).toEqual(b.activities.map((a) => a.id));
    expect(rows.find((r) => r.id === 'act-registration-kg')).toMatchObject({ countries: ['KG'], regions: ['EAEU'], step: 'registration' });
    const view = caseTableView(4, [b], { countryName });
    expect(view.header).toEqual(['Activities', 'Country', 'Role']);
    expect(view.rows).toContainEqual(['registered a single product in this country', 'Kyrgyzstan, EAEU', 'manage the registration work independently']);
  });

  it('gives Company A’s key people as Table 6 and Company B’s as Table 5: the same table', () => {
    const cases = ['company-a', 'company-b'].map(sampleCase);
    expect(caseTableData(6, cases)).toEqual(caseTableData(5, cases));
    expect(caseTableView(6, cases, { countryName }).rows).toEqual(caseTableView(5, cases, { countryName }).rows);
  });

  it('gives the Sri Lankan firm, which records no activities, an empty Table 4 that says so', () => {
    const view = caseTableView(4, [sampleCase('sl-it-sme')], { countryName });
    expect(view.rows).toEqual([]);
    expect(view.notes).toEqual(['Sri Lankan IT SME (focal company): no activities recorded.']);
  });
});
