/** foothold backup / restore (issue 13). Being written: registers nothing yet. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';

export function registerBackupCommands(program: Command, io: CliIo): void {
  void program;
  void io;
}
