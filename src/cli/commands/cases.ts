/** `foothold import`, `export`, `firms`, `show`: moving cases in and out of the store and looking at them. */
import type { Command } from 'commander';
import { ValidationError, type Problem } from '../../shared/errors.js';
import type { ImportItem } from '../../services/case-service.js';
import { inputLimitsFromEnv } from '../../shared/limits.js';
import type { CliIo } from '../io.js';
import { workspaceOption } from '../options.js';
import { withStore } from '../store.js';

/** Case files and the case services, loaded when a command runs so that `foothold --help` starts at once. */
async function cases() {
  const [files, service] = await Promise.all([import('../../services/case-files.js'), import('../../services/case-service.js')]);
  return { ...files, ...service };
}

export function registerCaseCommands(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('import case files into the store; all files or none')
    .argument('<files...>', 'case files (.json)')
    .addOption(workspaceOption())
    .option('--replace', 'overwrite firms that already exist in the workspace')
    .addHelpText(
      'after',
      '\nExamples:\n  $ foothold import examples/cases/*.json\n  $ foothold import company-a.json --workspace vaasa-study --replace\n\nEvery file is checked first; if any has a problem, or a firm exists already (without --replace), nothing is written.',
    )
    .action(async (files: string[], opts: { workspace: string; replace?: boolean }) => {
      const { checkCaseFile, importCases } = await cases();
      const items: ImportItem[] = [];
      const problems: Problem[] = [];
      for (const file of files) {
        const check = await checkCaseFile(file, inputLimitsFromEnv(process.env).caseFile);
        if (check.ok) items.push({ origin: file, caseFile: check.caseFile });
        else problems.push(...check.problems);
      }
      if (problems.length > 0) throw new ValidationError(problems);
      await withStore(async (store) => {
        const result = await importCases(store, opts.workspace, items, { replace: opts.replace === true });
        for (const r of result.imported) io.out(`${r.replaced ? 'replaced' : 'imported'} ${r.firmId} from ${r.origin} into workspace ${result.workspaceId}`);
      });
    });

  program
    .command('export')
    .description('write the case of one firm as a case file')
    .argument('<firm-id>', 'id of the firm')
    .addOption(workspaceOption())
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .addHelpText('after', '\nExamples:\n  $ foothold export company-a -o company-a.json\n  $ foothold export company-b | jq .markets')
    .action(async (firmId: string, opts: { workspace: string; output?: string }) => {
      const { caseFileText, exportCase, writeCaseFile } = await cases();
      await withStore(async (store) => {
        const caseFile = await exportCase(store, opts.workspace, firmId);
        if (opts.output === undefined) io.out(caseFileText(caseFile).trimEnd());
        else {
          await writeCaseFile(opts.output, caseFile);
          io.err(`wrote ${opts.output}`);
        }
      });
    });

  program
    .command('firms')
    .description('list the firms in a workspace')
    .addOption(workspaceOption())
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ foothold firms --json')
    .action(async (opts: { workspace: string; json?: boolean }) => {
      const { listFirms } = await cases();
      await withStore(async (store) => {
        const firms = await listFirms(store, opts.workspace);
        if (opts.json) io.out(JSON.stringify(firms, null, 2));
        else if (firms.length === 0) io.out(`no firms in workspace "${opts.workspace}" yet — add some with: foothold import FILE.json`);
        else for (const f of firms) io.out(`${f.id.padEnd(20)} ${f.countryOfOrigin}  ${f.name}`);
      });
    });

  program
    .command('show')
    .description('show a firm: profile, derived values, markets and record counts')
    .argument('<firm-id>', 'id of the firm')
    .addOption(workspaceOption())
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ foothold show company-b\n  $ foothold show company-b --json')
    .action(async (firmId: string, opts: { workspace: string; json?: boolean }) => {
      const { showFirm } = await cases();
      await withStore(async (store) => {
        const view = await showFirm(store, opts.workspace, firmId, new Date());
        if (opts.json) {
          io.out(JSON.stringify(view, null, 2));
          return;
        }
        const f = view.firm;
        const d = view.derived;
        io.out(`${f.name} (${f.id})${f.isPseudonym ? ' — pseudonym' : ''}`);
        io.out(
          `  country of origin  ${f.countryOfOrigin}, ${d.economyClass.value ?? 'economy class unknown'}${d.economyClass.basis === 'override' ? ` (override: ${d.economyClass.reason ?? ''})` : ''}`,
        );
        if (f.foundedYear !== undefined) io.out(`  founded            ${f.foundedYear}${d.yearsActive === undefined ? '' : ` (${d.yearsActive} years)`}`);
        if (f.employees !== undefined)
          io.out(
            `  employees          ${f.employees.qualifier === 'exact' ? '' : f.employees.qualifier.replace('_', ' ') + ' '}${f.employees.value}${d.sizeClass ? ` → EU size class ${d.sizeClass}` : ''}`,
          );
        if (f.sector !== undefined) io.out(`  sector             ${f.sector}`);
        const p = d.pathway;
        const pace = [
          p.yearsToFirstInternational === undefined ? undefined : `abroad ${p.yearsToFirstInternational} year(s) after founding`,
          `serving ${p.marketsServing} market(s) now`,
          ...(p.marketsServedByGroup > 0 ? [`${p.marketsServedByGroup} more through its group companies`] : []),
          `${p.marketsEntered} entered in all`,
        ].filter((x) => x !== undefined);
        io.out(`  pathway            ${p.stated === undefined ? 'not recorded' : p.stated.value.replace(/_/g, ' ')} (${pace.join(', ')})`);
        io.out('  markets');
        if (view.markets.length === 0) io.out('    (none recorded)');
        for (const m of view.markets)
          io.out(
            `    ${m.place.padEnd(18)} ${m.status}${m.entryModes?.length ? `, ${m.entryModes.join(' + ').replace(/_/g, ' ')}` : ''}${m.startedOn ? `, since ${m.startedOn}` : ''}${m.endedOn ? `, until ${m.endedOn}` : ''}${m.servedByName ? `, served by ${m.servedByName}` : ''}`,
          );
        io.out('  records');
        io.out(
          '    ' +
            Object.entries(view.counts)
              .filter(([, n]) => n > 0)
              .map(([k, n]) => `${k} ${n}`)
              .join(', '),
        );
      });
    });
}
