#!/usr/bin/env node
/** The `foothold` command: parses arguments, runs one command, maps errors to exit codes. */
import { buildProgram } from './program.js';
import { processIo } from './io.js';
import { reportError } from './errors.js';

// A reader that stops early (`foothold export … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = buildProgram(processIo);
try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err, processIo);
}
