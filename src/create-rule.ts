import { ESLintUtils } from '@typescript-eslint/utils';

import { rulesDocsUrl } from './package-info.js';

/** Documentation shown by editors and `eslint --format` for each rule. */
export interface PluginDocs {
  description: string;
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<PluginDocs>((name) => `${rulesDocsUrl}/${name}.md`);
