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
