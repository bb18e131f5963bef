import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, untypedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const untypedRuleTester = new AfterRuleTester(untypedConfig);

// How the handler uses the work decides the message: waited for (syncNotification) or started and left (floatingNotification).
untypedRuleTester.run('waiting', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "recursive local helpers are safe",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
async function ping(n: number): Promise<void> {
  if (n > 0) await pong(n - 1);
}
async function pong(n: number): Promise<void> {
  await ping(n);
}
export async function POST() {
  await ping(3);
  return Response.json({ ok: true });
}`,
    },
    {
      name: "imported read helper is not work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getNotificationPreferences, markNotificationRead } from '@/lib/helpers';
export async function POST() {
  await getNotificationPreferences('u1');
  await markNotificationRead('n1');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "reads and updates of notifications are not work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  await db.notification.findMany({ where: { userId: '1' } });
  await db.notification.update({ where: { id: '1' }, data: { read: true } });
  await db.notification.count();
  return Response.json({ ok: true });
}`,
    },
    {
      name: "a depth bound stops the walk (maxDepth 1)",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"maxDepth":1}],
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
async function a() {
  await b();
}
async function b() {
  await resend.emails.send({ to: 'x' });
}
export async function POST() {
  await a();
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "awaited directly",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  await db.notification.create({ data: { userId: '1' } });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 58,
          data: {"handler":"POST","chain":"POST -> db.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
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
      name: "return await",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  return await resend.emails.send({ to: 'a' });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 47,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  return await inngest.send({ name: 'notification/post.liked', data: {} });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "returned promise from an async handler",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  return resend.emails.send({ to: 'a' });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 41,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  return inngest.send({ name: 'notification/post.liked', data: {} });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "arrow handler with an expression body",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export const POST = async () => resend.emails.send({ to: 'a' });`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 64,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export const POST = async () => inngest.send({ name: 'notification/post.liked', data: {} });`,
            },
          ],
        },
      ],
    },
    {
      name: "inside Promise.all, next to the user action",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  await Promise.all([db.like.create({ data: {} }), resend.emails.send({ to: 'a' })]);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 52,
          endLine: 4,
          endColumn: 83,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await Promise.all([db.like.create({ data: {} }), inngest.send({ name: 'notification/post.liked', data: {} })]);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "inside Promise.allSettled",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  await Promise.allSettled([resend.emails.send({ to: 'a' })]);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 60,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await Promise.allSettled([inngest.send({ name: 'notification/post.liked', data: {} })]);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "inside Promise.race and Promise.any",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  await Promise.race([resend.emails.send({ to: 'a' })]);
  await Promise.any([resend.emails.send({ to: 'b' })]);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 54,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await Promise.race([inngest.send({ name: 'notification/post.liked', data: {} })]);
  await Promise.any([resend.emails.send({ to: 'b' })]);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
        {
          messageId: "syncNotification",
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 53,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await Promise.race([resend.emails.send({ to: 'a' })]);
  await Promise.any([inngest.send({ name: 'notification/post.liked', data: {} })]);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "Promise.all over a map of sends",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  const followers = ['a', 'b'];
  await Promise.all(followers.map((to) => resend.emails.send({ to })));
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 43,
          endLine: 5,
          endColumn: 69,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const followers = ['a', 'b'];
  await Promise.all(followers.map((to) => inngest.send({ name: 'notification/post.liked', data: { to } })));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "awaited .then/.catch/.finally chain",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  await resend.emails.send({ to: 'a' }).then(() => undefined).catch(() => undefined).finally(() => undefined);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 40,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} }).then(() => undefined).catch(() => undefined).finally(() => undefined);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "for await over the work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  for await (const sent of [resend.emails.send({ to: 'a' })]) {
    void sent;
  }
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 60,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  for await (const sent of [inngest.send({ name: 'notification/post.liked', data: {} })]) {
    void sent;
  }
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "inside try/catch the response still waits",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  try {
    await resend.emails.send({ to: 'a' });
  } catch (error) {
    console.error(error);
  }
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 42,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  try {
    await inngest.send({ name: 'notification/post.liked', data: {} });
  } catch (error) {
    console.error(error);
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
      name: "a stored promise awaited later",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  const sending = resend.emails.send({ to: 'a' });
  await db.like.create({ data: {} });
  await sending;
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 50,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const sending = inngest.send({ name: 'notification/post.liked', data: {} });
  await db.like.create({ data: {} });
  await sending;
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a stored promise awaited in Promise.all",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  const sending = resend.emails.send({ to: 'a' });
  await Promise.all([db.like.create({ data: {} }), sending]);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 50,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const sending = inngest.send({ name: 'notification/post.liked', data: {} });
  await Promise.all([db.like.create({ data: {} }), sending]);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "conditional work is still work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  const wantsEmail = Math.random() > 0.5;
  if (wantsEmail) await resend.emails.send({ to: 'a' });
  await (wantsEmail ? resend.emails.send({ to: 'b' }) : undefined);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 56,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const wantsEmail = Math.random() > 0.5;
  if (wantsEmail) await inngest.send({ name: 'notification/post.liked', data: {} });
  await (wantsEmail ? resend.emails.send({ to: 'b' }) : undefined);
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 54,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const wantsEmail = Math.random() > 0.5;
  if (wantsEmail) await resend.emails.send({ to: 'a' });
  await (wantsEmail ? inngest.send({ name: 'notification/post.liked', data: {} }) : undefined);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "awaited inside an interactive transaction",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  await db.$transaction(async (tx) => {
    await tx.like.create({ data: {} });
    await tx.notification.create({ data: {} });
  });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 47,
          data: {"handler":"POST","chain":"POST -> tx.notification.create","work":"notification record via notification.create","transaction":", inside the action's own transaction, where its failure rolls back the user's action","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await db.$transaction(async (tx) => {
    await tx.like.create({ data: {} });
    // The worker must load tx.notification (an object the work calls create() on) again: it does not survive JSON.
    await inngest.send({ name: 'notification/post.liked', data: {} });
  });
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "inside a $transaction array",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  await db.$transaction([db.like.create({ data: {} }), db.notification.create({ data: {} })]);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 56,
          endLine: 4,
          endColumn: 92,
          data: {"handler":"POST","chain":"POST -> db.notification.create","work":"notification record via notification.create","transaction":", inside the action's own transaction, where its failure rolls back the user's action","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await db.$transaction([db.like.create({ data: {} }), inngest.send({ name: 'notification/post.liked', data: {} })]);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a bare call floats",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  resend.emails.send({ to: 'a' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 34,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
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
      name: "void call floats",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  void resend.emails.send({ to: 'a' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 39,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
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
      name: "a stored promise never awaited floats",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  const sending = resend.emails.send({ to: 'a' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 50,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const sending = await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a .catch without await floats",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  resend.emails.send({ to: 'a' }).catch(console.error);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 34,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} }).catch(console.error);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "forEach with an async callback floats",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export async function POST() {
  ['a', 'b'].forEach(async (to) => {
    await resend.emails.send({ to });
  });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 37,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  ['a', 'b'].forEach(async (to) => {
    await inngest.send({ name: 'notification/post.liked', data: { to } });
  });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "a non-async handler that starts work floats",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
export function POST() {
  resend.emails.send({ to: 'a' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 34,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export function POST() {
  inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "local helper awaited: the report names the helper and the work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
async function notifyAuthor(postId: string) {
  await resend.emails.send({ to: postId });
}
export async function POST() {
  await db.like.create({ data: {} });
  await notifyAuthor('p1');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 27,
          data: {"handler":"POST","chain":"POST -> notifyAuthor -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
async function notifyAuthor(postId: string) {
  await resend.emails.send({ to: postId });
}
export async function POST() {
  await db.like.create({ data: {} });
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
      name: "local helper two levels deep, arrow const",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
const insertNotification = (userId: string) => db.notification.create({ data: { userId } });
async function recordLike(userId: string) {
  await db.like.create({ data: { userId } });
  await insertNotification(userId);
}
export async function POST() {
  await recordLike('u1');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 25,
          data: {"handler":"POST","chain":"POST -> recordLike -> insertNotification -> db.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
const insertNotification = (userId: string) => db.notification.create({ data: { userId } });
async function recordLike(userId: string) {
  await db.like.create({ data: { userId } });
  await insertNotification(userId);
}
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
      name: "local helper that floats its work floats even when awaited",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
async function notifyAuthor() {
  resend.emails.send({ to: 'a' });
}
export async function POST() {
  await notifyAuthor();
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 23,
          data: {"handler":"POST","chain":"POST -> notifyAuthor -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
async function notifyAuthor() {
  resend.emails.send({ to: 'a' });
}
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
      name: "recursive helper that reaches work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
async function retry(n: number): Promise<void> {
  if (n > 0) return retry(n - 1);
  await resend.emails.send({ to: 'a' });
}
export async function POST() {
  await retry(2);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 17,
          data: {"handler":"POST","chain":"POST -> retry -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
async function retry(n: number): Promise<void> {
  if (n > 0) return retry(n - 1);
  await resend.emails.send({ to: 'a' });
}
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
      name: "imported helper judged by its name without types",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { notifyFollowers } from '@/lib/helpers';
export async function POST() {
  await notifyFollowers('u1');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 30,
          data: {"handler":"POST","chain":"POST -> notifyFollowers","work":"notification helper via notifyFollowers (judged by its name)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { notifyFollowers } from '@/lib/helpers';
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
      name: "within the default depth the same chain is found",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
async function a() {
  await b();
}
async function b() {
  await resend.emails.send({ to: 'x' });
}
export async function POST() {
  await a();
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 12,
          data: {"handler":"POST","chain":"POST -> a -> b -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
async function a() {
  await b();
}
async function b() {
  await resend.emails.send({ to: 'x' });
}
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
      name: "work collected in an array and awaited with Promise.all waits",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  const sends: Promise<unknown>[] = [];
  sends.push(resend.emails.send({ to: 'a' }));
  await Promise.all(sends);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 45,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const sends: Promise<unknown>[] = [];
  sends.push(inngest.send({ name: 'notification/post.liked', data: {} }));
  await Promise.all(sends);
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "work collected in an array that is never awaited floats",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  const sends: Promise<unknown>[] = [];
  sends.push(resend.emails.send({ to: 'a' }));
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 45,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const sends: Promise<unknown>[] = [];
  sends.push(await inngest.send({ name: 'notification/post.liked', data: {} }));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
  ],
});
