// Undo refused on every store: when a record has changed since, when a record the undo would remove
// is now referred to, when a deleted id is taken again, when a firm is back or its case changed,
// when the result would break the case, and when the change was undone already. A refused undo
// writes nothing, neither to the cases nor to the audit log.
import { describe, expect, it } from 'vitest';
import type { Actor, Tie } from '../core/model/index.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { auditFixture, FIRM, WS } from '../test-support/audit-fixture.js';
import { minimalCase, richCase } from '../test-support/cases.js';
import { dumpTables, storeTargets } from '../test-support/stores.js';
import { kyselyOf } from '../store/case-store.js';
import { undoChange } from './audit-service.js';

const agent: Actor = { id: 'act-agent', name: 'Almaty agent', kind: 'organization', roles: [] };
const tieToAgent: Tie = { id: 'tie-agent', from: FIRM, to: 'act-agent', networkType: 'business', status: 'active' };

describe.each(storeTargets())('refused undo on $name', (target) => {
  const audit = auditFixture(target);
  const { latestId } = audit;
  /** Every row of the store and of the audit log (which dumpTables leaves out). */
  const everything = async () => ({
    tables: await dumpTables(audit.store),
    changes: await kyselyOf(audit.store).selectFrom('audit_changes').selectAll().orderBy('id').execute(),
    items: await kyselyOf(audit.store).selectFrom('audit_items').selectAll().orderBy('change_id').orderBy('seq').execute(),
  });
  /** Undoes the change, expecting a refusal of this type with this message; checks that nothing was written. */
  async function refused(changeId: string, type: typeof ConflictError | typeof ValidationError | typeof NotFoundError, message: string | RegExp) {
    const before = await everything();
    const undo = undoChange(audit.store, WS, changeId);
    await expect(undo).rejects.toBeInstanceOf(type);
    await expect(undo).rejects.toThrow(message);
    expect(await everything()).toEqual(before);
  }
  const update = async (collection: 'ties' | 'actors', id: string, changes: Record<string, unknown>) => {
    const stored = await audit.store.getRecord(WS, FIRM, collection, id);
    await audit.store.updateRecord(WS, FIRM, collection, { ...stored!.record, ...changes } as Tie & Actor, stored!.version);
  };

  it('when the record has changed since', async () => {
    await update('ties', 'tie-friend', { strength: 4 });
    const first = await latestId();
    await update('ties', 'tie-friend', { strength: 5 });
    await refused(first, ConflictError, 'tie "tie-friend" has changed since; undo the later changes first');
    // The later change can be undone, and then the first.
    await undoChange(audit.store, WS, await latestId());
    await undoChange(audit.store, WS, first);
    expect((await audit.store.getRecord(WS, FIRM, 'ties', 'tie-friend'))?.record).toEqual(richCase(FIRM).ties[1]);
  });

  it('when the record it inserted is gone since', async () => {
    await audit.store.insertRecord(WS, FIRM, 'actors', agent);
    const insert = await latestId();
    await audit.store.deleteRecord(WS, FIRM, 'actors', 'act-agent');
    await refused(insert, ConflictError, 'actor "act-agent" has changed since');
  });

  it('when a record it would remove is referred to by a later one, naming it', async () => {
    await audit.store.insertRecord(WS, FIRM, 'actors', agent);
    const insert = await latestId();
    await audit.store.insertRecord(WS, FIRM, 'ties', tieToAgent);
    await refused(insert, ConflictError, 'actors "act-agent" is referred to by ties "tie-agent", added later; undo or change those first');
  });

  it('when the id of a deleted record is used again', async () => {
    await audit.store.deleteRecord(WS, FIRM, 'benefits', 'ben-rep');
    const deletion = await latestId();
    await audit.store.insertRecord(WS, FIRM, 'actors', { ...agent, id: 'ben-rep' });
    await refused(deletion, ConflictError, 'id "ben-rep" is used again (in actors)');
  });

  it('when the record it would bring back refers to one deleted since, as a case rule', async () => {
    await audit.store.insertRecord(WS, FIRM, 'actors', agent);
    await audit.store.insertRecord(WS, FIRM, 'ties', tieToAgent);
    await audit.store.deleteRecord(WS, FIRM, 'ties', 'tie-agent');
    const deletion = await latestId();
    await audit.store.deleteRecord(WS, FIRM, 'actors', 'act-agent');
    await refused(deletion, ValidationError, `would leave the case of firm "${FIRM}" broken`);
    const err = await undoChange(audit.store, WS, deletion).catch((e: unknown) => e);
    expect((err as ValidationError).problems.map((p) => p.pointer)).toContain('/ties/3/to');
  });

  it('when an imported case has changed since, and when a deleted firm exists again', async () => {
    await audit.store.putCase(WS, minimalCase('nomad-tea'), { replace: false });
    const imported = await latestId();
    await audit.store.insertRecord(WS, 'nomad-tea', 'actors', agent);
    await refused(imported, ConflictError, 'the case of firm "nomad-tea" has changed since');

    await audit.store.deleteFirm(WS, 'nomad-tea');
    const deletion = await latestId();
    await audit.store.putCase(WS, minimalCase('nomad-tea', 'Another Nomad'), { replace: false });
    await refused(deletion, ConflictError, 'a firm "nomad-tea" exists again');
  });

  it('when the firm has been deleted since, as a conflict rather than a missing change', async () => {
    await audit.store.deleteRecord(WS, FIRM, 'benefits', 'ben-rep');
    const deletion = await latestId();
    const firm = await audit.store.getFirm(WS, FIRM);
    await audit.store.updateFirm(WS, { ...firm!.record, name: 'Renamed' }, firm!.version);
    const renamed = await latestId();
    await audit.store.deleteFirm(WS, FIRM);
    await refused(deletion, ConflictError, `firm "${FIRM}" has been deleted since; undo its deletion first`);
    await refused(renamed, ConflictError, `firm "${FIRM}" has been deleted since`);
  });

  it('when the firm record has changed since', async () => {
    const firm = await audit.store.getFirm(WS, FIRM);
    await audit.store.updateFirm(WS, { ...firm!.record, name: 'First' }, firm!.version);
    const first = await latestId();
    await audit.store.updateFirm(WS, { ...firm!.record, name: 'Second' }, firm!.version + 1);
    await refused(first, ConflictError, `firm "${FIRM}" has changed since`);
  });

  it('when the change was undone already, naming the undo; the undo itself can still be undone', async () => {
    await audit.store.insertRecord(WS, FIRM, 'actors', agent);
    const insert = await latestId();
    const { undoChange: undoId } = await undoChange(audit.store, WS, insert);
    await refused(insert, ConflictError, `change ${insert} was undone already, by ${undoId}`);
    await undoChange(audit.store, WS, undoId);
    expect((await audit.store.getRecord(WS, FIRM, 'actors', 'act-agent'))?.record).toEqual(agent);
    await refused(undoId, ConflictError, 'was undone already');
  });

  it('when there is no such change', async () => {
    await refused('chg-20000101000000000-0000000000', NotFoundError, 'chg-20000101000000000-0000000000');
  });
});
