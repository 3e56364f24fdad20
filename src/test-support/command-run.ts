/** Runs one command group on a commander program of its own, in-process, capturing what it prints. */
import { Command, CommanderError } from 'commander';
import type { CliIo } from '../cli/io.js';

export interface CommandOutput {
  out: string[];
  err: string[];
}

/**
 * Registers a command group on a fresh program (help 80 wide, exits thrown) and runs `args` on it;
 * commander's own exits with code 0 (help) are not errors, others are thrown.
 */
export async function runCommand(register: (program: Command, io: CliIo) => void, args: string[], into: CommandOutput): Promise<void> {
  const io: CliIo = { out: (line) => into.out.push(line), err: (line) => into.err.push(line), exitCode: () => {} };
  const program = new Command('foothold')
    .configureHelp({ helpWidth: 80 })
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();
  register(program, io);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError) || e.exitCode !== 0) throw e;
  }
}
