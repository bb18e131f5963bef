// The configuration that docs/clients.md (and the README's Editor, CI and Pre-commit sections)
// tell users to write. The client tests use these values, and docs.test.ts checks that the
// documentation shows them verbatim, so the two cannot drift apart.

/**
 * What VS Code's ESLint extension (2.4.x, the client of the server build in
 * vscode-langservers-extracted) answers to workspace/configuration with its default settings, less
 * the `workspaceFolder` that each client adds. The server reads every key below.
 * `workingDirectory: { mode: 'location' }` is VS Code's `"eslint.workingDirectories": [{ "mode": "location" }]`:
 * lint from the folder of the nearest eslint.config.* (the default behaviour, stated).
 */
export const languageServerSettings = {
  validate: 'on',
  packageManager: 'npm',
  useESLintClass: false,
  experimental: { useFlatConfig: false },
  codeActionOnSave: { enable: false, mode: 'all' },
  format: false,
  quiet: false,
  onIgnoredFiles: 'off',
  options: {},
  rulesCustomizations: [],
  run: 'onType',
  problems: { shortenToSingleLine: false },
  nodePath: null,
  workingDirectory: { mode: 'location' },
  codeAction: {
    disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
    showDocumentation: { enable: true },
  },
};

/** The `lint-staged` key of package.json (husky init adds `"prepare": "husky"` itself). */
export const lintStagedConfig = {
  '*.{js,jsx,mjs,cjs,ts,tsx}': 'eslint --max-warnings=0 --no-warn-ignored',
};

/** The commands that install the hook: `.husky/pre-commit` ends up holding `npx lint-staged`. */
export const preCommitSetup = ['npm install -D lint-staged husky', 'npx husky init', 'echo "npx lint-staged" > .husky/pre-commit'];
export const huskyPreCommit = 'npx lint-staged\n';

/** The CI step that writes SARIF for code scanning. */
export const sarifArgs = ['.', '--format', '@microsoft/eslint-formatter-sarif', '--output-file', 'eslint.sarif'];

/**
 * The `eslint.config.ts` of the README's Configure section: the recommended config in
 * `defineConfig`, through `extends`, and the plugin under `plugins`, with no casts.
 * tests/clients/config-types.test.ts type-checks it with `tsc` under ESLint 9 and 10 and lints with it.
 */
export const typescriptConfigFile = `// eslint.config.ts
import tsParser from '@typescript-eslint/parser';
import asyncNotifications from 'eslint-plugin-async-notifications';
import { defineConfig } from 'eslint/config';

export default defineConfig([
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  asyncNotifications.configs.recommended,
  // Or, for some files only, through extends:
  { files: ['app/**/*.ts'], extends: [asyncNotifications.configs.recommended] },
  // Or the plugin alone, with the rules you choose:
  {
    files: ['pages/api/**/*.ts'],
    plugins: { 'async-notifications': asyncNotifications },
    rules: { 'async-notifications/no-sync-notification-in-handler': 'error' },
  },
]);
`;

/**
 * A create-next-app 16 project's `eslint.config.mjs` with the plugin, typed: eslint-config-next's
 * TypeScript config already sets the parser, so only `parserOptions` are added, for `.ts`/`.tsx`
 * files only (the project service knows nothing of `eslint.config.mjs`).
 * tests/clients/next-config.test.ts lints the example app with it.
 */
export const nextConfigTyped = `// eslint.config.mjs
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import asyncNotifications from 'eslint-plugin-async-notifications';

const eslintConfig = defineConfig([
  ...nextVitals,
  ...nextTs,
  // Type information, for TypeScript files only:
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  asyncNotifications.configs.recommended,
  // Override default ignores of eslint-config-next.
  globalIgnores([
    // Default ignores of eslint-config-next:
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
  ]),
]);

export default eslintConfig;
`;

/** The same project on syntax alone: the plugin's config next to eslint-config-next's, nothing else. */
export const nextConfigUntyped = `// eslint.config.mjs
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import asyncNotifications from 'eslint-plugin-async-notifications';

const eslintConfig = defineConfig([
  ...nextVitals,
  ...nextTs,
  asyncNotifications.configs.recommended,
  // Override default ignores of eslint-config-next.
  globalIgnores([
    // Default ignores of eslint-config-next:
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
  ]),
]);

export default eslintConfig;
`;

/** The `.oxlintrc.json` of the README's oxlint section: the plugin as a JS plugin, its rule on. */
export const oxlintConfig = {
  jsPlugins: ['eslint-plugin-async-notifications'],
  rules: {
    'async-notifications/no-sync-notification-in-handler': 'error',
  },
};
