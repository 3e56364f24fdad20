/** foothold user add|reset|list — accounts of the multi-user server (issue 13). Being written: registers nothing yet. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';

export function registerUserCommands(program: Command, io: CliIo): void {
  void program;
  void io;
}
