// The RuleTester-free path the robustness tests share: ESLint's Linter with the plugin from src/
// and @typescript-eslint/parser, suggestions applied by their fix ranges, outputs re-parsed.
import path from 'node:path';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../src/index.js';
import { everyFunctionPlugin } from '../../src/internal/every-function.js';
import { fixtureRoot } from '../rule-tester.js';

export const RULE_ID = 'async-notifications/no-sync-notification-in-handler';

export interface LintOptions {
  /** The rule's option object; omitted means the defaults. */
  options?: unknown;
  settings?: Record<string, unknown>;
  /** Every function is a handler: the sweep's internal rule, registered under the same rule id. */
  everyFunction?: boolean;
  /** Parser options on top of the syntax-only defaults (e.g. `projectService` for a typed lint). */
  parserOptions?: Record<string, unknown>;
  linter?: Linter;
}

/** A fresh Linter rooted at the fixture project. */
export function createLinter(): Linter {
  return new Linter({ configType: 'flat', cwd: fixtureRoot });
}

const sharedLinter = createLinter();

/** The config that runs only our rule, on syntax alone unless `parserOptions` ask for types. */
export function configFor(filename: string, { options, settings, parserOptions, everyFunction }: LintOptions = {}): Linter.Config[] {
  return [
    {
      files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
      plugins: { 'async-notifications': (everyFunction ? everyFunctionPlugin : plugin) as never },
      languageOptions: {
        parser: tsParser,
        parserOptions: {
          project: false,
          projectService: false,
          tsconfigRootDir: fixtureRoot,
          ecmaFeatures: { jsx: /\.[jt]sx$/.test(filename) },
          ...parserOptions,
        },
      },
      settings: settings ?? {},
      rules: { [RULE_ID]: options === undefined ? 'error' : ['error', options] },
    },
  ];
}

/** Lints `code` as the fixture-relative `filename`; throws what the rule throws. */
export function lint(code: string, filename: string, lintOptions: LintOptions = {}): Linter.LintMessage[] {
  const linter = lintOptions.linter ?? sharedLinter;
  return linter.verify(code, configFor(filename, lintOptions), { filename: path.join(fixtureRoot, filename) });
}

/** The rule's own reports (fatal parse errors and config errors have no rule id). */
export function ruleReports(messages: readonly Linter.LintMessage[]): Linter.LintMessage[] {
  return messages.filter((m) => m.ruleId === RULE_ID);
}

/** A parse error message, or undefined when `code` parses as `filename` would. */
export function parseError(code: string, filename: string): string | undefined {
  try {
    tsParser.parseForESLint(code, {
      filePath: path.join(fixtureRoot, filename),
      sourceType: 'module',
      ecmaVersion: 'latest',
      ecmaFeatures: { jsx: /\.[jt]sx$/.test(filename) },
      range: true,
      loc: true,
    });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Applies one suggestion's fix (ESLint merges a suggestion's fixes into one range). */
export function applyFix(code: string, fix: { range: readonly [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

/** The source text a message points at, from its 1-based line and column pair. */
export function reportedText(code: string, message: Linter.LintMessage): string {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number): number => (starts[line - 1] ?? code.length) + column - 1;
  return code.slice(offset(message.line, message.column), offset(message.endLine ?? message.line, message.endColumn ?? message.column));
}
