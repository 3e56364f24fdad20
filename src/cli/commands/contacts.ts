/** `foothold contacts import` and `foothold contacts list`: the user's own contact exports brought into a firm's network. */
import { Option, type Command } from 'commander';
import type { ContactFormat } from '../../core/contacts/types.js';
import type { NetworkType } from '../../core/model/vocabulary.js';
import type { CliIo } from '../io.js';
import { workspaceOption } from '../options.js';
import { progressBar } from '../progress.js';
import { withStore } from '../store.js';

// Spelled out here rather than imported, so that registering the command loads nothing of the core
// (`foothold --help` must answer at once); `satisfies` keeps them in step with it.
const NETWORK_TYPES = ['social', 'business', 'institutional', 'digital'] as const satisfies readonly NetworkType[];
const CONTACT_FORMATS = ['linkedin', 'vcard', 'google', 'outlook'] as const satisfies readonly ContactFormat[];

interface ImportOptions {
  firm: string;
  person?: string;
  as: NetworkType;
  format?: ContactFormat;
  dryRun?: boolean;
  json?: boolean;
  workspace: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function registerContactsCommands(program: Command, io: CliIo): void {
  const contacts = program
    .command('contacts')
    .description("import the user's own contact exports (LinkedIn, vCard, Google, Outlook) into a firm's network, and list them");

  contacts
    .command('import')
    .description("add the people of a contact file to a firm's network as actors with a tie from the firm, updating those already there")
    .argument('<file>', "LinkedIn's Connections.csv, a vCard (.vcf) file, or a Google or Outlook contacts CSV")
    .requiredOption('--firm <firm-id>', 'the firm whose network the contacts join')
    .option('--person <key-person-id>', 'the key person whose contacts these are: the ties go from them (default: from the firm)')
    .addOption(new Option('--as <network-type>', 'network type of the new ties').choices(NETWORK_TYPES).default('business'))
    .addOption(new Option('--format <format>', 'the kind of file (default: told from its content)').choices(CONTACT_FORMATS))
    .option('--dry-run', 'show what the import would do, and write nothing')
    .option('--json', 'print { created, updated, unchanged, skipped: [{ line, reason }], review: [...] }')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'People are matched with the actors already recorded by profile address, then by e-mail,',
        'then by name and organization. Rows of one person within the file are merged; rows that',
        'may or may not be someone recorded (the same name at another company, say) are listed for',
        'review and not imported. Importing the same file again adds nothing; a later export',
        'updates changed positions and companies. A file that cannot be read is refused with its',
        'line, and nothing is written.',
        '',
        'New ties are business ties unless --as says otherwise: a LinkedIn connection or an',
        'address-book entry is most often a professional acquaintance. Each person is also made a',
        'member of an organization actor for their company, so that paths to a company go through',
        'the people who work there.',
        '',
        'Examples:',
        '  $ foothold contacts import Connections.csv --firm company-a --dry-run',
        '  $ foothold contacts import Connections.csv --firm company-a --person kp-ceo',
        '  $ foothold contacts import family.vcf --firm company-a --as social --json',
      ].join('\n'),
    )
    .action(async (file: string, opts: ImportOptions) => {
      const { importContacts } = await import('../../services/contact-import.js');
      // Bars on a terminal only, and never under --json, whose output a program reads.
      const bars = opts.json === true ? undefined : { matching: await progressBar('matching'), writing: await progressBar('writing') };
      const result = await withStore((store) =>
        importContacts(store, opts.workspace, opts.firm, file, {
          as: opts.as,
          now: new Date(),
          ...(opts.person === undefined ? {} : { person: opts.person }),
          ...(opts.format === undefined ? {} : { format: opts.format }),
          ...(opts.dryRun === true ? { dryRun: true } : {}),
          onProgress: (stage, done, total) => {
            if (stage === 'writing') bars?.matching.stop();
            if (stage !== 'reading') bars?.[stage].update(done, total);
          },
        }),
      ).finally(() => {
        bars?.matching.stop();
        bars?.writing.stop();
      });
      if (opts.json === true) {
        const { created, updated, unchanged, skipped, review } = result;
        io.out(JSON.stringify({ created, updated, unchanged, skipped, review }, null, 2));
        return;
      }
      const would = result.dryRun ? 'would be ' : '';
      const organizations =
        result.organizationsCreated === 0 ? '' : `; ${plural(result.organizationsCreated, 'organization')} ${would}added for their companies`;
      io.out(`${file} (${result.format}): ${result.created} ${would}created, ${result.updated} ${would}updated, ${result.unchanged} unchanged${organizations}`);
      if (result.skipped.length > 0) {
        io.out(`${plural(result.skipped.length, 'line')} skipped:`);
        for (const s of result.skipped) io.out(`  line ${s.line}: ${s.reason}`);
      }
      if (result.review.length > 0) {
        io.out(`${plural(result.review.length, 'row')} to review, not imported (record or merge them by hand):`);
        for (const r of result.review) {
          const candidates = r.candidates.map((c) => `${c.name} (${c.id}${c.organization === undefined ? '' : `, ${c.organization}`})`).join('; ');
          io.out(`  line ${r.line}: ${r.name}: ${r.why}; recorded: ${candidates}`);
        }
      }
      if (result.dryRun) io.out('dry run: nothing was written.');
    });

  contacts
    .command('list')
    .description("list a firm's contacts (actors with contact details) by name")
    .argument('<firm-id>', 'id of the firm')
    .option('--json', 'print [{ id, name, organization, position, emails, profileUrl, connectedOn }]')
    .addOption(workspaceOption())
    .addHelpText('after', ['', 'Examples:', '  $ foothold contacts list company-a', '  $ foothold contacts list company-a --json'].join('\n'))
    .action(async (firmId: string, opts: { json?: boolean; workspace: string }) => {
      const { listContacts } = await import('../../services/contact-import.js');
      const list = await withStore((store) => listContacts(store, opts.workspace, firmId));
      if (opts.json === true) {
        io.out(JSON.stringify(list, null, 2));
        return;
      }
      if (list.length === 0) {
        io.out(`Firm ${firmId} has no contacts yet: import some with foothold contacts import FILE --firm ${firmId}.`);
        return;
      }
      io.out(`${plural(list.length, 'contact')} of ${firmId}:`);
      for (const c of list) {
        const at = [c.position, c.organization].filter((x) => x !== null).join(', ');
        const since = c.connectedOn === null ? '' : ` — connected ${c.connectedOn}`;
        io.out(`- ${c.name}${at === '' ? '' : ` (${at})`}${since} [${c.id}]`);
      }
    });
}
