// Browser tests need the web app too: dist/ from tsc (test/global-build.ts), then dist/web from Vite.
import { execFileSync } from 'node:child_process';
import buildServer from '../global-build.js';

export default function setup(): void {
  buildServer();
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: the tests
  // would drive another app than users get (StrictMode's double effects, no minification).
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: new URL('../..', import.meta.url).pathname,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
