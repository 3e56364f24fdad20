/**
 * Backups of the whole store and restores from them (issue 13): `foothold backup` and `restore`.
 * The text is core/backup's JSON Lines; this file adds the container, gzip through node:zlib
 * (core imports no node module), as two gzip members one after the other, which any gunzip reads
 * as one text: the header, then the rows. The rows are compressed as they are read, and the
 * header, which holds their count and checksum, is compressed last and put first, so a backup
 * never holds its uncompressed rows in memory. Reading inflates with a ceiling (a gzip bomb stops
 * at it) and accepts the plain text too.
 *
 * A restore checks everything before the store sees a row: the file (backup-reader.ts), then the
 * rows loaded into a scratch database at the backup's migrations (store/backup-scratch.ts), which
 * then runs this Foothold's later migrations; every case must then pass the case-file checks. Only
 * then are the rows written, in one transaction. Why not restore into the store at the backup's
 * migration level and migrate it after: the store is open, and so migrated to the latest level,
 * before any command runs (and another process may be using it); taking it back down would mean
 * dropping tables, and a failed upgrade would leave it half done. In the scratch database a failed
 * upgrade costs nothing.
 *
 * The restore leaves its trace in the same transaction, after the rows: a change in the audit log of
 * every workspace the store then holds, the newest there, naming the backup (its file's base name,
 * when and by which Foothold it was taken, how many rows were written). The backup's own log comes
 * back with the rest, older than that change.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { chmod } from 'node:fs/promises';
import { basename } from 'node:path';
import { createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { BACKUP_FORMAT, backupLine, DEFAULT_BACKUP_LIMITS, type BackupHeader, type BackupLimits } from '../core/backup/backup-format.js';
import { readBackupHeader, readBackupRows, type BackupEnvelope } from '../core/backup/backup-reader.js';
import { TOKEN_SCOPES, isRole } from '../core/access/policy.js';
import { validateCaseValue } from '../core/case-file/parse.js';
import { workspaceSchema } from '../core/model/workspace.js';
import { InputError, TooLargeError, ValidationError, type Problem } from '../shared/errors.js';
import { formatBytes } from '../shared/safe-json.js';
import { VERSION } from '../shared/version.js';
import { openScratch } from '../store/backup-scratch.js';
import { backupTablesAt, KNOWN_MIGRATIONS } from '../store/backup-schema.js';
import { readSnapshot, storeNotEmpty, tablesWithRows, writeAllRows } from '../store/backup-tables.js';
import type { CaseStore, RestoredBackup } from '../store/types.js';
import { readInputBytes, writeFileAtomically } from './user-files.js';

export interface TableCount {
  name: string;
  rows: number;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  migrations: readonly string[];
  tables: TableCount[];
}

export interface RestoreSummary {
  file: string;
  /** When and by which Foothold the backup was taken. */
  createdAt: string;
  foothold: string;
  /** The migrations this Foothold ran on the backup's rows, after those it was taken at. */
  upgraded: string[];
  /** What the store holds now (and, in each workspace's audit log, the restore's own change). */
  tables: TableCount[];
}

/** Limits on a backup being restored: the file as it is on disk, and its text once inflated. */
export interface BackupFileLimits extends BackupLimits {
  maxFileBytes: number;
}

export const DEFAULT_BACKUP_FILE_LIMITS: BackupFileLimits = { ...DEFAULT_BACKUP_LIMITS, maxFileBytes: DEFAULT_BACKUP_LIMITS.maxTextBytes };

/** FOOTHOLD_MAX_BACKUP_MB raises or lowers the ceiling on a backup's file and text (default 512). */
export function backupLimitsFromEnv(env: Readonly<Record<string, string | undefined>>): BackupFileLimits {
  const raw = env['FOOTHOLD_MAX_BACKUP_MB'];
  if (raw === undefined || raw.trim() === '') return DEFAULT_BACKUP_FILE_LIMITS;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0 || mb > 4000)
    throw new InputError(`FOOTHOLD_MAX_BACKUP_MB must be a number of megabytes from 0.001 to 4000, got "${raw}"`);
  const bytes = Math.round(mb * 1024 * 1024);
  return { ...DEFAULT_BACKUP_FILE_LIMITS, maxFileBytes: bytes, maxTextBytes: bytes };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes a backup of every table a backup carries, read in one consistent snapshot, to `file`
 * atomically (a temporary file renamed into place: never half a backup under that name), readable
 * by its owner only.
 */
export async function writeBackup(
  store: CaseStore,
  file: string,
  options: { now: Date; onProgress?: (done: number, total: number) => void },
): Promise<BackupSummary> {
  const { header, rows } = await readSnapshot(store, async (snapshot) => {
    let total = 0;
    for (const table of snapshot.tables) total += await snapshot.count(table);
    const hash = createHash('sha256');
    const gzip = createGzip();
    const compressed: Buffer[] = [];
    gzip.on('data', (chunk: Buffer) => compressed.push(chunk));
    const ended = once(gzip, 'end');
    const tables: TableCount[] = [];
    let done = 0;
    options.onProgress?.(done, total);
    for (const table of snapshot.tables) {
      let count = 0;
      for await (const page of snapshot.pages(table)) {
        const text = Buffer.from(page.map((row) => backupLine(row)).join(''), 'utf8');
        hash.update(text);
        if (!gzip.write(text)) await once(gzip, 'drain');
        count += page.length;
        done += page.length;
        options.onProgress?.(done, total);
      }
      tables.push({ name: table.name, rows: count });
    }
    gzip.end();
    await ended;
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      foothold: VERSION,
      createdAt: options.now.toISOString(),
      database: snapshot.kind,
      migrations: [...snapshot.migrations],
      tables: snapshot.tables.map((table, i) => ({ name: table.name, columns: table.columns.map((c) => c.name), rows: tables[i]!.rows })),
      sha256: hash.digest('hex'),
    };
    return { header, rows: compressed };
  });
  const bytes = Buffer.concat([gzipSync(backupLine(header)), ...rows]);
  await writeFileAtomically(file, bytes);
  // It holds password and token hashes: for its owner's eyes (where the file system has modes).
  await chmod(file, 0o600);
  return { file, bytes: bytes.byteLength, migrations: header.migrations, tables: header.tables.map(({ name, rows: n }) => ({ name, rows: n })) };
}

/**
 * A backup's bytes to its checked header: inflated within the limit when they are gzip, read as
 * plain text otherwise. ValidationError or TooLargeError naming the file; nothing else is thrown.
 */
export function openBackupBytes(bytes: Uint8Array, file: string, limits: Partial<BackupLimits> = {}): BackupEnvelope {
  const maxTextBytes = limits.maxTextBytes ?? DEFAULT_BACKUP_LIMITS.maxTextBytes;
  let text: Uint8Array = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      text = gunzipSync(bytes, { maxOutputLength: maxTextBytes });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw new TooLargeError(`${file}: the backup inflates to more than ${formatBytes(maxTextBytes)}; at most that much is read (FOOTHOLD_MAX_BACKUP_MB)`);
      const reason = err instanceof Error ? err.message : String(err);
      throw new ValidationError([{ file, pointer: '', message: `cannot inflate the file (${reason}): it was damaged or cut short` }]);
    }
  }
  return readBackupHeader(text, { file, knownMigrations: KNOWN_MIGRATIONS, sha256, limits });
}

export type RestorePhase = 'checking' | 'writing';

/**
 * Restores a backup into the store: checks the whole file and every case in it first, then writes
 * every row in one transaction. A store holding data is refused unless `replace`, which empties it
 * first in the same transaction. Sessions and failed logins are not in backups: after a restore
 * nobody is logged in. Each restored workspace's audit log gets the restore as its newest change.
 */
export async function restoreBackup(
  store: CaseStore,
  file: string,
  options: { replace: boolean; limits?: BackupFileLimits; onProgress?: (phase: RestorePhase, done: number, total: number) => void },
): Promise<RestoreSummary> {
  // Said at once rather than after reading a large file; asked again inside the writing transaction.
  if (!options.replace) {
    const held = await tablesWithRows(store);
    if (held.length > 0) throw storeNotEmpty(held);
  }
  const limits = options.limits ?? DEFAULT_BACKUP_FILE_LIMITS;
  const read = await readInputBytes(file, limits.maxFileBytes, 'a Foothold backup', 'FOOTHOLD_MAX_BACKUP_MB raises the limit');
  if (!read.ok) throw new ValidationError(read.problems);
  const envelope = openBackupBytes(read.bytes, file, limits);
  const { header } = envelope;
  const tables = readBackupRows(envelope, await backupTablesAt(header.migrations));
  const scratch = await openScratch(header.migrations, file);
  try {
    const total = tables.reduce((sum, t) => sum + t.rows.length, 0);
    let loaded = 0;
    for (const rows of tables) {
      scratch.load(rows);
      loaded += rows.rows.length;
      options.onProgress?.('checking', loaded, total);
    }
    const upgraded = await scratch.upgrade();
    const problems = await storedProblems(scratch.store, file);
    if (problems.length > 0) throw new ValidationError(problems);
    scratch.alignWithRecords();
    await scratch.rebuildReferences();
    const source = scratch.source();
    const restored: RestoredBackup = {
      // The base name only: the log is read by every member of a workspace, the folder is the operator's business.
      file: basename(file),
      takenAt: header.createdAt,
      foothold: header.foothold,
      rows: source.tables.reduce((sum, table) => sum + source.count(table), 0),
    };
    await writeAllRows(store, source, {
      replace: options.replace,
      onProgress: (done, all) => options.onProgress?.('writing', done, all),
      afterRows: (tx) => logRestore(tx, restored),
    });
    return {
      file,
      createdAt: header.createdAt,
      foothold: header.foothold,
      upgraded,
      tables: source.tables.map((table) => ({ name: table.name, rows: source.count(table) })),
    };
  } finally {
    await scratch.close();
  }
}

/** The restore in the log of every workspace the store holds after it: one change each, by whoever restores. */
async function logRestore(tx: CaseStore, restored: RestoredBackup): Promise<void> {
  for (const workspace of await tx.listWorkspaces()) await tx.audit.recordRestore(workspace.id, restored);
}

/** Stop listing after this many problems. */
const MAX_PROBLEMS = 50;

/**
 * What the file's line-by-line reading cannot see: every case must pass the case-file checks
 * (schema and references), every workspace the workspace schema, every role and token scope be one
 * Foothold has. Read through the scratch store, at this Foothold's migration level.
 */
async function storedProblems(scratch: CaseStore, file: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const add = (pointer: string, message: string) => problems.push({ file, pointer, message });
  for (const workspace of await scratch.listWorkspaces()) {
    const checked = workspaceSchema.safeParse(workspace);
    if (!checked.success) add('', `workspace "${workspace.id}": ${checked.error.issues[0]?.message ?? 'not a valid workspace'}`);
    for (const firm of await scratch.listFirms(workspace.id)) {
      if (problems.length >= MAX_PROBLEMS) return problems;
      const result = validateCaseValue(await scratch.getCase(workspace.id, firm.id));
      if (!result.ok) for (const p of result.problems) add(p.pointer, `the case of firm "${firm.id}" in workspace "${workspace.id}": ${p.message}`);
    }
  }
  for (const user of await scratch.accounts.listUsers()) {
    for (const membership of await scratch.accounts.membershipsOf(user.id)) {
      if (!isRole(membership.role))
        add('', `user "${user.email}" has the role "${membership.role}" in workspace "${membership.workspaceId}"; roles are owner, analyst, advisor, viewer`);
    }
    for (const token of await scratch.accounts.tokensOf(user.id)) {
      if (!(TOKEN_SCOPES as readonly string[]).includes(token.scope))
        add('', `token "${token.id}" of user "${user.email}" has the scope "${token.scope}"; scopes are ${TOKEN_SCOPES.join(', ')}`);
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
}
