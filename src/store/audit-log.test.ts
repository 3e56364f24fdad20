// The audit log (migration 0008) on SQLite and PGlite (and PostgreSQL when TEST_DATABASE_URL is set):
// every kind of store write makes exactly one change with who, and each record before and after;
// the writes of one transaction are one change; a transaction that fails leaves no trace; listings
// come newest first, filtered by firm and user, paged with `before`, each with its first 20 items.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Tie } from '../core/model/index.js';
import { runAs, type ActingUser } from '../shared/acting-user.js';
import { StaleVersionError } from '../shared/errors.js';
import { minimalCase, richCase } from '../test-support/cases.js';
import { storeTargets } from '../test-support/stores.js';
import { LISTED_ITEMS } from './audit-log.js';
import { createCaseStore, kyselyOf } from './case-store.js';
import type { AuditChangeFilter, AuditItem, CaseStore } from './types.js';

const WS = 'research';
const FIRM = 'gobi-pharma';
const ANN: ActingUser = { userId: 'u-ann', label: 'ann@example.org' };
const BEN: ActingUser = { userId: 'u-ben', label: 'ben@example.org' };
const newTie: Tie = { id: 'tie-new', from: 'kp-export', to: 'act-linkedin', networkType: 'digital', status: 'active', strength: 2 };
const people = (n: number): Actor[] => Array.from({ length: n }, (_, i) => ({ id: `p-${i}`, name: `Person ${i}`, kind: 'person', roles: [] }));
/** A value as the log keeps it: JSON, so absent optional fields stay absent. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe.each(storeTargets())('audit log on $name', (target) => {
  let store: CaseStore;
  beforeEach(async () => {
    store = await target.open();
    await store.ensureWorkspace({ id: WS, name: 'Research project', kind: 'research' });
    await runAs({ userId: null, label: 'setup' }, () => store.putCase(WS, richCase(FIRM), { replace: false }));
  });
  afterEach(() => store.close());
  afterAll(() => target.cleanup());

  const list = (filter: Partial<AuditChangeFilter> = {}) => store.audit.list(WS, { limit: 100, ...filter });
  /** The one change made since `count` changes were listed, in full; fails unless exactly one was made. */
  async function onlyNewChange(count: number) {
    const all = await list();
    expect(all).toHaveLength(count + 1);
    const change = await store.audit.get(WS, all[0]!.id);
    expect(change).toBeDefined();
    return change!;
  }
  const auditRows = async () => ({
    changes: await kyselyOf(store).selectFrom('audit_changes').selectAll().orderBy('id').execute(),
    items: await kyselyOf(store).selectFrom('audit_items').selectAll().orderBy('change_id').orderBy('seq').execute(),
  });

  it('logs the import that set the case up: the whole case after, nothing before, by whoever ran it', async () => {
    const [change] = await list();
    expect(change).toMatchObject({ workspaceId: WS, actor: 'setup', userId: null, undoOf: null, undoneBy: null, itemCount: 1 });
    expect(change?.id).toMatch(/^chg-\d{17}-[0-9a-f]{10}$/);
    expect(change?.items).toEqual([{ firmId: FIRM, collection: 'case', recordId: FIRM, kind: 'insert' }]);
    const full = await store.audit.get(WS, change!.id);
    expect(full?.items).toEqual([
      { firmId: FIRM, collection: 'case', recordId: FIRM, kind: 'insert', before: null, after: asJson(richCase(FIRM)), versionAfter: null },
    ]);
  });

  it('logs an inserted record: after it, before null, its version, and who', async () => {
    const version = await runAs(ANN, () => store.insertRecord(WS, FIRM, 'ties', newTie));
    const change = await onlyNewChange(1);
    expect(change).toMatchObject({ actor: ANN.label, userId: ANN.userId, itemCount: 1 });
    expect(change.items).toEqual([
      { firmId: FIRM, collection: 'ties', recordId: 'tie-new', kind: 'insert', before: null, after: newTie, versionAfter: version },
    ]);
  });

  it('logs an updated record: the stored one before, the new one after, the version it got', async () => {
    const stored = await store.getRecord(WS, FIRM, 'ties', 'tie-friend');
    const changed = { ...stored!.record, strength: 5 };
    const version = await runAs(BEN, () => store.updateRecord(WS, FIRM, 'ties', changed, stored!.version));
    const change = await onlyNewChange(1);
    expect(change).toMatchObject({ actor: BEN.label, userId: BEN.userId });
    expect(change.items).toEqual([
      { firmId: FIRM, collection: 'ties', recordId: 'tie-friend', kind: 'update', before: stored!.record, after: changed, versionAfter: version },
    ]);
    expect(version).toBe(stored!.version + 1);
  });

  it('logs a deleted record: the stored one before, nothing after', async () => {
    const stored = await store.getRecord(WS, FIRM, 'benefits', 'ben-rep');
    await runAs(ANN, () => store.deleteRecord(WS, FIRM, 'benefits', 'ben-rep'));
    const change = await onlyNewChange(1);
    expect(change.items).toEqual([
      { firmId: FIRM, collection: 'benefits', recordId: 'ben-rep', kind: 'delete', before: stored!.record, after: null, versionAfter: null },
    ]);
  });

  it('logs a new case whole and a replaced case with the old one before', async () => {
    await runAs(ANN, () => store.putCase(WS, minimalCase('nomad-tea'), { replace: false }));
    const added = await onlyNewChange(1);
    expect(added.items).toEqual([
      {
        firmId: 'nomad-tea',
        collection: 'case',
        recordId: 'nomad-tea',
        kind: 'insert',
        before: null,
        after: asJson(minimalCase('nomad-tea')),
        versionAfter: null,
      },
    ]);
    const old = await store.getCase(WS, FIRM);
    const replacement = minimalCase(FIRM, 'Gobi Pharma, new');
    await runAs(BEN, () => store.putCase(WS, replacement, { replace: true }));
    const replaced = await onlyNewChange(2);
    expect(replaced).toMatchObject({ actor: BEN.label, itemCount: 1 });
    expect(replaced.items).toEqual([
      { firmId: FIRM, collection: 'case', recordId: FIRM, kind: 'update', before: asJson(old), after: asJson(replacement), versionAfter: null },
    ]);
  });

  it('logs a deleted firm with its whole case before', async () => {
    const old = await store.getCase(WS, FIRM);
    await runAs(ANN, () => store.deleteFirm(WS, FIRM));
    const change = await onlyNewChange(1);
    expect(change.items).toEqual([{ firmId: FIRM, collection: 'case', recordId: FIRM, kind: 'delete', before: asJson(old), after: null, versionAfter: null }]);
  });

  it('logs the firm record before and after an update, with its new version', async () => {
    const firm = await store.getFirm(WS, FIRM);
    const renamed = { ...firm!.record, name: 'Gobi Pharma LLC' };
    const version = await runAs(ANN, () => store.updateFirm(WS, renamed, firm!.version));
    const change = await onlyNewChange(1);
    expect(change.items).toEqual([
      { firmId: FIRM, collection: 'firm', recordId: FIRM, kind: 'update', before: firm!.record, after: renamed, versionAfter: version },
    ]);
  });

  it('makes one change of everything one transaction writes, bulk writes included, items in the order written', async () => {
    const stored = await store.getRecord(WS, FIRM, 'actors', 'act-friend');
    const renamed = { ...stored!.record, name: 'An old friend from Tartu' };
    await runAs(ANN, () =>
      store.transaction(async (tx) => {
        await tx.insertRecords(WS, FIRM, 'actors', people(2));
        await tx.replaceRecords(WS, FIRM, 'actors', [renamed]);
        await tx.insertRecord(WS, FIRM, 'ties', newTie);
      }),
    );
    const change = await onlyNewChange(1);
    expect(change).toMatchObject({ actor: ANN.label, itemCount: 4 });
    expect(change.items).toEqual([
      { firmId: FIRM, collection: 'actors', recordId: 'p-0', kind: 'insert', before: null, after: people(2)[0], versionAfter: 1 },
      { firmId: FIRM, collection: 'actors', recordId: 'p-1', kind: 'insert', before: null, after: people(2)[1], versionAfter: 1 },
      { firmId: FIRM, collection: 'actors', recordId: 'act-friend', kind: 'update', before: stored!.record, after: renamed, versionAfter: stored!.version + 1 },
      { firmId: FIRM, collection: 'ties', recordId: 'tie-new', kind: 'insert', before: null, after: newTie, versionAfter: 1 },
    ]);
    // The logged versions are the stored ones: what undo compares against.
    expect((await store.getRecord(WS, FIRM, 'actors', 'act-friend'))?.version).toBe(change.items[2]?.versionAfter);
  });

  it('leaves no trace of a transaction that fails, nor of a write refused as stale', async () => {
    const before = await auditRows();
    const failing = runAs(ANN, () =>
      store.transaction(async (tx) => {
        await tx.insertRecord(WS, FIRM, 'ties', newTie);
        await tx.deleteRecord(WS, FIRM, 'benefits', 'ben-rep');
        throw new Error('changed my mind');
      }),
    );
    await expect(failing).rejects.toThrow('changed my mind');
    const stored = await store.getRecord(WS, FIRM, 'ties', 'tie-friend');
    await expect(store.updateRecord(WS, FIRM, 'ties', stored!.record, stored!.version + 1)).rejects.toBeInstanceOf(StaleVersionError);
    expect(await auditRows()).toEqual(before);
    // The next transaction starts a change of its own.
    await store.insertRecord(WS, FIRM, 'ties', newTie);
    expect((await onlyNewChange(1)).items.map((i) => i.recordId)).toEqual(['tie-new']);
  });

  it('records "local" and no account for writes made outside runAs', async () => {
    await store.deleteRecord(WS, FIRM, 'benefits', 'ben-rep');
    expect(await onlyNewChange(1)).toMatchObject({ actor: 'local', userId: null });
  });

  it('lists newest first, by firm, by account, a page before a change, and at most limit', async () => {
    await runAs(ANN, () => store.putCase(WS, minimalCase('nomad-tea'), { replace: false }));
    await runAs(BEN, () => store.insertRecord(WS, FIRM, 'ties', newTie));
    await runAs(ANN, () => store.deleteRecord(WS, FIRM, 'ties', 'tie-new'));
    await runAs(BEN, () => store.deleteFirm(WS, 'nomad-tea'));
    const all = await list();
    const described = all.map((c) => `${c.actor} ${c.items.map((i) => `${i.kind} ${i.firmId}/${i.recordId}`).join(', ')}`);
    expect(described).toEqual([
      'ben@example.org delete nomad-tea/nomad-tea',
      'ann@example.org delete gobi-pharma/tie-new',
      'ben@example.org insert gobi-pharma/tie-new',
      'ann@example.org insert nomad-tea/nomad-tea',
      `setup insert ${FIRM}/${FIRM}`,
    ]);
    const ids = all.map((c) => c.id);
    expect((await list({ firmId: 'nomad-tea' })).map((c) => c.id)).toEqual([ids[0], ids[3]]);
    expect((await list({ firmId: FIRM })).map((c) => c.id)).toEqual([ids[1], ids[2], ids[4]]);
    expect((await list({ userId: ANN.userId! })).map((c) => c.id)).toEqual([ids[1], ids[3]]);
    expect((await list({ userId: BEN.userId!, firmId: FIRM })).map((c) => c.id)).toEqual([ids[2]]);
    expect((await list({ limit: 2 })).map((c) => c.id)).toEqual(ids.slice(0, 2));
    expect((await list({ before: ids[1]!, limit: 2 })).map((c) => c.id)).toEqual(ids.slice(2, 4));
    expect((await list({ before: ids[4]! })).map((c) => c.id)).toEqual([]);
    expect(await store.audit.list('elsewhere', { limit: 10 })).toEqual([]);
    expect(await store.audit.get('elsewhere', ids[0]!)).toBeUndefined();
    expect(await store.audit.get(WS, 'chg-20000101000000000-0000000000')).toBeUndefined();
  });

  it('keeps the order the changes were made in even when the clock stands still', async () => {
    // A second store on the same database whose clock never moves: every change has the same time.
    const frozen = createCaseStore(store.kind, kyselyOf(store), { now: () => '2026-03-02T09:00:00.000Z' });
    const made: string[] = [];
    for (let i = 0; i < 12; i++) {
      await frozen.insertRecord(WS, FIRM, 'facts', { id: `fact-${i}`, topic: 'company_size', text: `Fact ${i}`, evidence: [] });
      made.push(`fact-${i}`);
    }
    const listed = (await list({ firmId: FIRM, limit: 12 })).map((c) => c.items[0]?.recordId);
    expect(listed).toEqual(made.reverse());
    expect((await list({ limit: 12 })).every((c) => c.at === '2026-03-02T09:00:00.000Z')).toBe(true);
  });

  it('counts every record of a large change but lists only its first 20; the change itself has them all', async () => {
    const added = people(50);
    await store.insertRecords(WS, FIRM, 'actors', added);
    const [listed] = await list({ limit: 1 });
    expect(listed?.itemCount).toBe(50);
    expect(listed?.items).toHaveLength(LISTED_ITEMS);
    expect(listed?.items.map((i) => i.recordId)).toEqual(added.slice(0, LISTED_ITEMS).map((a) => a.id));
    const full = await store.audit.get(WS, listed!.id);
    expect(full?.itemCount).toBe(50);
    const items: AuditItem[] = full?.items ?? [];
    expect(items.map((i) => i.after)).toEqual(added);
  });
});
