import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const typedRuleTester = new AfterRuleTester(typedConfig);
const untypedRuleTester = new AfterRuleTester(untypedConfig);

// "Is this a promise?" With types the checker decides whether a call the handler does not await
// can float at all: only a promise or another thenable (PromiseLike, Prisma's and Supabase's
// builders) can. A call typed as neither has finished before the next statement: synchronous work
// is waited for (syncNotification); a synchronous helper is judged by the body it runs. A library
// call given a callback still floats, and an async function declared to return void still floats.

const SYNC_SQL = `import { sqlite } from '@/lib/sqlite';
export async function POST(request: Request) {
  const { userId } = await request.json();
  sqlite.prepare('INSERT INTO notifications (user_id, type) VALUES (?, ?)').run(userId, 'post.liked');
  return Response.json({ ok: true });
}`;

const SYNC_SQL_AFTER = `import { sqlite } from '@/lib/sqlite';
import { after } from 'next/server';
export async function POST(request: Request) {
  const { userId } = await request.json();
  after(() => sqlite.prepare('INSERT INTO notifications (user_id, type) VALUES (?, ?)').run(userId, 'post.liked'));
  return Response.json({ ok: true });
}`;

typedRuleTester.run('promise-types (typed)', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "a synchronous helper called inside after() is handed off",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { after } from 'next/server';
import { storeLike } from '@/lib/helpers/store-like';
export async function POST() {
  after(() => {
    storeLike('u1', 'p1');
  });
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "a synchronous driver's insert is waited for, although nothing awaits it",
      filename: "app/api/posts/[id]/like/route.ts",
      code: SYNC_SQL,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 102,
          data: {"handler":"POST","chain":"POST -> sqlite.prepare().run","work":"notification record via raw SQL insert into notifications","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sqlite } from '@/lib/sqlite';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const { userId } = await request.json();
  await inngest.send({ name: 'notification/post.liked', data: { userId } });
  return Response.json({ ok: true });
}`,
            },
            { messageId: "useAfter", output: SYNC_SQL_AFTER },
          ],
        },
      ],
    },
    {
      name: "a synchronous helper in another file is waited for: its body runs before the next statement",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { storeLike } from '@/lib/helpers/store-like';
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  storeLike('u1', id);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 22,
          data: {"handler":"POST","chain":"POST -> storeLike -> sqlite.prepare().run (lib/helpers/store-like.ts)","work":"notification record via raw SQL insert into notifications","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { storeLike } from '@/lib/helpers/store-like';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await inngest.send({ name: 'notification/post.liked', data: { id } });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "an async function declared to return void still floats",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { notifyLater } from '@/lib/helpers/notify-later';
export async function POST() {
  notifyLater('author@example.com');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 36,
          data: {"handler":"POST","chain":"POST -> notifyLater -> resend.emails.send (lib/helpers/notify-later.ts)","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { notifyLater } from '@/lib/helpers/notify-later';
import { inngest } from '@/lib/inngest';
export async function POST() {
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
      name: "a library call given a callback floats (it returns void and reports back later); the callback stays out of the event data",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { transporter } from '@/lib/clients';
export async function POST() {
  transporter.sendMail({ from: 'team@example.com', to: 'author@example.com', subject: 'New like', text: 'Someone liked your post' }, (error) => {
    if (error) console.error(error);
  });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 3,
          column: 3,
          endLine: 5,
          endColumn: 5,
          data: {"handler":"POST","chain":"POST -> transporter.sendMail","work":"email via Nodemailer","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { transporter } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
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
      name: "a helper that returns a thenable which is not a Promise (Supabase's builder) floats",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { insertActivityRow } from '@/lib/helpers/insert-activity-row';
export async function POST() {
  insertActivityRow('u1');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 26,
          data: {"handler":"POST","chain":"POST -> insertActivityRow -> supabase.from().insert (lib/helpers/insert-activity-row.ts)","work":"notification record via from(notifications).insert","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { insertActivityRow } from '@/lib/helpers/insert-activity-row';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
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

// Without types nothing can say the driver is synchronous: a call nothing awaits floats, as before.
untypedRuleTester.run('promise-types (syntax only)', rule, {
  assertionOptions: strictAssertions,
  valid: [],
  invalid: [
    {
      name: "without types the same insert is judged by its use: floating",
      filename: "app/api/posts/[id]/like/route.ts",
      code: SYNC_SQL,
      errors: [
        {
          messageId: "floatingNotification",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 102,
          data: {"handler":"POST","chain":"POST -> sqlite.prepare().run","work":"notification record via raw SQL insert into notifications","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sqlite } from '@/lib/sqlite';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const { userId } = await request.json();
  await inngest.send({ name: 'notification/post.liked', data: { userId } });
  return Response.json({ ok: true });
}`,
            },
            { messageId: "useAfter", output: SYNC_SQL_AFTER },
          ],
        },
      ],
    },
  ],
});
