import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-sync-notification-in-handler.js';
import type { MessageId, Options } from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';

const typedRuleTester = new RuleTester(typedConfig);
const untypedRuleTester = new RuleTester(untypedConfig);

// Issue 12, items 1 and 2: patterns from real public Next.js apps. Where the checker has no body
// to follow, the callee's name decides as it does without types (types never find less), and
// only names that mean notification work count.

type Mode = 'typed' | 'untyped';

const ROUTE = 'app/api/team/invite/route.ts';

/** The label of a name-judged callee: with types the message also says why names decide. */
const byName = (name: string, mode: Mode): string =>
  mode === 'typed' ? `notification helper via ${name} (judged by its name: no body to follow)` : `notification helper via ${name} (judged by its name)`;

function invalidCases(mode: Mode): InvalidTestCase<MessageId, Options>[] {
  return [
    {
      name: `${mode}: a function of a declaration-only package (@acme/emails, index.d.ts only) is judged by its name`,
      filename: ROUTE,
      code: `import { sendEmail } from '@acme/emails';
export async function POST(request: Request) {
  const { to } = await request.json();
  await sendEmail({ to, subject: 'Welcome' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 46,
          data: { handler: 'POST', chain: 'POST -> sendEmail', work: byName('sendEmail', mode), transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/team.invited' },
              output: `import { sendEmail } from '@acme/emails';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const { to } = await request.json();
  await inngest.send({ name: 'notification/team.invited', data: { to } });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: 'useAfter',
              output: `import { sendEmail } from '@acme/emails';
import { after } from 'next/server';
export async function POST(request: Request) {
  const { to } = await request.json();
  after(() => sendEmail({ to, subject: 'Welcome' }));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: `${mode}: a function of a module that does not resolve is judged by its name`,
      filename: ROUTE,
      code: `import { sendEmail } from '@acme/not-installed';
export async function POST() {
  await sendEmail({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 35,
          data: { handler: 'POST', chain: 'POST -> sendEmail', work: byName('sendEmail', mode), transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/team.invited' },
              output: `import { sendEmail } from '@acme/not-installed';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/team.invited', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: 'useAfter',
              output: `import { sendEmail } from '@acme/not-installed';
import { after } from 'next/server';
export async function POST() {
  after(() => sendEmail({ to: 'a@b.c' }));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: `${mode}: a same-file helper whose body awaits a declaration-only sendInvitationEmail`,
      filename: ROUTE,
      code: `import { sendInvitationEmail } from '@acme/emails';
async function inviteMember(teamName: string, email: string) {
  await sendInvitationEmail(email, teamName);
}
export async function POST() {
  await inviteMember('Acme', 'a@b.c');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 38,
          data: { handler: 'POST', chain: 'POST -> inviteMember -> sendInvitationEmail', work: byName('sendInvitationEmail', mode), transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/team.invited' },
              output: `import { sendInvitationEmail } from '@acme/emails';
import { inngest } from '@/lib/inngest';
async function inviteMember(teamName: string, email: string) {
  await sendInvitationEmail(email, teamName);
}
export async function POST() {
  await inngest.send({ name: 'notification/team.invited', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: 'useAfter',
              output: `import { sendInvitationEmail } from '@acme/emails';
import { after } from 'next/server';
async function inviteMember(teamName: string, email: string) {
  await sendInvitationEmail(email, teamName);
}
export async function POST() {
  after(() => inviteMember('Acme', 'a@b.c'));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: `${mode}: a method of an any-typed receiver is judged by its name`,
      filename: ROUTE,
      code: `declare const client: any;
export async function POST() {
  await client.sendWelcomeEmail('a@b.c');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 41,
          data: { handler: 'POST', chain: 'POST -> client.sendWelcomeEmail', work: byName('sendWelcomeEmail', mode), transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/team.invited' },
              output: `import { inngest } from '@/lib/inngest';

declare const client: any;
export async function POST() {
  await inngest.send({ name: 'notification/team.invited', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: 'useAfter',
              output: `import { after } from 'next/server';

declare const client: any;
export async function POST() {
  after(() => client.sendWelcomeEmail('a@b.c'));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: `${mode}: of a declaration-only package, only the calls named like notification work count (not createEmailProvider, renderEmail)`,
      filename: ROUTE,
      code: `import { mailer, renderEmail, createEmailProvider } from '@acme/emails';
export async function POST() {
  renderEmail('x');
  const provider = createEmailProvider('gmail');
  await mailer.sendWelcomeEmail('a@b.c');
  return Response.json({ ok: !!provider });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 41,
          data: { handler: 'POST', chain: 'POST -> mailer.sendWelcomeEmail', work: byName('sendWelcomeEmail', mode), transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/team.invited' },
              output: `import { mailer, renderEmail, createEmailProvider } from '@acme/emails';
import { inngest } from '@/lib/inngest';
export async function POST() {
  renderEmail('x');
  const provider = createEmailProvider('gmail');
  await inngest.send({ name: 'notification/team.invited', data: {} });
  return Response.json({ ok: !!provider });
}`,
            },
            {
              messageId: 'useAfter',
              output: `import { mailer, renderEmail, createEmailProvider } from '@acme/emails';
import { after } from 'next/server';
export async function POST() {
  renderEmail('x');
  const provider = createEmailProvider('gmail');
  after(() => mailer.sendWelcomeEmail('a@b.c'));
  return Response.json({ ok: !!provider });
}`,
            },
          ],
        },
      ],
    },
  ];
}

/** Names from real apps that mean notification work: reported by name where there is no body. */
const WORK_NAMES = ['notifyFollowers', 'sendWelcomeEmail', 'sendPushNotification', 'sendSlackMessage', 'createNotifications', 'sendEmailVerificationCode'];
/** Names from real apps that do not: factories, providers, streams, chat messages, a user-composed mail. */
const NOT_WORK_NAMES = ['createEmailProvider', 'createUIMessageStreamResponse', 'sendMessage', 'sendEmailWithHtml', 'sendChatMessage', 'createEmailClient'];

function nameCase(name: string, mode: Mode): InvalidTestCase<MessageId, Options> {
  const code = `import { ${name} } from '@acme/not-installed';
export async function POST() {
  await ${name}('u1');
  return Response.json({ ok: true });
}`;
  const endColumn = 9 + name.length + "('u1')".length;
  return {
    name: `${mode}: the name ${name} means notification work`,
    filename: ROUTE,
    code,
    errors: [
      {
        messageId: 'syncNotification',
        line: 3,
        column: 9,
        endLine: 3,
        endColumn,
        data: { handler: 'POST', chain: `POST -> ${name}`, work: byName(name, mode), transaction: '', context: '' },
        suggestions: [
          {
            messageId: 'useInngestSend',
            data: { eventName: 'notification/team.invited' },
            output: code
              .replace('\nexport', "\nimport { inngest } from '@/lib/inngest';\nexport")
              .replace(`await ${name}('u1')`, "await inngest.send({ name: 'notification/team.invited', data: {} })"),
          },
          {
            messageId: 'useAfter',
            output: code.replace('\nexport', "\nimport { after } from 'next/server';\nexport").replace(`await ${name}('u1')`, `after(() => ${name}('u1'))`),
          },
        ],
      },
    ],
  };
}

function validCases(mode: Mode): ValidTestCase<Options>[] {
  return [
    ...NOT_WORK_NAMES.map((name) => ({
      name: `${mode}: the name ${name} is not notification work`,
      filename: ROUTE,
      code: `import { ${name} } from '@acme/not-installed';
export async function POST() {
  await ${name}('u1');
  return Response.json({ ok: true });
}`,
    })),
    {
      name: `${mode}: a user-composed mail sent through the mail client's provider (sendEmailWithHtml) is the action itself`,
      filename: ROUTE,
      code: `import { createEmailProvider } from '@acme/emails';
export async function POST(request: Request) {
  const { to, html } = await request.json();
  const provider = createEmailProvider('gmail');
  await provider.sendEmailWithHtml(to, html);
  return Response.json({ ok: true });
}`,
    },
  ];
}

for (const [mode, tester] of [
  ['typed', typedRuleTester],
  ['untyped', untypedRuleTester],
] as const) {
  tester.run(`real apps (${mode})`, rule, {
    assertionOptions: strictAssertions,
    valid: validCases(mode),
    invalid: [...invalidCases(mode), ...WORK_NAMES.map((name) => nameCase(name, mode))],
  });
}

// Only with types: a project helper in another file whose body awaits a declaration-only function.
typedRuleTester.run('real apps: cross-file body without a body below it', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'typed: a body that is there decides (sendWelcomeEmail only calls inngest.send), whatever its name',
      filename: ROUTE,
      code: `import { sendWelcomeEmail } from '@/lib/helpers/send-welcome-email';
export async function POST() {
  await sendWelcomeEmail('u1');
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: 'typed: inviteMember (lib/invite-member.ts) awaits sendInvitationEmail of @acme/emails',
      filename: ROUTE,
      code: `import { inviteMember } from '@/lib/invite-member';
export async function POST() {
  await inviteMember('Acme', 'a@b.c');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 38,
          data: {
            handler: 'POST',
            chain: 'POST -> inviteMember -> sendInvitationEmail (lib/invite-member.ts)',
            work: byName('sendInvitationEmail', 'typed'),
            transaction: '', context: '',
          },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/team.invited' },
              output: `import { inviteMember } from '@/lib/invite-member';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/team.invited', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: 'useAfter',
              output: `import { inviteMember } from '@/lib/invite-member';
import { after } from 'next/server';
export async function POST() {
  after(() => inviteMember('Acme', 'a@b.c'));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
  ],
});

// Item 4, with types: a module singleton whose methods reach the client through `this`, and a
// client returned by a getter of another file, held in a variable with a neutral name.
typedRuleTester.run('real apps: singletons and getters (typed)', rule, {
  assertionOptions: strictAssertions,
  valid: [],
  invalid: [
    {
      name: 'typed: accountManager.welcome -> this.deliver -> this.client.emails.send (lib/account-manager.ts)',
      filename: 'app/api/posts/[id]/like/route.ts',
      code: `import { accountManager } from '@/lib/account-manager';
export async function POST() {
  await accountManager.welcome('u1');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 37,
          data: {
            handler: 'POST',
            chain: 'POST -> accountManager.welcome -> this.deliver (lib/account-manager.ts) -> this.client.emails.send',
            work: 'email via Resend',
            transaction: '', context: '',
          },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { accountManager } from '@/lib/account-manager';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: 'useAfter',
              output: `import { accountManager } from '@/lib/account-manager';
import { after } from 'next/server';
export async function POST() {
  after(() => accountManager.welcome('u1'));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'typed: a client from a getter of another file, under a neutral name (const mail = getResend())',
      filename: 'app/api/posts/[id]/like/route.ts',
      code: `import { getResend } from '@/lib/account-manager';
export async function POST() {
  const mail = getResend();
  await mail.emails.send({ from: 'a@b.c', to: 'c@d.e', subject: 'Hi', html: '' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 82,
          data: { handler: 'POST', chain: 'POST -> mail.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { getResend } from '@/lib/account-manager';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const mail = getResend();
  // The worker must load mail.emails (an object the work calls send() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: 'useAfter',
              output: `import { getResend } from '@/lib/account-manager';
import { after } from 'next/server';
export async function POST() {
  const mail = getResend();
  after(() => mail.emails.send({ from: 'a@b.c', to: 'c@d.e', subject: 'Hi', html: '' }));
  return Response.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
  ],
});
