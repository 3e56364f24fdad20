/** foothold cohort W — an advisor's portfolio across its firms (issue 13). Being written: registers nothing yet. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';

export function registerCohortCommand(program: Command, io: CliIo): void {
  void program;
  void io;
}
