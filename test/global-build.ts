// Builds dist/ once before tests that spawn the real `foothold` binary, so they never run stale code.
// A build newer than every source (as right after `npm ci` or `npm run build`) is used as it is.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

/** The newest modification time among the files at these paths (folders walked), 0 for none. */
function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (!stat.isDirectory()) newest = Math.max(newest, stat.mtimeMs);
    else newest = Math.max(newest, newestMtime(readdirSync(path).map((name) => join(path, name))));
  }
  return newest;
}

/** True when `output` exists and is newer than every file of `sources` (paths under the project). */
export function builtSince(output: string, sources: readonly string[]): boolean {
  const file = join(root, output);
  return existsSync(file) && statSync(file).mtimeMs > newestMtime(sources.map((s) => join(root, s)));
}

export default function setup(): void {
  // post-build writes dist/cli/help.txt last, after tsc wrote every file.
  if (builtSince('dist/cli/help.txt', ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'scripts/post-build.mjs'])) return;
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/post-build.mjs'], { cwd: root, stdio: 'inherit' });
}
