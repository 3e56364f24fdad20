/** `foothold nurture`: the firm's ties due for contact, with the reason, and the reminders as a calendar file. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { wholeNumberArgument, workspaceOption } from '../options.js';
import { withStore } from '../store.js';

const days = wholeNumberArgument(0, 3660, 'days');

export function registerNurtureCommand(program: Command, io: CliIo): void {
  program
    .command('nurture')
    .description('list the ties due for contact, most urgent first, each with the reason; write the reminders as an iCalendar file')
    .argument('<firm-id>', 'id of the firm')
    .option('--within <days>', 'also list ties that fall due within this many days', days, 0)
    .option('--ics <file>', 'write the reminders as an iCalendar (.ics) file any calendar imports')
    .option('--json', 'print the list as JSON')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'A tie is due once it has gone its half-life without contact: 6 months per point of',
        'strength (a strength-1 tie after 6 months, strength 5 after 30), 15 months without a',
        'strength. Dormant ties are due now; ties without a recorded last contact are listed',
        'last, so that one is recorded. Ended ties are left out.',
        '',
        'Examples:',
        '  $ foothold nurture company-b',
        '  $ foothold nurture company-b --within 90 --ics company-b-reminders.ics',
      ].join('\n'),
    )
    .action(async (firmId: string, opts: { within: number; ics?: string; json?: boolean; workspace: string }) => {
      const [{ nurtureReminders }, { writeFileAtomically }] = await Promise.all([
        import('../../services/graph-service.js'),
        import('../../services/user-files.js'),
      ]);
      const reminders = await withStore((store) => nurtureReminders(store, opts.workspace, firmId, new Date(), opts.within));
      if (opts.ics !== undefined) await writeFileAtomically(opts.ics, reminders.calendar());
      if (opts.json) io.out(JSON.stringify(reminders.items, null, 2));
      else if (reminders.items.length === 0)
        io.out(`No tie of ${reminders.firmName} is due for contact${opts.within > 0 ? ` within ${opts.within} days` : ''}.`);
      else {
        io.out(`${reminders.items.length} ties of ${reminders.firmName} to keep up, most urgent first:`);
        for (const item of reminders.items) io.out(`- ${item.why} (held by ${item.heldBy}; ${item.networkType} tie ${item.tieId})`);
      }
      if (opts.ics !== undefined) (opts.json ? io.err : io.out)(`wrote ${opts.ics}`);
    });
}
