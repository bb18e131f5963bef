import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const typedRuleTester = new AfterRuleTester(typedConfig);

// notificationFunctions and queueFunctions with type information: typescript-eslint specifiers and dotted names.
typedRuleTester.run('options-typed', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "notificationFunctions: the same name from another file does not match",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"notificationFunctions":[{"from":"file","name":"pushToDevice","path":"lib/helpers/internal-push.ts"}]}],
      code: `import { pushToDevice } from '@/lib/helpers/other-push';
export async function POST() {
  await pushToDevice('u1');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "notificationFunctions: without the option the gateway call is not recognised",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { pushToDevice } from '@/lib/helpers/internal-push';
export async function POST() {
  await pushToDevice('u1', 'New like');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "queueFunctions: a dotted name hands off the work passed to it",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"queueFunctions":["jobs.enqueue"]}],
      code: `import { jobs } from '@/lib/jobs';
import { resend } from '@/lib/clients';
export async function POST() {
  jobs.enqueue(() => resend.emails.send({ from: 'a@b.c', to: 'd@e.f', subject: 's', text: '' }));
  return Response.json({ ok: true });
}`,
    },
    {
      name: "queueFunctions: a helper in another file that only uses the project queue is not work",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"queueFunctions":["jobs.enqueue"]}],
      code: `import { sendLater } from '@/lib/jobs';
export async function POST() {
  sendLater('d@e.f');
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "notificationFunctions: a file specifier matches the declared function",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"notificationFunctions":[{"from":"file","name":"pushToDevice","path":"lib/helpers/internal-push.ts"}]}],
      code: `import { pushToDevice } from '@/lib/helpers/internal-push';
export async function POST() {
  await pushToDevice('u1', 'New like');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 39,
          data: {"handler":"POST","chain":"POST -> pushToDevice","work":"notification helper via pushToDevice (notificationFunctions)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { pushToDevice } from '@/lib/helpers/internal-push';
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
      name: "queueFunctions: without the option the same helper floats an email",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { sendLater } from '@/lib/jobs';
export async function POST() {
  sendLater('d@e.f');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "floatingNotification",
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
          data: {"handler":"POST","chain":"POST -> sendLater -> resend.emails.send (lib/jobs.ts)","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sendLater } from '@/lib/jobs';
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
