/** Runs the built `foothold` binary (dist/cli/main.js) the way a user would, with its own data folder. */
import { spawnSync } from 'node:child_process';
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
