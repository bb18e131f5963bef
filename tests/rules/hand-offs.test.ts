import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, untypedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const untypedRuleTester = new AfterRuleTester(untypedConfig);

// Hand-offs: work given to a queue or run after the response is never reported.
untypedRuleTester.run('hand-offs', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "inngest.send is a hand-off",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: { postId: 'p1' } });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "BullMQ queue.add and addBulk are hand-offs",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { Queue } from 'bullmq';
const notificationQueue = new Queue('notifications');
export async function POST() {
  await notificationQueue.add('like', { postId: 'p1' });
  await notificationQueue.addBulk([]);
  return Response.json({ ok: true });
}`,
    },
    {
      name: "Trigger.dev tasks.trigger, batchTrigger and task.trigger are hand-offs",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { tasks } from '@trigger.dev/sdk';
import { notifyTask } from '@/trigger/notify';
export async function POST() {
  await tasks.trigger('notify', { postId: 'p1' });
  await tasks.batchTrigger('notify', []);
  await notifyTask.trigger({ postId: 'p1' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "QStash publishJSON is a hand-off",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { Client } from '@upstash/qstash';
const qstash = new Client({ token: 't' });
export async function POST() {
  await qstash.publishJSON({ url: 'https://example.com/api/notify', body: {} });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "work inside after() from next/server is handed off",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { after } from 'next/server';
import { resend } from '@/lib/clients';
export async function POST() {
  after(() => resend.emails.send({ to: 'a' }));
  after(async () => {
    await resend.emails.send({ to: 'b' });
    resend.emails.send({ to: 'c' });
  });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "waitUntil() from @vercel/functions takes the work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { waitUntil } from '@vercel/functions';
import { resend } from '@/lib/clients';
export async function POST() {
  waitUntil(resend.emails.send({ to: 'a' }));
  return Response.json({ ok: true });
}`,
    },
    {
      name: "a request context waitUntil takes the work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST(request: Request, context: { waitUntil(p: Promise<unknown>): void }) {
  context.waitUntil(resend.emails.send({ to: 'a' }));
  return Response.json({ ok: true });
}`,
    },
    {
      name: "a same-file helper that only enqueues is the fix",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { inngest } from '@/lib/inngest';
async function queueNotification(postId: string) {
  await inngest.send({ name: 'notification/post.liked', data: { postId } });
}
export async function POST() {
  await queueNotification('p1');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "an imported helper named as a hand-off is trusted without types",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { queueNotification, enqueueEmail } from '@/lib/helpers';
export async function POST() {
  await queueNotification('p1');
  await enqueueEmail('a');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "queueFunctions option: work passed to a project queue",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"queueFunctions":["jobs.enqueue"]}],
      code: `import { jobs } from '@/lib/jobs';
import { resend } from '@/lib/clients';
export async function POST() {
  await jobs.enqueue(() => resend.emails.send({ to: 'a' }));
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "after() from another module is not the Next.js after",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { after } from '@/lib/timing';
import { resend } from '@/lib/clients';
export async function POST() {
  await after(resend.emails.send({ to: 'a' }));
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 46,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { after } from '@/lib/timing';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await after(inngest.send({ name: 'notification/post.liked', data: {} }));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "work next to a hand-off is still reported",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { inngest } from '@/lib/inngest';
import { resend } from '@/lib/clients';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await resend.emails.send({ to: 'a' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 40,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { inngest } from '@/lib/inngest';
import { resend } from '@/lib/clients';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
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
