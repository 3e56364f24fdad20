// Browser tests need the web app too: dist/ from tsc (test/global-build.ts), then dist/web from Vite.
// A web build newer than every source of the app (as right after `npm ci` or `npm run build`) is used as it is.
import { execFileSync } from 'node:child_process';
import buildServer, { builtSince, root } from '../global-build.js';

export default function setup(): void {
  buildServer();
  if (builtSince('dist/web/index.html', ['src', 'vite.config.ts', 'tsconfig.web.json', 'package.json'])) return;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: the tests
  // would drive another app than users get (StrictMode's double effects, no minification).
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
