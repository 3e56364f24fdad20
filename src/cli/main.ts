#!/usr/bin/env node
/** The `foothold` command: parses arguments, runs one command, maps errors to exit codes. */
import { buildProgram } from './program.js';
import { processIo } from './io.js';
import { reportError } from './errors.js';

const program = buildProgram(processIo);
try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err, processIo);
}
