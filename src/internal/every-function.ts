// Internal entry for the crash sweep (scripts/sweep.mjs) and the property tests: the rule with
// every function of every file taken for a handler, so that analysis runs on all the code it is
// given. The package's `exports` do not publish this module; no user config can reach it.
import type { TSESLint } from '@typescript-eslint/utils';

import { analyzeEveryFunction } from '../analysis/index.js';
import { resolveOptions } from '../options.js';
import type { MessageId, Options } from '../rules/no-sync-notification-in-handler.js';
import rule, { reportFindings } from '../rules/no-sync-notification-in-handler.js';

/** The shipped rule's meta and messages, with every function analysed as a handler and no gate. */
const everyFunctionRule: TSESLint.RuleModule<MessageId, Options> = {
  ...rule,
  create: (context) => reportFindings(context, resolveOptions(context.options[0]), analyzeEveryFunction),
};

/** A plugin to register under the shipped plugin's name, so reports keep the shipped rule id. */
export const everyFunctionPlugin = {
  rules: { 'no-sync-notification-in-handler': everyFunctionRule },
};
