// The SQL side of backups on every database: a snapshot reads every row in pages and sees nothing
// committed after it began; writing every row is one transaction that refuses a store holding data
// unless replacing, empties sessions too when replacing, and leaves nothing behind when it fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../core/backup/backup-format.js';
import { ConflictError } from '../shared/errors.js';
import { minimalCase, parsedCase } from '../test-support/cases.js';
import { dumpTables, storeTargets } from '../test-support/stores.js';
import type { StoredTable } from './backup-schema.js';
import { readSnapshot, tablesWithRows, writeAllRows, type RowSource } from './backup-tables.js';
import { kyselyOf } from './case-store.js';
import type { CaseStore } from './types.js';

const targets = storeTargets();
afterAll(async () => {
  for (const target of targets) await target.cleanup();
});

/** A firm with more ties than one page of a snapshot holds. */
const TIES = 2300;
function pagedCase() {
  const actors = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'organization' as const }));
  const ties = Array.from({ length: TIES }, (_, i) => ({
    id: `t${String(i).padStart(5, '0')}`,
    from: `a${i % 20}`,
    to: `a${(i + 1) % 20}`,
    networkType: 'business' as const,
  }));
  return parsedCase({ format: 'foothold.case/2', firm: { id: 'paged', name: 'Paged Oy', countryOfOrigin: 'FI' }, actors, ties });
}

async function fill(store: CaseStore, workspace: string, caseFile = minimalCase()): Promise<void> {
  await store.ensureWorkspace({ id: workspace, name: workspace, kind: 'research' });
  await store.transaction((tx) => tx.putCase(workspace, caseFile, { replace: false }));
}

/** Every row of every table a backup carries, read through a snapshot, as a source to write elsewhere. */
async function sourceOf(store: CaseStore): Promise<RowSource & { all: Map<string, CellValue[][]> }> {
  const all = new Map<string, CellValue[][]>();
  const tables = await readSnapshot(store, async (snapshot) => {
    for (const table of snapshot.tables) {
      const rows: CellValue[][] = [];
      for await (const page of snapshot.pages(table)) rows.push(...page);
      all.set(table.name, rows);
    }
    return snapshot.tables;
  });
  return { tables, all, count: (t: StoredTable) => all.get(t.name)!.length, rows: (t: StoredTable) => all.get(t.name)! };
}

describe.each(targets)('backup tables on $name', (target) => {
  // PGlite takes seconds to start: not inside the first test's time.
  beforeAll(async () => {
    await target.open();
  }, 180_000);

  it('reads every row of every carried table, in primary-key order, across pages', async () => {
    const store = await target.open();
    await fill(store, 'w', pagedCase());
    const source = await sourceOf(store);
    const ties = source.all.get('ties')!;
    expect(ties).toHaveLength(TIES);
    const ids = ties.map((row) => row[source.tables.find((t) => t.name === 'ties')!.columns.findIndex((c) => c.name === 'id')]);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(TIES);
    const direct = await kyselyOf(store)
      .selectFrom('case_references')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(source.all.get('case_references')).toHaveLength(Number(direct.n));
    expect(source.tables.map((t) => t.name)).not.toContain('sessions');
  });

  // PGlite serves every store of the process through one connection: a second writer would wait for the snapshot to end.
  it.skipIf(target.name === 'pglite')('sees the database as it was when the snapshot began, whatever others commit meanwhile', async () => {
    const store = await target.open();
    await fill(store, 'w');
    const other = await target.reopen(store);
    const seen = await readSnapshot(store, async (snapshot) => {
      const firms = snapshot.tables.find((t) => t.name === 'firms')!;
      const before = await snapshot.count(firms);
      await fill(other, 'w', minimalCase('later-firm', 'Later'));
      const rows: CellValue[][] = [];
      for await (const page of snapshot.pages(firms)) rows.push(...page);
      return { before, rows: rows.length };
    });
    expect(seen).toEqual({ before: 1, rows: 1 });
    expect((await store.listFirms('w')).map((f) => f.id)).toEqual(['later-firm', 'nomad-tea']);
  });

  it('writes every row into an empty store, and refuses a store holding data unless replacing', async () => {
    const from = await target.open();
    await fill(from, 'w', pagedCase());
    const source = await sourceOf(from);
    const into = await target.open();
    expect(await tablesWithRows(into)).toEqual([]);
    const progress: number[] = [];
    await writeAllRows(into, source, { replace: false, onProgress: (done) => progress.push(done) });
    expect(await dumpTables(into)).toEqual(await dumpTables(from));
    expect(progress.at(-1)).toBe([...source.all.values()].reduce((n, rows) => n + rows.length, 0));

    const again = writeAllRows(into, source, { replace: false });
    await expect(again).rejects.toThrow(ConflictError);
    await expect(again).rejects.toMatchObject({ hint: { option: 'replace' } });
    expect(await tablesWithRows(into)).toEqual(expect.arrayContaining(['workspaces', 'firms', 'ties']));
  });

  it('empties every table first when replacing, sessions too', async () => {
    const from = await target.open();
    await fill(from, 'w');
    const into = await target.open();
    await fill(into, 'old', pagedCase());
    await into.accounts.createUser({ id: 'u1', email: 'a@example.org', name: 'A', passwordHash: 'x' }, '2025-01-01T00:00:00.000Z');
    await into.accounts.createSession({
      idHash: 'h',
      userId: 'u1',
      csrfToken: 'c',
      createdAt: '2025-01-01T00:00:00.000Z',
      expiresAt: '2099-01-01T00:00:00.000Z',
    });
    await into.accounts.addLoginFailures(['account:a@example.org'], '2025-01-01T00:00:00.000Z');
    await writeAllRows(into, await sourceOf(from), { replace: true });
    const dump = await dumpTables(into);
    expect(dump).toEqual(await dumpTables(from));
    expect(dump.sessions).toEqual([]);
    expect(dump.login_failures).toEqual([]);
  });

  it('leaves the store as it was when the writing fails part of the way', async () => {
    const from = await target.open();
    await fill(from, 'w', pagedCase());
    const into = await target.open();
    await fill(into, 'old', minimalCase('kept', 'Kept'));
    const before = await dumpTables(into);
    const failing = writeAllRows(into, await sourceOf(from), {
      replace: true,
      onProgress: (done) => {
        if (done > 1000) throw new Error('stopped half way');
      },
    });
    await expect(failing).rejects.toThrow('stopped half way');
    expect(await dumpTables(into)).toEqual(before);
  });
});
