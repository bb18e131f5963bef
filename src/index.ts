import { createRequire } from 'node:module';

import type { TSESLint } from '@typescript-eslint/utils';

import noOrphanEvent from './rules/no-orphan-event.js';
import noSyncNotificationInHandler from './rules/no-sync-notification-in-handler.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

const rules = {
  'no-sync-notification-in-handler': noSyncNotificationInHandler,
  'no-orphan-event': noOrphanEvent,
};

interface Plugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: { recommended: TSESLint.FlatConfig.Config };
}

const plugin: Plugin = {
  meta: { name, version },
  rules,
  configs: {} as Plugin['configs'],
};

// The config points back at the plugin object, so it is attached after the plugin exists.
plugin.configs.recommended = {
  name: 'async-notifications/recommended',
  plugins: { 'async-notifications': plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: {
    'async-notifications/no-sync-notification-in-handler': 'error',
    // A warning: another service may consume the event (the rule's handledElsewhere option names those).
    'async-notifications/no-orphan-event': 'warn',
  },
};

export default plugin;
export { rules };
export type { Options, MessageId } from './rules/no-sync-notification-in-handler.js';
