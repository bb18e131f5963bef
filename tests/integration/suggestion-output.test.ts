import path from 'node:path';

import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { fixtureRoot } from '../rule-tester.js';

// Each suggestion, applied to a real handler of the typed fixture project, must give a file that
// parses, type-checks with no diagnostics, and no longer holds the reported call.

const ruleId = 'async-notifications/no-sync-notification-in-handler';

const cases: { name: string; filename: string; code: string }[] = [
  {
    name: 'a route handler with a Prisma notification row, an email and a floating SMS',
    filename: 'app/api/posts/[id]/like/route.ts',
    code: `import { resend, twilioClient } from '@/lib/clients';
import { db } from '@/lib/db';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await db.like.create({ data: { postId: id, userId: 'u1' } });
  await db.notification.create({ data: { userId: 'u2', type: 'post.liked' } });
  await Promise.all([resend.emails.send({ from: 'a@b.c', to: 'd@e.f', subject: 'New like', text: id })]);
  twilioClient.messages.create({ from: '+1', to: '+2', body: 'liked' });
  return Response.json({ ok: true });
}
`,
  },
  {
    name: 'a route handler with synchronous notification work and a callback-style send (nothing awaits either)',
    filename: 'app/api/posts/[id]/like/route.ts',
    code: `import { transporter } from '@/lib/clients';
import { storeLike } from '@/lib/helpers/store-like';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  storeLike('u1', id);
  transporter.sendMail({ from: 'team@example.com', to: 'author@example.com', subject: 'New follower', text: id }, (error) => {
    if (error) console.error(error);
  });
  return Response.json({ ok: true });
}
`,
  },
  {
    name: 'a Server Action that calls a helper in another file',
    filename: 'app/actions.ts',
    code: `'use server';

import { notifyFollowers, recordActivity } from '@/lib/helpers';

export async function likePost(postId: string, userId: string) {
  await recordActivity(userId, 'post.liked', { postId });
  await notifyFollowers(userId, postId);
}
`,
  },
  {
    name: 'a Pages API route where the name inngest is already taken',
    filename: 'pages/api/follow.ts',
    code: `import type { NextApiRequest, NextApiResponse } from 'next';

import { notifyFollowers } from '@/lib/helpers';

const inngest = { label: 'not the client' };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await notifyFollowers(String(req.query.id), inngest.label);
  res.status(200).json({ ok: true });
}
`,
  },
  {
    name: 'a route handler whose work reads a Date, a member chain and a function of the handler',
    filename: 'app/api/posts/[id]/like/route.ts',
    code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const post = { id: (await params).id, likedAt: new Date() };
  const render = (id: string) => \`<a href="/posts/\${id}">New like</a>\`;
  await db.notification.create({ data: { userId: post.id, type: 'post.liked', createdAt: post.likedAt } });
  await resend.emails.send({ from: 'a@b.c', to: 'd@e.f', subject: 'New like', html: render(post.id) });
  return Response.json({ ok: true });
}
`,
  },
];

const linter = new Linter({ configType: 'flat', cwd: fixtureRoot });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser,
      parserOptions: { projectService: true, tsconfigRootDir: fixtureRoot },
    },
  },
  plugin.configs.recommended,
];

function lint(code: string, filename: string): Linter.LintMessage[] {
  return linter.verify(code, config, { filename: path.join(fixtureRoot, filename) }).filter((m) => m.ruleId === ruleId || m.fatal);
}

const configFile = ts.readConfigFile(path.join(fixtureRoot, 'tsconfig.json'), (file) => ts.sys.readFile(file));
const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, fixtureRoot);
let oldProgram: ts.Program | undefined;
// Library declarations are parsed once and shared by every program the test builds.
const sourceFiles = new Map<string, ts.SourceFile | undefined>();
const host = ts.createCompilerHost(parsed.options);
const readSourceFile = host.getSourceFile.bind(host);
let target = '';
let targetCode = '';
host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
  if (path.resolve(name) === target) return ts.createSourceFile(name, targetCode, languageVersion, true);
  if (!sourceFiles.has(name)) sourceFiles.set(name, readSourceFile(name, languageVersion, onError, shouldCreate));
  return sourceFiles.get(name);
};

/** Type-checks `code` as the fixture file `filename` and returns its diagnostics as text. */
function typeCheck(code: string, filename: string): string[] {
  target = path.join(fixtureRoot, filename);
  targetCode = code;
  const program = ts.createProgram({ rootNames: [target], options: parsed.options, host, oldProgram });
  oldProgram = program;
  const sourceFile = program.getSourceFile(target)!;
  return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
}

function apply(code: string, fix: { range: readonly [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('suggestion output in the typed fixture project', () => {
  for (const testCase of cases) {
    describe(testCase.name, () => {
      const messages = lint(testCase.code, testCase.filename);

      it('starts from a file that type-checks and has findings with suggestions', () => {
        expect(typeCheck(testCase.code, testCase.filename)).toEqual([]);
        expect(messages.length).toBeGreaterThan(0);
        expect(messages.every((m) => !m.fatal && (m.suggestions?.length ?? 0) > 0)).toBe(true);
      });

      for (const [index, message] of messages.entries()) {
        for (const suggestion of message.suggestions ?? []) {
          it(`${message.line}:${message.column} ${suggestion.messageId}: parses, type-checks and removes the finding`, () => {
            const fixed = apply(testCase.code, suggestion.fix);
            expect(() => parser.parse(fixed, { filePath: testCase.filename, range: true, loc: true })).not.toThrow();
            expect(typeCheck(fixed, testCase.filename)).toEqual([]);
            const after = lint(fixed, testCase.filename);
            expect(after.some((m) => m.fatal)).toBe(false);
            if (suggestion.messageId === 'useOneInngestEvent') {
              // One event for the handler's pieces of work: all of them are gone.
              const count = Number((suggestion as { data?: Record<string, string> }).data?.count);
              expect(count).toBeGreaterThanOrEqual(2);
              expect(after).toHaveLength(messages.length - count);
              return;
            }
            expect(after).toHaveLength(messages.length - 1);
            // The other findings are still there, in order: only the fixed call is gone.
            const others = messages.filter((_, i) => i !== index).map((m) => m.message);
            expect(after.map((m) => m.message)).toEqual(others);
          });
        }
      }
    });
  }
});
