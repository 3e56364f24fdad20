// Builds dist/ once before tests that spawn the real `foothold` binary, so they never run stale code.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: new URL('..', import.meta.url).pathname, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/post-build.mjs'], { cwd: new URL('..', import.meta.url).pathname, stdio: 'inherit' });
}
