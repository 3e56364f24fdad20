/** `foothold audit` and `foothold undo`: who changed what and when, and putting a change back. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { wholeNumberArgument, workspaceOption } from '../options.js';
import { withStore } from '../store.js';

const audit = () => import('../../services/audit-service.js');

interface ListedChange {
  id: string;
  at: string;
  actor: string;
  undoOf: string | null;
  undoneBy: string | null;
  itemCount: number;
  items: ListedItem[];
}

interface ListedItem {
  firmId: string;
  collection: string;
  recordId: string;
  kind: string;
  /** For a membership (collection "members"): the e-mail, and the role after the change (before it, for a removal). */
  member?: { email: string; role: string };
  /** For a restore (collection "restores"): the backup's file (base name), when and by which Foothold it was taken, the rows written. */
  restore?: { file: string; takenAt: string; foothold: string; rows: number };
}

/**
 * One record of a change: its kind, firm, collection and id; a membership in words ("member
 * ann@example.org became analyst"), and a restore ("restored from nightly.backup.gz, taken …").
 */
function itemLine(item: ListedItem): string {
  const { member, restore } = item;
  if (item.collection === 'members' && member !== undefined) {
    const words = item.kind === 'insert' ? `was added as ${member.role}` : item.kind === 'delete' ? `(${member.role}) was removed` : `became ${member.role}`;
    return `member ${member.email} ${words} (${item.recordId})`;
  }
  if (item.collection === 'restores' && restore !== undefined) {
    const rows = `${restore.rows.toLocaleString('en-US')} row${restore.rows === 1 ? '' : 's'}`;
    return `restored from ${restore.file}, taken ${restore.takenAt} by Foothold ${restore.foothold}, ${rows}`;
  }
  return `${item.kind.padEnd(6)} ${item.firmId} ${item.collection} ${item.recordId}`;
}

/** One line per change, then its first records indented: readable in a terminal, greppable by id. */
export function auditText(changes: readonly ListedChange[]): string[] {
  if (changes.length === 0) return ['no changes recorded'];
  const lines: string[] = [];
  for (const change of changes) {
    const notes = [change.undoOf === null ? '' : `undo of ${change.undoOf}`, change.undoneBy === null ? '' : `undone by ${change.undoneBy}`].filter(
      (n) => n !== '',
    );
    lines.push(
      `${change.id}  ${change.at}  ${change.actor}  ${change.itemCount} record${change.itemCount === 1 ? '' : 's'}${notes.length > 0 ? `  (${notes.join('; ')})` : ''}`,
    );
    for (const item of change.items.slice(0, 5)) lines.push(`    ${itemLine(item)}`);
    if (change.itemCount > 5) lines.push(`    … and ${change.itemCount - 5} more`);
  }
  return lines;
}

export function registerAuditCommands(program: Command, io: CliIo): void {
  program
    .command('audit')
    .description('list the changes made to the cases and members of a workspace, and its restores, newest first: who, when, which records')
    .option('--firm <firm-id>', 'only changes to this firm')
    .option('--user <user-id>', 'only changes by this account')
    .option('--limit <n>', 'at most this many changes', wholeNumberArgument(1, 500), 50)
    .option('--change <change-id>', 'print one change with every record before and after (JSON)')
    .option('--json', 'print the changes as JSON')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      '\nEach change is one transaction: a record edited, a case imported, a contacts import, a member added,\ngiven another role or removed, or a backup restored (foothold restore: one change in each workspace,\nnaming the file, when it was taken and the rows written). --firm leaves memberships and restores out.\nChanges made here are recorded as cli:<login name>, or as $FOOTHOLD_ACTOR when set.\n\nExamples:\n  $ foothold audit --firm company-a\n  $ foothold audit --change chg-20261202031500000-0123456789',
    )
    .action(async (opts: { firm?: string; user?: string; limit: number; change?: string; json?: boolean; workspace: string }) => {
      const { auditChange, listAudit } = await audit();
      if (opts.change !== undefined) {
        const id = opts.change;
        io.out(JSON.stringify(await withStore((store) => auditChange(store, opts.workspace, id)), null, 2));
        return;
      }
      const changes = await withStore((store) =>
        listAudit(store, opts.workspace, {
          limit: opts.limit,
          ...(opts.firm === undefined ? {} : { firmId: opts.firm }),
          ...(opts.user === undefined ? {} : { userId: opts.user }),
        }),
      );
      if (opts.json === true) io.out(JSON.stringify(changes, null, 2));
      else for (const line of auditText(changes)) io.out(line);
    });

  program
    .command('undo')
    .description('put the records of one change back as they were, if nothing since depends on it')
    .argument('<change-id>', 'the change, as `foothold audit` lists it')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      '\nRefused, with the record named, when a record has changed since or another record now refers to one\nthe undo would remove. The undo is itself a change, and can be undone. A change of a membership\nis not undone: its role is set again (foothold user add EMAIL --workspace W --role R). Nor is a\nrestore: an earlier backup is restored in its place (foothold restore OLDER-BACKUP --replace).\n\nExample:\n  $ foothold undo chg-20261202031500000-0123456789',
    )
    .action(async (changeId: string, opts: { workspace: string }) => {
      const { undoChange } = await audit();
      const result = await withStore((store) => undoChange(store, opts.workspace, changeId));
      io.out(`undid ${result.undoneChange}; the undo is change ${result.undoChange}`);
    });
}
