import parser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import type { CallSummary } from '../../src/analysis/model.js';
import { summarizeFunction } from '../../src/analysis/summarize.js';
import { EstreeView } from '../../src/analysis/views/estree.js';
import { TypeScriptView } from '../../src/analysis/views/typescript.js';

// The linted file is summarised from ESTree, other files from TypeScript nodes; both must say the
// same about the same code, since one core classifies and walks them.

interface Row { text: string; usage: CallSummary['usage']; enclosing?: string }

const rows = (calls: CallSummary[]): Row[] =>
  calls.map((c) => ({ text: c.text, usage: c.usage, ...(c.enclosing ? { enclosing: c.enclosing.text } : {}) }));

function fromEstree(code: string): Row[] {
  let result: Row[] = [];
  const linter = new Linter({ configType: 'flat' });
  linter.verify(
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
                    result = rows(summarizeFunction<TSESTree.Node>(node, new EstreeView(context.sourceCode as never, null)).calls);
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
  return result;
}

function fromTypeScript(code: string): Row[] {
  const fileName = '/virtual/file.ts';
  const host = ts.createCompilerHost({ noLib: true });
  host.getSourceFile = (name, version) => (name === fileName ? ts.createSourceFile(name, code, version, true) : undefined);
  host.fileExists = (name) => name === fileName;
  const program = ts.createProgram([fileName], { noLib: true, types: [] }, host);
  const sourceFile = program.getSourceFile(fileName)!;
  const probe = sourceFile.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === 'probe')!;
  return rows(summarizeFunction<ts.Node>(probe, new TypeScriptView(program.getTypeChecker())).calls);
}

const cases: { name: string; code: string; expected: Row[] }[] = [
  {
    name: 'awaited, floating, voided and returned calls',
    code: 'async function probe() { await a.b(); c(); void d.e(); return f(); }',
    expected: [
      { text: 'a.b', usage: 'awaited' },
      { text: 'c', usage: 'floating' },
      { text: 'd.e', usage: 'floating' },
      { text: 'f', usage: 'awaited' },
    ],
  },
  {
    name: 'Promise.all elements flow into the Promise.all call',
    code: 'async function probe() { await Promise.all([x(), y.z()]); }',
    expected: [
      { text: 'Promise.all', usage: 'awaited' },
      { text: 'x', usage: 'viaEnclosing', enclosing: 'Promise.all' },
      { text: 'y.z', usage: 'viaEnclosing', enclosing: 'Promise.all' },
    ],
  },
  {
    name: 'a builder chain is one call; .then splits it',
    code: "async function probe() { await db.insert(t).values(v).returning(); send().then(done); }",
    expected: [
      { text: 'db.insert().values().returning', usage: 'awaited' },
      { text: 'send().then', usage: 'floating' },
      { text: 'send', usage: 'viaEnclosing', enclosing: 'send().then' },
    ],
  },
  {
    name: 'callbacks: awaited inside flows to the enclosing call, floating inside stays floating',
    code: 'async function probe() { await db.$transaction(async (tx) => { await tx.n.create(); tx.m.create(); }); }',
    expected: [
      { text: 'db.$transaction', usage: 'awaited' },
      { text: 'tx.n.create', usage: 'viaEnclosing', enclosing: 'db.$transaction' },
      { text: 'tx.m.create', usage: 'floating', enclosing: 'db.$transaction' },
    ],
  },
  {
    name: 'a stored promise takes the use of its reads',
    code: 'async function probe() { const p = send(); const q = other(); await p; }',
    expected: [
      { text: 'send', usage: 'awaited' },
      { text: 'other', usage: 'floating' },
    ],
  },
  {
    name: 'nested function declarations are not walked; tagged templates are calls',
    code: 'async function probe() { function inner() { hidden(); } await sql`INSERT INTO n`; }',
    expected: [{ text: 'sql``', usage: 'awaited' }],
  },
];

describe('call summaries', () => {
  for (const testCase of cases) {
    it(`${testCase.name} (ESTree)`, () => {
      expect(fromEstree(testCase.code)).toEqual(testCase.expected);
    });
    it(`${testCase.name} (TypeScript)`, () => {
      expect(fromTypeScript(testCase.code)).toEqual(testCase.expected);
    });
  }
});
