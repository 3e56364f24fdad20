// The load benchmark's child processes (two `foothold serve` and the proxy) and the clean-up that
// must run however the benchmark ends: normally, on an error, or on Ctrl-C / SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';

export interface Child {
  /** The port it listens on, read from its first line of output. */
  port: number;
  process: ChildProcess;
  /** Everything it printed to standard output. */
  output(): string;
}

/** Clean-up steps, run last-added first, each once, whichever way the run ends. */
export class Cleanup {
  private readonly steps: { label: string; run: () => Promise<void> | void }[] = [];
  private running: Promise<void> | undefined;

  add(label: string, run: () => Promise<void> | void): void {
    this.steps.push({ label, run });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.splice(0).reverse()) {
        try {
          await step.run();
        } catch (err) {
          process.stderr.write(`clean-up "${step.label}" failed: ${err instanceof Error ? err.message : String(err)}\n`);
        }
      }
    })();
    return this.running;
  }

  /**
   * Ctrl-C and SIGTERM clean up, then end the process with the signal's usual code. The same signal
   * often arrives twice (from the terminal to the whole process group, and relayed by npm and tsx):
   * the listener stays, so a second one waits for the clean-up instead of killing the process midway.
   */
  onSignals(): void {
    let stopping = false;
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        process.stderr.write(`\n${signal}: stopping the servers and dropping the schema…\n`);
        void this.run().finally(() => process.exit(code));
      });
    }
  }
}

/**
 * Starts a process and resolves with its port once a line of its output matches `listening`
 * (whose first group is the port); rejects when it exits first or says nothing for 30 s.
 * Standard error goes to `logFile` (the servers' request log), so nothing here has to read it.
 */
export function startChild(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; listening: RegExp },
): Promise<Child> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', openSync(options.logFile, 'a')] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start within 30 s; see ${options.logFile}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = options.listening.exec(output)?.[1];
      if (port !== undefined) {
        clearTimeout(timer);
        resolve({ port: Number(port), process: child, output: () => output });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited (${code ?? signal}) before listening; see ${options.logFile}`));
    });
  });
}

/** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves once it is gone. */
export function stopChild(child: ChildProcess, graceMs = 6_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
