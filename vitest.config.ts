import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The real-client tests (CLI, language server, pre-commit) run on their own: npm run test:clients.
    exclude: [...configDefaults.exclude, 'tests/clients/**'],
    setupFiles: ['tests/eslint-version.ts', 'tests/setup.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './tests/failure-summary-reporter.ts'],
  },
});
