/**
 * The top-level `foothold --help` text, produced by commander itself. The build writes it to
 * dist/cli/help.txt (scripts/post-build.mjs) so main.ts can print it without loading commander and
 * the command modules: Node's own start-up already takes most of the time `--help` may take.
 */
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';

/** The file beside the compiled main.js that holds the text. */
export const HELP_FILE = 'help.txt';

/** What `foothold --help` prints on standard output, with its final newline. */
export async function topLevelHelp(): Promise<string> {
  const lines: string[] = [];
  const io = { out: (line: string) => lines.push(line), err: () => {}, exitCode: () => {} };
  try {
    await buildProgram(io).parseAsync(['--help'], { from: 'user' });
  } catch (err) {
    // exitOverride: commander ends a help request by throwing, with exit code 0.
    if (!(err instanceof CommanderError) || err.exitCode !== 0) throw err;
  }
  return lines.map((line) => `${line}\n`).join('');
}
