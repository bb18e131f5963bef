import { defineConfig } from 'vitest/config';

// The client tests (npm run test:clients) run the real programs people use: the eslint CLI, the
// ESLint language server, git with husky and lint-staged. They start processes that build
// TypeScript programs, so they run one file at a time, in forks, with generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/clients/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    pool: 'forks',
    reporters: ['default', './tests/failure-summary-reporter.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
