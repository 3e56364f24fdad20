/** `foothold qdpx export|import` and `foothold qdc export`: REFI-QDA exchange with other qualitative-analysis tools. */
import { Option, type Command } from 'commander';
import type { SourceKind } from '../../core/model/vocabulary.js';
import type { CliIo } from '../io.js';
import { workspaceOption } from '../options.js';
import { withStore } from '../store.js';

// Spelled out here so that registering loads nothing of the core; `satisfies` keeps it in step.
const SOURCE_KINDS = ['interview', 'document', 'website', 'article', 'report', 'social_media'] as const satisfies readonly SourceKind[];

const qda = () => import('../../services/qda-service.js');
const files = () => import('../../services/user-files.js');

export function registerQdaCommands(program: Command, io: CliIo): void {
  const qdpx = program.command('qdpx').description('exchange projects with NVivo, ATLAS.ti, MAXQDA, QualCoder … as REFI-QDA .qdpx files');
  qdpx
    .command('export')
    .description("write firms' codebook, transcripts and coded segments as a REFI-QDA project")
    .argument('[firm-id...]', 'the firms to export (default: every firm of the workspace)')
    .requiredOption('-o, --output <file>', 'the .qdpx file to write')
    .option('--json', 'print { output, codes, sources, segments, left }')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'Every source with a stored text (foothold transcript import) becomes a text source; every',
        'segment placed in that text becomes a selection, coded with its codes by its coder. Quotes',
        'kept only with a location (no stored text) cannot be placed in a .qdpx: they are counted.',
        'The file validates against the REFI-QDA Project schema (1.0).',
        '',
        'Examples:',
        '  $ foothold qdpx export company-a -o company-a.qdpx',
        '  $ foothold qdpx export -o all-firms.qdpx',
      ].join('\n'),
    )
    .action(async (firmIds: string[], opts: { output: string; json?: boolean; workspace: string }) => {
      const { exportQdpx } = await qda();
      const result = await withStore((store) => exportQdpx(store, opts.workspace, firmIds, new Date()));
      await (await files()).writeFileAtomically(opts.output, result.bytes);
      const { codes, sources, segments, left } = result;
      if (opts.json === true) {
        io.out(JSON.stringify({ output: opts.output, codes, sources, segments, left }, null, 2));
        return;
      }
      io.out(`wrote ${opts.output}: ${codes} codes, ${sources} text sources, ${segments} coded segments`);
      for (const l of left) io.out(`  ${l.firm}: ${l.segments} segments not in the file (quotes with a location, no stored text)`);
    });

  qdpx
    .command('import')
    .description("add a REFI-QDA project's codes, text sources and coded selections to a firm's case")
    .argument('<file>', 'a .qdpx file written by NVivo, ATLAS.ti, MAXQDA, QualCoder or Foothold')
    .requiredOption('--firm <firm-id>', 'the firm whose case receives them')
    .addOption(new Option('--kind <source-kind>', 'what the text sources are (REFI-QDA does not say)').choices(SOURCE_KINDS).default('document'))
    .option('--json', 'print { codes, sources, segments, skipped: [{ what, reason }] }')
    .addOption(workspaceOption())
    .addHelpText(
      'after',
      [
        '',
        'Codes keep their hierarchy, colours and descriptions; a code Foothold wrote, or one named',
        "like a code of the firm's codebook under the same parent, is that code. Each selection",
        'becomes a segment per coder. PDF, picture, audio and video sources, and anything else not',
        'imported, are listed with the reason. Nothing is written unless the whole import is valid.',
        '',
        'Examples:',
        '  $ foothold qdpx import interviews.qdpx --firm company-a --kind interview',
        '  $ foothold qdpx import project.qdpx --firm acme --json',
      ].join('\n'),
    )
    .action(async (file: string, opts: { firm: string; kind: SourceKind; json?: boolean; workspace: string }) => {
      const { importQdpxFile } = await qda();
      const result = await withStore((store) => importQdpxFile(store, opts.workspace, opts.firm, file, { sourceKind: opts.kind }));
      if (opts.json === true) {
        io.out(JSON.stringify(result, null, 2));
        return;
      }
      io.out(`${file}: ${result.codes} codes, ${result.sources} sources and ${result.segments} segments added to ${opts.firm}`);
      if (result.skipped.length > 0) io.out(`${result.skipped.length} not imported:`);
      for (const s of result.skipped) io.out(`  ${s.what}: ${s.reason}`);
    });

  program
    .command('qdc')
    .description('exchange codebooks with other qualitative-analysis tools as REFI-QDA .qdc files')
    .command('export')
    .description("write firms' codebook (built-in codes, their own and free codes) as a REFI-QDA codebook")
    .argument('[firm-id...]', 'the firms whose codes to include (default: every firm of the workspace)')
    .requiredOption('-o, --output <file>', 'the .qdc file to write')
    .addOption(workspaceOption())
    .addHelpText('after', '\nExamples:\n  $ foothold qdc export -o foothold-codes.qdc\n  $ foothold qdc export company-a -o company-a.qdc')
    .action(async (firmIds: string[], opts: { output: string; workspace: string }) => {
      const { exportQdc } = await qda();
      const { xml, codes } = await withStore((store) => exportQdc(store, opts.workspace, firmIds));
      await (await files()).writeFileAtomically(opts.output, xml);
      io.out(`wrote ${opts.output}: ${codes} codes`);
    });
}
