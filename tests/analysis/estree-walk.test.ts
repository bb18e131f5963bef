// The summarizer walks the linted file through `EstreeView.walkSummarized`, which reads the children
// of common node types directly instead of through the parser's visitor keys. Whatever the parser,
// it must reach the same calls, functions and declarations in the same order as a walk by the keys
// does (type annotations left out), and leave out what `enter` turns away.
import fs from 'node:fs';
import path from 'node:path';

import parser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import type { Linter as LinterType } from 'eslint';
import { describe, expect, it } from 'vitest';

import { childNodes, EstreeView } from '../../src/analysis/views/estree.js';
import { isSummarizedKind } from '../../src/analysis/views/syntax-view.js';
import { fixtureRoot } from '../rule-tester.js';

/** The nodes `walkSummarized` stops at, walking by the visitor keys; below a function only when `intoFunctions`. */
function byKeys(view: EstreeView, node: TSESTree.Node, keys: Record<string, readonly string[] | undefined>, intoFunctions: boolean): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  const visit = (current: TSESTree.Node): void => {
    const kind = view.kindOf(current);
    if (isSummarizedKind(kind)) {
      found.push(current);
      if (!intoFunctions && kind === 'function') return;
    }
    for (const child of childNodes(current, keys as never)) visit(child);
  };
  visit(node);
  return found;
}

/** The nodes the view's walk stops at, from the root; below a function only when `intoFunctions`. */
function byView(view: EstreeView, node: TSESTree.Node, intoFunctions: boolean): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  view.walkSummarized(node, (current, kind) => {
    found.push(current);
    return intoFunctions || kind !== 'function';
  });
  return found;
}

/** For `code`: the nodes the view's walk stops at, and those a walk by the visitor keys finds, both with and without entering functions. */
function walkBothWays(code: string, filename: string, config: LinterType.Config): { visited: number; mismatches: string[] } {
  let visited = 0;
  const mismatches: string[] = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        ...config,
        plugins: {
          probe: {
            rules: {
              walk: {
                create: (context) => ({
                  Program(program) {
                    const view = new EstreeView(context.sourceCode as never, null);
                    const keys = context.sourceCode.visitorKeys ?? {};
                    for (const intoFunctions of [true, false]) {
                      const viaView = byView(view, program as TSESTree.Program, intoFunctions);
                      const viaKeys = byKeys(view, program as TSESTree.Program, keys, intoFunctions);
                      if (intoFunctions) visited = viaView.length;
                      viaKeys.forEach((node, i) => {
                        if (viaView[i] !== node) mismatches.push(`${node.type} at ${node.loc.start.line}:${node.loc.start.column}`);
                      });
                      if (viaView.length !== viaKeys.length) mismatches.push(`${viaView.length} nodes, not ${viaKeys.length}`);
                    }
                  },
                }),
              },
            },
          },
        },
        rules: { 'probe/walk': 'error' },
      },
    ],
    { filename },
  );
  expect(messages, 'the code parses').toEqual([]);
  return { visited, mismatches };
}

const SAMPLE = `
import { resend } from './clients';
export async function POST(req) {
  const body = await req.json();
  const { id, tags = [] } = body;
  if (!id) return new Response('missing', { status: 400 });
  const label = id ? \`post \${id}\` : 'none';
  let count = 0;
  count += tags.length || 1;
  await Promise.all([resend.emails.send({ to: body?.email, subject: label, ...body.extra }), -count]);
  for (const tag of tags) void notify(tag);
  await getQueue().add(makeJob(id));
  try { await db.insert(t).values({ id }); } catch (error) { throw error; } finally { count = 0; }
  return Response.json({ ok: true, count: typeof count === 'number' ? count : null });
}
`;

describe('the view walks children in visitor-key order', () => {
  it('for code parsed by typescript-eslint, with type annotations left out', () => {
    const typed = `${SAMPLE}\nexport const PUT = async (req: Request): Promise<Response> => (req as Request)!.json() satisfies unknown as Response;\n`;
    const { visited, mismatches } = walkBothWays(typed, 'app/api/posts/route.ts', { files: ['**/*.ts'], languageOptions: { parser } });
    expect(mismatches).toEqual([]);
    expect(visited).toBeGreaterThan(13);
  });

  it('for JavaScript parsed by espree (ESLint default parser)', () => {
    const { visited, mismatches } = walkBothWays(SAMPLE, 'app/api/posts/route.js', { files: ['**/*.js'] });
    expect(mismatches).toEqual([]);
    expect(visited).toBeGreaterThan(11);
  });

  it("for every file of the fixture project's lib/", () => {
    const files = fs.readdirSync(path.join(fixtureRoot, 'lib'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const code = fs.readFileSync(path.join(fixtureRoot, 'lib', file), 'utf8');
      const { mismatches } = walkBothWays(code, `lib/${file}`, { files: ['**/*.ts'], languageOptions: { parser } });
      expect(mismatches, file).toEqual([]);
    }
  });

  it('for a parser whose visitor keys differ: the keys decide', () => {
    // Keys that list a CallExpression's arguments before its callee: the view follows them, not its own order.
    const { ast, visitorKeys } = parser.parseForESLint(SAMPLE, { range: true, loc: true });
    const keys = { ...visitorKeys, CallExpression: ['arguments', 'callee'] };
    const view = new EstreeView({ visitorKeys: keys } as never, null);
    const viaView = byView(view, ast, true);
    expect(viaView).toEqual(byKeys(view, ast, keys, true));
    // `getQueue().add(makeJob(id))`: the argument's call comes before the callee's.
    const named = (name: string): TSESTree.Node | undefined =>
      viaView.find((node) => node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === name);
    const [job, queue] = [named('makeJob'), named('getQueue')];
    expect(job && queue && viaView.indexOf(job) < viaView.indexOf(queue)).toBe(true);
  });
});
