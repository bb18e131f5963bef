// Syntax edge cases (issue #7, part 3), each with what the user sees: message, position, data and the
// exact output of every suggestion; a valid case says in its name why no report is the right answer
// (or the documented limit of syntax-only mode). The same code runs with and without types where
// the two differ on purpose. Cases named "regression:" guard wrong reports and broken suggestions
// the robustness work found (a hashbang, a comma-expression argument, a generator never iterated,
// a same-file helper labelled as another file).
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-sync-notification-in-handler.js';
import type { MessageId, Options } from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from '../rules/derived-after.js';

const typedRuleTester = new AfterRuleTester(typedConfig);
const untypedRuleTester = new AfterRuleTester(untypedConfig);

// Cases whose expectations are the same with and without types: stated once, run by both testers.
const BOTH_MODES_VALID: ValidTestCase<Options>[] = [
    {
      name: "a computed key the rule cannot read (db[model].create) is not guessed: no report",
      filename: "app/api/follow/route.ts",
      code: `import { db } from '@/lib/db';

export async function POST(req: Request) {
  const model = (await req.json()).model as 'notification' | 'follow';
  await (db[model] as typeof db.follow).create({ data: { followerId: 'u1', followingId: 'u2' } });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "regression: a generator that is created and never iterated runs nothing (no floating report)",
      filename: "app/actions.ts",
      code: `'use server';

import { resend } from '@/lib/clients';

async function* sendAll(recipients: string[]) {
  for (const to of recipients) yield await resend.emails.send({ from: 'team@example.com', to, subject: 'Followed', text: 'Followed' });
}

function* lines(recipients: string[]) {
  for (const to of recipients) yield resend.emails.send({ from: 'team@example.com', to, subject: 'x', text: 'x' });
}

export async function followUsers(recipients: string[]) {
  const pending = sendAll(recipients);
  lines(recipients);
  return recipients.length;
}`,
    },
    {
      name: "default parameters that call functions: a default runs only when the caller omits the argument, so neither Date.now() nor the send is a report",
      filename: "app/actions.ts",
      code: `'use server';

import { resend } from '@/lib/clients';

export async function follow(to: string, sent = resend.emails.send({ from: 'team@example.com', to, subject: 'Hi', text: 'Hi' })) {
  await sent;
}

export async function unfollow(to: string, at = Date.now(), label = \`\${to}@\${at}\`) {
  return { to, at, label };
}`,
    },
];

const BOTH_MODES_INVALID: InvalidTestCase<MessageId, Options>[] = [
    {
      name: "optional chaining: db?.notification?.create is a notification record, awaited",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { db } from '@/lib/db';

export async function POST() {
  await db?.like.create({ data: { postId: 'p1', userId: 'u1' } });
  await db?.notification?.create({ data: { userId: 'u2', type: 'like' } });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 75,
          data: {"handler":"POST","chain":"POST -> db.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await db?.like.create({ data: { postId: 'p1', userId: 'u1' } });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "optional call and an optional chain that floats into .then()",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  await resend.emails?.send?.({ from: 'a@example.com', to: 'b@example.com', subject: 'Liked', text: 'Liked' });
  resend?.emails.send({ from: 'a@example.com', to: 'c@example.com', subject: 'Liked', text: 'Liked' }).then(() => null);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 111,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  resend?.emails.send({ from: 'a@example.com', to: 'c@example.com', subject: 'Liked', text: 'Liked' }).then(() => null);
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "floatingNotification",
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 103,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await resend.emails?.send?.({ from: 'a@example.com', to: 'b@example.com', subject: 'Liked', text: 'Liked' });
  await inngest.send({ name: 'notification/post.liked', data: {} }).then(() => null);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "computed members: db['notification'].create and resend['emails']['send']",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';

export async function POST() {
  await db['notification'].create({ data: { userId: 'u1', type: 'follow' } });
  await resend['emails']['send']({ from: 'a@example.com', to: 'b@example.com', subject: 'Followed', text: 'Followed' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 78,
          data: {"handler":"POST","chain":"POST -> db.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  await resend['emails']['send']({ from: 'a@example.com', to: 'b@example.com', subject: 'Followed', text: 'Followed' });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/user.followed","count":"2","handler":"POST"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 120,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await db['notification'].create({ data: { userId: 'u1', type: 'follow' } });
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/user.followed","count":"2","handler":"POST"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "TSX route: a JSX callback is a value, not a call (no report); the JSX argument of the awaited send is kept in the data",
      filename: "app/api/tsx-edge/route.tsx",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  const preview = <button onClick={() => resend.emails.send({ from: 'a@example.com', to: 'b@example.com', subject: 'x', text: 'x' })}>Send</button>;
  await resend.emails.send({ from: 'a@example.com', to: 'c@example.com', subject: 'Welcome', react: <p>Welcome</p> });
  return Response.json({ ok: Boolean(preview) });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 118,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.tsx-edged"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  const preview = <button onClick={() => resend.emails.send({ from: 'a@example.com', to: 'b@example.com', subject: 'x', text: 'x' })}>Send</button>;
  await inngest.send({ name: 'notification/user.tsx-edged', data: {} });
  return Response.json({ ok: Boolean(preview) });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "labeled loops with continue and break around an awaited email",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  const groups = [['a@example.com', 'b@example.com']];
  outer: for (const group of groups) {
    for (const to of group) {
      if (!to) continue outer;
      await resend.emails.send({ from: 'team@example.com', to, subject: 'Followed', text: 'Followed' });
      break outer;
    }
  }
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 104,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  const groups = [['a@example.com', 'b@example.com']];
  outer: for (const group of groups) {
    for (const to of group) {
      if (!to) continue outer;
      await inngest.send({ name: 'notification/user.followed', data: { to } });
      break outer;
    }
  }
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "generators: an async generator iterated with for await runs its email in the action",
      filename: "app/actions.ts",
      code: `'use server';

import { resend } from '@/lib/clients';

async function* sendAll(recipients: string[]) {
  for (const to of recipients) yield await resend.emails.send({ from: 'team@example.com', to, subject: 'Followed', text: 'Followed' });
}

export async function followUsers(recipients: string[]) {
  for await (const _sent of sendAll(recipients)) {
    // each email is awaited by the action
  }
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 10,
          column: 29,
          endLine: 10,
          endColumn: 48,
          data: {"handler":"followUsers","chain":"followUsers -> sendAll -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `'use server';

import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

async function* sendAll(recipients: string[]) {
  for (const to of recipients) yield await resend.emails.send({ from: 'team@example.com', to, subject: 'Followed', text: 'Followed' });
}

export async function followUsers(recipients: string[]) {
  for await (const _sent of inngest.send({ name: 'notification/user.followed', data: { recipients } })) {
    // each email is awaited by the action
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "'using' and 'await using' declarations before a notification record",
      filename: "app/api/follow/route.ts",
      code: `import { db } from '@/lib/db';

declare function lock(): Disposable;
declare function connect(): Promise<AsyncDisposable & { notification: typeof db.notification }>;

export async function POST() {
  using _lock = lock();
  await using conn = await connect();
  await conn.notification.create({ data: { userId: 'u1', type: 'follow' } });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 77,
          data: {"handler":"POST","chain":"POST -> conn.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

declare function lock(): Disposable;
declare function connect(): Promise<AsyncDisposable & { notification: typeof db.notification }>;

export async function POST() {
  using _lock = lock();
  await using conn = await connect();
  // The worker must load conn.notification (an object the work calls create() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "IIFEs: a floating async IIFE floats its email; an awaited arrow IIFE waits for it",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  (async () => {
    await resend.emails.send({ from: 'team@example.com', to: 'a@example.com', subject: 'Hi', text: 'Hi' });
  })();
  await (async () => resend.emails.send({ from: 'team@example.com', to: 'b@example.com', subject: 'Hi', text: 'Hi' }))();
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 107,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  (async () => {
    await inngest.send({ name: 'notification/user.followed', data: {} });
  })();
  await (async () => resend.emails.send({ from: 'team@example.com', to: 'b@example.com', subject: 'Hi', text: 'Hi' }))();
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 7,
          column: 22,
          endLine: 7,
          endColumn: 118,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  (async () => {
    await resend.emails.send({ from: 'team@example.com', to: 'a@example.com', subject: 'Hi', text: 'Hi' });
  })();
  await (async () => inngest.send({ name: 'notification/user.followed', data: {} }))();
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "re-assigned promise variable: the read that awaits decides, the send is waited for",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  let pending = resend.emails.send({ from: 'team@example.com', to: 'a@example.com', subject: 'Followed', text: 'Followed' });
  pending = pending.then((result) => result);
  await pending;
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 125,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  let pending = inngest.send({ name: 'notification/user.followed', data: {} });
  pending = pending.then((result) => result);
  await pending;
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "shadowed inngest and after: the import is aliased (inngestClient) and no after() suggestion is offered",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  const inngest = 'not the client';
  const after = 1;
  await resend.emails.send({ from: 'team@example.com', to: 'a@example.com', subject: inngest, text: String(after) });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 117,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest as inngestClient } from '@/lib/inngest';

export async function POST() {
  const inngest = 'not the client';
  const after = 1;
  await inngestClient.send({ name: 'notification/user.followed', data: { inngest, after } });
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
];

untypedRuleTester.run('robustness: syntax edge cases, without types', rule, {
  assertionOptions: strictAssertions,
  valid: [
    ...BOTH_MODES_VALID,
    {
      name: "decorators: without types a method of a decorated class is not followed (calls are followed by scope only), and decorators run at class definition: no report, nothing thrown",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

function trace(_label: string) {
  return (_target: unknown, _context: ClassMethodDecoratorContext) => undefined;
}

class Mailer {
  @trace('welcome')
  async welcome(to: string) {
    await resend.emails.send({ from: 'a@example.com', to, subject: 'Welcome', text: 'Welcome' });
  }
}

export async function POST() {
  await new Mailer().welcome('b@example.com');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "destructured client (const { emails } = resend): without types the name emails.send says nothing, no report (syntax-mode limit)",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  const { emails } = resend;
  await emails.send({ from: 'team@example.com', to: 'a@example.com', subject: 'Followed', text: 'Followed' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "re-assigned client variable (let client = resend): without types the name client says nothing, no report (syntax-mode limit)",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST(req: Request) {
  let client = resend;
  if (req.headers.has('x-test')) client = resend;
  await client.emails.send({ from: 'team@example.com', to: 'a@example.com', subject: 'Followed', text: 'Followed' });
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    ...BOTH_MODES_INVALID,
    {
      name: "'as' and 'satisfies' around the handler, the call, the client and the argument",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

type Handler = (req: Request) => Promise<Response>;

export const POST = (async (req: Request) => {
  await (resend.emails.send({ from: 'a@example.com', to: 'b@example.com', subject: 'Hi', text: 'Hi' }) as Promise<unknown>);
  await (resend as typeof resend).emails.send({ from: 'a@example.com', to: 'c@example.com', subject: 'Hi', text: 'Hi' } satisfies object);
  return Response.json({ ok: true });
}) satisfies Handler;`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 103,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

type Handler = (req: Request) => Promise<Response>;

export const POST = (async (req: Request) => {
  await (inngest.send({ name: 'notification/user.followed', data: {} }) as Promise<unknown>);
  await (resend as typeof resend).emails.send({ from: 'a@example.com', to: 'c@example.com', subject: 'Hi', text: 'Hi' } satisfies object);
  return Response.json({ ok: true });
}) satisfies Handler;`,
            },
          ],
        },
        {
          messageId: "syncNotification",
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 138,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

type Handler = (req: Request) => Promise<Response>;

export const POST = (async (req: Request) => {
  await (resend.emails.send({ from: 'a@example.com', to: 'b@example.com', subject: 'Hi', text: 'Hi' }) as Promise<unknown>);
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}) satisfies Handler;`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "shadowed client name: without types a local stub named resend is still matched by name (syntax-mode limit, documented)",
      filename: "app/api/follow/route.ts",
      code: `import { resend as client } from '@/lib/clients';

export async function POST() {
  const resend = { emails: { send: async (_message: object) => 'stubbed' } };
  await resend.emails.send({ to: 'a@example.com' });
  return Response.json({ ok: Boolean(client) });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 52,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend as client } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  const resend = { emails: { send: async (_message: object) => 'stubbed' } };
  // The worker must load resend.emails (an object the work calls send() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: Boolean(client) });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "regression: with a hashbang and no import, the added import goes below the hashbang (the output parses)",
      filename: "app/api/follow/route.ts",
      code: `#!/usr/bin/env node
export async function POST() {
  await db.notification.create({ data: { userId: 'u1', type: 'follow' } });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 75,
          data: {"handler":"POST","chain":"POST -> db.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `#!/usr/bin/env node
import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useAfter",
              output: `#!/usr/bin/env node
import { after } from 'next/server';

export async function POST() {
  after(() => db.notification.create({ data: { userId: 'u1', type: 'follow' } }));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "regression: a parenthesised comma expression argument keeps its parentheses in the event data (the output parses)",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  await resend.emails.send((console.log('sending'), { from: 'team@example.com', to: 'a@example.com', subject: 'Hi', text: 'Hi' }), {});
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 135,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
  ],
});

// Typed cases lint under file names of tests/fixtures/project (app/api/tsx-edge/route.tsx is a
// placeholder for TSX), so the project service gives them the fixture's types.
typedRuleTester.run('robustness: syntax edge cases, with types', rule, {
  assertionOptions: strictAssertions,
  valid: [
    ...BOTH_MODES_VALID,
    {
      name: "shadowed client name: with types the local stub is not a Resend client, no report",
      filename: "app/api/follow/route.ts",
      code: `import { resend as client } from '@/lib/clients';

export async function POST() {
  const resend = { emails: { send: async (_message: object) => 'stubbed' } };
  await resend.emails.send({ to: 'a@example.com' });
  return Response.json({ ok: Boolean(client) });
}`,
    },
  ],
  invalid: [
    ...BOTH_MODES_INVALID,
    {
      name: "'as' and 'satisfies' around the handler, the call, the client and the argument",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

type Handler = (req: Request) => Promise<Response>;

export const POST = (async (req: Request) => {
  await (resend.emails.send({ from: 'a@example.com', to: 'b@example.com', subject: 'Hi', text: 'Hi' }) as Promise<unknown>);
  await (resend as typeof resend).emails.send({ from: 'a@example.com', to: 'c@example.com', subject: 'Hi', text: 'Hi' } satisfies object);
  return Response.json({ ok: true });
}) satisfies Handler;`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 103,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

type Handler = (req: Request) => Promise<Response>;

export const POST = (async (req: Request) => {
  await (inngest.send({ name: 'notification/user.followed', data: {} }) as Promise<unknown>);
  await (resend as typeof resend).emails.send({ from: 'a@example.com', to: 'c@example.com', subject: 'Hi', text: 'Hi' } satisfies object);
  return Response.json({ ok: true });
}) satisfies Handler;`,
            },
          ],
        },
        {
          messageId: "syncNotification",
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 138,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

type Handler = (req: Request) => Promise<Response>;

export const POST = (async (req: Request) => {
  await (resend.emails.send({ from: 'a@example.com', to: 'b@example.com', subject: 'Hi', text: 'Hi' }) as Promise<unknown>);
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}) satisfies Handler;`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "decorators: with types the decorated method is followed to its email; the decorator factory, run at class definition, is not work",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

function trace(_label: string) {
  return (_target: unknown, _context: ClassMethodDecoratorContext) => undefined;
}

class Mailer {
  @trace('welcome')
  async welcome(to: string) {
    await resend.emails.send({ from: 'a@example.com', to, subject: 'Welcome', text: 'Welcome' });
  }
}

export async function POST() {
  await new Mailer().welcome('b@example.com');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 46,
          data: {"handler":"POST","chain":"POST -> new Mailer().welcome -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

function trace(_label: string) {
  return (_target: unknown, _context: ClassMethodDecoratorContext) => undefined;
}

class Mailer {
  @trace('welcome')
  async welcome(to: string) {
    await resend.emails.send({ from: 'a@example.com', to, subject: 'Welcome', text: 'Welcome' });
  }
}

export async function POST() {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "destructured client (const { emails } = resend): with types emails is a Resend Emails, reported",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  const { emails } = resend;
  await emails.send({ from: 'team@example.com', to: 'a@example.com', subject: 'Followed', text: 'Followed' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 110,
          data: {"handler":"POST","chain":"POST -> emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  const { emails } = resend;
  // The worker must load emails (an object the work calls send() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "re-assigned client variable (let client = resend): with types the declared type decides, reported",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST(req: Request) {
  let client = resend;
  if (req.headers.has('x-test')) client = resend;
  await client.emails.send({ from: 'team@example.com', to: 'a@example.com', subject: 'Followed', text: 'Followed' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 117,
          data: {"handler":"POST","chain":"POST -> client.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST(req: Request) {
  let client = resend;
  if (req.headers.has('x-test')) client = resend;
  // The worker must load client.emails (an object the work calls send() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "regression: a same-file helper reached through the checker is not labelled with a file name when ESLint is given a relative file name",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';

async function notifyFollowed(to: string) {
  await resend.emails.send({ from: 'team@example.com', to, subject: 'Followed', text: 'Followed' });
}

export async function POST() {
  await notifyFollowed('a@example.com');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 40,
          data: {"handler":"POST","chain":"POST -> notifyFollowed -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

async function notifyFollowed(to: string) {
  await resend.emails.send({ from: 'team@example.com', to, subject: 'Followed', text: 'Followed' });
}

export async function POST() {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
  ],
});
