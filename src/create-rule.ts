import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

import { rulesDocsUrl } from './package-info.js';

/** Documentation shown by editors and `eslint --format` for each rule. */
export interface PluginDocs {
  description: string;
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

export const createRule = RuleCreator<PluginDocs>((name) => `${rulesDocsUrl}/${name}.md`);
