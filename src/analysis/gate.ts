import type { TSESLint } from '@typescript-eslint/utils';

import { mightContainHandlers } from './handlers.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The cheap gate, run before the rule's options are even read: could this file hold a handler,
 * whatever the options say? (`workerPaths` can only turn handlers away; `findHandlers` applies it.)
 * Its own module, so that the rule can gate a file without loading the analysis (and TypeScript).
 */
export function mightAnalyze(context: AnyContext): boolean {
  return mightContainHandlers(context.filename, context.sourceCode.text, []);
}
