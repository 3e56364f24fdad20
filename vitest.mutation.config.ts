// Vitest for mutation runs only (stryker.config.mjs): the in-process tests, nothing that spawns a
// process or a browser, and no global build step. Stryker's vitest runner then runs, for each
// mutant, only the tests that cover it (coverageAnalysis: 'perTest').
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Test files under test/ that run the compiled binary: they import the helpers that spawn it
 * (test/cli/run-cli.ts, test/e2e/serve.ts). They run against dist/, which a mutant never reaches
 * and the sandbox does not have, so they could never kill a mutant and would only fail there.
 */
function testsOfTheBinary(dir = 'test'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testsOfTheBinary(path);
    if (!entry.name.endsWith('.test.ts')) return [];
    return /from '[./]*(cli\/run-cli|e2e\/serve)\.js'/.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'test/cli/**', 'test/e2e/**', '**/*.e2e.test.ts', ...testsOfTheBinary()],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: {
      // The PDF test would start Chromium for every mutant in the report code and only checks that a
      // PDF comes out; pointing at no Chromium makes it skip here (it still runs in `npm test`).
      CHROMIUM_PATH: '/nonexistent/chromium-disabled-in-mutation-runs',
    },
  },
});
