import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the real app on a random port, driven by Debian's chromium through playwright-core.
 * One worker (a browser and an app per file are heavy on a 2-core machine), long timeouts.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts', 'test/browser/support/build-web-app.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
