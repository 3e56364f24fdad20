// Partner searches in the store (migration 0005), on SQLite and PGlite (and PostgreSQL when
// TEST_DATABASE_URL is set): a case that has them comes back exactly as put, exports to a file that
// re-imports unchanged, and single writes keep the reference index in step with what the candidates name.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCaseText, type CaseFile } from '../core/case-file/index.js';
import { partnerSearchSchema } from '../core/model/index.js';
import { caseFileText } from '../services/case-files.js';
import { exportCase, importCases } from '../services/case-service.js';
import { parsedCase } from '../test-support/cases.js';
import { sampleCase } from '../test-support/samples.js';
import { storeTargets } from '../test-support/stores.js';
import { kyselyOf } from './case-store.js';
import type { CaseStore } from './types.js';

const WS = 'partners';

/** Company A's sample case with two searches: one under way, one closed without a contract. */
function withSearches(): CaseFile {
  const c = sampleCase('company-a');
  return parsedCase({
    ...c,
    partnerSearches: [
      {
        id: 'ps-api-cmo',
        title: 'API contract manufacturer — “Wirkstoff” (DE)',
        purpose: 'contract manufacturer in the EU',
        market: 'DE',
        organizationType: 'company',
        role: 'contract_manufacturer',
        opened: '2025-01-15',
        criteria: [
          { id: 'gmp', name: 'GMP certified', weight: 5 },
          { id: 'fit', name: 'Personal engagement & cultural fit', weight: 4 },
        ],
        candidates: [
          {
            id: 'actor-de-api-cmo',
            actor: 'actor-de-api-cmo',
            name: 'Contract API manufacturer (Germany)',
            stage: 'audit',
            scores: { gmp: 5 },
            notes: [{ on: '2025-02', text: 'Site check done by the Dutch consultancy\nno visit by us' }],
            referredBy: 'actor-nl-consulting',
          },
          { id: 'lodz-api', name: 'Łódź API Sp. z o.o.', stage: 'dropped', scores: { gmp: 3, fit: 0 } },
        ],
        decisions: [
          { on: '2025-01-20', candidate: 'actor-de-api-cmo', from: 'long_list', to: 'audit', reason: 'Recommended by the consultancy' },
          { on: '2025-01-22', candidate: 'lodz-api', from: 'long_list', to: 'dropped', reason: 'No personal engagement' },
        ],
      },
      { id: 'ps-cro', title: 'CRO for phase II', opened: '2024', status: 'closed' },
    ],
  });
}

describe.each(storeTargets())('partner searches on $name', (target) => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'Partners', kind: 'firm' });
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  it('gives back a case with partner searches exactly as put, key for key', async () => {
    const c = withSearches();
    await store.putCase(WS, c, { replace: false });
    const back = await store.getCase(WS, 'company-a');
    expect(back).toStrictEqual(c);
    expect(JSON.stringify(back?.partnerSearches)).toBe(JSON.stringify(c.partnerSearches));
    expect((await store.listRecords(WS, 'company-a', 'partnerSearches')).map((r) => [r.record.id, r.version])).toEqual([
      ['ps-api-cmo', 1],
      ['ps-cro', 1],
    ]);
  });

  it('exports a case with partner searches to a file that re-imports unchanged', async () => {
    const c = withSearches();
    await importCases(store, WS, [{ origin: 'company-a.json', caseFile: c }], { replace: false });
    const text = caseFileText(await exportCase(store, WS, 'company-a'));
    const reread = parseCaseText(text);
    if (!reread.ok) throw new Error(JSON.stringify(reread.problems));
    expect(reread.caseFile).toStrictEqual(c);
    await importCases(store, 'copy', [{ origin: 'export', caseFile: reread.caseFile }], { replace: false });
    expect(caseFileText(await exportCase(store, 'copy', 'company-a'))).toBe(text);
  });

  it('indexes what the candidates name, and keeps the index in step with single writes', async () => {
    await store.putCase(WS, withSearches(), { replace: false });
    expect(await store.referrersOf(WS, 'company-a', 'actor-nl-consulting')).toContainEqual({
      collection: 'partnerSearches',
      id: 'ps-api-cmo',
      field: '/candidates/0/referredBy',
    });
    const search = partnerSearchSchema.parse({
      id: 'ps-consultant',
      title: 'Quality consultant (UK)',
      opened: '2025-05',
      candidates: [{ id: 'uk', actor: 'actor-uk-consulting', name: 'Consulting company (UK)', referredBy: 'kp-cdo' }],
    });
    await store.insertRecord(WS, 'company-a', 'partnerSearches', search);
    const rows = async () =>
      kyselyOf(store)
        .selectFrom('case_references')
        .select(['field', 'target_id'])
        .where('workspace_id', '=', WS)
        .where('source_id', '=', 'ps-consultant')
        .orderBy('field')
        .execute();
    expect(await rows()).toEqual([
      { field: '/candidates/0/actor', target_id: 'actor-uk-consulting' },
      { field: '/candidates/0/referredBy', target_id: 'kp-cdo' },
    ]);
    const { referredBy: _dropped, ...unreferred } = search.candidates[0]!;
    const version = await store.updateRecord(WS, 'company-a', 'partnerSearches', { ...search, candidates: [unreferred] }, 1);
    expect(version).toBe(2);
    expect(await rows()).toEqual([{ field: '/candidates/0/actor', target_id: 'actor-uk-consulting' }]);
    await store.deleteRecord(WS, 'company-a', 'partnerSearches', 'ps-consultant', 2);
    expect(await rows()).toEqual([]);
    expect(await store.recordKinds(WS, 'company-a', ['ps-api-cmo', 'ps-consultant'])).toEqual(new Map([['ps-api-cmo', 'partnerSearches']]));
  });
});
