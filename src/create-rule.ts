import { ESLintUtils } from '@typescript-eslint/utils';

/** Documentation shown by editors and `eslint --format` for each rule. */
export interface PluginDocs {
  description: string;
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

export const DOCS_BASE_URL =
  'https://github.com/async-notifications/eslint-plugin-async-notifications/blob/main/docs/rules';

export const createRule = ESLintUtils.RuleCreator<PluginDocs>(
  (name) => `${DOCS_BASE_URL}/${name}.md`,
);
