#!/usr/bin/env node
/** The `foothold` command: parses arguments, runs one command, maps errors to exit codes. */
import { readFileSync } from 'node:fs';
import { processIo } from './io.js';
import { VERSION } from '../shared/version.js';

// A reader that stops early (`foothold export … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const args = process.argv.slice(2);
const alone = (...flags: string[]) => args.length === 1 && flags.includes(args[0] ?? '');
const help = alone('--help', '-h') ? helpBuiltAhead() : undefined;
if (alone('--version', '-V')) {
  // Scripts ask for the version often: answered without building the commands at all.
  processIo.out(VERSION);
} else if (help !== undefined) {
  // Likewise the top-level help, which the build wrote down ahead of time.
  process.stdout.write(help);
} else {
  // The commands themselves load their implementations only when they run (see program.ts).
  const [{ buildProgram }, { reportError }] = await Promise.all([import('./program.js'), import('./errors.js')]);
  try {
    await buildProgram(processIo).parseAsync(process.argv);
  } catch (err) {
    process.exitCode = reportError(err, processIo);
  }
}

/** The top-level help the build wrote beside this file (HELP_FILE in help-text.ts); undefined when run from the sources. */
function helpBuiltAhead(): string | undefined {
  try {
    return readFileSync(new URL('./help.txt', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}
