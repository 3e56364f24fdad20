// The audit log's use cases on every store: listing and reading changes, and undo of each kind of
// change putting the records back as they were — the undo itself a change, linked both ways, and
// undoable in turn. Refused undos are in audit-undo.test.ts.
import { describe, expect, it } from 'vitest';
import type { Actor, Tie } from '../core/model/index.js';
import { runAs, type ActingUser } from '../shared/acting-user.js';
import { NotFoundError } from '../shared/errors.js';
import { auditFixture, FIRM, WS } from '../test-support/audit-fixture.js';
import { minimalCase, richCase } from '../test-support/cases.js';
import { storeTargets } from '../test-support/stores.js';
import { auditChange, DEFAULT_AUDIT_LIMIT, listAudit, undoChange } from './audit-service.js';

const ANN: ActingUser = { userId: 'u-ann', label: 'ann@example.org' };
const BEN: ActingUser = { userId: 'u-ben', label: 'ben@example.org' };
const newTie: Tie = { id: 'tie-new', from: 'kp-export', to: 'act-linkedin', networkType: 'digital', status: 'active', strength: 2 };

describe.each(storeTargets())('audit service on $name', (target) => {
  const audit = auditFixture(target);
  const { latestId } = audit;
  /** Undoes the newest change as BEN and checks the links both ways; answers the undo's change id. */
  async function undoLatest(): Promise<string> {
    const changeId = await latestId();
    const result = await runAs(BEN, () => undoChange(audit.store, WS, changeId));
    expect(result.undoneChange).toBe(changeId);
    expect(await latestId()).toBe(result.undoChange);
    expect(await auditChange(audit.store, WS, result.undoChange)).toMatchObject({ actor: BEN.label, userId: BEN.userId, undoOf: changeId, undoneBy: null });
    expect((await auditChange(audit.store, WS, changeId)).undoneBy).toBe(result.undoChange);
    return result.undoChange;
  }

  describe('listing and reading', () => {
    it('lists the default number of changes, and always at least one and at most what was asked', async () => {
      for (let i = 0; i < DEFAULT_AUDIT_LIMIT + 2; i++)
        await audit.store.insertRecord(WS, FIRM, 'facts', { id: `fact-${i}`, topic: 'company_size', text: `${i}`, evidence: [] });
      const listed = await listAudit(audit.store, WS, {});
      expect(listed).toHaveLength(DEFAULT_AUDIT_LIMIT);
      expect(listed[0]?.items[0]?.recordId).toBe(`fact-${DEFAULT_AUDIT_LIMIT + 1}`);
      expect(await listAudit(audit.store, WS, { limit: 0 })).toHaveLength(1);
      expect(await listAudit(audit.store, WS, { limit: 3, firmId: FIRM })).toHaveLength(3);
    });

    it('reads a change of its workspace and answers NotFoundError for any other', async () => {
      const id = await latestId();
      expect((await auditChange(audit.store, WS, id)).items[0]).toMatchObject({ collection: 'case', recordId: FIRM, kind: 'insert' });
      await audit.store.ensureWorkspace({ id: 'other', name: 'Other', kind: 'portfolio' });
      await expect(auditChange(audit.store, 'other', id)).rejects.toThrow(new NotFoundError('change', id));
      await expect(undoChange(audit.store, 'other', id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await audit.store.firmExists(WS, FIRM)).toBe(true);
    });
  });

  describe('undo', () => {
    it('of an update puts the record before back, at a new version; the undo of that redoes it', async () => {
      const stored = await audit.store.getRecord(WS, FIRM, 'ties', 'tie-friend');
      const changed = { ...stored!.record, strength: 5 };
      await runAs(ANN, () => audit.store.updateRecord(WS, FIRM, 'ties', changed, stored!.version));
      const undoId = await undoLatest();
      expect(await audit.store.getRecord(WS, FIRM, 'ties', 'tie-friend')).toEqual({ record: stored!.record, version: stored!.version + 2 });
      expect((await auditChange(audit.store, WS, undoId)).items).toEqual([
        { firmId: FIRM, collection: 'ties', recordId: 'tie-friend', kind: 'update', before: changed, after: stored!.record, versionAfter: stored!.version + 2 },
      ]);
      const redoId = await undoLatest();
      expect((await auditChange(audit.store, WS, redoId)).undoOf).toBe(undoId);
      expect(await audit.store.getRecord(WS, FIRM, 'ties', 'tie-friend')).toEqual({ record: changed, version: stored!.version + 3 });
    });

    it('of an insert removes the record, and its references with it', async () => {
      await audit.store.insertRecord(WS, FIRM, 'ties', newTie);
      await undoLatest();
      expect(await audit.store.getRecord(WS, FIRM, 'ties', 'tie-new')).toBeUndefined();
      expect((await audit.store.referrersOf(WS, FIRM, 'act-linkedin')).map((r) => r.id)).not.toContain('tie-new');
      expect((await audit.store.getCase(WS, FIRM))?.ties).toEqual(richCase(FIRM).ties);
    });

    it('of a delete brings the record back; undone in turn, it is gone again', async () => {
      const stored = await audit.store.getRecord(WS, FIRM, 'benefits', 'ben-rep');
      await audit.store.deleteRecord(WS, FIRM, 'benefits', 'ben-rep');
      await undoLatest();
      expect(await audit.store.getRecord(WS, FIRM, 'benefits', 'ben-rep')).toEqual({ record: stored!.record, version: 1 });
      await undoLatest();
      expect(await audit.store.getRecord(WS, FIRM, 'benefits', 'ben-rep')).toBeUndefined();
    });

    it('of the import of a new case removes the firm; undone in turn, the case is back', async () => {
      const added = minimalCase('nomad-tea');
      await audit.store.putCase(WS, added, { replace: false });
      const undoId = await undoLatest();
      expect(await audit.store.firmExists(WS, 'nomad-tea')).toBe(false);
      expect((await auditChange(audit.store, WS, undoId)).items).toMatchObject([{ collection: 'case', recordId: 'nomad-tea', kind: 'delete' }]);
      await undoLatest();
      expect(await audit.store.getCase(WS, 'nomad-tea')).toEqual(added);
    });

    it('of an import, once a later deletion in the case is undone, though the record came back last', async () => {
      await audit.store.putCase(WS, richCase('steppe-co'), { replace: false });
      await audit.store.deleteRecord(WS, 'steppe-co', 'benefits', 'ben-access');
      await undoLatest();
      expect((await audit.store.getCase(WS, 'steppe-co'))?.benefits.map((b) => b.id)).toEqual(['ben-rep', 'ben-risk', 'ben-access']);
      const [, , imported] = await listAudit(audit.store, WS, { firmId: 'steppe-co' });
      await undoChange(audit.store, WS, imported!.id);
      expect(await audit.store.firmExists(WS, 'steppe-co')).toBe(false);
    });

    it('of a replaced case puts the old case back exactly', async () => {
      const old = await audit.store.getCase(WS, FIRM);
      await audit.store.putCase(WS, minimalCase(FIRM, 'Gobi Pharma, new'), { replace: true });
      await undoLatest();
      expect(await audit.store.getCase(WS, FIRM)).toEqual(old);
      expect(await audit.store.referrersOf(WS, FIRM, 'act-trade-body')).not.toEqual([]);
    });

    it('of a deleted firm brings the firm and its whole case back', async () => {
      const old = await audit.store.getCase(WS, FIRM);
      await audit.store.deleteFirm(WS, FIRM);
      await undoLatest();
      expect(await audit.store.getCase(WS, FIRM)).toEqual(old);
    });

    it('of a firm update puts the firm record before back', async () => {
      const firm = await audit.store.getFirm(WS, FIRM);
      await audit.store.updateFirm(WS, { ...firm!.record, name: 'Gobi Pharma LLC' }, firm!.version);
      await undoLatest();
      expect(await audit.store.getFirm(WS, FIRM)).toEqual({ record: firm!.record, version: firm!.version + 2 });
    });

    it('of a transaction of bulk writes undoes every record of it, records that refer to each other included', async () => {
      const stored = await audit.store.getRecord(WS, FIRM, 'actors', 'act-friend');
      // p-a belongs to p-b, written after it: undone newest first, p-b goes while p-a still refers to it.
      const pair: Actor[] = [
        { id: 'p-a', name: 'A', kind: 'person', roles: [], memberOf: ['p-b'] },
        { id: 'p-b', name: 'B', kind: 'organization', roles: [] },
      ];
      await audit.store.transaction(async (tx) => {
        await tx.insertRecords(WS, FIRM, 'actors', pair);
        await tx.replaceRecords(WS, FIRM, 'actors', [{ ...stored!.record, name: 'Renamed' }]);
        await tx.insertRecords(WS, FIRM, 'ties', [{ ...newTie, to: 'p-a' }]);
      });
      const undoId = await undoLatest();
      expect(await audit.store.getCase(WS, FIRM)).toEqual(richCase(FIRM));
      expect((await auditChange(audit.store, WS, undoId)).items.map((i) => `${i.kind} ${i.recordId}`)).toEqual([
        'delete tie-new',
        'update act-friend',
        'delete p-b',
        'delete p-a',
      ]);
    });
  });
});
