// Property-based robustness (issue #7, part 2): generated handler bodies that mix user actions,
// notification work, hand-offs, nesting, comments, odd formatting and unusual syntax. Whatever the
// body, the rule never throws, every suggestion's output parses, a suggestion removes the report it
// was offered for (and adds none), and the reports are deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyFix, createLinter, lint, parseError, reportedText, ruleReports } from './lint.js';
import type { LintOptions } from './lint.js';

// Runs are modest so the four properties stay within the suite's time budget; ROBUSTNESS_RUNS=1000
// hunts longer.
const NUM_RUNS = Number(process.env.ROBUSTNESS_RUNS ?? 60);
const TIMEOUT = Math.max(120_000, NUM_RUNS * 1_000);

// ---------------------------------------------------------------------------------------------
// The generated program: a tree of statements rendered into one of the handler shapes SPEC names.

type Statement =
  | { kind: 'user'; which: number }
  | { kind: 'work'; which: number; use: number; format: Format }
  | { kind: 'handOff'; which: number; work: number; format: Format }
  | { kind: 'odd'; which: number }
  | { kind: 'compound'; which: number; body: Statement[]; alternate: Statement[]; format: Format };

interface Format {
  /** Comment placed before the statement. */
  comment: number;
  /** Separator before each `.` of a member chain. */
  dot: number;
  /** Wraps the expression in parentheses, assertions or nothing. */
  wrap: number;
}

interface Program {
  shape: number;
  imports: boolean[];
  /** Module-level names that collide with what the suggestions import (`inngest`, `after`). */
  clashes: boolean[];
  hashbang: boolean;
  localHelper: boolean;
  body: Statement[];
  trailingComment: number;
}

const COMMENTS = ['', '/* note */ ', '// why: keep the order\n    ', '/** doc */\n    ', '/* multi\n       line */ '];
const DOTS = ['.', ' .', '\n      .', '/* c */.'];

/** Notification work, as callee segments and arguments (so member dots can be reformatted), or raw text. */
const WORK: ({ callee: string[]; args: string } | { raw: string })[] = [
  { callee: ['db', 'notification', 'create'], args: "{ data: { userId, type: 'like' } }" },
  { raw: "db?.notification?.create({ data: { userId } })" },
  { raw: "db['notification'].createMany({ data: [{ userId }] })" },
  { callee: ['db', 'insert'], args: 'notifications' },
  { callee: ['resend', 'emails', 'send'], args: "{ to: 'author@example.com', subject: 'New like' }" },
  { callee: ['transporter', 'sendMail'], args: "{ to: 'a@example.com', subject: `Hi ${userId}` }" },
  { callee: ['twilio', 'messages', 'create'], args: "{ to: '+15550100', body: 'You have a new follower' }" },
  { callee: ['webpush', 'sendNotification'], args: "subscription, JSON.stringify({ title: 'Liked' })" },
  { raw: "fetch('https://hooks.slack.com/services/T0/B0/X', { method: 'POST', body: JSON.stringify({ text: 'Liked' }) })" },
  { raw: 'notifyFollowers(userId, `${postId}`)' },
  { raw: 'sql`INSERT INTO notifications (user_id) VALUES (${userId})`' },
  { raw: 'new Notification({ userId }).save()' },
  { raw: "resend.emails.send((userId, { to: 'b@example.com' }))" },
  { raw: "resend.emails.send(...[{ to: 'c@example.com' }])" },
  { raw: 'notifyAuthor(userId)' },
  { raw: "sendNotificationEmail(userId, { urgent: true, tags: ['a', 'b'] },)" },
];

/** How a handler uses the work: `%W` is the work's expression, `$N` a fresh number. */
const USES = [
  'await %W;',
  '%W;',
  'void %W;',
  'const r$N = await %W;',
  'const p$N = %W;\n    await p$N;',
  'const p$N = %W;',
  'await Promise.all([%W, db.like.count()]);',
  'await %W.then(() => null);',
  '%W.catch(console.error);',
  'flag ? %W : null;',
  'flag && %W;',
  'await (%W as Promise<unknown>);',
  'await %W!;',
  'return %W;',
  "await Promise.allSettled([%W, %W]);",
];

const USER_ACTIONS = [
  'await db.like.create({ data: { postId, userId } });',
  'await db.post.update({ where: { id: postId }, data: { likes: { increment: 1 } } });',
  'const f$N = await db.follow.create({ data: { followerId: userId, followingId: postId } });',
  'await db.notification.updateMany({ where: { userId }, data: { read: true } });',
  'const prefs$N = await getNotificationPreferences(userId);',
  "await drizzleDb.insert(likes).values({ postId, userId });",
];

/** Hand-offs: `%W` is a work expression when the form carries one. */
const HAND_OFFS = [
  "await inngest.send({ name: 'post/liked', data: { postId } });",
  'after(() => %W);',
  'after(async () => {\n      await %W;\n    });',
  'waitUntil(%W);',
  "await notificationQueue.add('notify', { userId });",
  'await queueNotification(userId);',
  'ctx.waitUntil(%W);',
];

const ODD = [
  ';',
  'const big$N = 10n ** 2n;',
  'const re$N = /notif(?<kind>ication)s?/u;',
  'const tpl$N = `${userId}:${postId}`;',
  'class Local$N {\n      #secret = 1;\n      static {}\n      get value() { return this.#secret; }\n    }',
  'empty$N: {}',
  'const obj$N = { ...body, [postId]: 1 } satisfies Record<string, unknown>;',
  "let maybe$N: string | undefined;\n    maybe$N ??= 'x';",
  'const million$N = 1_000_000;',
  'await using resource$N = openResource();',
  'const { id: id$N = postId, ...rest$N } = body;',
  'const fn$N = async function* () { yield 1; };',
  'const lazy$N = () => resend.emails.send({ to: userId });',
  "if (typeof body === 'object' && 'id' in body) delete (body as { id?: string }).id;",
  'const dyn$N = await import(`./locale-${postId}.js`).catch(() => null);',
  'debugger;',
];

/** Compound statements: `%B` the body, `%A` the alternate, `$N` a fresh number. */
const COMPOUND = [
  'if (flag) {\n%B\n    } else {\n%A\n    }',
  'try {\n%B\n    } catch (error) {\n%A\n    } finally {\n      console.log(postId);\n    }',
  'for (const item of items) {\n%B\n    }',
  'outer$N: for (const group of items) {\n      for (const item of items) {\n        if (item === group) continue outer$N;\n%B\n        break outer$N;\n      }\n    }',
  '{\n%B\n    }',
  'await Promise.all(items.map(async (item) => {\n%B\n    }));',
  'await db.$transaction(async (tx) => {\n%B\n    });',
  '(async () => {\n%B\n    })();',
  'await (async () => {\n%B\n    })();',
  "switch (kind) {\n      case 'a': {\n%B\n        break;\n      }\n      default: {\n%A\n      }\n    }",
  'do {\n%B\n    } while (false);',
  'block$N: {\n%B\n      break block$N;\n    }',
  'for await (const chunk of stream) {\n%B\n    }',
];

const IMPORTS = [
  "import { db } from '@/lib/db';",
  "import { resend, transporter, notificationQueue } from '@/lib/clients';",
  "import { inngest } from '@/lib/inngest';",
  "import { after } from 'next/server';",
  "import { waitUntil } from '@vercel/functions';",
  "import twilio from 'twilio';",
  "import webpush from 'web-push';",
  "import { likes, notifications } from '@/lib/drizzle-schema';",
];

const CLASHES = ['const inngest = { send: () => null };', 'function after(_: unknown) {}'];

/** The import each clash stands in for (`inngest`, `after`). */
const CLASH_IMPORT = [2, 3];

const PRELUDE = [
  "const postId = 'p1';",
  "const userId = 'u1';",
  'const items = [1, 2];',
  'const flag = Math.random() > 0.5;',
  "const kind = 'a' as string;",
  "const body: Record<string, unknown> = { id: 'x' };",
  'const subscription = { endpoint: body.id as string, keys: { p256dh: "", auth: "" } };',
  'const stream = (async function* () { yield 1; })();',
  'const ctx = { waitUntil: (_: unknown) => undefined };',
];

/** Handler shapes: file name, whether every function is a handler (the sweep's internal rule), and how the body is wrapped. */
const SHAPES: { filename: string; everyFunction?: boolean; directive?: string; wrap: (body: string) => string }[] = [
  { filename: 'app/api/posts/[id]/like/route.ts', wrap: (b) => `export async function POST(req: Request) {\n${b}\n  return Response.json({ ok: true });\n}` },
  { filename: 'app/api/follow/route.ts', wrap: (b) => `export const PUT = async (req: Request): Promise<Response> => {\n${b}\n  return new Response(null);\n};` },
  { filename: 'app/api/follow/route.ts', wrap: (b) => `export const PATCH = withAuth(async (req: Request) => {\n${b}\n  return Response.json({});\n});` },
  { filename: 'app/api/follow/route.ts', wrap: (b) => `async function handler(req: Request) {\n${b}\n  return Response.json({});\n}\n\nexport { handler as POST, handler as DELETE };` },
  { filename: 'pages/api/follow.ts', wrap: (b) => `export default async function handler(req: unknown, res: { json(v: unknown): void }) {\n${b}\n  res.json({ ok: true });\n}` },
  { filename: 'app/actions.ts', directive: "'use server';", wrap: (b) => `export async function likePost(input: FormData) {\n${b}\n  return { ok: Boolean(input) };\n}` },
  {
    filename: 'app/posts/page.tsx',
    wrap: (b) => `export default function Page() {\n  async function like() {\n    'use server';\n${b}\n  }\n  return <form action={like}><button>Like</button></form>;\n}`,
  },
  {
    filename: 'lib/anything.ts',
    everyFunction: true,
    wrap: (b) => `export class Service {\n  async run() {\n${b}\n  }\n}\n\nexport function plain() {\n  return (async () => {\n${b}\n  })();\n}`,
  },
];

const format: fc.Arbitrary<Format> = fc.record({
  comment: fc.nat(COMMENTS.length - 1),
  dot: fc.nat(DOTS.length - 1),
  wrap: fc.nat(3),
});

const { statement } = fc.letrec<{ statement: Statement }>((tie) => ({
  statement: fc.oneof(
    { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
    fc.record({ kind: fc.constant('work' as const), which: fc.nat(WORK.length - 1), use: fc.nat(USES.length - 1), format }),
    fc.record({ kind: fc.constant('user' as const), which: fc.nat(USER_ACTIONS.length - 1) }),
    fc.record({ kind: fc.constant('handOff' as const), which: fc.nat(HAND_OFFS.length - 1), work: fc.nat(WORK.length - 1), format }),
    fc.record({ kind: fc.constant('odd' as const), which: fc.nat(ODD.length - 1) }),
    fc.record({
      kind: fc.constant('compound' as const),
      which: fc.nat(COMPOUND.length - 1),
      body: fc.array(tie('statement'), { maxLength: 3 }),
      alternate: fc.array(tie('statement'), { maxLength: 2 }),
      format,
    }),
  ),
}));

const program: fc.Arbitrary<Program> = fc.record({
  shape: fc.nat(SHAPES.length - 1),
  // A file without imports is where the suggestions must place their own (below a hashbang, after
  // directives), so it gets a fair share of the runs.
  imports: fc.oneof(
    { arbitrary: fc.constant(IMPORTS.map(() => false)), weight: 1 },
    { arbitrary: fc.array(fc.boolean(), { minLength: IMPORTS.length, maxLength: IMPORTS.length }), weight: 3 },
  ),
  clashes: fc.array(fc.boolean(), { minLength: CLASHES.length, maxLength: CLASHES.length }),
  hashbang: fc.boolean(),
  localHelper: fc.boolean(),
  body: fc.array(statement, { minLength: 1, maxLength: 6 }),
  trailingComment: fc.nat(COMMENTS.length - 1),
});

function renderWork(index: number, f: Format): string {
  const work = WORK[index]!;
  const text = 'raw' in work ? work.raw : `${work.callee.join(DOTS[f.dot])}(${work.args})`;
  return text;
}

function wrapExpression(text: string, f: Format): string {
  switch (f.wrap) {
    case 1:
      return `(${text})`;
    case 2:
      return `(\n      ${text}\n    )`;
    default:
      return text;
  }
}

/** Renders a generated program; `$N` placeholders get fresh numbers so no name is declared twice in a scope. */
function render(p: Program): { code: string; filename: string; options: LintOptions } {
  let counter = 0;
  const fresh = (template: string): string => {
    counter++;
    return template.replace(/\$N/g, String(counter));
  };
  const renderStatement = (s: Statement, depth: number): string => {
    const indent = '    '.repeat(depth);
    switch (s.kind) {
      case 'user':
        return indent + fresh(USER_ACTIONS[s.which]!);
      case 'odd':
        return indent + fresh(ODD[s.which]!);
      case 'work': {
        const work = wrapExpression(renderWork(s.which, s.format), s.format);
        return indent + (COMMENTS[s.format.comment] ?? '') + fresh(USES[s.use]!).replace(/%W/g, () => work);
      }
      case 'handOff': {
        const work = renderWork(s.work, s.format);
        return indent + (COMMENTS[s.format.comment] ?? '') + fresh(HAND_OFFS[s.which]!).replace(/%W/g, () => work);
      }
      case 'compound': {
        const body = s.body.map((b) => renderStatement(b, depth + 1)).join('\n') || `${indent}    ;`;
        const alternate = s.alternate.map((b) => renderStatement(b, depth + 1)).join('\n') || `${indent}    ;`;
        return indent + (COMMENTS[s.format.comment] ?? '') + fresh(COMPOUND[s.which]!).replace('%B', () => body).replace('%A', () => alternate);
      }
    }
  };
  const shape = SHAPES[p.shape]!;
  const body = [...PRELUDE.map((line) => `    ${line}`), ...p.body.map((s) => renderStatement(s, 1)), `    ${COMMENTS[p.trailingComment] ?? ''}`].join('\n');
  const head = [
    ...(p.hashbang ? ['#!/usr/bin/env node'] : []),
    ...(shape.directive ? [shape.directive, ''] : []),
    ...IMPORTS.filter((_, i) => p.imports[i]),
    '',
    // A clash only where the file does not import the real thing (that would be a duplicate declaration).
    ...CLASHES.filter((_, i) => p.clashes[i] && !p.imports[CLASH_IMPORT[i]!]),
    ...(p.localHelper ? ['async function notifyAuthor(id: string) {\n  await resend.emails.send({ to: id });\n}'] : []),
    '',
  ];
  return { code: `${head.join('\n')}\n${shape.wrap(body)}\n`, filename: shape.filename, options: { everyFunction: shape.everyFunction } };
}

// ---------------------------------------------------------------------------------------------

function lintChecked(code: string, filename: string, options: LintOptions): ReturnType<typeof lint> {
  const messages = lint(code, filename, options);
  const fatal = messages.find((m) => m.fatal === true || m.ruleId === null);
  if (fatal) throw new Error(`unexpected ${fatal.fatal ? 'parse error' : 'message'}: ${fatal.message}\n${code}`);
  return messages;
}

describe('generated handler bodies', { timeout: TIMEOUT }, () => {
  it('the generator itself produces code that parses', () => {
    fc.assert(
      fc.property(program, (p) => {
        const { code, filename } = render(p);
        expect(parseError(code, filename), code).toBeUndefined();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('the rule never throws, and reports something for most bodies with work', () => {
    let reported = 0;
    fc.assert(
      fc.property(program, (p) => {
        const { code, filename, options } = render(p);
        if (ruleReports(lintChecked(code, filename, options)).length > 0) reported++;
      }),
      { numRuns: NUM_RUNS },
    );
    // Guards the generator: a property that never sees a report proves nothing about suggestions.
    expect(reported).toBeGreaterThan(NUM_RUNS / 4);
  });

  it("every suggestion's output parses, and no longer reports the call it fixed", () => {
    fc.assert(
      fc.property(program, (p) => {
        const { code, filename, options } = render(p);
        const before = ruleReports(lintChecked(code, filename, options));
        for (const report of before) {
          const text = reportedText(code, report);
          const sameTextBefore = before.filter((r) => reportedText(code, r) === text).length;
          expect(report.suggestions?.length ?? 0, `report without a suggestion: ${report.message}`).toBeGreaterThan(0);
          for (const suggestion of report.suggestions ?? []) {
            const output = applyFix(code, suggestion.fix);
            const problem = parseError(output, filename);
            expect(problem, `${suggestion.messageId} for \`${text}\` does not parse:\n${output}`).toBeUndefined();
            // In the sweep's every-function-is-a-handler mode the callback handed to after() is itself a
            // "handler", so only the parse invariant applies there.
            if (options.everyFunction) continue;
            const after = ruleReports(lintChecked(output, filename, options));
            const sameTextAfter = after.filter((r) => reportedText(output, r) === text).length;
            expect(sameTextAfter, `${suggestion.messageId} left \`${text}\` reported:\n${output}`).toBeLessThan(sameTextBefore);
            expect(after.length, `${suggestion.messageId} for \`${text}\` added reports:\n${output}`).toBeLessThan(before.length);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('reports are deterministic: the same file gives the same messages, whatever was linted before', () => {
    const fresh = createLinter();
    fc.assert(
      fc.property(program, program, (p, other) => {
        const { code, filename, options } = render(p);
        const first = lintChecked(code, filename, options);
        const unrelated = render(other);
        lintChecked(unrelated.code, unrelated.filename, unrelated.options);
        const again = lintChecked(code, filename, options);
        const elsewhere = lintChecked(code, filename, { ...options, linter: fresh });
        expect(again).toEqual(first);
        expect(elsewhere).toEqual(first);
      }),
      { numRuns: Math.round(NUM_RUNS / 2) },
    );
  });
});

describe('nesting as deep as the parser accepts', () => {
  // @typescript-eslint/parser overflows its stack somewhere between 800 and 1200 levels of these
  // shapes; the rule must cope with whatever the parser returns.
  it.each([
    ['nested awaited sends', (n: number) => `await ${'resend.emails.send('.repeat(n)}{}${')'.repeat(n)};`, 500],
    ['a long && chain of floating sends', (n: number) => `flag${' && resend.emails.send({})'.repeat(n)};`, 500],
    ['a long string concatenation', (n: number) => `const text = ${Array.from({ length: n }, () => "'a'").join(' + ')};`, 0],
    ['a long member chain before notification.create', (n: number) => `await db${'.x'.repeat(n)}.notification.create({});`, 1],
  ])('%s', (_label, make, expected) => {
    const code = `export async function POST() {\n  ${make(500)}\n}\n`;
    const messages = lintChecked(code, 'app/api/follow/route.ts', {});
    expect(ruleReports(messages)).toHaveLength(expected);
  });
});
