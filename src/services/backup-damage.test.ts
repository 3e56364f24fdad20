// A damaged or foreign backup is refused with a typed error that names the line and table, and
// nothing is written: each restore here is asked to replace a store that holds other data, and
// that store must come out exactly as it went in, its audit log too (a restore logs itself only
// once its rows are written).
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FootholdError, InputError, TooLargeError, ValidationError } from '../shared/errors.js';
import { VERSION } from '../shared/version.js';
import { minimalCase, richCase } from '../test-support/cases.js';
import { sampleCase } from '../test-support/samples.js';
import { dumpTables, storeTargets } from '../test-support/stores.js';
import { kyselyOf } from '../store/case-store.js';
import type { CaseStore } from '../store/types.js';
import { addUser } from './account-service.js';
import { backupLimitsFromEnv, DEFAULT_BACKUP_FILE_LIMITS, restoreBackup, writeBackup } from './backup-service.js';
import { importCases } from './case-service.js';
import { backupText, editBackup, type BackupEdit } from './backup-test-files.js';

const [sqlite] = storeTargets({ FOOTHOLD_TEST_STORES: 'sqlite' });
const dir = mkdtempSync(join(tmpdir(), 'foothold-backup-damage-'));
const sound = join(dir, 'sound.backup.gz');
let store: CaseStore;
let before: Awaited<ReturnType<typeof dumpTables>>;
let logBefore: Awaited<ReturnType<typeof auditRows>>;
let copies = 0;

beforeAll(async () => {
  const from = await sqlite!.open();
  await importCases(from, 'default', [{ origin: 'a', caseFile: sampleCase('company-a') }], { replace: false });
  await addUser(from, { email: 'owner@example.org', password: 'correct horse battery', workspace: 'default', role: 'owner' }, new Date());
  await writeBackup(from, sound, { now: new Date('2025-03-18T09:30:00.000Z') });
  store = await sqlite!.open();
  await importCases(store, 'other', [{ origin: 'rich', caseFile: richCase() }], { replace: false });
  before = await dumpTables(store);
  logBefore = await auditRows(store);
  expect(logBefore.changes).toHaveLength(1);
});

/** Every row of both audit tables, which dumpTables leaves out. */
async function auditRows(of: CaseStore) {
  const db = kyselyOf(of);
  return {
    changes: await db.selectFrom('audit_changes').selectAll().orderBy('id').execute(),
    items: await db.selectFrom('audit_items').selectAll().orderBy('change_id').orderBy('seq').execute(),
  };
}
afterAll(() => sqlite!.cleanup());

/** A copy of the sound backup, changed. */
function damaged(edit: BackupEdit, options: { keepChecksum?: boolean } = {}): string {
  const file = join(dir, `damaged-${++copies}.backup.gz`);
  copyFileSync(sound, file);
  editBackup(file, edit, options);
  return file;
}

/** Restores the file over the store; returns the typed error, after checking that nothing was written. */
async function refusal(file: string, limits = DEFAULT_BACKUP_FILE_LIMITS): Promise<FootholdError> {
  const error = await restoreBackup(store, file, { replace: true, limits }).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(FootholdError);
  expect(await dumpTables(store)).toEqual(before);
  expect(await auditRows(store)).toEqual(logBefore);
  return error as FootholdError;
}

const problems = (err: FootholdError) =>
  err instanceof ValidationError ? err.problems.map((p) => `${p.file ?? ''}: ${p.pointer}: ${p.message}`) : [err.message];

describe('a restore refuses, writing nothing,', () => {
  it('a backup whose rows were changed after it was written (checksum)', async () => {
    const file = damaged(({ lines }) => (lines[0] = lines[0]!.replace('"default"', '"elsewhere"')), { keepChecksum: true });
    expect(problems(await refusal(file))).toEqual([expect.stringMatching(/^.*: \/sha256: line 1: the checksum does not match the rows /)]);
  });

  it('a backup cut short', async () => {
    const file = join(dir, 'cut.backup.gz');
    const bytes = readFileSync(sound);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(problems(await refusal(file))).toEqual([`${file}: : cannot inflate the file (unexpected end of file): it was damaged or cut short`]);
    const plain = join(dir, 'cut.backup.jsonl');
    const text = backupText(bytes);
    writeFileSync(plain, text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1));
    expect(problems(await refusal(plain))[0]).toMatch(/line 1: the checksum does not match the rows/);
  });

  it('a column its table does not have at the backup’s migrations', async () => {
    const file = damaged(({ table }) => {
      const ties = table('ties').entry;
      ties.columns[ties.columns.indexOf('strength')] = 'weight';
    });
    const [first, second] = problems(await refusal(file));
    expect(first).toMatch(/: \/tables\/\d+\/columns\/\d+: line 1: table "ties" has no column "weight" at migration "\d{4}-[a-z-]+"; its columns are /);
    expect(second).toMatch(/line 1: table "ties" lacks its column "strength"/);
  });

  it('a table the migrations do not have', async () => {
    const file = damaged(({ header }) => header.tables.push({ name: 'secrets', columns: ['id'], rows: 0 }));
    expect(problems(await refusal(file))[0]).toMatch(/line 1: unknown table "secrets": a backup taken at migration "[^"]+" holds [a-z_, ]*\bworkspaces\b/);
  });

  it('sessions, which backups never carry', async () => {
    const file = damaged(({ header }) =>
      header.tables.push({ name: 'sessions', columns: ['id_hash', 'user_id', 'csrf_token', 'created_at', 'expires_at'], rows: 0 }),
    );
    expect(problems(await refusal(file))[0]).toMatch(/line 1: unknown table "sessions"/);
  });

  it('a backup taken by a newer Foothold, at a migration this one does not know', async () => {
    const file = damaged(({ header }) => {
      header.foothold = '9.9.9';
      header.migrations.push('9999-from-the-future');
    });
    expect(problems(await refusal(file))).toEqual([
      expect.stringContaining(
        `/migrations/${KNOWN().length}: line 1: this backup was taken by Foothold 9.9.9 at database migration "9999-from-the-future", which this Foothold (${VERSION}) does not know; restore it with Foothold 9.9.9 or later`,
      ),
    ]);
  });

  it('a gzip bomb: the inflating stops at the limit', async () => {
    const file = join(dir, 'bomb.backup.gz');
    writeFileSync(file, gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
    const error = await refusal(file, { ...DEFAULT_BACKUP_FILE_LIMITS, maxTextBytes: 1024 * 1024 });
    expect(error).toBeInstanceOf(TooLargeError);
    expect(error.message).toBe(`${file}: the backup inflates to more than 1 MB; at most that much is read (FOOTHOLD_MAX_BACKUP_MB)`);
  });

  it('a file over the size limit, before reading it', async () => {
    const error = await refusal(sound, { ...DEFAULT_BACKUP_FILE_LIMITS, maxFileBytes: 100 });
    expect(problems(error)[0]).toMatch(/the file is \d+ kB; at most 100 bytes is accepted \(FOOTHOLD_MAX_BACKUP_MB raises the limit\)/);
  });

  it('a row whose key an earlier row has, naming its line', async () => {
    let line = 0;
    const file = damaged(({ table, lines }) => {
      const ties = table('ties');
      lines.splice(ties.first + 1, 0, lines[ties.first]!);
      ties.entry.rows += 1;
      line = ties.first + 3;
    });
    expect(problems(await refusal(file))).toEqual([
      expect.stringContaining(`line ${line} (table "ties"): an earlier row has the same key (ties.workspace_id, ties.firm_id, ties.id)`),
    ]);
  });

  it('a row that refers to a row not in the backup', async () => {
    const file = damaged(({ table, lines }) => {
      const memberships = table('memberships');
      const row = JSON.parse(lines[memberships.first]!) as unknown[];
      row[memberships.entry.columns.indexOf('user_id')] = 'u-nobody';
      lines[memberships.first] = JSON.stringify(row);
    });
    expect(problems(await refusal(file))[0]).toMatch(
      /line \d+ \(table "memberships"\): refers to a row that is not in the backup \(of (users|workspaces) or (users|workspaces)\)/,
    );
  });

  it('a case whose records break the case-file rules', async () => {
    const file = damaged(({ table, lines }) => {
      const ties = table('ties');
      const row = JSON.parse(lines[ties.first]!) as unknown[];
      const at = ties.entry.columns.indexOf('record');
      row[at] = JSON.stringify({ ...(JSON.parse(row[at] as string) as object), to: 'nobody-known' });
      lines[ties.first] = JSON.stringify(row);
    });
    expect(problems(await refusal(file))[0]).toMatch(/: \/ties\/\d+\/to: the case of firm "company-a" in workspace "default": /);
  });

  it('a row whose id is not its record’s', async () => {
    const file = damaged(({ table, lines }) => {
      const actors = table('actors');
      const row = JSON.parse(lines[actors.first]!) as unknown[];
      row[actors.entry.columns.indexOf('id')] = 'renamed-actor';
      lines[actors.first] = JSON.stringify(row);
    });
    expect(problems(await refusal(file)).join('\n')).toMatch(
      /table "actors", workspace "default", firm "company-a", row "renamed-actor": its record has the id "/,
    );
  });

  it('an account with a role Foothold does not have', async () => {
    const file = damaged(({ table, lines }) => {
      const memberships = table('memberships');
      lines[memberships.first] = lines[memberships.first]!.replace('"owner"', '"superuser"');
    });
    expect(problems(await refusal(file))).toEqual([
      expect.stringContaining('user "owner@example.org" has the role "superuser" in workspace "default"; roles are owner, analyst, advisor, viewer'),
    ]);
  });

  it('a file that is no backup at all, and one that is not there', async () => {
    const caseFile = join(dir, 'case.json');
    writeFileSync(caseFile, JSON.stringify(minimalCase()) + '\n');
    expect(problems(await refusal(caseFile))[0]).toMatch(/\/format: line 1: not a Foothold backup/);
    expect(problems(await refusal(join(dir, 'missing.gz')))).toEqual([`${join(dir, 'missing.gz')}: : cannot read the file: no such file`]);
  });
});

describe('FOOTHOLD_MAX_BACKUP_MB', () => {
  it('sets the ceiling on a backup’s file and text, and refuses what is no size', () => {
    expect(backupLimitsFromEnv({})).toEqual(DEFAULT_BACKUP_FILE_LIMITS);
    expect(backupLimitsFromEnv({ FOOTHOLD_MAX_BACKUP_MB: '2' })).toMatchObject({ maxFileBytes: 2 * 1024 * 1024, maxTextBytes: 2 * 1024 * 1024 });
    for (const raw of ['0', '-1', 'lots', '5000']) expect(() => backupLimitsFromEnv({ FOOTHOLD_MAX_BACKUP_MB: raw })).toThrow(InputError);
  });
});

function KNOWN(): readonly string[] {
  return JSON.parse(backupText(readFileSync(sound)).split('\n')[0]!).migrations as string[];
}
