import { existsSync } from 'node:fs';
import path from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';
import type { ESLint as ESLintClass, Linter } from 'eslint';

import plugin from '../index.js';
import type { RuleOptions } from '../options.js';
import { UsageError } from './io.js';

const RULE_ID = 'async-notifications/no-sync-notification-in-handler';
const COLLECTOR_PLUGIN = 'async-notifications-cli';
const COLLECTOR_RULE = 'collect';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** What a command learns from one linted file, computed in-process by the collector rule. */
export type Collect<T> = (context: AnyContext, options: RuleOptions) => T | undefined;

/** The outcome of linting a project the way `eslint .` does, plus what the collector gathered per file. */
export interface ProjectLint<T> {
  results: ESLintClass.LintResult[];
  /** Absolute file path → what `collect` returned for that file (files it returned undefined for are absent). */
  collected: Map<string, T>;
  /** The project's own config file, or undefined when the plugin's recommended config was used. */
  configFile: string | undefined;
  /** The rule's options as the project configures them (for a route file under app/). */
  options: RuleOptions;
  eslint: ESLintClass;
}

export interface LintProjectOptions<T> {
  /** The project's root: where its ESLint config (if any) is found. */
  cwd: string;
  /** Files or directories to lint, relative to `cwd` (default `.`). */
  patterns?: string[];
  collect?: Collect<T>;
}

/**
 * Lints a project with ESLint's Node API and the project's own config (so a command sees what
 * `eslint .` sees, typed when the config is), or with the plugin's recommended config when the
 * project has none. An internal collector rule, enabled next to the project's rules, hands each
 * linted file's context to `collect`.
 */
export async function lintProject<T>({ cwd, patterns = ['.'], collect }: LintProjectOptions<T>): Promise<ProjectLint<T>> {
  if (!existsSync(cwd)) throw new UsageError(`no such directory: ${cwd}`);
  for (const pattern of patterns) {
    if (!/[*?{[]/.test(pattern) && !existsSync(path.resolve(cwd, pattern))) throw new UsageError(`no such file or directory: ${pattern}`);
  }
  const { ESLint } = await import('eslint');
  const probe = new ESLint({ cwd });
  const configFile = await findConfigFile(probe);
  const collected = new Map<string, T>();
  const collectorRule: TSESLint.RuleModule<string, [RuleOptions?]> = {
    meta: { type: 'problem', messages: {}, schema: false as never },
    create(context) {
      if (collect) {
        const value = collect(context, context.options[0] ?? {});
        if (value !== undefined) collected.set(context.filename, value);
      }
      return {};
    },
  };
  const base: Linter.Config[] = configFile ? [] : await fallbackConfig(cwd);
  const options = await projectRuleOptions(configFile ? probe : new ESLint({ cwd, overrideConfigFile: true, overrideConfig: base }), cwd);
  const collector = {
    plugins: { [COLLECTOR_PLUGIN]: { rules: { [COLLECTOR_RULE]: collectorRule } } },
    rules: { [`${COLLECTOR_PLUGIN}/${COLLECTOR_RULE}`]: ['error', options] },
  } as unknown as Linter.Config;
  const eslint = new ESLint({
    cwd,
    ...(configFile ? {} : { overrideConfigFile: true }),
    overrideConfig: [...base, collector],
    // A file given by name that the config ignores is not an error for these commands.
    warnIgnored: false,
  });
  let results: ESLintClass.LintResult[];
  try {
    results = await eslint.lintFiles(patterns);
  } catch (error) {
    throw new UsageError(`ESLint could not lint ${patterns.join(' ')}: ${(error as Error).message}`);
  }
  const collectorId = `${COLLECTOR_PLUGIN}/${COLLECTOR_RULE}`;
  for (const result of results) result.messages = result.messages.filter((message) => message.ruleId !== collectorId);
  return { results, collected, configFile, options, eslint };
}

async function findConfigFile(eslint: ESLintClass): Promise<string | undefined> {
  try {
    return await eslint.findConfigFile();
  } catch (error) {
    throw new UsageError(`the project's ESLint config cannot be read: ${(error as Error).message}`);
  }
}

/**
 * No ESLint config: the plugin's recommended config, parsed by typescript-eslint (typed through
 * the project service when a tsconfig.json is there) for TypeScript files.
 */
async function fallbackConfig(cwd: string): Promise<Linter.Config[]> {
  const configs: Linter.Config[] = [{ ignores: ['**/node_modules/**', '**/.next/**', '**/dist/**', '**/build/**', '**/out/**'] }];
  try {
    const { default: parser } = await import('@typescript-eslint/parser');
    const typed = existsSync(path.join(cwd, 'tsconfig.json'));
    configs.push({
      files: ['**/*.{ts,tsx,mts,cts}'],
      languageOptions: {
        parser,
        ...(typed ? { parserOptions: { projectService: true, tsconfigRootDir: cwd } } : {}),
      },
    });
  } catch {
    // Without typescript-eslint's parser only JavaScript files can be read; they still are.
  }
  configs.push(plugin.configs.recommended);
  return configs;
}

/** The options the project gives the rule, read from its config for a route file under app/. */
async function projectRuleOptions(eslint: ESLintClass, cwd: string): Promise<RuleOptions> {
  let config: Linter.Config | undefined;
  try {
    const calculated: unknown = await eslint.calculateConfigForFile(path.join(cwd, 'app', 'api', 'route.ts'));
    config = calculated as Linter.Config | undefined;
  } catch (error) {
    throw new UsageError(`the project's ESLint config cannot be read: ${(error as Error).message}`);
  }
  const entry = config?.rules?.[RULE_ID];
  return Array.isArray(entry) && typeof entry[1] === 'object' && entry[1] !== null ? entry[1] : {};
}
