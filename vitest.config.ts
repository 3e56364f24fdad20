import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', '**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time even on two cores: much of the suite waits on PostgreSQL, child processes
    // and argon2's threads (vitest's default would be one file at a time here: cores − 1).
    maxWorkers: 2,
    globalSetup: ['test/global-build.ts'],
  },
});
