/** `foothold validate FILE…` and `foothold upgrade FILE…`: case files on disk, without touching the store. */
import type { Command } from 'commander';
import { formatProblem } from '../../shared/errors.js';
import { inputLimitsFromEnv } from '../../shared/limits.js';
// The format name only (upgrade.ts imports nothing): the case-file schemas load when a command runs.
import { CASE_FORMAT_2 as CASE_FORMAT } from '../../core/case-file/upgrade.js';
import type { CliIo } from '../io.js';

const caseFiles = () => import('../../services/case-files.js');

export function registerValidate(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check case files: JSON syntax, format version, schema, ids and references')
    .argument('<files...>', 'case files (.json)')
    .option('-q, --quiet', 'print nothing when all files are valid')
    .addHelpText(
      'after',
      '\nExamples:\n  $ foothold validate examples/cases/*.json\n  $ foothold validate my-firm.json || echo "fix the lines above"\n\nExit status: 0 when every file is valid, 1 otherwise (one line per problem: FILE: /json/pointer: message).',
    )
    .action(async (files: string[], opts: { quiet?: boolean }) => {
      const { checkCaseFile } = await caseFiles();
      let bad = 0;
      for (const file of files) {
        const check = await checkCaseFile(file, inputLimitsFromEnv(process.env).caseFile);
        if (check.ok) {
          if (!opts.quiet) io.out(`${file}: valid (${check.caseFile.firm.id})`);
        } else {
          bad++;
          for (const p of check.problems) io.err(formatProblem(p));
        }
      }
      if (bad > 0) io.exitCode(1);
    });
}

export function registerUpgrade(program: Command, io: CliIo): void {
  program
    .command('upgrade')
    .description(`rewrite case files of an older format in the current one (${CASE_FORMAT}), keeping their meaning`)
    .argument('<files...>', 'case files (.json)')
    .option('-o, --out-dir <dir>', 'write the upgraded files into this folder (same names) instead of in place')
    .addHelpText(
      'after',
      `\nExamples:\n  $ foothold upgrade old-cases/*.json            # in place\n  $ foothold upgrade old-cases/*.json -o cases/   # keep the originals\n\nA file is written only when it is valid; a file in ${CASE_FORMAT} already is left alone.\nImport and validate read older formats too: upgrading is for keeping files current.\nExit status: 0 when every file was upgraded or current, 1 otherwise.`,
    )
    .action(async (files: string[], opts: { outDir?: string }) => {
      const { upgradeCaseFile } = await caseFiles();
      let bad = 0;
      for (const file of files) {
        const result = await upgradeCaseFile(file, opts.outDir, inputLimitsFromEnv(process.env).caseFile);
        if (!result.ok) {
          bad++;
          for (const p of result.problems) io.err(formatProblem(p));
          io.err(`${file}: not upgraded (nothing written)`);
        } else if (result.changes.length === 0) {
          io.out(
            result.written === undefined ? `${file}: ${CASE_FORMAT} already, left as it is` : `${file}: ${CASE_FORMAT} already, copied to ${result.written}`,
          );
        } else {
          io.out(`${file}: upgraded → ${result.written ?? file}`);
          for (const change of result.changes) io.out(`  ${change}`);
        }
      }
      if (bad > 0) io.exitCode(1);
    });
}
