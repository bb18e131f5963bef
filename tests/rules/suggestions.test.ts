import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const typedRuleTester = new AfterRuleTester(typedConfig);
const untypedRuleTester = new AfterRuleTester(untypedConfig);

// The quick fixes: useInngestSend (event name, data, import), useOneInngestEvent and useAfter, with their exact output
// (useAfter's is derived from the report's location, see derived-after.ts, except in the cases about useAfter).
// The event's data is what the moved work reads from the handler: its free variables and member
// chains of them, named after the variable or the chain's last property; literals and imports stay.
untypedRuleTester.run('suggestions', rule, {
  assertionOptions: strictAssertions,
  valid: [
  ],
  invalid: [
    {
      name: "keeps await and adds the import after the last import",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';

export async function POST() {
  await db.like.create({ data: {} });
  await resend.emails.send({ to: 'author@example.com', subject: 'New like' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 78,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

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
      name: "inside Promise.all only the notification element is replaced",
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
          line: 5,
          column: 52,
          endLine: 5,
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
      name: "a floating call gets await; void is dropped",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  resend.emails.send({ to: 'a' });
  void resend.emails.send({ to: 'b' });
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
import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  void resend.emails.send({ to: 'b' });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { resend } from '@/lib/clients';
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
          messageId: "floatingNotification",
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 39,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  resend.emails.send({ to: 'a' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { resend } from '@/lib/clients';
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
      name: "a floating call in a non-async handler cannot get await",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';

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
      name: "reuses an existing client import, even aliased",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { inngest as queue } from '@/lib/inngest';
import { resend } from '@/lib/clients';

export async function POST() {
  await queue.send({ name: 'x', data: {} });
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
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { inngest as queue } from '@/lib/inngest';
import { resend } from '@/lib/clients';

export async function POST() {
  await queue.send({ name: 'x', data: {} });
  await queue.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "picks a free local name when inngest is taken",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';

const inngest = 'not the client';

export async function POST() {
  await resend.emails.send({ to: inngest });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { inngest as inngestClient } from '@/lib/inngest';

const inngest = 'not the client';

export async function POST() {
  await inngestClient.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "the inngestClient option sets the imported name and module",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"inngestClient":{"name":"events","from":"~/server/events"}}],
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  await resend.emails.send({ to: 'a' });
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
import { events } from '~/server/events';

export async function POST() {
  await events.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "the eventPrefix option sets the prefix",
      filename: "app/api/follow/route.ts",
      options: [{"eventPrefix":"app/"}],
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  await resend.emails.send({ to: 'a' });
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
              data: {"eventName":"app/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'app/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "arguments are named after the local parameters, with fallbacks",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `async function notifyAuthor(authorId: string, postId: string, ...extra: string[]) {
  await fetch('https://hooks.slack.com/services/x', { method: 'POST', body: authorId + postId + extra.join() });
}

export async function POST(request: Request) {
  const post = { id: 'p1', authorId: 'u1' };
  await notifyAuthor(post.authorId, post.id, 'a', 'b');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 55,
          data: {"handler":"POST","chain":"POST -> notifyAuthor -> fetch","work":"chat webhook via chat webhook request","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { inngest } from '@/lib/inngest';

async function notifyAuthor(authorId: string, postId: string, ...extra: string[]) {
  await fetch('https://hooks.slack.com/services/x', { method: 'POST', body: authorId + postId + extra.join() });
}

export async function POST(request: Request) {
  const post = { id: 'p1', authorId: 'u1' };
  await inngest.send({ name: 'notification/post.liked', data: { authorId: post.authorId, id: post.id } });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "unknown parameters fall back to argument names",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { notifyFollowers } from '@/lib/helpers';

export async function POST() {
  const post = { id: 'p1', authorId: 'u1' };
  await notifyFollowers(post.authorId, post.id, 42, ...[1, 2]);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 63,
          data: {"handler":"POST","chain":"POST -> notifyFollowers","work":"notification helper via notifyFollowers (judged by its name)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { notifyFollowers } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';

export async function POST() {
  const post = { id: 'p1', authorId: 'u1' };
  await inngest.send({ name: 'notification/post.liked', data: { authorId: post.authorId, id: post.id } });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "comments inside the object argument are kept",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST() {
  // tell the author
  await resend.emails.send({
    to: 'a', // the author
    subject: 'New like',
  });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 8,
          endColumn: 5,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  // tell the author
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
      name: "a Server Action file without imports gets the import after its directive",
      filename: "app/actions.ts",
      code: `'use server';

export async function likePost(postId: string) {
  await fetch('https://hooks.slack.com/services/x', { method: 'POST', body: postId });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 86,
          data: {"handler":"likePost","chain":"likePost -> fetch","work":"chat webhook via chat webhook request","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `'use server';

import { inngest } from '@/lib/inngest';

export async function likePost(postId: string) {
  await inngest.send({ name: 'notification/post.liked', data: { postId } });
}`,
            },
            {
              messageId: "useAfter",
              output: `'use server';

import { after } from 'next/server';

export async function likePost(postId: string) {
  after(() => fetch('https://hooks.slack.com/services/x', { method: 'POST', body: postId }));
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a route without imports gets the import at the top",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `export async function POST() {
  await fetch('https://hooks.slack.com/services/x', { method: 'POST' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 72,
          data: {"handler":"POST","chain":"POST -> fetch","work":"chat webhook via chat webhook request","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { inngest } from '@/lib/inngest';

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
      name: "useAfter joins an existing next/server import",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { NextResponse } from 'next/server';
import { resend } from '@/lib/clients';

export async function POST() {
  await resend.emails.send({ to: 'a' });
  return NextResponse.json({ ok: true });
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
              output: `import { NextResponse } from 'next/server';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return NextResponse.json({ ok: true });
}`,
            },
            {
              messageId: "useAfter",
              output: `import { NextResponse, after } from 'next/server';
import { resend } from '@/lib/clients';

export async function POST() {
  after(() => resend.emails.send({ to: 'a' }));
  return NextResponse.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "useAfter is not offered when the result is used, in Pages API routes, or in a transaction",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';

export async function POST() {
  const sent = await resend.emails.send({ to: 'a' });
  await db.$transaction(async (tx) => {
    await tx.notification.create({ data: {} });
  });
  return Response.json({ id: sent });
}`,
      errors: [
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
  const sent = await inngest.send({ name: 'notification/post.liked', data: {} });
  await db.$transaction(async (tx) => {
    await tx.notification.create({ data: {} });
  });
  return Response.json({ id: sent });
}`,
            },
          ],
        },
        {
          messageId: "syncNotification",
          line: 7,
          column: 11,
          endLine: 7,
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
  const sent = await resend.emails.send({ to: 'a' });
  await db.$transaction(async (tx) => {
    // The worker must load tx.notification (an object the work calls create() on) again: it does not survive JSON.
    await inngest.send({ name: 'notification/post.liked', data: {} });
  });
  return Response.json({ id: sent });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "Pages API routes get no useAfter",
      filename: "pages/api/follow.ts",
      code: `import { resend } from '@/lib/clients';

export default async function handler(req: unknown, res: { json(v: unknown): void }) {
  await resend.emails.send({ to: 'a' });
  res.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 40,
          data: {"handler":"handler","chain":"handler -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export default async function handler(req: unknown, res: { json(v: unknown): void }) {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  res.json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "a tagged SQL insert becomes a query field",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { sql } from '@/lib/sql';

export async function POST() {
  await sql\`INSERT INTO notifications (user_id) VALUES (\${'u1'})\`;
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 66,
          data: {"handler":"POST","chain":"POST -> sql``","work":"notification record via raw SQL insert into notifications","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sql } from '@/lib/sql';
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
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
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
            AFTER,
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
          data: {"handler":"signUp","chain":"signUp -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
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
            AFTER,
          ],
        },
      ],
    },
  ],
});

untypedRuleTester.run('suggestions: the data the moved work reads', rule, {
  assertionOptions: strictAssertions,
  valid: [],
  invalid: [
    {
      name: "the data holds the handler's values the work reads (a variable, a member chain), not the call's arguments",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';

const FROM = 'team@example.com';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const route = await params;
  const { userId } = (await request.json()) as { userId: string };
  await db.notification.create({ data: { userId, type: 'post.liked', postId: route.id } });
  return Response.json({ ok: true, from: FROM, resend });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 91,
          data: {"handler":"POST","chain":"POST -> db.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

const FROM = 'team@example.com';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const route = await params;
  const { userId } = (await request.json()) as { userId: string };
  await inngest.send({ name: 'notification/post.liked', data: { userId, id: route.id } });
  return Response.json({ ok: true, from: FROM, resend });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "one event for the handler's pieces of work: placed where the last piece was, the others removed",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';

export async function POST(request: Request) {
  const { userId, postId } = (await request.json()) as { userId: string; postId: string };
  await db.notification.create({ data: { userId, type: 'post.liked' } });
  const post = await db.post.findUnique({ where: { id: postId } });
  await resend.emails.send({ from: 'team@example.com', to: post.authorEmail, subject: 'New like', text: userId });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 73,
          data: {"handler":"POST","chain":"POST -> db.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request) {
  const { userId, postId } = (await request.json()) as { userId: string; postId: string };
  await inngest.send({ name: 'notification/post.liked', data: { userId } });
  const post = await db.post.findUnique({ where: { id: postId } });
  await resend.emails.send({ from: 'team@example.com', to: post.authorEmail, subject: 'New like', text: userId });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request) {
  const { userId, postId } = (await request.json()) as { userId: string; postId: string };
  const post = await db.post.findUnique({ where: { id: postId } });
  await inngest.send({ name: 'notification/post.liked', data: { userId, authorEmail: post.authorEmail } });
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
          endColumn: 114,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request) {
  const { userId, postId } = (await request.json()) as { userId: string; postId: string };
  await db.notification.create({ data: { userId, type: 'post.liked' } });
  const post = await db.post.findUnique({ where: { id: postId } });
  await inngest.send({ name: 'notification/post.liked', data: { authorEmail: post.authorEmail, userId } });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request) {
  const { userId, postId } = (await request.json()) as { userId: string; postId: string };
  const post = await db.post.findUnique({ where: { id: postId } });
  await inngest.send({ name: 'notification/post.liked', data: { userId, authorEmail: post.authorEmail } });
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

typedRuleTester.run('suggestions: values that do not survive JSON (with types)', rule, {
  assertionOptions: strictAssertions,
  valid: [],
  invalid: [
    {
      name: "a wrapper's callback parameters are typed by the wrapper's declaration: a Date of the member travels as a string, a Map must be loaded again",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { withMember } from '@/lib/auth/with-member';

export const POST = withMember(async (request, { params, member }) => {
  const { id } = await params;
  await resend.emails.send({ from: 'a@b.c', to: member.userId, subject: \`Post \${id}\`, text: \`Member since \${member.joinedAt.toISOString()}\`, tags: [...member.settings].map(([name, value]) => ({ name, value })) });
  return Response.json({ ok: true });
});`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 213,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { withMember } from '@/lib/auth/with-member';
import { inngest } from '@/lib/inngest';

export const POST = withMember(async (request, { params, member }) => {
  const { id } = await params;
  // The worker must load member.settings (a Map) again: it does not survive JSON.
  // data.joinedAt arrives in the worker as an ISO string: new Date(...) revives it.
  await inngest.send({ name: 'notification/post.liked', data: { userId: member.userId, joinedAt: member.joinedAt, id } });
  return Response.json({ ok: true });
});`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "a Date travels as a string and the suggestion says so; a function is not passed and the suggestion says the worker must load it again",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const post = { id: (await params).id, likedAt: new Date() };
  const render = (id: string) => \`<a href="/posts/\${id}">New like</a>\`;
  await db.notification.create({ data: { userId: post.id, type: 'post.liked', createdAt: post.likedAt } });
  await resend.emails.send({ from: 'a@b.c', to: 'd@e.f', subject: 'New like', html: render(post.id) });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 107,
          data: {"handler":"POST","chain":"POST -> db.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const post = { id: (await params).id, likedAt: new Date() };
  const render = (id: string) => \`<a href="/posts/\${id}">New like</a>\`;
  // data.likedAt arrives in the worker as an ISO string: new Date(...) revives it.
  await inngest.send({ name: 'notification/post.liked', data: { id: post.id, likedAt: post.likedAt } });
  await resend.emails.send({ from: 'a@b.c', to: 'd@e.f', subject: 'New like', html: render(post.id) });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const post = { id: (await params).id, likedAt: new Date() };
  const render = (id: string) => \`<a href="/posts/\${id}">New like</a>\`;
  // The worker must load render (a function) again: it does not survive JSON.
  // data.likedAt arrives in the worker as an ISO string: new Date(...) revives it.
  await inngest.send({ name: 'notification/post.liked', data: { id: post.id, likedAt: post.likedAt } });
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
          endColumn: 103,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const post = { id: (await params).id, likedAt: new Date() };
  const render = (id: string) => \`<a href="/posts/\${id}">New like</a>\`;
  await db.notification.create({ data: { userId: post.id, type: 'post.liked', createdAt: post.likedAt } });
  // The worker must load render (a function) again: it does not survive JSON.
  await inngest.send({ name: 'notification/post.liked', data: { id: post.id } });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const post = { id: (await params).id, likedAt: new Date() };
  const render = (id: string) => \`<a href="/posts/\${id}">New like</a>\`;
  // The worker must load render (a function) again: it does not survive JSON.
  // data.likedAt arrives in the worker as an ISO string: new Date(...) revives it.
  await inngest.send({ name: 'notification/post.liked', data: { id: post.id, likedAt: post.likedAt } });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "a Map read whole is not passed (the worker must load it again); the fields the work reads from an object are",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';

export async function POST(request: Request) {
  const body = (await request.json()) as { email: string; name: string };
  const seen = new Map<string, number>();
  await resend.emails.send({ from: 'a@b.c', to: body.email, subject: \`Hi \${body.name}\`, text: JSON.stringify([...seen]) });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 123,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request) {
  const body = (await request.json()) as { email: string; name: string };
  const seen = new Map<string, number>();
  // The worker must load seen (a Map) again: it does not survive JSON.
  await inngest.send({ name: 'notification/post.liked', data: { email: body.email, name: body.name } });
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
