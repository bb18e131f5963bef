import type { Rule } from 'eslint';

import noSyncNotificationInHandler from './rules/no-sync-notification-in-handler.js';
import { namespace, packageName, packageVersion } from './package-info.js';

const rules = {
  'no-sync-notification-in-handler': noSyncNotificationInHandler,
};

type RuleName = keyof typeof rules;
type RuleId = `${typeof namespace}/${RuleName}`;

// Every rule has its severity here (`satisfies` fails the build for a rule left out).
const recommendedRules = {
  'async-notifications/no-sync-notification-in-handler': 'error',
} as const satisfies Record<RuleId, 'error' | 'warn'>;

/**
 * The flat-config object of `configs.recommended`. Its properties are plain literals (no
 * typescript-eslint `FlatConfig` types, whose `languageOptions` differ from ESLint's), so it is
 * assignable to ESLint 9's and 10's `Linter.Config`, `defineConfig()` and `extends`.
 */
export interface RecommendedConfig {
  name: `${typeof namespace}/recommended`;
  plugins: { [namespace]: Plugin };
  rules: typeof recommendedRules;
}

/** The plugin object: `plugins: { 'async-notifications': plugin }` in a flat config. */
export interface Plugin {
  meta: { name: string; version: string; namespace: typeof namespace };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: { recommended: RecommendedConfig };
}

const plugin: Plugin = {
  meta: { name: packageName, version: packageVersion, namespace },
  // typescript-eslint's RuleModule type (what createRule returns) is not assignable to ESLint's own:
  // their RuleContext types differ. The objects are the same at run time, so the plugin declares the
  // type of the user's installed `eslint` (9 or 10) and its config type-checks there.
  rules: rules as unknown as Plugin['rules'],
  configs: {} as Plugin['configs'],
};

// The config points back at the plugin object, so it is attached after the plugin exists.
plugin.configs.recommended = {
  name: `${namespace}/recommended`,
  plugins: { [namespace]: plugin },
  rules: recommendedRules,
};

export default plugin;
export type { Options, MessageId } from './rules/no-sync-notification-in-handler.js';
