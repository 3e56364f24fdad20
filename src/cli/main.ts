#!/usr/bin/env node
/** The `foothold` command: parses arguments, runs one command, maps errors to exit codes. */
import { processIo } from './io.js';
import { VERSION } from '../shared/version.js';

// A reader that stops early (`foothold export … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Scripts ask for the version often: answered without building the commands at all.
  processIo.out(VERSION);
} else {
  // The commands themselves load their implementations only when they run (see program.ts).
  const [{ buildProgram }, { reportError }] = await Promise.all([import('./program.js'), import('./errors.js')]);
  try {
    await buildProgram(processIo).parseAsync(process.argv);
  } catch (err) {
    process.exitCode = reportError(err, processIo);
  }
}
