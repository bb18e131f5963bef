import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const typedRuleTester = new AfterRuleTester(typedConfig);

// With type information: calls followed into other files, clients recognised by declared types, types over names.
typedRuleTester.run('cross-file', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "cross-file: beyond the default depth bound (4) nothing is reported",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { depth1 } from '@/lib/helpers/depth-1';
export async function POST() {
  await depth1('a@b.c');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "types over names: queueNotification only enqueues",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { queueNotification } from '@/lib/helpers';
export async function POST() {
  await queueNotification('u1', 'post.liked');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "types over names: getNotificationPreferences is a read",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getNotificationPreferences } from '@/lib/helpers';
export async function POST() {
  await getNotificationPreferences('u1');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "types over names: jobs is a BullMQ queue, so jobs.add is a hand-off",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { jobs } from '@/lib/clients';
export async function POST() {
  await jobs.add('like', { postId: 'p1' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "types: a resend method that is not a send is not work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.contacts.list({ audienceId: 'a' } as never);
  return Response.json({ ok: true });
}`,
    },
    {
      name: "types: hand-offs by their declared types",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { notificationQueue, qstash, sendNotificationTask } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
import { tasks } from '@trigger.dev/sdk';
import { after } from 'next/server';
import { waitUntil as defer } from '@vercel/functions';
import { resend } from '@/lib/clients';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await notificationQueue.add('like', {});
  await qstash.publishJSON({ url: 'https://example.com', body: {} });
  await tasks.trigger('notify', {});
  await sendNotificationTask.trigger({} as never);
  after(() => resend.emails.send({ from: 'a', to: 'b', subject: 's', text: 't' }));
  defer(resend.emails.send({ from: 'a', to: 'b', subject: 's', text: 't' }));
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "cross-file: a neutral name that writes a notification row (recordActivity)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { recordActivity } from '@/lib/helpers/record-activity';
export async function POST() {
  await recordActivity('u1', 'post.liked', {});
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 47,
          data: {"handler":"POST","chain":"POST -> recordActivity -> db.notification.create (lib/helpers/record-activity.ts)","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { recordActivity } from '@/lib/helpers/record-activity';
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
      name: "cross-file: through a barrel re-export",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { recordActivity } from '@/lib/helpers';
export async function POST() {
  await recordActivity('u1', 'post.liked', {});
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 47,
          data: {"handler":"POST","chain":"POST -> recordActivity -> db.notification.create (lib/helpers/record-activity.ts)","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { recordActivity } from '@/lib/helpers';
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
      name: "cross-file: a default export, imported under another name",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import tellAuthor from '@/lib/helpers/default-notify';
export async function POST() {
  await tellAuthor('a@b.c', 'New like');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 40,
          data: {"handler":"POST","chain":"POST -> tellAuthor -> transporter.sendMail (lib/helpers/default-notify.ts)","work":"email via Nodemailer","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import tellAuthor from '@/lib/helpers/default-notify';
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
      name: "cross-file: a default export re-exported by name from the barrel",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { notify } from '@/lib/helpers';
export async function POST() {
  void notify('a@b.c', 'New like');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 35,
          data: {"handler":"POST","chain":"POST -> notify -> transporter.sendMail (lib/helpers/default-notify.ts)","work":"email via Nodemailer","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { notify } from '@/lib/helpers';
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
      name: "cross-file: an aliased import",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { notifyFollowers as tellEveryone } from '@/lib/helpers';
export async function POST() {
  await tellEveryone('u1', 'Hello');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 36,
          data: {"handler":"POST","chain":"POST -> tellEveryone -> resend.emails.send (lib/helpers/notify-followers.ts)","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { notifyFollowers as tellEveryone } from '@/lib/helpers';
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
      name: "cross-file: a class method through an instance",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { notifier } from '@/lib/helpers';
export async function POST() {
  await notifier.textUser('+15550000', 'liked');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 48,
          data: {"handler":"POST","chain":"POST -> notifier.textUser -> twilioClient.messages.create (lib/helpers/notifier-class.ts)","work":"SMS via Twilio","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { notifier } from '@/lib/helpers';
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
      name: "cross-file: a client renamed through a variable is recognised by its type",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { sendWelcome } from '@/lib/helpers/renamed-client';
export async function POST() {
  await sendWelcome('a@b.c');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 29,
          data: {"handler":"POST","chain":"POST -> sendWelcome -> client.emails.send (lib/helpers/renamed-client.ts)","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sendWelcome } from '@/lib/helpers/renamed-client';
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
      name: "cross-file: a cycle stops and still finds the work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { shareWithFollowers } from '@/lib/helpers/cycle-b';
export async function POST() {
  await shareWithFollowers('a@b.c');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 36,
          data: {"handler":"POST","chain":"POST -> shareWithFollowers -> shareWithAuthor (lib/helpers/cycle-b.ts) -> resend.emails.send (lib/helpers/cycle-a.ts)","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { shareWithFollowers } from '@/lib/helpers/cycle-b';
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
      name: "cross-file: within the depth bound (maxDepth 6) the six-step chain is found",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"maxDepth":6}],
      code: `import { depth1 } from '@/lib/helpers/depth-1';
export async function POST() {
  await depth1('a@b.c');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 24,
          data: {"handler":"POST","chain":"POST -> depth1 -> depth2 (lib/helpers/depth-1.ts) -> depth3 (lib/helpers/depth-2.ts) -> depth4 (lib/helpers/depth-3.ts) -> depth5 (lib/helpers/depth-4.ts) -> depth6 (lib/helpers/depth-5.ts) -> resend.emails.send (lib/helpers/depth-6.ts)","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { depth1 } from '@/lib/helpers/depth-1';
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
      name: "types over names: a client called client is still Resend",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { client } from '@/lib/clients';
export async function POST() {
  await client.emails.send({ from: 'a@b.c', to: 'b@c.d', subject: 's', text: 't' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 84,
          data: {"handler":"POST","chain":"POST -> client.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { client } from '@/lib/clients';
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
      name: "types over names: neutral names for Nodemailer, Twilio, FCM and Slack",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { mailer, sms, push, hook } from '@/lib/clients';
export async function POST() {
  await mailer.sendMail({ to: 'a@b.c' });
  await sms.messages.create({ to: '+1', from: '+2', body: 'hi' });
  await push.send({ token: 't' });
  await hook.send({ text: 'hi' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 41,
          data: {"handler":"POST","chain":"POST -> mailer.sendMail","work":"email via Nodemailer","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { mailer, sms, push, hook } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await sms.messages.create({ to: '+1', from: '+2', body: 'hi' });
  await push.send({ token: 't' });
  await hook.send({ text: 'hi' });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { mailer, sms, push, hook } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 66,
          data: {"handler":"POST","chain":"POST -> sms.messages.create","work":"SMS via Twilio","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { mailer, sms, push, hook } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await mailer.sendMail({ to: 'a@b.c' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await push.send({ token: 't' });
  await hook.send({ text: 'hi' });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { mailer, sms, push, hook } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 34,
          data: {"handler":"POST","chain":"POST -> push.send","work":"push via Firebase Cloud Messaging","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { mailer, sms, push, hook } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await mailer.sendMail({ to: 'a@b.c' });
  await sms.messages.create({ to: '+1', from: '+2', body: 'hi' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await hook.send({ text: 'hi' });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { mailer, sms, push, hook } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
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
          endColumn: 34,
          data: {"handler":"POST","chain":"POST -> hook.send","work":"chat webhook via Slack webhook","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { mailer, sms, push, hook } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await mailer.sendMail({ to: 'a@b.c' });
  await sms.messages.create({ to: '+1', from: '+2', body: 'hi' });
  await push.send({ token: 't' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { mailer, sms, push, hook } from '@/lib/clients';
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
      name: "types: Prisma delegate of the generated client, in an interactive transaction",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { db } from '@/lib/db';
export async function POST() {
  await db.$transaction(async (tx) => {
    await tx.like.create({ data: { userId: 'u1', postId: 'p1' } });
    await tx.notification.create({ data: { userId: 'u2', type: 'post.liked' } });
  });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 81,
          data: {"handler":"POST","chain":"POST -> tx.notification.create","work":"notification record via notification.create","transaction":", inside the action's own transaction, where its failure rolls back the user's action","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await db.$transaction(async (tx) => {
    await tx.like.create({ data: { userId: 'u1', postId: 'p1' } });
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
      name: "types: Drizzle insert of the notifications table",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { drizzleDb } from '@/lib/drizzle';
import { notifications } from '@/lib/drizzle-schema';
export async function POST() {
  await drizzleDb.insert(notifications).values({ userId: 'u1', type: 'post.liked' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 85,
          data: {"handler":"POST","chain":"POST -> drizzleDb.insert().values","work":"notification record via insert(notifications)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { drizzleDb } from '@/lib/drizzle';
import { notifications } from '@/lib/drizzle-schema';
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
      name: "types: all library clients of the fixture",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
export async function POST() {
  await sgMail.send({ to: 'a@b.c', from: 'b@c.d', subject: 's', text: 't' });
  await postmark.sendEmail({ From: 'a', To: 'b', Subject: 's' });
  await ses.sendEmail({} as never);
  await mg.messages.create('example.com', {} as never);
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  await expo.sendPushNotificationsAsync([]);
  await onesignal.createNotification({} as never);
  await novu.trigger({} as never);
  await knock.workflows.trigger('w', {} as never);
  await courier.send.message({} as never);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 77,
          data: {"handler":"POST","chain":"POST -> sgMail.send","work":"email via SendGrid","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await postmark.sendEmail({ From: 'a', To: 'b', Subject: 's' });
  await ses.sendEmail({} as never);
  await mg.messages.create('example.com', {} as never);
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  await expo.sendPushNotificationsAsync([]);
  await onesignal.createNotification({} as never);
  await novu.trigger({} as never);
  await knock.workflows.trigger('w', {} as never);
  await courier.send.message({} as never);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"10","handler":"POST"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 65,
          data: {"handler":"POST","chain":"POST -> postmark.sendEmail","work":"email via Postmark","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await sgMail.send({ to: 'a@b.c', from: 'b@c.d', subject: 's', text: 't' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await ses.sendEmail({} as never);
  await mg.messages.create('example.com', {} as never);
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  await expo.sendPushNotificationsAsync([]);
  await onesignal.createNotification({} as never);
  await novu.trigger({} as never);
  await knock.workflows.trigger('w', {} as never);
  await courier.send.message({} as never);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"10","handler":"POST"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 35,
          data: {"handler":"POST","chain":"POST -> ses.sendEmail","work":"email via AWS SES","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await sgMail.send({ to: 'a@b.c', from: 'b@c.d', subject: 's', text: 't' });
  await postmark.sendEmail({ From: 'a', To: 'b', Subject: 's' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await mg.messages.create('example.com', {} as never);
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  await expo.sendPushNotificationsAsync([]);
  await onesignal.createNotification({} as never);
  await novu.trigger({} as never);
  await knock.workflows.trigger('w', {} as never);
  await courier.send.message({} as never);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"10","handler":"POST"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
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
          endColumn: 55,
          data: {"handler":"POST","chain":"POST -> mg.messages.create","work":"email via Mailgun","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await sgMail.send({ to: 'a@b.c', from: 'b@c.d', subject: 's', text: 't' });
  await postmark.sendEmail({ From: 'a', To: 'b', Subject: 's' });
  await ses.sendEmail({} as never);
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  await expo.sendPushNotificationsAsync([]);
  await onesignal.createNotification({} as never);
  await novu.trigger({} as never);
  await knock.workflows.trigger('w', {} as never);
  await courier.send.message({} as never);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"10","handler":"POST"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 90,
          data: {"handler":"POST","chain":"POST -> webpush.sendNotification","work":"push via web-push","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await sgMail.send({ to: 'a@b.c', from: 'b@c.d', subject: 's', text: 't' });
  await postmark.sendEmail({ From: 'a', To: 'b', Subject: 's' });
  await ses.sendEmail({} as never);
  await mg.messages.create('example.com', {} as never);
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await expo.sendPushNotificationsAsync([]);
  await onesignal.createNotification({} as never);
  await novu.trigger({} as never);
  await knock.workflows.trigger('w', {} as never);
  await courier.send.message({} as never);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"10","handler":"POST"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> expo.sendPushNotificationsAsync","work":"push via Expo push","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await sgMail.send({ to: 'a@b.c', from: 'b@c.d', subject: 's', text: 't' });
  await postmark.sendEmail({ From: 'a', To: 'b', Subject: 's' });
  await ses.sendEmail({} as never);
  await mg.messages.create('example.com', {} as never);
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await onesignal.createNotification({} as never);
  await novu.trigger({} as never);
  await knock.workflows.trigger('w', {} as never);
  await courier.send.message({} as never);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"10","handler":"POST"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 50,
          data: {"handler":"POST","chain":"POST -> onesignal.createNotification","work":"push via OneSignal","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await sgMail.send({ to: 'a@b.c', from: 'b@c.d', subject: 's', text: 't' });
  await postmark.sendEmail({ From: 'a', To: 'b', Subject: 's' });
  await ses.sendEmail({} as never);
  await mg.messages.create('example.com', {} as never);
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  await expo.sendPushNotificationsAsync([]);
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await novu.trigger({} as never);
  await knock.workflows.trigger('w', {} as never);
  await courier.send.message({} as never);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"10","handler":"POST"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 34,
          data: {"handler":"POST","chain":"POST -> novu.trigger","work":"notification platform via Novu","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await sgMail.send({ to: 'a@b.c', from: 'b@c.d', subject: 's', text: 't' });
  await postmark.sendEmail({ From: 'a', To: 'b', Subject: 's' });
  await ses.sendEmail({} as never);
  await mg.messages.create('example.com', {} as never);
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  await expo.sendPushNotificationsAsync([]);
  await onesignal.createNotification({} as never);
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await knock.workflows.trigger('w', {} as never);
  await courier.send.message({} as never);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"10","handler":"POST"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 50,
          data: {"handler":"POST","chain":"POST -> knock.workflows.trigger","work":"notification platform via Knock","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await sgMail.send({ to: 'a@b.c', from: 'b@c.d', subject: 's', text: 't' });
  await postmark.sendEmail({ From: 'a', To: 'b', Subject: 's' });
  await ses.sendEmail({} as never);
  await mg.messages.create('example.com', {} as never);
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  await expo.sendPushNotificationsAsync([]);
  await onesignal.createNotification({} as never);
  await novu.trigger({} as never);
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await courier.send.message({} as never);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"10","handler":"POST"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 42,
          data: {"handler":"POST","chain":"POST -> courier.send.message","work":"notification platform via Courier","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await sgMail.send({ to: 'a@b.c', from: 'b@c.d', subject: 's', text: 't' });
  await postmark.sendEmail({ From: 'a', To: 'b', Subject: 's' });
  await ses.sendEmail({} as never);
  await mg.messages.create('example.com', {} as never);
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  await expo.sendPushNotificationsAsync([]);
  await onesignal.createNotification({} as never);
  await novu.trigger({} as never);
  await knock.workflows.trigger('w', {} as never);
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"10","handler":"POST"},
              output: `import { sgMail, postmark, ses, mg, webpush, expo, onesignal, novu, knock, courier } from '@/lib/clients';
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
      name: "types: a wrapper types its callback's parameters by declaration: the library request is skipped by name, the project class is followed",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { withContext } from '@/lib/helpers/with-context';

export const POST = withContext(async (request, tools) => {
  const { phone } = await request.json();
  await tools.textUser(phone, 'Someone liked your post');
  return Response.json({ ok: true });
});`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 57,
          data: {"handler":"POST","chain":"POST -> tools.textUser -> twilioClient.messages.create (lib/helpers/notifier-class.ts)","work":"SMS via Twilio","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { withContext } from '@/lib/helpers/with-context';
import { inngest } from '@/lib/inngest';

export const POST = withContext(async (request, tools) => {
  const { phone } = await request.json();
  // The worker must load tools (an object the work calls textUser() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/post.liked', data: { phone } });
  return Response.json({ ok: true });
});`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "types: a promise-returning helper that is not awaited floats (thenable decided by the checker)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { recordActivity } from '@/lib/helpers';
export async function POST() {
  recordActivity('u1', 'post.liked', {});
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 41,
          data: {"handler":"POST","chain":"POST -> recordActivity -> db.notification.create (lib/helpers/record-activity.ts)","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { recordActivity } from '@/lib/helpers';
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
      name: "typed mode: a Server Action module",
      filename: "app/actions.ts",
      code: `'use server';

import { recordActivity } from '@/lib/helpers';

export async function likePost(postId: string) {
  await recordActivity('u1', postId, {});
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 41,
          data: {"handler":"likePost","chain":"likePost -> recordActivity -> db.notification.create (lib/helpers/record-activity.ts)","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `'use server';

import { recordActivity } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';

export async function likePost(postId: string) {
  await inngest.send({ name: 'notification/post.liked', data: { postId } });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed mode: a Pages API route",
      filename: "pages/api/follow.ts",
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
import { notifyFollowers } from '@/lib/helpers';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await notifyFollowers('u1', 'title');
  res.status(200).json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 39,
          data: {"handler":"handler","chain":"handler -> notifyFollowers -> resend.emails.send (lib/helpers/notify-followers.ts)","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import type { NextApiRequest, NextApiResponse } from 'next';
import { notifyFollowers } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  res.status(200).json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "typed mode: a plain .js route",
      filename: "app/api/legacy/route.js",
      code: `import { recordActivity } from '@/lib/helpers';

export async function POST() {
  await recordActivity('u1', 'x', {});
  return Response.json({});
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 38,
          data: {"handler":"POST","chain":"POST -> recordActivity -> db.notification.create (lib/helpers/record-activity.ts)","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.legacied"},
              output: `import { recordActivity } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'notification/user.legacied', data: {} });
  return Response.json({});
}`,
            },
            AFTER,
          ],
        },
      ],
    },
  ],
});
