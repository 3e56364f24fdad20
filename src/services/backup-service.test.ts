// A backup restored into an empty store gives back every firm's export and every row of every
// table a backup carries, from one database kind into another; accounts and tokens work after it,
// sessions are gone. A backup taken at an older migration restores and is brought up to date.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, UnauthorizedError } from '../shared/errors.js';
import { minimalCase, richCase } from '../test-support/cases.js';
import { parseCaseOrThrow, REPO_ROOT, sampleCase, SAMPLE_IDS } from '../test-support/samples.js';
import { dumpTables, storeTargets, type StoreTarget } from '../test-support/stores.js';
import { KNOWN_MIGRATIONS } from '../store/backup-schema.js';
import { kyselyOf } from '../store/case-store.js';
import { readSnapshot } from '../store/backup-tables.js';
import type { CaseStore } from '../store/types.js';
import { addUser, createApiToken, login, tokenPrincipal } from './account-service.js';
import { restoreBackup, writeBackup } from './backup-service.js';
import { exportCase, importCases } from './case-service.js';
import { backupFile, editBackup, type BackupEdit } from './backup-test-files.js';

const targets = storeTargets();
afterAll(async () => {
  for (const target of targets) await target.cleanup();
});
const byName = new Map(targets.map((t) => [t.name, t]));
const PAIRS = (
  [
    ['sqlite', 'sqlite'],
    ['sqlite', 'pglite'],
    ['pglite', 'sqlite'],
    ['postgres', 'postgres'],
    ['sqlite', 'postgres'],
  ] as const
).filter(([from, into]) => byName.has(from) && byName.has(into));

const now = new Date('2025-03-18T09:30:00.000Z');
const dir = mkdtempSync(join(tmpdir(), 'foothold-backup-'));
let files = 0;
const newFile = () => join(dir, `backup-${++files}.gz`);

/** Three sample firms in "default", two in "agency", two accounts with roles in both, a token, a session and a failed login. */
async function populate(store: CaseStore): Promise<{ token: string }> {
  await importCases(
    store,
    'default',
    SAMPLE_IDS.map((id) => ({ origin: id, caseFile: sampleCase(id) })),
    { replace: false },
  );
  await importCases(
    store,
    'agency',
    [
      { origin: 'rich', caseFile: richCase() },
      { origin: 'minimal', caseFile: minimalCase() },
    ],
    { replace: false },
  );
  const { user } = await addUser(
    store,
    { email: 'Owner@Example.org', name: 'Owner', password: 'correct horse battery', workspace: 'default', role: 'owner' },
    now,
  );
  await addUser(store, { email: 'owner@example.org', workspace: 'agency', role: 'analyst' }, now);
  await addUser(store, { email: 'viewer@example.org', password: 'another long secret', workspace: 'agency', role: 'viewer' }, now);
  const { token } = await createApiToken(store, user.id, { name: 'nightly', scope: 'read' }, now);
  await login(store, { email: 'owner@example.org', password: 'correct horse battery', address: '127.0.0.1' }, now);
  await expect(login(store, { email: 'viewer@example.org', password: 'wrong', address: '127.0.0.2' }, now)).rejects.toThrow(UnauthorizedError);
  return { token };
}

/** Every firm's export, keyed by workspace and firm. */
async function exportsOf(store: CaseStore): Promise<Map<string, unknown>> {
  const exports = new Map<string, unknown>();
  for (const workspace of await store.listWorkspaces()) {
    for (const firm of await store.listFirms(workspace.id)) exports.set(`${workspace.id}/${firm.id}`, await exportCase(store, workspace.id, firm.id));
  }
  return exports;
}

/** Every row of every table a backup carries (those db-schema.ts has and dumpTables may not list yet), by column name. */
async function carriedRows(store: CaseStore): Promise<Record<string, Record<string, unknown>[]>> {
  return readSnapshot(store, async (snapshot) => {
    const rows: Record<string, Record<string, unknown>[]> = {};
    for (const table of snapshot.tables) {
      rows[table.name] = [];
      for await (const page of snapshot.pages(table))
        rows[table.name]!.push(...page.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.name, row[i]]))));
    }
    return rows;
  });
}

/** The rows as they were before a restore logged itself: without the changes of collection "restores" and their items. */
function withoutRestores(rows: Record<string, Record<string, unknown>[]>): Record<string, Record<string, unknown>[]> {
  const restores = new Set((rows['audit_items'] ?? []).filter((item) => item['collection'] === 'restores').map((item) => item['change_id']));
  return {
    ...rows,
    audit_changes: (rows['audit_changes'] ?? []).filter((change) => !restores.has(change['id'])),
    audit_items: (rows['audit_items'] ?? []).filter((item) => !restores.has(item['change_id'])),
  };
}

const target = (name: string): StoreTarget => byName.get(name as StoreTarget['name'])!;

/** The round trips write, read and compare every table twice: time for a loaded machine. */
const ROUND_TRIP_MS = 180_000;

describe.each(PAIRS)('a backup from %s restored into %s', (fromName, intoName) => {
  // PGlite takes seconds to start: not inside the first test's time.
  beforeAll(async () => {
    await target(fromName).open();
    await target(intoName).open();
  }, ROUND_TRIP_MS);

  it(
    'gives back every firm’s export, every carried row, the accounts and tokens, and no session',
    async () => {
      const from = await target(fromName).open();
      const { token } = await populate(from);
      const file = newFile();
      const written = await writeBackup(from, file, { now });
      expect(written.migrations).toEqual(KNOWN_MIGRATIONS);
      expect(written.tables.find((t) => t.name === 'firms')?.rows).toBe(5);
      // It holds password and token hashes.
      if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);

      const into = await target(intoName).open();
      const restored = await restoreBackup(into, file, { replace: false });
      expect(restored).toMatchObject({ createdAt: now.toISOString(), upgraded: [] });
      expect(restored.tables).toEqual(written.tables);

      const exports = await exportsOf(into);
      expect([...exports.keys()].sort()).toEqual(['agency/gobi-pharma', 'agency/nomad-tea', ...SAMPLE_IDS.map((id) => `default/${id}`)].sort());
      expect(exports).toEqual(await exportsOf(from));
      // Every row came back; the restore added its own change to each workspace's log (restore-audit.test.ts).
      const rows = await carriedRows(into);
      expect(withoutRestores(rows)).toEqual(await carriedRows(from));
      expect(rows['audit_changes']!.length).toBe((await carriedRows(from))['audit_changes']!.length + 2);
      // The log's three memberships, items of no firm, came back with the rest; the restore's two are of no firm too.
      const workspaceItems = await kyselyOf(into).selectFrom('audit_items').select('collection').where('firm_id', '=', '').orderBy('collection').execute();
      expect(workspaceItems.map((item) => item.collection)).toEqual(['members', 'members', 'members', 'restores', 'restores']);
      const { sessions, login_failures: failures, ...rest } = await dumpTables(from);
      expect(sessions).toHaveLength(1);
      expect(failures.length).toBeGreaterThan(0);
      expect(await dumpTables(into)).toEqual({ ...rest, sessions: [], login_failures: [] });

      const again = await login(into, { email: 'owner@example.org', password: 'correct horse battery', address: '127.0.0.1' }, now);
      expect(again.principal.memberships.map((m) => [m.workspaceId, m.role]).sort()).toEqual([
        ['agency', 'analyst'],
        ['default', 'owner'],
      ]);
      expect((await tokenPrincipal(into, token, now))?.user.email).toBe('owner@example.org');
    },
    ROUND_TRIP_MS,
  );

  it(
    'replaces a store holding other data only when asked, in one go',
    async () => {
      const from = await target(fromName).open();
      await importCases(from, 'default', [{ origin: 'a', caseFile: sampleCase('company-a') }], { replace: false });
      const file = newFile();
      await writeBackup(from, file, { now });
      const into = await target(intoName).open();
      await importCases(into, 'other', [{ origin: 'rich', caseFile: richCase('kept') }], { replace: false });
      const before = await dumpTables(into);
      await expect(restoreBackup(into, file, { replace: false })).rejects.toThrow(ConflictError);
      expect(await dumpTables(into)).toEqual(before);
      await restoreBackup(into, file, { replace: true });
      expect(await exportsOf(into)).toEqual(await exportsOf(from));
      expect(await dumpTables(into)).toEqual(await dumpTables(from));
    },
    ROUND_TRIP_MS,
  );
});

describe('a backup taken at migration 0001 (the frozen rows of test/fixtures/store-0001-sample-cases.json)', () => {
  const fixture = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/store-0001-sample-cases.json'), 'utf8')) as {
    migration: string;
    tables: Record<string, Record<string, string | number | null>[]>;
  };
  const v1 = SAMPLE_IDS.map((id) => parseCaseOrThrow(readFileSync(join(REPO_ROOT, `test/fixtures/cases-v1/${id}.json`), 'utf8')));

  it.each(targets)('restores into $name and is brought to this Foothold’s tables and case format', async (into) => {
    const file = newFile();
    await backupFile(file, [fixture.migration], fixture.tables);
    const store = await into.open();
    const restored = await restoreBackup(store, file, { replace: false });
    expect(restored.upgraded).toEqual(KNOWN_MIGRATIONS.slice(1));
    for (const sample of v1) expect(await store.getCase('default', sample.firm.id)).toEqual(sample);
    // The reference index, which 0001 did not have, is built from the records by current rules.
    const references = (await dumpTables(store)).case_references;
    expect(references.length).toBeGreaterThan(300);
  });
});

describe('what a restore mends rather than refuses', () => {
  const sqlite = target('sqlite');

  async function restoredAfter(edit: BackupEdit): Promise<{ from: CaseStore; into: CaseStore }> {
    const from = await sqlite.open();
    await importCases(from, 'default', [{ origin: 'a', caseFile: sampleCase('company-a') }], { replace: false });
    const file = newFile();
    await writeBackup(from, file, { now });
    editBackup(file, edit);
    const into = await sqlite.open();
    await restoreBackup(into, file, { replace: false });
    return { from, into };
  }

  it('builds a firm’s reference index again when the backup’s rows are not what its records give', async () => {
    const { from, into } = await restoredAfter(({ table, lines }) => {
      const references = table('case_references');
      lines.splice(references.first, 25);
      references.entry.rows -= 25;
    });
    expect((await dumpTables(into)).case_references).toEqual((await dumpTables(from)).case_references);
  });

  it('copies a query column from its record again when the two disagree', async () => {
    const { from, into } = await restoredAfter(({ table, lines }) => {
      const ties = table('ties');
      const row = JSON.parse(lines[ties.first]!) as unknown[];
      row[ties.entry.columns.indexOf('to_id')] = 'somewhere-else';
      lines[ties.first] = JSON.stringify(row);
    });
    expect((await dumpTables(into)).ties).toEqual((await dumpTables(from)).ties);
  });

  it('reads a backup someone unpacked (plain JSON Lines)', async () => {
    const from = await sqlite.open();
    await importCases(from, 'default', [{ origin: 'b', caseFile: sampleCase('company-b') }], { replace: false });
    const file = newFile();
    await writeBackup(from, file, { now });
    editBackup(file, () => {}, { gzip: false });
    expect(readFileSync(file, 'utf8')).toMatch(/^\{"format":"foothold\.backup\/1",/);
    const into = await sqlite.open();
    await restoreBackup(into, file, { replace: false });
    expect(await exportsOf(into)).toEqual(await exportsOf(from));
  });
});
