/** `foothold report`: a firm report (one firm) or a cross-case report (several) as Markdown, HTML, PDF or the report document as JSON. */
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { InputError } from '../../shared/errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../../services/report-formats.js';
import type { CliIo } from '../io.js';
import { workspaceOption } from '../options.js';
import { withStore } from '../store.js';

const FORMAT_OF_EXTENSION: Record<string, ReportFormat> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.json': 'json' };

/** The format asked for, else the one the output file's extension names, else Markdown. */
export function reportFormat(format: ReportFormat | undefined, output: string | undefined): ReportFormat {
  if (format !== undefined) return format;
  return (output === undefined ? undefined : FORMAT_OF_EXTENSION[extname(output).toLowerCase()]) ?? 'md';
}

export function registerReportCommand(program: Command, io: CliIo): void {
  program
    .command('report')
    .description(
      'write a report with its evidence: one firm gives a firm report, several a cross-case report (Tables 7–10, charts, gaps, blind spots, recommendations, works cited, evidence notes)',
    )
    .argument('<firm-ids...>', 'firms, in the order the report shows them')
    .addOption(
      new Option(
        '-f, --format <format>',
        'md (Markdown), html (one self-contained file), pdf (printed by Chromium) or json (the report document as data); default: from the -o extension, else md',
      ).choices([...REPORT_FORMATS]),
    )
    .option('-o, --output <file>', 'file to write (needed for pdf); without it, md, html and json go to standard output')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ foothold report company-b -o company-b.md',
        '  $ foothold report company-a company-b --format html -o cross-case.html',
        '  $ foothold report company-b --format pdf -o company-b.pdf',
        '  $ foothold report company-a company-b sl-it-sme --format md > cohort.md',
        '  $ foothold report company-a company-b --format json -o cross-case.json',
        '',
        'PDF needs Chromium (apt-get install -y chromium fonts-noto-core, or set CHROMIUM_PATH);',
        'the HTML report needs nothing and prints to PDF from any browser.',
      ].join('\n'),
    )
    .action(async (firmIds: string[], opts: { format?: ReportFormat; output?: string; workspace: string }) => {
      const format = reportFormat(opts.format, opts.output);
      if (format === 'pdf' && opts.output === undefined) {
        throw new InputError('a PDF report needs a file to go to: add -o FILE, e.g. -o report.pdf');
      }
      const { renderReport } = await import('../../services/report-service.js');
      const report = await withStore((store) => renderReport(store, opts.workspace, firmIds, format, new Date()));
      if (opts.output === undefined) {
        io.out(String(report).replace(/\n$/, ''));
        return;
      }
      const { writeFileAtomically } = await import('../../services/user-files.js');
      await writeFileAtomically(opts.output, report);
      io.out(`wrote ${opts.output}`);
    });
}
