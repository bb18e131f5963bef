import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const typedRuleTester = new AfterRuleTester(typedConfig);
const untypedRuleTester = new AfterRuleTester(untypedConfig);

// Types never know less than names (issue 12 item 2): without types an imported helper is judged by
// its name; with types its body is followed, and where the depth bound (maxDepth) keeps that body
// from being read in full, the unread body disproves nothing: the name decides, as without types,
// and the message says so. A same-file chain is walked alike in both modes, so there the bound
// decides; a neutral name past the bound stays unreported.

typedRuleTester.run('names past the depth bound (typed)', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "typed: a same-file helper named for its work whose work lies past maxDepth 1: walked alike in both modes, the bound decides (notifyAuthor -> deliver)",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"maxDepth": 1}],
      code: `import { resend } from '@/lib/clients';

async function notifyAuthor(email: string) {
  await deliver(email);
}

async function deliver(email: string) {
  await resend.emails.send({ from: 'team@example.com', to: email, subject: 'New like', html: '<p>New like</p>' });
}

export async function POST() {
  await notifyAuthor('author@example.com');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "typed: a neutral helper whose work lies deeper than maxDepth 1 stays unreported (recordLike -> deliver)",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"maxDepth": 1}],
      code: `import { resend } from '@/lib/clients';

async function recordLike(email: string) {
  await deliver(email);
}

async function deliver(email: string) {
  await resend.emails.send({ from: 'team@example.com', to: email, subject: 'New like', html: '<p>New like</p>' });
}

export async function POST() {
  await recordLike('author@example.com');
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "typed: a helper of another file named for its work, whose work lies deeper than maxDepth (notifyTeam -> depth1 -> ... -> depth6)",
      filename: "app/actions.ts",
      code: `'use server';

import { notifyTeam } from '@/lib/parity/team';

export async function joinTeam(email: string) {
  await notifyTeam(email);
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 26,
          data: { handler: 'joinTeam', chain: 'joinTeam -> notifyTeam', work: 'notification helper via notifyTeam (judged by its name: deeper than maxDepth)', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/team.joined' },
              output: `'use server';

import { notifyTeam } from '@/lib/parity/team';
import { inngest } from '@/lib/inngest';

export async function joinTeam(email: string) {
  await inngest.send({ name: 'notification/team.joined', data: { email } });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: maxDepth 0: an imported helper named for its work is judged by its name in both modes (notifyFollowers)",
      filename: "app/api/follow/route.ts",
      options: [{"maxDepth": 0}],
      code: `import { notifyFollowers } from '@/lib/helpers/notify-followers';

export async function POST() {
  await notifyFollowers('u1', 'Hello');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 39,
          data: { handler: 'POST', chain: 'POST -> notifyFollowers', work: 'notification helper via notifyFollowers (judged by its name: deeper than maxDepth)', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/user.followed' },
              output: `import { notifyFollowers } from '@/lib/helpers/notify-followers';
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

untypedRuleTester.run('names past the depth bound (untyped)', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "untyped: a same-file helper named for its work whose work lies past maxDepth 1: walked alike in both modes, the bound decides (notifyAuthor -> deliver)",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"maxDepth": 1}],
      code: `import { resend } from '@/lib/clients';

async function notifyAuthor(email: string) {
  await deliver(email);
}

async function deliver(email: string) {
  await resend.emails.send({ from: 'team@example.com', to: email, subject: 'New like', html: '<p>New like</p>' });
}

export async function POST() {
  await notifyAuthor('author@example.com');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "untyped: a neutral helper whose work lies deeper than maxDepth 1 stays unreported (recordLike -> deliver)",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"maxDepth": 1}],
      code: `import { resend } from '@/lib/clients';

async function recordLike(email: string) {
  await deliver(email);
}

async function deliver(email: string) {
  await resend.emails.send({ from: 'team@example.com', to: email, subject: 'New like', html: '<p>New like</p>' });
}

export async function POST() {
  await recordLike('author@example.com');
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "untyped: a helper of another file named for its work, whose work lies deeper than maxDepth (notifyTeam -> depth1 -> ... -> depth6)",
      filename: "app/actions.ts",
      code: `'use server';

import { notifyTeam } from '@/lib/parity/team';

export async function joinTeam(email: string) {
  await notifyTeam(email);
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 26,
          data: { handler: 'joinTeam', chain: 'joinTeam -> notifyTeam', work: 'notification helper via notifyTeam (judged by its name)', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/team.joined' },
              output: `'use server';

import { notifyTeam } from '@/lib/parity/team';
import { inngest } from '@/lib/inngest';

export async function joinTeam(email: string) {
  await inngest.send({ name: 'notification/team.joined', data: { email } });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "untyped: maxDepth 0: an imported helper named for its work is judged by its name in both modes (notifyFollowers)",
      filename: "app/api/follow/route.ts",
      options: [{"maxDepth": 0}],
      code: `import { notifyFollowers } from '@/lib/helpers/notify-followers';

export async function POST() {
  await notifyFollowers('u1', 'Hello');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 39,
          data: { handler: 'POST', chain: 'POST -> notifyFollowers', work: 'notification helper via notifyFollowers (judged by its name)', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/user.followed' },
              output: `import { notifyFollowers } from '@/lib/helpers/notify-followers';
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

