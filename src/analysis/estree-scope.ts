import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The variable an identifier refers to, looked up through the scopes that enclose it. */
export function findVariable(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}
