// The reference index and revisions that let single-record writes check only what they touch: the
// index always says exactly what the records say (after imports, inserts, updates, deletes and a
// rebuild after upgrade), lookups answer for the firm's case only, and every write moves the revision.
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { richCase } from '../test-support/cases.js';
import { storeTargets } from '../test-support/stores.js';
import { caseReferenceRows, REFERENCE_RULES_VERSION } from './case-references.js';
import { kyselyOf } from './case-store.js';
import type { CaseStore } from './types.js';

const WS = 'refs';
const FIRM = 'gobi-pharma';

describe.each(storeTargets())('reference index on $name', (target) => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'Refs', kind: 'research' });
    await store.putCase(WS, richCase(), { replace: false });
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  /** The index rows as stored, in a stable order. */
  const indexRows = async (s: CaseStore = store) =>
    kyselyOf(s)
      .selectFrom('case_references')
      .select(['source_collection', 'source_id', 'field', 'target_id'])
      .where('workspace_id', '=', WS)
      .where('firm_id', '=', FIRM)
      .orderBy('source_id')
      .orderBy('field')
      .execute();
  /** The rows the reference rules give for the case as it now stands. */
  const expectedRows = async () => {
    const c = await store.getCase(WS, FIRM);
    return caseReferenceRows(WS, c!)
      .map(({ source_collection, source_id, field, target_id }) => ({ source_collection, source_id, field, target_id }))
      .sort((a, b) => (a.source_id === b.source_id ? (a.field < b.field ? -1 : 1) : a.source_id < b.source_id ? -1 : 1));
  };

  it('indexes every reference of an imported case, the firm included', async () => {
    const rows = await indexRows();
    expect(rows).toEqual(await expectedRows());
    expect(rows).toContainEqual({ source_collection: 'firm', source_id: FIRM, field: '/pathway/evidence/0', target_id: 'seg-1' });
    expect(rows).toContainEqual({ source_collection: 'ties', source_id: 'tie-distributor', field: '/origin/referredByTie', target_id: 'tie-friend' });
    expect(await store.referrersOf(WS, FIRM, 'act-distributor')).toEqual([
      { collection: 'activities', id: 'act-sales', field: '/actors/0' },
      { collection: 'markets', id: 'mkt-lk', field: '/intermediaries/0' },
      { collection: 'ties', id: 'tie-distributor', field: '/to' },
    ]);
    expect(await store.referrersOf(WS, FIRM, 'fact-size')).toEqual([]);
  });

  it('keeps the index in step with inserts, updates and deletes', async () => {
    await store.insertRecord(WS, FIRM, 'ties', {
      id: 'tie-new',
      from: 'kp-export',
      to: 'act-linkedin',
      networkType: 'digital',
      status: 'active',
      evidence: ['seg-2'],
    });
    expect(await store.referrersOf(WS, FIRM, 'act-linkedin')).toContainEqual({ collection: 'ties', id: 'tie-new', field: '/to' });
    await store.updateRecord(WS, FIRM, 'ties', { id: 'tie-new', from: 'kp-export', to: 'act-friend', networkType: 'social', status: 'active' }, 1);
    expect(await store.referrersOf(WS, FIRM, 'act-linkedin')).not.toContainEqual(expect.objectContaining({ id: 'tie-new' }));
    expect(await store.referrersOf(WS, FIRM, 'seg-2')).not.toContainEqual(expect.objectContaining({ id: 'tie-new' }));
    expect(await indexRows()).toEqual(await expectedRows());
    await store.deleteRecord(WS, FIRM, 'ties', 'tie-new');
    await store.updateFirm(WS, { ...richCase().firm, evidence: ['seg-2'] }, 1);
    expect(await indexRows()).toEqual(await expectedRows());
    expect(await store.referrersOf(WS, FIRM, 'seg-1')).not.toContainEqual(expect.objectContaining({ collection: 'firm', field: '/evidence/0' }));
  });

  it('replaces the index with the case, and drops it with the firm', async () => {
    await store.putCase(WS, { ...richCase(), ties: [], activities: [], benefits: [], markets: [] }, { replace: true });
    expect(await indexRows()).toEqual(await expectedRows());
    expect(await store.referrersOf(WS, FIRM, 'act-distributor')).toEqual([]);
    await store.deleteFirm(WS, FIRM);
    expect(await indexRows()).toEqual([]);
  });

  it('says what each id is in this firm only, for any number of ids', async () => {
    await store.putCase(WS, richCase('other-firm'), { replace: false });
    const many = Array.from({ length: 1200 }, (_, i) => `missing-${i}`);
    const kinds = await store.recordKinds(WS, FIRM, [...many, 'act-friend', FIRM, 'seg-2', 'other-firm', 'logistics', 'act-friend']);
    expect(Object.fromEntries(kinds)).toEqual({ 'act-friend': 'actors', [FIRM]: 'firm', 'seg-2': 'segments', logistics: 'challengeCategories' });
    expect(await store.recordKinds(WS, 'no-such-firm', ['act-friend'])).toEqual(new Map());
  });

  it('finds the other record holding a table cell', async () => {
    const c = richCase();
    expect(await store.cellHolders(WS, FIRM, 'challengeRatings', { ...c.challengeRatings[0]!, id: 'cr-new' })).toEqual(['cr-reg']);
    expect(await store.cellHolders(WS, FIRM, 'challengeRatings', c.challengeRatings[0]!)).toEqual([]);
    expect(await store.cellHolders(WS, FIRM, 'challengeRatings', { ...c.challengeRatings[1]!, id: 'cr-x', market: undefined })).toEqual([]);
    expect(await store.cellHolders(WS, FIRM, 'challengeRatings', { ...c.challengeRatings[1]!, id: 'cr-x' })).toEqual(['cr-log-lk']);
    expect(await store.cellHolders(WS, FIRM, 'utilization', { ...c.utilization[0]!, id: 'u-new' })).toEqual(['u-reg-inst']);
    expect(await store.cellHolders(WS, FIRM, 'utilization', { ...c.utilization[0]!, id: 'u-new', networkType: 'social' })).toEqual([]);
    expect(await store.cellHolders(WS, FIRM, 'ties', c.ties[0]!)).toEqual([]);
  });

  it('moves the revision on every write to the case, and on no read', async () => {
    const revisions = [await store.caseRevision(WS, FIRM)];
    const moved = async () => {
      const now = await store.caseRevision(WS, FIRM);
      expect(revisions).not.toContain(now);
      revisions.push(now);
    };
    await store.getCase(WS, FIRM);
    await store.listRecords(WS, FIRM, 'ties');
    expect(await store.caseRevision(WS, FIRM)).toBe(revisions[0]);
    expect((await store.getStoredCase(WS, FIRM))?.revision).toBe(revisions[0]);
    await store.insertRecord(WS, FIRM, 'facts', { id: 'fact-new', topic: 'other', text: 'x' });
    await moved();
    await store.updateRecord(WS, FIRM, 'facts', { id: 'fact-new', topic: 'other', text: 'y' }, 1);
    await moved();
    await store.deleteRecord(WS, FIRM, 'facts', 'fact-new');
    await moved();
    await store.updateFirm(WS, { ...richCase().firm, sector: 'Herbal medicine' }, 1);
    await moved();
    await store.touchCase(WS, FIRM);
    await moved();
    await store.putCase(WS, richCase(), { replace: true });
    await moved();
    // A write that fails leaves the revision as it was.
    await expect(store.transaction(async (tx) => (await tx.touchCase(WS, FIRM), Promise.reject(new Error('undo'))))).rejects.toThrow('undo');
    expect(await store.caseRevision(WS, FIRM)).toBe(revisions.at(-1));
    expect(await store.caseRevision(WS, 'no-such-firm')).toBeUndefined();
  });

  it('rebuilds the index of firms stored before it existed when the store opens', async () => {
    const db = kyselyOf(store);
    const built = await indexRows();
    // What a database upgraded from migration 0002 holds: no rows, version 0.
    await db.deleteFrom('case_references').execute();
    await db.updateTable('firms').set({ references_version: 0 }).execute();
    const reopened = await target.reopen(store);
    expect(await indexRows(reopened)).toEqual(built);
    const versions = await sql<{ v: number }>`select references_version as v from firms`.execute(kyselyOf(reopened));
    expect(versions.rows.map((r) => Number(r.v))).toEqual([REFERENCE_RULES_VERSION]);
  });
});
