/** `foothold analyze`, `table`, `compare`: the seeds' tables, gaps and recommendations from stored cases. */
import { Option, type Command } from 'commander';
import { THESIS_TABLES, type ThesisTableNumber } from '../../core/report/table-numbers.js';
import { InputError } from '../../shared/errors.js';
import type { CliIo } from '../io.js';
import { workspaceOption } from '../options.js';
import { withStore } from '../store.js';

/** The analysis and its table views, loaded when a command runs so that `foothold --help` starts at once. */
async function analysis() {
  const [service, views] = await Promise.all([import('../../services/analysis-service.js'), import('../../core/report/table-views.js')]);
  return { ...service, ...views };
}

export function registerAnalysisCommands(program: Command, io: CliIo): void {
  program
    .command('analyze')
    .description(
      'analyze a firm: action plan, Tables 7–10, suggested utilization and agreement, benefits, digital presence, gaps, blind spots, recommendations',
    )
    .argument('<firm-id>', 'id of the firm')
    .addOption(workspaceOption())
    .option('--json', 'print the whole analysis as JSON')
    .addHelpText('after', '\nExamples:\n  $ foothold analyze company-b\n  $ foothold analyze company-b --json | jq .gaps')
    .action(async (firmId: string, opts: { workspace: string; json?: boolean }) => {
      const { analyzeFirm } = await analysis();
      await withStore(async (store) => {
        const a = await analyzeFirm(store, opts.workspace, firmId, new Date());
        if (opts.json) {
          io.out(JSON.stringify(a, null, 2));
          return;
        }
        const [{ analysisText }, { countryName }] = await Promise.all([
          import('../../core/report/analysis-text.js'),
          import('../../services/reference-data.js'),
        ]);
        for (const line of analysisText(a, countryName)) io.out(line);
      });
    });

  program
    .command('table')
    .description(
      "print one of the thesis's tables for one or more firms: 2 interviews, 3 secondary sources, 4 activities (value chain), 5 and 6 key people, 7 profile, 8 network types, 9 challenges, 10 utilization",
    )
    .argument('<n>', `table number: ${THESIS_TABLES.join(', ')}`)
    .argument('<firm-ids...>', 'firms, in column order (Tables 4–6: in row order)')
    .addOption(workspaceOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'csv', 'json']).default('md'))
    .option('--all', 'Tables 9 and 10: also rows beyond the thesis six (country of origin, your own categories)')
    .addHelpText(
      'after',
      [
        '',
        'Tables 2, 3 and 7–10 put the firms side by side as columns. Tables 4–6 have a row',
        'per activity or key person, with a first column naming the firm when there are',
        'several. The thesis gives Tables 4 and 5 for Company A and Table 6 for Company B;',
        'here each works for any firm (5 and 6 are the same table). A firm with nothing',
        'recorded for a table is named under it (on stderr with --format csv).',
        '',
        'Examples:',
        '  $ foothold table 2 company-a company-b',
        '  $ foothold table 4 company-a --format csv > activities.csv',
        '  $ foothold table 9 company-a company-b',
        '  $ foothold table 10 company-a company-b --format json',
        '  $ foothold table 7 company-a company-b sl-it-sme --format csv > table7.csv',
      ].join('\n'),
    )
    .action(async (nText: string, firmIds: string[], opts: { workspace: string; format: 'md' | 'csv' | 'json'; all?: boolean }) => {
      const n = Number(nText) as ThesisTableNumber;
      if (!/^\d+$/.test(nText) || !(THESIS_TABLES as readonly number[]).includes(n)) {
        throw new InputError(`table number must be one of ${THESIS_TABLES.join(', ')}, got "${nText}"`);
      }
      const { csvTable, markdownTableWithNotes, thesisTable, thesisTableView } = await analysis();
      await withStore(async (store) => {
        const now = new Date();
        const all = opts.all === true;
        if (opts.format === 'json') {
          io.out(JSON.stringify(await thesisTable(store, opts.workspace, n, firmIds, now, all), null, 2));
          return;
        }
        const view = await thesisTableView(store, opts.workspace, n, firmIds, now, all);
        if (opts.format === 'md') {
          io.out(markdownTableWithNotes(view, { caption: true }));
          return;
        }
        io.out(csvTable(view).trimEnd());
        // The CSV stays data only; what a reader should know about it goes to stderr.
        for (const note of view.notes ?? []) io.err(note);
      });
    });

  program
    .command('compare')
    .description('compare firms side by side: Tables 7–10, with the rows where they differ marked')
    .argument('<firm-ids...>', 'two or more firms')
    .addOption(workspaceOption())
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ foothold compare company-a company-b\n  $ foothold compare company-a company-b sl-it-sme --json')
    .action(async (firmIds: string[], opts: { workspace: string; json?: boolean }) => {
      if (firmIds.length < 2) throw new InputError('compare needs at least two firms');
      const { compareFirms, CROSS_CASE_TABLES, markdownTable, tableView } = await analysis();
      await withStore(async (store) => {
        const cmp = await compareFirms(store, opts.workspace, firmIds, new Date());
        if (opts.json) {
          io.out(JSON.stringify(cmp, null, 2));
          return;
        }
        for (const n of CROSS_CASE_TABLES) {
          const view = tableView(n, cmp, { all: true });
          const marked = { ...view, rows: view.rows.map((r, i) => (view.differs.includes(i) ? [`${r[0] ?? ''} ≠`, ...r.slice(1)] : r)) };
          io.out(`Table ${n}. ${view.title}\n\n${markdownTable(marked)}\n`);
        }
        io.out('≠ marks the rows where the firms differ.');
      });
    });
}
