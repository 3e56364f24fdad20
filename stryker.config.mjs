// Mutation testing with StrykerJS: `npm run test:mutation` (see QUALITY.md for how to read the
// results and how to run a narrower set: `npm run test:mutation -- --mutate 'src/core/analysis/gaps.ts'`).
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The seed-based tests find the seeds beside the repository (../shared/seeds); the sandbox Stryker
// copies the project into does not sit there, so tell the tests where they are.
process.env.FOOTHOLD_SEEDS ??= join(import.meta.dirname, '..', 'shared', 'seeds');
// PostgreSQL adds a third store target to every store test; mutation runs use SQLite and PGlite only.
delete process.env.TEST_DATABASE_URL;
// PGlite's start-up, repeated for every store mutant, costs more than it finds: the store suites run on
// SQLite alone here (src/test-support/stores.ts), and the PGlite dialect keeps a test file of its own.
process.env.FOOTHOLD_TEST_STORES ??= 'sqlite';
// The property-based tests draw 2,000 inputs per property in `npm test`; fifty per mutant is enough
// to reach every branch they reach.
process.env.FUZZ_RUNS ??= '50';
process.env.IMPORTER_FUZZ_RUNS ??= '50';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: [
    'src/core/**/*.ts',
    'src/services/**/*.ts',
    'src/store/**/*.ts',
    '!**/*.test.ts',
    '!**/__snapshots__/**',
    '!src/test-support/**',
    // Test helpers that live beside the code they serve.
    '!src/core/case-file/test-case.ts',
    '!src/services/backup-test-files.ts',
  ],
  // Stryker puts `// @ts-nocheck` on top of the files it copies, by default every TypeScript file;
  // only the mutated ones need it, and the generated API types must stay as generated (a test
  // compares their first line with the OpenAPI document).
  disableTypeChecks: '{src/core,src/services,src/store}/**/*.ts',
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants, schema definitions) would each need a fresh module graph
  // and the whole suite; they are left out and listed as "Ignored" in the report.
  ignoreStatic: true,
  incremental: true,
  // Committed, so a new machine starts from the last results instead of from nothing (a full run of the
  // folders with targets takes longer than a working session; see QUALITY.md, "Running it").
  incrementalFile: 'quality/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Two cores are shared with whoever else is working: one test runner at a time.
  concurrency: 1,
  timeoutMS: 10_000,
  dryRunTimeoutMinutes: 15,
  // The sandbox lives outside the checkout, so `npm run lint` and editors never see its copy.
  tempDirName: join(tmpdir(), 'foothold-stryker'),
  ignorePatterns: ['dist', '.foothold', 'coverage', '.tmp', 'test-results', 'docs/screenshots', 'quality'],
  thresholds: { high: 80, low: 70, break: null },
};
