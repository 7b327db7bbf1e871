import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests. NETRA_TEST_DB=pglite|postgres picks the backend (default pglite); `npm test`
 * runs the suite on both. Browser tests live in test/browser and run with vitest.browser.config.ts.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
