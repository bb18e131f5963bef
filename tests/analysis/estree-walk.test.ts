// The summarizer walks the linted file through `EstreeView.forEachChild`, which reads the children
// of common node types directly instead of through the parser's visitor keys. Whatever the parser,
// it must visit the same children in the same order as the keys do (type annotations left out).
import fs from 'node:fs';
import path from 'node:path';

import parser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import type { Linter as LinterType } from 'eslint';
import { describe, expect, it } from 'vitest';

import { childNodes, EstreeView } from '../../src/analysis/views/estree.js';
import { fixtureRoot } from '../rule-tester.js';

/** For every node of `code`: the children the view visits, and the ones the visitor keys give. */
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
                    const check = (node: TSESTree.Node): void => {
                      visited++;
                      const viaView: TSESTree.Node[] = [];
                      view.forEachChild(node, (child) => viaView.push(child));
                      const viaKeys = childNodes(node, keys);
                      if (viaView.length !== viaKeys.length || viaView.some((child, i) => child !== viaKeys[i])) {
                        mismatches.push(`${node.type} at ${node.loc.start.line}:${node.loc.start.column}`);
                      }
                      for (const child of viaKeys) check(child);
                    };
                    check(program as TSESTree.Program);
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
  try { await db.insert(t).values({ id }); } catch (error) { throw error; } finally { count = 0; }
  return Response.json({ ok: true, count: typeof count === 'number' ? count : null });
}
`;

describe('the view walks children in visitor-key order', () => {
  it('for code parsed by typescript-eslint, with type annotations left out', () => {
    const typed = `${SAMPLE}\nexport const PUT = async (req: Request): Promise<Response> => (req as Request)!.json() satisfies unknown as Response;\n`;
    const { visited, mismatches } = walkBothWays(typed, 'app/api/posts/route.ts', { files: ['**/*.ts'], languageOptions: { parser } });
    expect(mismatches).toEqual([]);
    expect(visited).toBeGreaterThan(150);
  });

  it('for JavaScript parsed by espree (ESLint default parser)', () => {
    const { visited, mismatches } = walkBothWays(SAMPLE, 'app/api/posts/route.js', { files: ['**/*.js'] });
    expect(mismatches).toEqual([]);
    expect(visited).toBeGreaterThan(120);
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
    const mismatches: string[] = [];
    let calls = 0;
    const check = (node: TSESTree.Node): void => {
      const viaView: TSESTree.Node[] = [];
      view.forEachChild(node, (child) => viaView.push(child));
      const viaKeys = childNodes(node, keys);
      if (node.type === AST_NODE_TYPES.CallExpression && node.arguments.length > 0) {
        calls++;
        expect(viaView[0], 'an argument comes first').not.toBe(node.callee);
      }
      if (viaView.length !== viaKeys.length || viaView.some((child, i) => child !== viaKeys[i])) mismatches.push(node.type);
      for (const child of viaKeys) check(child);
    };
    check(ast);
    expect(mismatches).toEqual([]);
    expect(calls).toBeGreaterThan(5);
  });
});
