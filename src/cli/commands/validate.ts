/** `foothold validate FILE…`: checks case files without touching the store. */
import type { Command } from 'commander';
import { formatProblem } from '../../shared/errors.js';
import { checkCaseFile } from '../../services/case-files.js';
import { inputLimitsFromEnv } from '../../shared/limits.js';
import type { CliIo } from '../io.js';

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
