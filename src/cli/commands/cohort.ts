/** `foothold cohort`: an advisor's portfolio across its firms (issue 13) — unmet challenges, shared gaps, needed institutions, change over snapshots. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { workspaceOption } from '../options.js';
import { withStore } from '../store.js';

interface CohortOptions {
  workspace: string;
  json?: boolean;
  snapshot?: boolean;
}

export function registerCohortCommand(program: Command, io: CliIo): void {
  program
    .command('cohort')
    .description(
      'the cohort of a workspace’s firms: the challenges they leave unmet, the gaps they share, the institutions they need most, and how that changed between dated snapshots',
    )
    .addOption(workspaceOption())
    .option('--json', 'print the whole cohort as JSON (with --snapshot: the snapshot, whether it replaced one, and the cohort)')
    .option('--snapshot', 'first keep today’s figures as a dated snapshot (taken again the same day, it replaces that day’s)')
    .addHelpText(
      'after',
      [
        '',
        'A challenge is unmet for a firm when the firm rates it High or Medium and uses',
        'no network type against it above Low (the recorded level, else the one its ties',
        'suggest): the analysis finds a gap for it in all four network types. Firms with',
        'no firm-wide level other than Unknown are listed as not yet rated. A snapshot',
        'keeps the counts of firms per unmet challenge and per needed institution;',
        'changes are counted from the latest snapshot before today.',
        '',
        'Examples:',
        '  $ foothold cohort -w export-advisory',
        '  $ foothold cohort -w export-advisory --snapshot',
        '  $ foothold cohort -w export-advisory --json | jq .unmetChallenges',
      ].join('\n'),
    )
    .action(async (opts: CohortOptions) => {
      const [{ cohortOf, takeSnapshot }, { cohortText }] = await Promise.all([
        import('../../services/cohort-service.js'),
        import('../../core/cohort/cohort-text.js'),
      ]);
      await withStore(async (store) => {
        const now = new Date();
        if (opts.snapshot) {
          const taken = await takeSnapshot(store, opts.workspace, now);
          if (opts.json) {
            io.out(JSON.stringify(taken, null, 2));
            return;
          }
          io.out(`${taken.replaced ? 'replaced the snapshot of' : 'kept a snapshot of'} ${taken.snapshot.date} for workspace "${opts.workspace}"`);
          io.out('');
          for (const line of cohortText(taken.cohort)) io.out(line);
          return;
        }
        const cohort = await cohortOf(store, opts.workspace, now);
        if (opts.json) {
          io.out(JSON.stringify(cohort, null, 2));
          return;
        }
        for (const line of cohortText(cohort)) io.out(line);
      });
    });
}
