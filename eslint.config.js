// The project lints itself: typescript-eslint's strict and stylistic type-checked configs on the
// sources, tests, scripts and bench, and eslint-plugin-eslint-plugin on the rules and their tests.
import { defineConfig } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    name: 'async-notifications/ignores',
    ignores: ['dist/', 'coverage/', 'examples/', 'tests/fixtures/', 'bench/.generated/', '.tmp-*/', 'docs/'],
  },
  {
    name: 'async-notifications/typescript',
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        project: './tsconfig.lint.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Counts and positions read naturally in messages and test names.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `const { message: _message, ...rest } = x` is how an object loses a key.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Plain JavaScript has no annotations: every value from an untyped import is `any`, so the
    // no-unsafe-* family (and `+` on such values) would flag each use of it. The other
    // type-checked rules still run.
    name: 'async-notifications/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      // A catch callback's parameter cannot be annotated `unknown` without TypeScript syntax.
      '@typescript-eslint/use-unknown-in-catch-callback-variable': 'off',
    },
  },
  {
    // A test fails loudly at a missing value; `list[0]!` reads better there than a guard.
    name: 'async-notifications/tests',
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    name: 'async-notifications/eslint-plugin',
    files: ['src/rules/**/*.ts', 'src/internal/**/*.ts'],
    extends: [eslintPlugin.configs['rules-recommended']],
  },
  {
    // The rule's RuleTester runs: tests/rules and the odd-code cases of tests/robustness.
    // AfterRuleTester (tests/rules/derived-after.ts) is a RuleTester too.
    name: 'async-notifications/eslint-plugin-tests',
    files: ['tests/rules/**/*.ts', 'tests/robustness/**/*.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
    settings: { 'eslint-plugin': { ruleTesterConstructors: ['RuleTester', 'AfterRuleTester'] } },
  },
);
