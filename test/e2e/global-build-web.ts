// Browser tests need the web app too: dist/ from tsc (test/global-build.ts), then dist/web from Vite.
import { execFileSync } from 'node:child_process';
import buildServer from '../global-build.js';

export default function setup(): void {
  buildServer();
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: new URL('../..', import.meta.url).pathname, stdio: 'inherit' });
}
