/** Runs the built `foothold` binary (dist/cli/main.js) the way a user would, with its own data folder. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;
export const bin = join(root, 'dist/cli/main.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'foothold-cli-'));
}

export function cli(args: string[], env: Record<string, string> = {}): CliResult {
  const baseEnv = { ...process.env };
  delete baseEnv['DATABASE_URL'];
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...baseEnv, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like cli, without blocking this process: for tests where other work must go on meanwhile. */
export function cliAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const baseEnv = { ...process.env };
  delete baseEnv['DATABASE_URL'];
  const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
