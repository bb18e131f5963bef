// One summarizer reads two ASTs: the linted file through ESTree, other files through TypeScript
// nodes. The same code must get the same summary whichever file it sits in, so every function of
// the fixture's helpers and of generated code is summarised through both views and compared.
import fs from 'node:fs';
import path from 'node:path';

import parser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import type { CallSummary } from '../../src/analysis/model.js';
import { getRootOrigin, summarizeFunction } from '../../src/analysis/summarize.js';
import { EstreeView } from '../../src/analysis/views/estree.js';
import { TypeScriptView } from '../../src/analysis/views/typescript.js';
import { fixtureRoot } from '../rule-tester.js';

/** A summary without its AST nodes (and without the linted file's scope shortcut, `localTarget`). */
interface Row {
  text: string;
  chain: CallSummary['chain'];
  usage: CallSummary['usage'];
  enclosing?: string;
  rootOrigin?: CallSummary['rootOrigin'];
}

type Summaries = Map<string, Row[]>;

const rows = (calls: readonly CallSummary[]): Row[] =>
  calls.map((c) => ({
    text: c.text,
    chain: c.chain,
    usage: c.usage,
    ...(c.enclosing ? { enclosing: c.enclosing.text } : {}),
    ...(getRootOrigin(c) ? { rootOrigin: getRootOrigin(c) } : {}),
  }));

/** Every function of `code` (by its source range) summarised from ESTree. */
function fromEstree(code: string, filename: string): Summaries {
  const result: Summaries = new Map();
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser },
        plugins: {
          probe: {
            rules: {
              summaries: {
                create: (context) => {
                  const view = new EstreeView(context.sourceCode as never, null);
                  const visit = (node: TSESTree.FunctionLike): void => {
                    // A method's ESTree function starts at its parameters, its TypeScript node at its name: compared by the callers.
                    if (node.parent.type === AST_NODE_TYPES.MethodDefinition || (node.parent.type === AST_NODE_TYPES.Property && node.parent.method)) return;
                    result.set(`${node.range[0]}-${node.range[1]}`, rows(summarizeFunction<TSESTree.Node>(node, view).calls));
                  };
                  return { FunctionDeclaration: visit, FunctionExpression: visit, ArrowFunctionExpression: visit };
                },
              },
            },
          },
        },
        rules: { 'probe/summaries': 'error' },
      },
    ],
    { filename },
  );
  expect(messages, 'the code parses and the summarizer does not throw').toEqual([]);
  return result;
}

/** Every function of `code` summarised from TypeScript nodes, in a one-file program. */
function fromTypeScript(code: string, filename: string): Summaries {
  const fileName = path.resolve('/virtual', filename);
  const host = ts.createCompilerHost({ noLib: true });
  host.getSourceFile = (name, version) => (name === fileName ? ts.createSourceFile(name, code, version, true) : undefined);
  host.fileExists = (name) => name === fileName;
  const program = ts.createProgram([fileName], { noLib: true, types: [], noResolve: true }, host);
  const view = new TypeScriptView(program.getTypeChecker());
  const result: Summaries = new Map();
  const visit = (node: ts.Node): void => {
    if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node)) && node.body) {
      result.set(`${estreeStart(node, code)}-${node.end}`, rows(summarizeFunction<ts.Node>(node, view).calls));
    }
    ts.forEachChild(node, visit);
  };
  visit(program.getSourceFile(fileName)!);
  return result;
}

/** Where ESTree starts a function: after `export` and `default`, which TypeScript counts as its modifiers. */
function estreeStart(node: ts.FunctionLikeDeclaration, code: string): number {
  const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
  const exported = modifiers.filter((m) => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DefaultKeyword);
  const last = exported.at(-1);
  if (!last) return node.getStart();
  return last.end + code.slice(last.end).search(/\S/);
}

function expectParity(code: string, filename = 'file.ts'): void {
  const estree = fromEstree(code, filename);
  const typescript = fromTypeScript(code, filename);
  expect([...typescript.keys()].sort()).toEqual([...estree.keys()].sort());
  for (const [range, summary] of estree) expect(typescript.get(range), `function at ${range}:\n${code}`).toEqual(summary);
}

function summaryOfProbe(code: string): { estree: Row[]; typescript: Row[] } {
  const start = code.indexOf('async function probe');
  const pick = (summaries: Summaries): Row[] => [...summaries].find(([range]) => range.startsWith(`${start}-`))?.[1] ?? [];
  return { estree: pick(fromEstree(code, 'file.ts')), typescript: pick(fromTypeScript(code, 'file.ts')) };
}

describe('parity of the two syntax views', () => {
  it('`(db.insert(t) as any).values(v)` is one call in both views (the ESTree side used to record db.insert too)', () => {
    const { estree, typescript } = summaryOfProbe('async function probe() { await (db.insert(t) as any).values(v); }');
    expect(estree).toEqual(typescript);
    expect(estree.map((r) => [r.text, r.usage])).toEqual([['db.insert().values', 'awaited']]);
  });

  it("`send()['then'](cb)` splits at the computed then in both views (the TypeScript side knew only `.then`)", () => {
    const { estree, typescript } = summaryOfProbe("async function probe() { await send()['then'](cb); }");
    expect(estree).toEqual(typescript);
    expect(estree.map((r) => [r.text, r.usage, r.enclosing])).toEqual([
      ['send().then', 'awaited', undefined],
      ['send', 'viaEnclosing', 'send().then'],
    ]);
  });

  it('a promise added to a parenthesised collection is added to it in both views (TypeScript keeps the parentheses as a node)', () => {
    const awaited = 'async function probe() { const list: Promise<void>[] = []; (list as Promise<void>[]).push(send()); await Promise.all((list)); }';
    expectParity(awaited);
    // The array's own use decides: its read in `Promise.all(...)`, not the `push`.
    const send = summaryOfProbe(awaited).typescript.find((r) => r.text === 'send');
    expect([send?.usage, send?.enclosing]).toEqual(['viaEnclosing', 'Promise.all']);
    // Found by the generated bodies below (seed 293404731): an undeclared collection holds nothing that is awaited.
    const undeclared = "async function probe() { ((cb).push(new Client('notifications').send(db.emails))).then(async () => 1); }";
    expectParity(undeclared);
    expect(summaryOfProbe(undeclared).typescript.find((r) => r.text === 'new Client().send')?.usage).toBe('floating');
  });

  it('a stored promise read through a shorthand property or overwritten is read the same way', () => {
    expectParity('async function probe() { let p = send(); const q = other(); p = q; await Promise.all([{ q }]); }');
  });

  it("a stored promise's name as a key or a member is not a read of it in either view; its shorthand is", () => {
    const floating = 'async function probe() { const p = send(); const o = { p: 1 }; log(o.p); }';
    expectParity(floating);
    expect(summaryOfProbe(floating).estree.find((r) => r.text === 'send')?.usage).toBe('floating');
    const returned = 'async function probe() { const p = send(); const o = { p: 1 }; log(o.p); return { p }; }';
    expectParity(returned);
    // Stored in an object the rule does not follow: unknown, not floating (the shorthand reads it).
    expect(summaryOfProbe(returned).typescript.find((r) => r.text === 'send')?.usage).toBe('unknown');
  });

  const helperFiles = fs
    .readdirSync(path.join(fixtureRoot, 'lib'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .sort();

  it('the fixture has helpers to compare', () => {
    expect(helperFiles.length).toBeGreaterThan(10);
  });

  it.each(helperFiles)('lib/%s', (file) => {
    const code = fs.readFileSync(path.join(fixtureRoot, 'lib', file), 'utf8');
    expectParity(code, path.join('lib', file));
  });
});

// Generated function bodies: calls of every shape, in every position the summarizer distinguishes.
const ROOTS = ['db', 'resend', 'send', 'tx', 'list', 'this'];
const MEMBERS = ['emails', 'send', 'insert', 'values', 'create', 'then', 'catch', 'push'];

const { expression } = fc.letrec<{ expression: string; callee: string }>((tie) => ({
  callee: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constantFrom(...ROOTS),
    fc.tuple(tie('callee'), fc.constantFrom(...MEMBERS), fc.constantFrom('.', '?.', "['']")).map(([object, name, dot]) =>
      dot === "['']" ? `${object}['${name}']` : `${object}${dot}${name}`,
    ),
    fc.tuple(tie('callee'), fc.array(tie('expression'), { maxLength: 2 })).map(([callee, args]) => `${callee}(${args.join(', ')})`),
    tie('expression').map((e) => `(${e})`),
  ),
  expression: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constantFrom("'notifications'", '`insert into notifications`', 'x', 'cb', '{ a: 1 }'),
    fc.tuple(tie('callee'), fc.array(tie('expression'), { maxLength: 2 })).map(([callee, args]) => `${callee}(${args.join(', ')})`),
    fc.tuple(tie('callee'), tie('expression')).map(([callee, arg]) => `new Client(${arg}).${callee === 'this' ? 'send' : 'send'}(${callee})`),
    tie('expression').map((e) => `sql\`insert into notifications \${${e}}\``),
    tie('expression').map((e) => `(await ${e})`),
    tie('expression').map((e) => `(${e} as any)`),
    tie('expression').map((e) => `(${e})!`),
    tie('expression').map((e) => `(${e} satisfies unknown)`),
    tie('expression').map((e) => `(<any>${e})`),
    tie('expression').map((e) => `(void ${e})`),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `(${a} ?? ${b})`),
    fc.tuple(tie('expression'), tie('expression'), tie('expression')).map(([a, b, c]) => `(${a} ? ${b} : ${c})`),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `(${a}, ${b})`),
    fc.array(tie('expression'), { maxLength: 3 }).map((items) => `Promise.all([${items.join(', ')}])`),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `(${a}).then(async () => ${b})`),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `(${a})['then'](async () => { await ${b}; })`),
    tie('expression').map((e) => `(async () => { ${e}; })()`),
    tie('expression').map((e) => `db.$transaction(async (t) => ${e})`),
    tie('expression').map((e) => `[...${e}]`),
  ),
}));

const statement = fc.oneof(
  expression.map((e) => `${e};`),
  expression.map((e) => `await ${e};`),
  expression.map((e) => `return ${e};`),
  expression.map((e) => `void ${e};`),
  expression.map((e) => `list.push(${e});`),
  expression.map((e) => `for await (const item of ${e}) {}`),
  fc.tuple(expression, fc.constantFrom('await p;', 'list.push(p); await Promise.all(list);', '', 'return p;', 'const o = { p };', 'p = x;')).map(
    ([e, use]) => `{ let p = ${e}; ${use} }`,
  ),
);

describe('parity on generated code', () => {
  it('every generated function gets the same summary from both views', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 5 }), (statements) => {
        expectParity(`async function probe(list: unknown[]) {\n  ${statements.join('\n  ')}\n}\n`);
      }),
      { numRuns: 150 },
    );
  });
});
