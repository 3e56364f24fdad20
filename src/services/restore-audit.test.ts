// A restore in the audit log, on every store: after it, each workspace the store holds has the restore
// as its newest change (by whoever restored, one item: no firm, collection "restores", the backup's
// file name, when and by which Foothold it was taken, and the rows written), with the backup's own
// changes under it as they were. It lands with the rows or not at all; it sorts first even when the
// backup's changes were stamped by a clock running ahead; a firm filter leaves it out, an undo is
// refused; and a backup taken after it keeps it as an ordinary change.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAs, type ActingUser } from '../shared/acting-user.js';
import { ConflictError } from '../shared/errors.js';
import { VERSION } from '../shared/version.js';
import { kyselyOf } from '../store/case-store.js';
import { minimalCase, richCase } from '../test-support/cases.js';
import { sampleCase } from '../test-support/samples.js';
import { dumpTables, storeTargets } from '../test-support/stores.js';
import type { AuditChange, CaseStore } from '../store/types.js';
import { addUser } from './account-service.js';
import { auditChange, listAudit, undoChange } from './audit-service.js';
import { restoreBackup, writeBackup, type RestoreSummary } from './backup-service.js';
import { importCases } from './case-service.js';

const dir = mkdtempSync(join(tmpdir(), 'foothold-restore-audit-'));
let files = 0;
/** A backup file in a folder of its own, so that the folder is something the log must not name. */
const newFile = (name: string) => join(mkdtempSync(join(dir, `${++files}-`)), name);

const TAKEN = new Date('2026-11-30T22:15:00.000Z');
const BUILDER: ActingUser = { userId: null, label: 'cli:builder' };
const RESTORER: ActingUser = { userId: null, label: 'admin@example.org' };
/** Each call gives a later year: a change id stamped ahead of every id this process has made so far. */
let futureYear = 2090;
const aheadOfClock = () => `chg-${++futureYear}0101000000000-0000abcdef`;

/** Every row of both audit tables, in key order: compare two to prove the log did not change. */
async function auditRows(store: CaseStore) {
  const db = kyselyOf(store);
  return {
    changes: await db.selectFrom('audit_changes').selectAll().orderBy('id').execute(),
    items: await db.selectFrom('audit_items').selectAll().orderBy('change_id').orderBy('seq').execute(),
  };
}

const rowsOf = (summary: RestoreSummary) => summary.tables.reduce((sum, t) => sum + t.rows, 0);

describe.each(storeTargets())('a restore in the audit log on $name', (target) => {
  let from: CaseStore;
  beforeEach(async () => {
    from = await target.open();
    // Two workspaces, each with changes of its own: imports, and a membership in "default".
    await runAs(BUILDER, async () => {
      await importCases(from, 'default', [{ origin: 'a', caseFile: sampleCase('company-a') }], { replace: false });
      await importCases(from, 'agency', [{ origin: 'rich', caseFile: richCase('ferro-works') }], { replace: false });
      await importCases(from, 'agency', [{ origin: 'minimal', caseFile: minimalCase('tundra-tech') }], { replace: false });
      await addUser(from, { email: 'owner@example.org', password: 'correct horse battery', workspace: 'default', role: 'owner' }, TAKEN);
    });
  });
  afterEach(() => from.close());
  afterAll(() => target.cleanup());

  /** Restores `file` into `into` as RESTORER would. */
  const restoreAs = (into: CaseStore, file: string, replace: boolean) => runAs(RESTORER, () => restoreBackup(into, file, { replace }));

  /** Checks that the workspace's newest change is the restore and that the backup's own changes follow as they were; answers the restore's change. */
  async function expectRestoreFirst(into: CaseStore, workspaceId: string, file: string, summary: RestoreSummary, older: AuditChange[]): Promise<AuditChange> {
    const [restore, ...rest] = await listAudit(into, workspaceId, {});
    const words = { file, takenAt: TAKEN.toISOString(), foothold: VERSION, rows: rowsOf(summary) };
    expect(restore).toEqual({
      id: expect.stringMatching(/^chg-\d{17}-[0-9a-f]{10}$/),
      workspaceId,
      at: expect.any(String),
      userId: null,
      actor: RESTORER.label,
      undoOf: null,
      undoneBy: null,
      itemCount: 1,
      items: [{ firmId: '', collection: 'restores', recordId: TAKEN.toISOString(), kind: 'insert', restore: words }],
    });
    expect(rest).toEqual(older);
    const detail = await auditChange(into, workspaceId, restore!.id);
    expect(detail.items).toEqual([
      { firmId: '', collection: 'restores', recordId: TAKEN.toISOString(), kind: 'insert', restore: words, before: null, after: words, versionAfter: null },
    ]);
    return restore!;
  }

  it('makes the restore into an empty store the newest change of every workspace, the backup’s own changes under it', async () => {
    const file = newFile('nightly.backup.gz');
    await writeBackup(from, file, { now: TAKEN });
    const into = await target.open();
    const summary = await restoreAs(into, file, false);
    expect(rowsOf(summary)).toBeGreaterThan(100);
    for (const workspaceId of ['default', 'agency']) {
      await expectRestoreFirst(into, workspaceId, 'nightly.backup.gz', summary, await listAudit(from, workspaceId, {}));
    }
    // One change in each workspace, with one item, and the folder of the file nowhere.
    const { changes, items } = await auditRows(into);
    const restores = items.filter((i) => i.collection === 'restores');
    expect(restores.map((i) => i.workspace_id).sort()).toEqual(['agency', 'default']);
    expect(new Set(restores.map((i) => i.change_id)).size).toBe(2);
    expect(JSON.stringify(changes) + JSON.stringify(items)).not.toContain(dir);
    // Only the listing of the workspace: a firm's changes never include it.
    expect((await listAudit(into, 'agency', { firmId: 'ferro-works' })).map((c) => c.items[0]?.collection)).toEqual(['case']);
  });

  it('replaces a store holding other data and its log, and logs the restore in each workspace of the backup', async () => {
    const file = newFile('before-upgrade.backup');
    await writeBackup(from, file, { now: TAKEN });
    const into = await target.open();
    await runAs(BUILDER, () => importCases(into, 'other', [{ origin: 'm', caseFile: minimalCase('kept') }], { replace: false }));
    expect(await listAudit(into, 'other', {})).toHaveLength(1);
    const summary = await restoreAs(into, file, true);
    for (const workspaceId of ['default', 'agency']) {
      await expectRestoreFirst(into, workspaceId, 'before-upgrade.backup', summary, await listAudit(from, workspaceId, {}));
    }
    // The workspace the backup does not have is gone, with its log: no restore is logged there.
    expect(await listAudit(into, 'other', {})).toEqual([]);
    expect((await auditRows(into)).items.filter((i) => i.collection === 'restores')).toHaveLength(2);
  });

  it('puts the restore first even when the backup’s changes were stamped by a clock running ahead', async () => {
    const ahead = aheadOfClock();
    await kyselyOf(from)
      .insertInto('audit_changes')
      .values({ id: ahead, workspace_id: 'default', at: '2099-01-01T00:00:00.000Z', user_id: null, actor: 'elsewhere', undo_of: null, undone_by: null })
      .execute();
    const file = newFile('skewed.backup.gz');
    await writeBackup(from, file, { now: TAKEN });
    const into = await target.open();
    const summary = await restoreAs(into, file, false);
    const older = await listAudit(from, 'default', {});
    expect(older[0]?.id).toBe(ahead);
    const restore = await expectRestoreFirst(into, 'default', 'skewed.backup.gz', summary, older);
    expect(restore.id > ahead).toBe(true);
    // The restore's time is the store's own, not the skewed one.
    expect(restore.at < '2099').toBe(true);
  });

  it('writes no change when the restore is refused, and none when its log entry fails: the rows and the log land together', async () => {
    const file = newFile('refused.backup.gz');
    await writeBackup(from, file, { now: TAKEN });
    const into = await target.open();
    await runAs(BUILDER, () => importCases(into, 'other', [{ origin: 'm', caseFile: minimalCase('kept') }], { replace: false }));
    const [tables, log] = [await dumpTables(into), await auditRows(into)];
    await expect(restoreAs(into, file, false)).rejects.toThrow(ConflictError);
    expect(await auditRows(into)).toEqual(log);

    // A store whose transactions cannot write a restore to the log: the rows written before it go too.
    const failing = new Proxy(into, {
      get(store, key, receiver) {
        if (key !== 'transaction') return Reflect.get(store, key, receiver) as unknown;
        return <T>(fn: (tx: CaseStore) => Promise<T>) =>
          store.transaction((tx) => {
            const audit = new Proxy(tx.audit, {
              get: (log, name, r) => (name === 'recordRestore' ? () => Promise.reject(new Error('the log is full')) : (Reflect.get(log, name, r) as unknown)),
            });
            return fn(new Proxy(tx, { get: (t, name, r) => (name === 'audit' ? audit : (Reflect.get(t, name, r) as unknown)) }));
          });
      },
    });
    await expect(runAs(RESTORER, () => restoreBackup(failing, file, { replace: true }))).rejects.toThrow('the log is full');
    expect(await dumpTables(into)).toEqual(tables);
    expect(await auditRows(into)).toEqual(log);
  });

  it('refuses to undo a restore with a ConflictError that says to restore an earlier backup, changing nothing', async () => {
    const file = newFile('nightly.backup.gz');
    await writeBackup(from, file, { now: TAKEN });
    const into = await target.open();
    await restoreAs(into, file, false);
    const [tables, log] = [await dumpTables(into), await auditRows(into)];
    const [restore] = await listAudit(into, 'agency', {});
    const err = await runAs(RESTORER, () => undoChange(into, 'agency', restore!.id)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toBe(
      `change ${restore!.id} restored nightly.backup.gz (taken ${TAKEN.toISOString()}), and a restore is not undone: ` +
        'restore an earlier backup in its place (foothold restore OLDER-BACKUP --replace)',
    );
    expect(await dumpTables(into)).toEqual(tables);
    expect(await auditRows(into)).toEqual(log);
  });

  it('keeps the first restore as an ordinary change in a backup taken after it, restored again', async () => {
    const first = newFile('first.backup.gz');
    await writeBackup(from, first, { now: TAKEN });
    const middle = await target.open();
    const firstSummary = await restoreAs(middle, first, false);
    const second = newFile('second.backup.gz');
    const secondTaken = new Date('2026-12-01T10:00:00.000Z');
    await writeBackup(middle, second, { now: secondTaken });
    const into = await target.open();
    const secondSummary = await runAs(BUILDER, () => restoreBackup(into, second, { replace: false }));
    for (const workspaceId of ['default', 'agency']) {
      const [latest, earlier, ...rest] = await listAudit(into, workspaceId, {});
      expect(latest).toMatchObject({
        actor: BUILDER.label,
        items: [{ collection: 'restores', restore: { file: 'second.backup.gz', takenAt: secondTaken.toISOString(), rows: rowsOf(secondSummary) } }],
      });
      expect(earlier).toEqual((await listAudit(middle, workspaceId, {}))[0]);
      expect(earlier).toMatchObject({
        actor: RESTORER.label,
        items: [{ collection: 'restores', restore: { file: 'first.backup.gz', takenAt: TAKEN.toISOString(), rows: rowsOf(firstSummary) } }],
      });
      expect(rest).toEqual(await listAudit(from, workspaceId, {}));
    }
    // The second backup carried the first restore's rows: it wrote two more rows than the first.
    expect(rowsOf(secondSummary)).toBe(rowsOf(firstSummary) + 4);
  });

  it('still lists a restore whose log entry is not what a restore writes, without the words', async () => {
    const file = newFile('nightly.backup.gz');
    await writeBackup(from, file, { now: TAKEN });
    const into = await target.open();
    await restoreAs(into, file, false);
    const [restore] = await listAudit(into, 'default', {});
    const db = kyselyOf(into);
    for (const after of ['not json {', '[1, 2]', JSON.stringify({ file: 'x.gz', takenAt: TAKEN.toISOString(), foothold: VERSION, rows: 'many' })]) {
      await db.updateTable('audit_items').set({ after }).where('change_id', '=', restore!.id).execute();
      const [listed] = await listAudit(into, 'default', {});
      expect(listed?.items, after).toEqual([{ firmId: '', collection: 'restores', recordId: TAKEN.toISOString(), kind: 'insert' }]);
    }
    // The refusal of an undo still names the backup, by its record id.
    await expect(undoChange(into, 'default', restore!.id)).rejects.toThrow(
      `change ${restore!.id} restored a backup (${TAKEN.toISOString()}), and a restore is not undone`,
    );
  });
});
