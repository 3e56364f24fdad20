// `foothold backup` and `foothold restore` as a user runs them: a backup restored into a fresh data
// folder gives back every firm and account; a damaged backup or a store holding data is refused
// with the house's messages; and a restore killed with SIGKILL in the middle of writing leaves the
// database exactly as it was, and the next start clean (on SQLite, and on PostgreSQL when
// TEST_DATABASE_URL is set).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { addUser } from '../../src/services/account-service.js';
import { importCases } from '../../src/services/case-service.js';
import { backupFile, editBackup } from '../../src/services/backup-test-files.js';
import { KNOWN_MIGRATIONS } from '../../src/store/backup-schema.js';
import { caseReferenceRows, REFERENCE_RULES_VERSION } from '../../src/store/case-references.js';
import { dropSchema, openStore, withSearchPath, type StoreConfig } from '../../src/store/open.js';
import type { CaseStore } from '../../src/store/types.js';
import { collectionRow } from '../../src/store/whole-case.js';
import { minimalCase, parsedCase, richCase } from '../../src/test-support/cases.js';
import { sampleCase, SAMPLE_IDS } from '../../src/test-support/samples.js';
import { dumpTables } from '../../src/test-support/stores.js';
import { bin, cli, freshDataDir, root } from './run-cli.js';

const sqliteAt = (dir: string): StoreConfig => ({ kind: 'sqlite', file: join(dir, 'foothold.sqlite') });

async function withStoreAt<T>(config: StoreConfig, fn: (store: CaseStore) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Every firm's export, keyed by workspace and firm. */
async function exportsOf(store: CaseStore): Promise<Record<string, unknown>> {
  const exports: Record<string, unknown> = {};
  for (const workspace of await store.listWorkspaces()) {
    for (const firm of await store.listFirms(workspace.id)) exports[`${workspace.id}/${firm.id}`] = await store.getCase(workspace.id, firm.id);
  }
  return exports;
}

describe('foothold backup and restore', () => {
  const source = freshDataDir();
  const file = join(freshDataDir(), 'foothold.backup.gz');

  it('write a backup that restores into a fresh data folder with every firm and account', async () => {
    await withStoreAt(sqliteAt(source), async (store) => {
      await importCases(
        store,
        'default',
        SAMPLE_IDS.map((id) => ({ origin: id, caseFile: sampleCase(id) })),
        { replace: false },
      );
      await importCases(store, 'agency', [{ origin: 'rich', caseFile: richCase() }], { replace: false });
      await addUser(store, { email: 'owner@example.org', password: 'correct horse battery', workspace: 'default', role: 'owner' }, new Date());
    });
    const backup = cli(['backup', '-o', file], { FOOTHOLD_DATA: source });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`^wrote ${file}: [\\d.]+ kB \\(${statSync(file).size.toLocaleString('en-US')} bytes\\), [\\d,]+ rows\\n`));
    expect(backup.stdout).toMatch(/^ {2}firms +4$/m);
    expect(backup.stdout).toMatch(/^ {2}users +1$/m);
    expect(backup.stdout).toMatch(/^ {2}empty: .*\bcohort_snapshots\b/m);

    const target = freshDataDir();
    const restore = cli(['restore', file], { FOOTHOLD_DATA: target });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(new RegExp(`^restored ${file} \\(taken \\S+ by Foothold \\S+\\): [\\d,]+ rows\\n`));
    expect(restore.stdout).toContain('sessions are not in backups: everyone logs in again.');
    const [before, after] = [await withStoreAt(sqliteAt(source), exportsOf), await withStoreAt(sqliteAt(target), exportsOf)];
    expect(Object.keys(after)).toHaveLength(4);
    expect(after).toEqual(before);
    expect(await withStoreAt(sqliteAt(target), dumpTables)).toEqual(await withStoreAt(sqliteAt(source), dumpTables));

    const json = cli(['restore', file, '--replace', '--json'], { FOOTHOLD_DATA: target });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { tables: { name: string; rows: number }[] }).tables).toContainEqual({ name: 'firms', rows: 4 });
  });

  it('refuse a store holding data without --replace, saying how to replace it', () => {
    const r = cli(['restore', file], { FOOTHOLD_DATA: source });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: the store holds data already \(rows in [a-z_, ]+\); a restore fills an empty store; use --replace to empty it first and put the backup in its place\n$/,
    );
  });

  it('refuse a damaged backup, naming the line and table, and write nothing', async () => {
    const damaged = join(freshDataDir(), 'damaged.backup.gz');
    const { copyFileSync } = await import('node:fs');
    copyFileSync(file, damaged);
    editBackup(damaged, ({ table, lines }) => {
      const ties = table('ties');
      const row = JSON.parse(lines[ties.first]!) as unknown[];
      row[ties.entry.columns.indexOf('strength')] = 'strong';
      lines[ties.first] = JSON.stringify(row);
    });
    const target = freshDataDir();
    const r = cli(['restore', damaged], { FOOTHOLD_DATA: target });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${damaged}: /\\d+: line \\d+ \\(table "ties", column "strength"\\): expected a whole number from -2147483648 to 2147483647 or null, got "strong"\\nnothing was written\\.\\n$`,
      ),
    );
    expect(await withStoreAt(sqliteAt(target), async (store) => (await dumpTables(store)).workspaces)).toEqual([]);
  });
});

/** A backup of one firm with `ties` ties (and its reference index), made row by row: large enough that writing it takes seconds. */
async function largeBackup(ties: number): Promise<string> {
  const file = join(freshDataDir(), 'large.backup.gz');
  const actors = Array.from({ length: 200 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'organization' as const }));
  const caseFile = parsedCase({
    format: 'foothold.case/2',
    firm: { id: 'large', name: 'Large Oy', countryOfOrigin: 'FI' },
    actors,
    ties: Array.from({ length: ties }, (_, i) => ({ id: `t${i}`, from: `a${i % 200}`, to: `a${(i + 1 + (i % 7)) % 200}`, networkType: 'business' as const })),
  });
  const at = '2025-03-18T09:30:00.000Z';
  await backupFile(file, KNOWN_MIGRATIONS, {
    workspaces: [{ id: 'default', name: 'default', kind: 'research', created_at: at }],
    firms: [
      {
        workspace_id: 'default',
        id: 'large',
        name: 'Large Oy',
        country: 'FI',
        record: JSON.stringify(caseFile.firm),
        case_meta: '{}',
        version: 1,
        created_at: at,
        updated_at: at,
        revision: 'r-large',
        references_version: REFERENCE_RULES_VERSION,
      },
    ],
    actors: caseFile.actors.map((a, i) => collectionRow('default', 'large', 'actors', a, i, 1, '')),
    ties: caseFile.ties.map((t, i) => collectionRow('default', 'large', 'ties', t, i, 1, '')),
    case_references: caseReferenceRows('default', caseFile).map((row) => ({ ...row })),
  });
  return file;
}

/**
 * Runs `foothold restore FILE --replace` and kills it with SIGKILL once `writing()` says it is
 * writing; fails unless the kill came while it was still running.
 */
async function killWhileWriting(file: string, env: Record<string, string>, writing: () => Promise<boolean>): Promise<void> {
  const baseEnv = { ...process.env };
  delete baseEnv['DATABASE_URL'];
  const child = spawn(process.execPath, [bin, 'restore', file, '--replace'], { cwd: root, env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const deadline = Date.now() + 240_000;
  while (child.exitCode === null && !(await writing())) {
    if (Date.now() > deadline) break;
    await sleep(10);
  }
  expect(child.exitCode, `the restore ended before it was seen writing: ${output}`).toBeNull();
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  expect(output).not.toContain('restored');
}

describe('a restore killed with SIGKILL in the middle of writing', () => {
  const TIES = 50_000;

  it('leaves a SQLite data folder as it was, and the next start clean', async () => {
    const file = await largeBackup(TIES);
    const dir = freshDataDir();
    const config = sqliteAt(dir);
    const before = await withStoreAt(config, async (store) => {
      await importCases(store, 'default', [{ origin: 'a', caseFile: sampleCase('company-a') }], { replace: false });
      await importCases(store, 'other', [{ origin: 'm', caseFile: minimalCase() }], { replace: false });
      return dumpTables(store);
    });
    const wal = join(dir, 'foothold.sqlite-wal');
    // The checking happens in memory; the write-ahead log grows only once the store is being written.
    await killWhileWriting(file, { FOOTHOLD_DATA: dir }, () => Promise.resolve(existsSync(wal) && statSync(wal).size > 512 * 1024));
    await withStoreAt(config, async (store) => {
      expect(await dumpTables(store)).toEqual(before);
    });
    const next = cli(['firms', '--json'], { FOOTHOLD_DATA: dir });
    expect(next.code).toBe(0);
    expect((JSON.parse(next.stdout) as { id: string }[]).map((f) => f.id)).toEqual(['company-a']);
    const again = cli(['restore', file, '--replace', '--json'], { FOOTHOLD_DATA: dir });
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as { tables: { name: string; rows: number }[] }).tables).toContainEqual({ name: 'ties', rows: TIES });
  }, 600_000);

  const url = process.env['TEST_DATABASE_URL'];
  it.skipIf(url === undefined || url === '')(
    'leaves a PostgreSQL schema as it was, and the next start clean',
    async () => {
      const connectionString = url!;
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const file = await largeBackup(TIES);
      const config: StoreConfig = { kind: 'postgres', connectionString, schema };
      const before = await withStoreAt(config, async (store) => {
        await importCases(store, 'default', [{ origin: 'a', caseFile: sampleCase('company-a') }], { replace: false });
        return dumpTables(store);
      });
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      try {
        // Writing has begun once another session holds a row lock on the schema's ties table (the emptying takes it first).
        const writing = async () =>
          (
            await admin.query(
              `select 1 from pg_locks l join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = $1 and c.relname = 'ties' and l.mode = 'RowExclusiveLock' and l.granted and l.pid <> pg_backend_pid()`,
              [schema],
            )
          ).rowCount! > 0;
        await killWhileWriting(file, { DATABASE_URL: withSearchPath(connectionString, schema) }, writing);
        await withStoreAt(config, async (store) => {
          expect(await dumpTables(store)).toEqual(before);
        });
        const next = cli(['firms', '--json'], { DATABASE_URL: withSearchPath(connectionString, schema) });
        expect(next.code, next.stderr).toBe(0);
        expect((JSON.parse(next.stdout) as { id: string }[]).map((f) => f.id)).toEqual(['company-a']);
      } finally {
        await dropSchema(admin, schema);
        await admin.end();
      }
    },
    600_000,
  );
});
