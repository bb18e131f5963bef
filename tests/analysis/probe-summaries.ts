import parser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import ts from 'typescript';
import { expect } from 'vitest';

import type { CallSummary } from '../../src/analysis/model.js';
import { summarizeFunction } from '../../src/analysis/summarize.js';
import type { KeepCall } from '../../src/analysis/summarize.js';
import { EstreeView } from '../../src/analysis/views/estree.js';
import { TypeScriptView } from '../../src/analysis/views/typescript.js';

/**
 * The calls of the function declaration named `probe` in `code`, summarised from ESTree without
 * types (as the linted file is), and the view that summarised them (its file's scopes stay readable
 * after the lint). The code must parse. With `keep`, only the calls it keeps and those theirs flow into.
 */
export function summarizeProbe(code: string, keep?: KeepCall<TSESTree.Node>): { calls: CallSummary[]; view: EstreeView } {
  let found: { calls: CallSummary[]; view: EstreeView } | undefined;
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser },
        plugins: {
          probe: {
            rules: {
              summary: {
                create: (context) => ({
                  'FunctionDeclaration[id.name="probe"]'(node: TSESTree.FunctionDeclaration) {
                    const view = new EstreeView(context.sourceCode as never, null);
                    found = { calls: summarizeFunction<TSESTree.Node>(node, view, keep).calls, view };
                  },
                }),
              },
            },
          },
        },
        rules: { 'probe/summary': 'error' },
      },
    ],
    { filename: 'file.ts' },
  );
  expect(messages).toEqual([]);
  if (!found) throw new Error(`no function named probe in:\n${code}`);
  return found;
}

/** The calls of the function declaration named `probe` in `code`, summarised from TypeScript nodes (as another file of the program is), without the standard library. */
export function summarizeProbeFromTypeScript(code: string): CallSummary[] {
  const fileName = '/virtual/file.ts';
  const host = ts.createCompilerHost({ noLib: true });
  host.getSourceFile = (name, version) => (name === fileName ? ts.createSourceFile(name, code, version, true) : undefined);
  host.fileExists = (name) => name === fileName;
  const program = ts.createProgram([fileName], { noLib: true, types: [] }, host);
  const probe = program.getSourceFile(fileName)?.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === 'probe');
  if (!probe) throw new Error(`no function named probe in:\n${code}`);
  return summarizeFunction<ts.Node>(probe, new TypeScriptView(program.getTypeChecker())).calls;
}
