import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, untypedRuleTester } from '../rule-tester.js';

// Regressions found in review, each named after what it guards: arrays of work, helper names, import reuse, phrasal verbs.
untypedRuleTester.run('review-regressions', rule, {
  assertionOptions: strictAssertions,
  valid: [
  ],
  invalid: [
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
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":""},
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
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":""},
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
    {
      name: "helper names: email/text/sms + audience, and trigger/dispatch with a channel, are work without types",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
export async function POST() {
  await emailFollowers('p1');
  await textUser('u1');
  await triggerEmail('a');
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 29,
          data: {"handler":"POST","chain":"POST -> emailFollowers","work":"notification helper via emailFollowers (judged by its name)","transaction":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await textUser('u1');
  await triggerEmail('a');
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useAfter",
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { after } from 'next/server';
export async function POST() {
  after(() => emailFollowers('p1'));
  await textUser('u1');
  await triggerEmail('a');
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
            },
          ],
        },
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 23,
          data: {"handler":"POST","chain":"POST -> textUser","work":"notification helper via textUser (judged by its name)","transaction":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await emailFollowers('p1');
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await triggerEmail('a');
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useAfter",
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { after } from 'next/server';
export async function POST() {
  await emailFollowers('p1');
  after(() => textUser('u1'));
  await triggerEmail('a');
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
            },
          ],
        },
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 26,
          data: {"handler":"POST","chain":"POST -> triggerEmail","work":"notification helper via triggerEmail (judged by its name)","transaction":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await emailFollowers('p1');
  await textUser('u1');
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useAfter",
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { after } from 'next/server';
export async function POST() {
  await emailFollowers('p1');
  await textUser('u1');
  after(() => triggerEmail('a'));
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
            },
          ],
        },
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 34,
          data: {"handler":"POST","chain":"POST -> dispatchNotification","work":"notification helper via dispatchNotification (judged by its name)","transaction":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await emailFollowers('p1');
  await textUser('u1');
  await triggerEmail('a');
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useAfter",
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { after } from 'next/server';
export async function POST() {
  await emailFollowers('p1');
  await textUser('u1');
  await triggerEmail('a');
  after(() => dispatchNotification('n'));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "the client imported by a relative path is reused",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { inngest } from '../../../../../lib/inngest';
import { resend } from '@/lib/clients';

export async function POST() {
  await inngest.send({ name: 'x', data: {} });
  await resend.emails.send({ to: 'a' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 40,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { inngest } from '../../../../../lib/inngest';
import { resend } from '@/lib/clients';

export async function POST() {
  await inngest.send({ name: 'x', data: {} });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useAfter",
              output: `import { inngest } from '../../../../../lib/inngest';
import { resend } from '@/lib/clients';
import { after } from 'next/server';

export async function POST() {
  await inngest.send({ name: 'x', data: {} });
  after(() => resend.emails.send({ to: 'a' }));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a Server Action named with a phrasal verb",
      filename: "app/actions.ts",
      code: `'use server';
import { resend } from '@/lib/clients';

export async function signUp(email: string) {
  await resend.emails.send({ to: email });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 42,
          data: {"handler":"signUp","chain":"signUp -> resend.emails.send","work":"email via Resend","transaction":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.signed-up"},
              output: `'use server';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function signUp(email: string) {
  await inngest.send({ name: 'notification/user.signed-up', data: { email } });
}`,
            },
            {
              messageId: "useAfter",
              output: `'use server';
import { resend } from '@/lib/clients';
import { after } from 'next/server';

export async function signUp(email: string) {
  after(() => resend.emails.send({ to: email }));
}`,
            },
          ],
        },
      ],
    },
  ],
});
