/**
 * `foothold person export|erase` (one person's data across a workspace, GDPR Art. 15 and 17) and
 * `foothold retention show|set|purge` (how long imported contacts are kept, Art. 5(1)(e)).
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { ErasureResult } from '../../services/privacy-service.js';
import type { PurgeResult, RetentionView } from '../../services/retention-service.js';
import type { CliIo } from '../io.js';
import { workspaceOption } from '../options.js';
import { withStore } from '../store.js';

const privacy = () => import('../../services/privacy-service.js');
const retention = () => import('../../services/retention-service.js');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const collect = (value: string, earlier: string[]) => [...earlier, value];

/** The longest period `retention set` takes; the service checks it again (MAX_RETENTION_DAYS). */
const MAX_DAYS = 36_500;

function daysArgument(value: string): number | null {
  if (value === 'none') return null;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 1 || n > MAX_DAYS)
    throw new InvalidArgumentError(`expected a whole number of days from 1 to ${MAX_DAYS}, or "none"`);
  return n;
}

const ALSO_NAMED = [
  '--also-named <text>',
  'another spelling of the name (another script, a former name), an e-mail or a profile address; repeat for more',
] as const;

/** What an erasure does (or would do), firm by firm. */
export function erasureText(result: ErasureResult): string[] {
  const lines = [`person "${result.actorId}" in workspace "${result.workspace}":`];
  for (const firm of result.firms) {
    const ties = firm.removed.filter((r) => r.collection === 'ties').map((r) => r.id);
    lines.push(`firm ${firm.firmId} (${firm.firmName}): ${firm.name}`);
    lines.push(
      `  ${result.dryRun ? 'would remove' : 'removed'}: actor ${result.actorId}${ties.length === 0 ? '' : `, ${plural(ties.length, 'tie')} (${ties.join(', ')})`}`,
    );
    if (firm.changed.length > 0) {
      const counts = new Map<string, number>();
      for (const r of firm.changed) counts.set(r.collection, (counts.get(r.collection) ?? 0) + 1);
      const what = [...counts].map(([collection, n]) => `${n} ${collection}`).join(', ');
      lines.push(`  ${result.dryRun ? 'would change' : 'changed'}: ${plural(firm.changed.length, 'record')} (${what})`);
    }
    lines.push(
      `  ${result.dryRun ? 'would mask' : 'masked'}: ${plural(firm.masked, 'occurrence')} of the name; ${plural(firm.addressesDropped, 'address', 'addresses')} dropped`,
    );
    if (firm.sharedParts.length > 0) {
      lines.push(`  not masked on their own, as others in the case have them too: ${firm.sharedParts.join(', ')} (add --also-named to mask them)`);
    }
    for (const l of firm.lookalikes) lines.push(`  may be the same person, not erased: ${l.id} "${l.name}" (same ${l.sameAs.join(', ')})`);
    lines.push(`  audit log: ${plural(firm.auditItems, 'item')} ${result.dryRun ? 'would be ' : ''}rewritten`);
  }
  lines.push(result.dryRun ? 'dry run: nothing was erased. Run again with --yes to erase.' : 'erased.');
  return lines;
}

function retentionText(view: RetentionView): string {
  return view.contactsDays === null
    ? `workspace "${view.workspace}" keeps imported contacts until they are removed by hand`
    : `workspace "${view.workspace}" keeps imported contacts ${plural(view.contactsDays, 'day')} after their last import`;
}

/** What a purge removed (or would remove), firm by firm. */
export function purgeText(result: PurgeResult): string[] {
  const lines = [`imported contacts last imported before ${result.cutoff} (kept ${plural(result.contactsDays, 'day')}) in workspace "${result.workspace}":`];
  const verb = result.dryRun ? 'would be removed' : 'removed';
  for (const firm of result.firms) {
    lines.push(`firm ${firm.firmId}: ${plural(firm.purged.length, 'contact')} ${verb} (${plural(firm.tiesRemoved, 'tie')})`);
    for (const p of firm.purged) lines.push(`  - ${p.name} [${p.id}], last imported ${p.lastImported}`);
    const reasons = { edited: 'edited by hand', referred: 'used by other records', named: 'named in the case' } as const;
    for (const k of firm.kept) lines.push(`  kept: ${k.name} [${k.id}], ${reasons[k.reason]}`);
  }
  if (result.firms.every((f) => f.purged.length === 0)) lines.push('no contact is due for removal.');
  if (result.dryRun) lines.push('dry run: nothing was removed.');
  return lines;
}

export function registerPrivacyCommands(program: Command, io: CliIo): void {
  const person = program.command('person').description('export or erase what a workspace holds about one person (GDPR access and erasure)');
  const idsNote = [
    '',
    'Ids are per firm: the person is the actor with this id in each firm of the workspace that has one.',
    'Other firms are searched by the names, e-mail, telephone and profile addresses found there:',
    '`person export` lists what they hold (the same person under another id), and `person erase`',
    'erases only where the id matches — erase those ids too, one by one.',
  ];

  person
    .command('export')
    .description('print as JSON everything the workspace holds about one person: records, quotes naming them, audit changes')
    .argument('<actor-id>', 'id of the actor (a person)')
    .option(...ALSO_NAMED, collect, [])
    .option('-o, --output <file>', 'write to this file (readable by you only) instead of standard output')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        ...idsNote,
        '',
        'Per firm: the actor, its ties, the records naming it, quotes and transcript passages and',
        'other texts naming the person, other actors that may be them, and every audit-log item',
        'that holds their record or names them.',
        '',
        'Examples:',
        '  $ foothold person export act-aibek -w ala-too -o aibek.json',
        '  $ foothold person export act-aibek --also-named "Айбек Асанов"',
      ].join('\n'),
    )
    .action(async (actorId: string, opts: { alsoNamed: string[]; output?: string; workspace: string }) => {
      const { exportPerson } = await privacy();
      const result = await withStore((store) => exportPerson(store, opts.workspace, actorId, { aliases: opts.alsoNamed }));
      const text = JSON.stringify(result, null, 2);
      if (opts.output === undefined) {
        io.out(text);
        return;
      }
      const { writeFileAtomically } = await import('../../services/user-files.js');
      const { chmod } = await import('node:fs/promises');
      await writeFileAtomically(opts.output, `${text}\n`);
      await chmod(opts.output, 0o600);
      io.err(`wrote ${opts.output}`);
    });

  person
    .command('erase')
    .description('remove one person from every firm that has the actor: ties removed, names masked in quotes, audit log redacted')
    .argument('<actor-id>', 'id of the actor (a person)')
    .option(...ALSO_NAMED, collect, [])
    .option('--yes', 'erase; without it, only print what would be erased')
    .option('--json', 'print the result as JSON')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        ...idsNote,
        '',
        'The actor and its ties are removed; records that named them keep everything else (a',
        "benefit keeps the tie's network type, a partner-search candidate that was the person goes",
        'with its decisions). Every occurrence of the name in quotes, transcripts and notes becomes',
        '"▇" of the same length, so quotes still match their transcripts. Audit-log items keep who',
        'changed what and when, with the person\'s records as { "id", "erased": true } and names',
        'masked. One transaction: when any case would break a rule, nothing is erased.',
        '',
        'Examples:',
        '  $ foothold person erase act-aibek -w ala-too',
        '  $ foothold person erase act-aibek -w ala-too --also-named "Айбек Асанов" --yes',
      ].join('\n'),
    )
    .action(async (actorId: string, opts: { alsoNamed: string[]; yes?: boolean; json?: boolean; workspace: string }) => {
      const { erasePerson } = await privacy();
      const result = await withStore((store) => erasePerson(store, opts.workspace, actorId, { aliases: opts.alsoNamed, dryRun: opts.yes !== true }));
      if (opts.json === true) io.out(JSON.stringify(result, null, 2));
      else for (const line of erasureText(result)) io.out(line);
    });

  const keep = program.command('retention').description('how long a workspace keeps imported contacts, and removing those past it');

  keep
    .command('show')
    .description("show the workspace's retention period for imported contacts")
    .option('--json', 'print { workspace, contactsDays, updatedAt }')
    .addOption(workspaceOption())
    .action(async (opts: { json?: boolean; workspace: string }) => {
      const { readRetention } = await retention();
      const view = await withStore((store) => readRetention(store, opts.workspace));
      io.out(opts.json === true ? JSON.stringify(view, null, 2) : retentionText(view));
    });

  keep
    .command('set')
    .description('set how many days imported contacts are kept after their last import')
    .requiredOption('--contacts-days <days>', `days from 1 to ${MAX_DAYS}, or "none" to keep them until removed by hand`, daysArgument)
    .addOption(workspaceOption())
    .addHelpText('after', '\nExamples:\n  $ foothold retention set --contacts-days 730 -w ala-too\n  $ foothold retention set --contacts-days none')
    .action(async (opts: { contactsDays: number | null; workspace: string }) => {
      const { setRetention } = await retention();
      io.out(retentionText(await withStore((store) => setRetention(store, opts.workspace, opts.contactsDays, new Date()))));
    });

  keep
    .command('purge')
    .description('remove the imported contacts last imported longer ago than the retention period, that nothing else uses')
    .option('--dry-run', 'show what would be removed, and write nothing')
    .option('--json', 'print the result as JSON')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'A contact goes when its last `contacts import` is older than the period, its record holds',
        'only what imports write, nothing refers to it but the ties the imports made, and no text of',
        'the case names it. Others are kept and listed with the reason. The audit log keeps the',
        'removed contacts only as { "id", "erased": true }. One transaction for the whole workspace.',
        '',
        'Examples:',
        '  $ foothold retention purge -w ala-too --dry-run',
        '  $ foothold retention purge -w ala-too',
      ].join('\n'),
    )
    .action(async (opts: { dryRun?: boolean; json?: boolean; workspace: string }) => {
      const { purgeContacts } = await retention();
      const result = await withStore((store) => purgeContacts(store, opts.workspace, { now: new Date(), dryRun: opts.dryRun === true }));
      if (opts.json === true) io.out(JSON.stringify(result, null, 2));
      else for (const line of purgeText(result)) io.out(line);
    });
}
