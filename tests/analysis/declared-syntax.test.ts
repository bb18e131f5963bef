// A value declared a primitive in the linted file's own syntax (src/analysis/declared-syntax.ts):
// where it says so, the checker's type of the value is a primitive too; where the declarations do
// not say (no annotation, a generic, a wrapper's callback parameter, an import nobody resolved yet),
// it says nothing and the checker is asked as before.
import { parseForESLint } from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import { SourceCode } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

import { isDeclaredPrimitive } from '../../src/analysis/declared-syntax.js';
import { isPrimitiveOnly } from '../../src/analysis/declared-types.js';
import { registerProgram, symbolOfName } from '../../src/analysis/path-mapped-imports.js';
import type { TypeTools } from '../../src/analysis/types-or-syntax.js';
import { createVirtualProgram } from './virtual-program.js';

const ROUTE = `import { getSession, getUser } from '@/lib/auth';
import { withAuth } from '@/lib/auth';

function localCount(): number { return 1; }
function localBox<T>(value: T): T { return value; }
type Ids = { id: string };

export async function POST(request: Request, context: { params: Promise<{ id: string; note?: string; page: 1 | 2 }> }) {
  const { id, note, page } = await context.params;
  const session = await getSession();
  const user = await getUser();
  const label = String(request.headers.get('x') ?? '');
  const count = localCount();
  const boxed = localBox('a');
  const big: bigint = 1n;
  const nullable: string | null = null;
  const ids: Ids = { id };
  probe(id, note, page, session.userId, session.email, session.joinedAt, user, label, count, boxed, big, nullable, id.length, ids.id);
}

export const PUT = withAuth(async (request, { session }) => {
  probe(session.userId);
  return new Response();
});
declare function probe(...values: unknown[]): void;
`;

const FILES: Record<string, string> = {
  '/virtual/lib/auth.ts': `export interface Session { userId: string; email: string | null; joinedAt: Date }
export async function getSession(): Promise<Session> { return { userId: 'u', email: null, joinedAt: new Date() }; }
export async function getUser(): Promise<{ name: string }> { return { name: 'n' }; }
type Handler = (request: Request, context: { session: Session }) => Promise<Response>;
export function withAuth(handler: Handler): Handler { return handler; }
`,
  '/virtual/app/route.ts': ROUTE,
};

function createProgram(): ts.Program {
  return createVirtualProgram(FILES, ['/virtual/app/route.ts'], {
    strict: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2022', 'dom'],
    noEmit: true,
    paths: { '@/*': ['./*'] },
  });
}

function lint(): { sourceCode: Readonly<TSESLint.SourceCode>; tools: TypeTools; probes: Map<string, TSESTree.Node> } {
  const program = createProgram();
  const { ast, services, scopeManager, visitorKeys } = parseForESLint(ROUTE, { filePath: '/virtual/app/route.ts', programs: [program], range: true, loc: true, tokens: true, comment: true });
  const sourceCode = new SourceCode({ text: ROUTE, ast: ast as never, parserServices: services, scopeManager: scopeManager as never, visitorKeys: visitorKeys as never }) as unknown as Readonly<TSESLint.SourceCode>;
  const tools: TypeTools = { program, checker: program.getTypeChecker(), services: services as ParserServicesWithTypeInformation };
  const probes = new Map<string, TSESTree.Node>();
  forEachNode(ast, visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'probe') {
      for (const arg of node.arguments) probes.set(`${sourceCode.getText(arg)}@${arg.loc.start.line}`, arg);
    }
  });
  return { sourceCode, tools, probes };
}

/** Visits every node, setting its `parent` as ESLint does while it lints. */
function forEachNode(root: TSESTree.Node, visitorKeys: Record<string, readonly string[] | undefined>, callback: (node: TSESTree.Node) => void): void {
  const visit = (node: TSESTree.Node, parent: TSESTree.Node | undefined): void => {
    if (parent) (node as { parent?: TSESTree.Node }).parent = parent;
    callback(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node, node);
    }
  };
  visit(root, undefined);
}

describe('values declared primitives in the linted file', () => {
  const { sourceCode, tools, probes } = lint();
  const at = (source: string, line = 18): TSESTree.Node => {
    const node = probes.get(`${source}@${line}`);
    if (!node) throw new Error(`no probe ${source} on line ${line}`);
    return node;
  };
  const checkerSaysPrimitive = (node: TSESTree.Node): boolean =>
    isPrimitiveOnly(tools.checker.getTypeAtLocation(tools.services.esTreeNodeToTSNodeMap.get(node)));

  it('says nothing of an imported function no file has resolved yet: the checker is asked', () => {
    expect(isDeclaredPrimitive(at('session.userId'), sourceCode, tools)).toBe(false);
  });

  describe('once the analysis has resolved the import (as following the call does)', () => {
    beforeAll(() => {
      registerProgram(tools.checker, tools.program);
      const file = tools.program.getSourceFile('/virtual/app/route.ts');
      for (const name of ['getSession', 'getUser']) {
        const callee = file && findCallee(file, name);
        if (!callee) throw new Error(`no call of ${name}`);
        symbolOfName(callee, tools.checker);
      }
    });

    it.each([
      ['id', 'a property of the awaited `Promise<{ ... }>` of an annotated parameter'],
      ['note', 'an optional property: string | undefined'],
      ['page', 'a union of literal types'],
      ['session.userId', "a property of an imported function's declared (awaited) return type"],
      ['session.email', 'string | null'],
      ['label', 'String(...), the standard library'],
      ['count', "a local function's declared return type"],
      ['nullable', 'an annotation: string | null'],
    ])('%s: %s', (source) => {
      const node = at(source);
      expect(isDeclaredPrimitive(node, sourceCode, tools)).toBe(true);
      expect(checkerSaysPrimitive(node)).toBe(true);
    });

    it.each([
      ['session.joinedAt', 'a Date'],
      ['user', 'an object'],
      ['big', 'a bigint (JSON cannot carry it)'],
    ])('%s: not a primitive (%s)', (source) => {
      const node = at(source);
      expect(isDeclaredPrimitive(node, sourceCode, tools)).toBe(false);
      expect(checkerSaysPrimitive(node)).toBe(false);
    });

    it.each([
      ['boxed', 18, 'a generic function: inference decides'],
      ['id.length', 18, 'a member of a primitive'],
      ['ids.id', 18, 'a type alias: the checker reads it'],
      ['session.userId', 22, "a wrapper's callback parameter, typed by the wrapper's declaration"],
    ])('%s (line %i): the declarations in the file do not say (%s), so it is left to the checker', (source, line) => {
      const node = at(source, line);
      expect(isDeclaredPrimitive(node, sourceCode, tools)).toBe(false);
      expect(checkerSaysPrimitive(node)).toBe(true);
    });
  });
});

it.each([
  ['declares none', '', true],
  ['declares its own', 'type Promise<T> = { value: T };\n', false],
])('reads `Promise<...>` as the standard Promise only when the file %s', (_, declaration, expected) => {
  const text = `${declaration}export async function POST(context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  probe(id);
}
declare function probe(...values: unknown[]): void;
`;
  const { ast, scopeManager, visitorKeys } = parseForESLint(text, { filePath: '/virtual/app/other/route.ts', range: true, loc: true, tokens: true, comment: true });
  const sourceCode = new SourceCode({ text, ast: ast as never, scopeManager: scopeManager as never, visitorKeys: visitorKeys as never }) as unknown as Readonly<TSESLint.SourceCode>;
  // ESLint sets each node's parent while it lints; the reader walks up through them.
  forEachNode(ast, visitorKeys, () => undefined);
  const post = ast.body.find((statement) => statement.type === AST_NODE_TYPES.ExportNamedDeclaration);
  const statement = post?.type === AST_NODE_TYPES.ExportNamedDeclaration && post.declaration?.type === AST_NODE_TYPES.FunctionDeclaration ? post.declaration.body.body[1] : undefined;
  const call = statement?.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.CallExpression ? statement.expression : undefined;
  const id = call?.arguments[0];
  if (!id) throw new Error('no probe');
  expect(isDeclaredPrimitive(id, sourceCode, null)).toBe(expected);
});

/** The identifier of a call of `name` in the file. */
function findCallee(file: ts.SourceFile, name: string): ts.Identifier | undefined {
  let found: ts.Identifier | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) found = node.expression;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
