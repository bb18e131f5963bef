import { fileURLToPath } from 'node:url';

import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // The built package loads its core with require() and TypeScript through a CommonJS module
  // (src/load-core.ts, src/analysis/typescript.cts); the tests import the TypeScript sources.
  resolve: {
    alias: [
      { find: /^(\.\.?\/)+load-core\.js$/, replacement: fileURLToPath(new URL('./tests/load-core-eager.ts', import.meta.url)) },
      { find: /^(\.\.?\/)+(analysis\/)?typescript\.cjs$/, replacement: 'typescript' },
    ],
  },
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
