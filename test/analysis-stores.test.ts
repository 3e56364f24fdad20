// Thesis Tables 2–10 from the sample cases on every store (SQLite, PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set), and the analysis of an empty firm.
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFirm, thesisTable } from '../src/services/analysis-service.js';
import { importCases } from '../src/services/case-service.js';
import { parseCaseOrThrow, sampleCase } from '../src/test-support/samples.js';
import { storeTargets } from '../src/test-support/stores.js';
import { asThesisCells, expectedThesisCells } from './case-table-cells.js';
import { TABLE_10, TABLE_7, TABLE_8, TABLE_9 } from './thesis-tables.js';

const now = new Date('2025-06-01T00:00:00Z');
const targets = storeTargets();
afterAll(async () => {
  for (const t of targets) await t.cleanup();
});

describe.each(targets)('on $name', (target) => {
  it('reproduces thesis Tables 2–10 for company-a and company-b', async () => {
    const store = await target.open();
    await importCases(
      store,
      'study',
      ['company-a', 'company-b'].map((id) => ({ origin: id, caseFile: sampleCase(id) })),
      { replace: false },
    );
    const firms = ['company-a', 'company-b'];
    expect(await thesisTable(store, 'study', 7, firms, now)).toEqual(TABLE_7);
    expect(await thesisTable(store, 'study', 8, firms, now)).toEqual(TABLE_8);
    expect(await thesisTable(store, 'study', 9, firms, now)).toEqual(TABLE_9);
    expect(await thesisTable(store, 'study', 10, firms, now)).toEqual(TABLE_10);
    for (const n of [2, 3, 4, 5, 6] as const) {
      expect(asThesisCells(n, await thesisTable(store, 'study', n, firms, now)), `Table ${n}`).toEqual(expectedThesisCells(n));
    }
  });

  it('analyzes an empty firm to empty sections', async () => {
    const store = await target.open();
    await importCases(
      store,
      'w',
      [
        {
          origin: 'empty',
          caseFile: parseCaseOrThrow(JSON.stringify({ format: 'foothold.case/1', firm: { id: 'empty', name: 'Empty', countryOfOrigin: 'LK' } })),
        },
      ],
      {
        replace: false,
      },
    );
    const a = await analyzeFirm(store, 'w', 'empty', now);
    expect(a.challenges).toEqual([]);
    expect(a.utilization).toEqual({});
    expect(a.gaps).toEqual([]);
    expect(a.blindSpots).toEqual([]);
    expect(a.recommendations).toEqual([]);
    expect(a.digitalPresence).toEqual([]);
    expect(a.agreement).toMatchObject({ n: 0, percentAgreement: undefined, weightedKappa: undefined });
    expect(a.networkTypes.byType.social).toMatchObject({ ties: 0, inUse: false });
  });
});
