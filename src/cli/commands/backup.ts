/** `foothold backup -o FILE` and `foothold restore FILE [--replace]`: the whole store to one file and back (issue 13). */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { progressBar } from '../progress.js';
import { withStore } from '../store.js';

const backups = () => import('../../services/backup-service.js');

interface TableCount {
  name: string;
  rows: number;
}

/** One line per table that holds rows, names aligned, counts right-aligned; empty tables in one line after. */
function printTables(io: CliIo, tables: readonly TableCount[]): void {
  const full = tables.filter((t) => t.rows > 0);
  const nameWidth = Math.max(0, ...full.map((t) => t.name.length));
  const countWidth = Math.max(0, ...full.map((t) => t.rows.toLocaleString('en-US').length));
  for (const t of full) io.out(`  ${t.name.padEnd(nameWidth)}  ${t.rows.toLocaleString('en-US').padStart(countWidth)}`);
  const empty = tables.filter((t) => t.rows === 0).map((t) => t.name);
  if (empty.length > 0) io.out(`  empty: ${empty.join(', ')}`);
}

const totalRows = (tables: readonly TableCount[]) => tables.reduce((sum, t) => sum + t.rows, 0).toLocaleString('en-US');

export function registerBackupCommands(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description('write every workspace, case, account and API token to one file, taken consistently while others work')
    .requiredOption('-o, --output <file>', 'the backup file to write (gzip-compressed JSON Lines)')
    .option('--json', 'print what was written as JSON')
    .addHelpText(
      'after',
      [
        '',
        'The backup is read in one snapshot of the database (SQLite under',
        '$FOOTHOLD_DATA, or PostgreSQL at $DATABASE_URL), so it never holds half of a',
        'change; others may keep working meanwhile. The file is written beside its',
        'final name and renamed into place when complete. Sessions and failed logins',
        'are left out: after a restore everyone logs in again.',
        '',
        'Examples:',
        '  $ foothold backup -o foothold-2025-03-18.backup.gz',
        '  $ DATABASE_URL=postgres://db/foothold foothold backup -o nightly.backup.gz',
      ].join('\n'),
    )
    .action(async (opts: { output: string; json?: boolean }) => {
      const { writeBackup } = await backups();
      const bar = opts.json === true ? undefined : await progressBar('backing up');
      const summary = await withStore((store) =>
        writeBackup(store, opts.output, { now: new Date(), onProgress: (done, total) => bar?.update(done, total) }),
      ).finally(() => bar?.stop());
      if (opts.json === true) {
        io.out(JSON.stringify({ output: summary.file, bytes: summary.bytes, migrations: summary.migrations, tables: summary.tables }, null, 2));
        return;
      }
      const { formatBytes } = await import('../../shared/safe-json.js');
      io.out(`wrote ${summary.file}: ${formatBytes(summary.bytes)} (${summary.bytes.toLocaleString('en-US')} bytes), ${totalRows(summary.tables)} rows`);
      printTables(io, summary.tables);
    });

  program
    .command('restore')
    .description('put a backup into the store: the whole file is checked first, then written in one transaction')
    .argument('<file>', 'a backup written by foothold backup')
    .option('--replace', 'empty a store that holds data first, in the same transaction')
    .option('--json', 'print what was restored as JSON')
    .addHelpText(
      'after',
      [
        '',
        'Nothing is written unless the whole backup is valid: its checksum, every row',
        'against the tables of the migrations it was taken at, and every case against',
        'the case-file rules. A backup taken by an older Foothold is brought up to',
        'date; one taken by a newer Foothold is refused. A store that holds data is',
        'refused unless --replace, which empties it in the same transaction: if',
        'anything fails, or the process is stopped, the store stays as it was.',
        'Sessions are not restored (everyone logs in again); users, members, API',
        'tokens and the audit log are. The restore itself is then the newest change in',
        "each workspace's audit log (foothold audit): who restored which file (its name",
        'only), when it was taken, by which Foothold, and how many rows. It is not',
        'undone; restore an earlier backup with --replace instead.',
        'FOOTHOLD_MAX_BACKUP_MB sets the largest backup read (default 512).',
        '',
        'Examples:',
        '  $ FOOTHOLD_DATA=./restored foothold restore foothold-2025-03-18.backup.gz',
        '  $ foothold restore nightly.backup.gz --replace',
      ].join('\n'),
    )
    .action(async (file: string, opts: { replace?: boolean; json?: boolean }) => {
      const { restoreBackup, backupLimitsFromEnv } = await backups();
      const limits = backupLimitsFromEnv(process.env);
      const bars = opts.json === true ? undefined : { checking: await progressBar('checking'), writing: await progressBar('writing') };
      const summary = await withStore((store) =>
        restoreBackup(store, file, {
          replace: opts.replace === true,
          limits,
          onProgress: (phase, done, total) => {
            if (phase === 'writing') bars?.checking.stop();
            bars?.[phase].update(done, total);
          },
        }),
      ).finally(() => {
        bars?.checking.stop();
        bars?.writing.stop();
      });
      if (opts.json === true) {
        io.out(JSON.stringify(summary, null, 2));
        return;
      }
      io.out(`restored ${file} (taken ${summary.createdAt} by Foothold ${summary.foothold}): ${totalRows(summary.tables)} rows`);
      printTables(io, summary.tables);
      if (summary.upgraded.length > 0) io.out(`brought up to date by ${summary.upgraded.length} migrations: ${summary.upgraded.join(', ')}`);
      io.out('sessions are not in backups: everyone logs in again.');
    });
}
