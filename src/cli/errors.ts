/** The one place that turns errors into CLI output and exit codes. */
import { CommanderError } from 'commander';
import { FootholdError, ValidationError, formatProblem, type OptionHint } from '../shared/errors.js';
import type { CliIo } from './io.js';

/** An option hint in the words of the command line: a flag of the same command. */
export function hintText(hint: OptionHint): string {
  return `use --${hint.option}${hint.value === undefined ? '' : ` ${hint.value}`} ${hint.effect}`;
}

/** Prints the error for a person and returns the exit code: 1 for bad input, 2 for usage, 70 for bugs. */
export function reportError(err: unknown, io: CliIo): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  if (err instanceof ValidationError) {
    for (const p of err.problems) io.err(formatProblem(p));
    io.err('nothing was written.');
    return 1;
  }
  if (err instanceof FootholdError) {
    io.err(`error: ${err.message}${err.hint === undefined ? '' : `; ${hintText(err.hint)}`}`);
    return 1;
  }
  io.err(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return 70;
}
