import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, untypedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const untypedRuleTester = new AfterRuleTester(untypedConfig);

// Which functions are handlers: every export form, every path form, and what is not a handler (no type information).
untypedRuleTester.run('handlers', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "not a handler: a component file without use server",
      filename: "app/posts/page.tsx",
      code: `import { resend } from '@/lib/clients';
export default async function Page() {
  await resend.emails.send({ to: 'a@b.c' });
  return null;
}`,
    },
    {
      name: "not a handler: ordinary module",
      filename: "lib/ordinary.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "not a handler: use client module",
      filename: "components/like-button.tsx",
      code: `'use client';
import { resend } from '@/lib/clients';
export async function likePost() {
  await resend.emails.send({ to: 'a@b.c' });
}`,
    },
    {
      name: "not a handler: a folder named pages-admin is not the Pages Router",
      filename: "apps/pages-admin/api/follow.ts",
      code: `import { resend } from '@/lib/clients';
export default async function handler() {
  await resend.emails.send({ to: 'a@b.c' });
}`,
    },
    {
      name: "not a handler: a file named route.ts outside app/",
      filename: "lib/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "not a handler: cron route",
      filename: "app/api/cron/digest/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function GET() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "not a handler: Inngest serve route",
      filename: "app/api/inngest/route.ts",
      code: `import { serve } from 'inngest/next';
import { inngest } from '@/lib/inngest';
import { resend } from '@/lib/clients';
export const { GET, POST, PUT } = serve({ client: inngest, functions: [] });
export async function PATCH() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "not a handler: QStash-verified worker route",
      filename: "app/api/webhooks/qstash/route.ts",
      code: `import { verifySignatureAppRouter } from '@upstash/qstash/nextjs';
import { resend } from '@/lib/clients';
export const POST = verifySignatureAppRouter(async (request: Request) => {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
});`,
    },
    {
      name: "not a handler: inngest.createFunction callback in a route file",
      filename: "app/api/follow/route.ts",
      code: `import { inngest } from '@/lib/inngest';
import { resend } from '@/lib/clients';
export const sendEmail = inngest.createFunction({ id: 'x', triggers: [{ event: 'a' }] }, async () => {
  await resend.emails.send({ to: 'a@b.c' });
});
export async function POST() {
  return Response.json({});
}`,
    },
    {
      name: "not a handler: BullMQ worker processor",
      filename: "app/api/follow/route.ts",
      code: `import { Worker } from 'bullmq';
import { resend } from '@/lib/clients';
new Worker('notifications', async (job) => {
  await resend.emails.send({ to: 'a@b.c' });
});
export async function GET() {
  return Response.json({});
}`,
    },
    {
      name: "not a handler: Trigger.dev task in a use server module",
      filename: "app/actions.ts",
      code: `'use server';
import { task } from '@trigger.dev/sdk';
import { resend } from '@/lib/clients';
export const notify = task({ id: 'notify', run: async () => {
  await resend.emails.send({ to: 'a@b.c' });
} });`,
    },
    {
      name: "not a handler: non-async export of a use server module",
      filename: "app/actions.ts",
      code: `'use server';
import { resend } from '@/lib/clients';
export function helper() {
  resend.emails.send({ to: 'a@b.c' });
}`,
    },
    {
      name: "not a handler: workerPaths option",
      filename: "app/api/webhooks/stripe/route.ts",
      options: [{"workerPaths":["app/api/webhooks/**"]}],
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "route: exported async function declaration",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
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
    {
      name: "route: exported const arrow function",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';
export const POST = async (request: Request) => {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
};`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export const POST = async (request: Request) => {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
};`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "route: exported const function expression",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';
export const PUT = async function (request: Request) {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
};`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"PUT","chain":"PUT -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export const PUT = async function (request: Request) {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
};`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "route: handler wrapped in a higher-order function",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';
import { withAuth } from '@/lib/auth';
export const POST = withAuth(async (request: Request) => {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
});`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { withAuth } from '@/lib/auth';
import { inngest } from '@/lib/inngest';
export const POST = withAuth(async (request: Request) => {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
});`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "route: handler wrapped in two higher-order functions",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';
import { withAuth, withRateLimit } from '@/lib/auth';
export const PATCH = withAuth(withRateLimit(async (request: Request) => {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}));`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 44,
          data: {"handler":"PATCH","chain":"PATCH -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { withAuth, withRateLimit } from '@/lib/auth';
import { inngest } from '@/lib/inngest';
export const PATCH = withAuth(withRateLimit(async (request: Request) => {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}));`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "route: export { handler as POST }",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';
async function handler(request: Request) {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}
export { handler as POST };`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
async function handler(request: Request) {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}
export { handler as POST };`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "route: one handler exported as GET and HEAD is reported once",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';
async function handler(request: Request) {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}
export { handler as GET, handler as HEAD };`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"GET/HEAD","chain":"GET/HEAD -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
async function handler(request: Request) {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}
export { handler as GET, handler as HEAD };`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "route: DELETE and OPTIONS are handlers too",
      filename: "app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function DELETE() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}
export async function OPTIONS() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"DELETE","chain":"DELETE -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.unfollowed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function DELETE() {
  await inngest.send({ name: 'notification/user.unfollowed', data: {} });
  return Response.json({ ok: true });
}
export async function OPTIONS() {
  await resend.emails.send({ to: 'a@b.c' });
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
          endColumn: 44,
          data: {"handler":"OPTIONS","chain":"OPTIONS -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function DELETE() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}
export async function OPTIONS() {
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
      name: "path: src/app",
      filename: "src/app/api/comments/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/comment.created"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/comment.created', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "path: route group",
      filename: "app/(marketing)/api/signup/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.signed-up"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/user.signed-up', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "path: dynamic segment",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
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
      name: "path: catch-all segment",
      filename: "app/api/files/[...slug]/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/file.created"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/file.created', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "path: monorepo apps/web/app",
      filename: "apps/web/app/api/follow/route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
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
    {
      name: "path: Windows separators",
      filename: "app\\api\\follow\\route.ts",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
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
    {
      name: "path: route.js",
      filename: "app/api/legacy/route.js",
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.legacied"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/user.legacied', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "pages api: default export function declaration",
      filename: "pages/api/follow.ts",
      code: `import { resend } from '@/lib/clients';
export default async function handler(req: any, res: any) {
  await resend.emails.send({ to: 'a@b.c' });
  res.status(200).json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"handler","chain":"handler -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export default async function handler(req: any, res: any) {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  res.status(200).json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "pages api: export default handler",
      filename: "pages/api/follow.ts",
      code: `import { resend } from '@/lib/clients';
const handler = async (req: any, res: any) => {
  await resend.emails.send({ to: 'a@b.c' });
  res.json({});
};
export default handler;`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"handler","chain":"handler -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
const handler = async (req: any, res: any) => {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  res.json({});
};
export default handler;`,
            },
          ],
        },
      ],
    },
    {
      name: "pages api: wrapped default export",
      filename: "pages/api/follow.ts",
      code: `import { resend } from '@/lib/clients';
import { withSession } from '@/lib/auth';
export default withSession(async (req: any, res: any) => {
  await resend.emails.send({ to: 'a@b.c' });
  res.json({});
});`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 44,
          data: {"handler":"default","chain":"default -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `import { resend } from '@/lib/clients';
import { withSession } from '@/lib/auth';
import { inngest } from '@/lib/inngest';
export default withSession(async (req: any, res: any) => {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  res.json({});
});`,
            },
          ],
        },
      ],
    },
    {
      name: "pages api: src/pages/api nested",
      filename: "src/pages/api/posts/[id]/like.ts",
      code: `import { resend } from '@/lib/clients';
export default async function handler(req: any, res: any) {
  await resend.emails.send({ to: 'a@b.c' });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"handler","chain":"handler -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export default async function handler(req: any, res: any) {
  await inngest.send({ name: 'notification/post.liked', data: {} });
}`,
            },
          ],
        },
      ],
    },
    {
      name: "server action: module-level use server, function declaration",
      filename: "app/actions.ts",
      code: `'use server';

import { resend } from '@/lib/clients';
export async function followUser(id: string) {
  await resend.emails.send({ to: 'a@b.c' });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 44,
          data: {"handler":"followUser","chain":"followUser -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.followed"},
              output: `'use server';

import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function followUser(id: string) {
  await inngest.send({ name: 'notification/user.followed', data: {} });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "server action: module-level use server, const arrow",
      filename: "app/actions.ts",
      code: `'use server';
import { resend } from '@/lib/clients';
export const likePost = async (id: string) => {
  await resend.emails.send({ to: 'a@b.c' });
};`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 44,
          data: {"handler":"likePost","chain":"likePost -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `'use server';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export const likePost = async (id: string) => {
  await inngest.send({ name: 'notification/post.liked', data: {} });
};`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "server action: inline use server in a server component",
      filename: "app/posts/page.tsx",
      code: `import { resend } from '@/lib/clients';
export default function Page() {
  async function like() {
    'use server';
    await resend.emails.send({ to: 'a@b.c' });
  }
  return null;
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 46,
          data: {"handler":"like","chain":"like -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.liked"},
              output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export default function Page() {
  async function like() {
    'use server';
    await inngest.send({ name: 'notification/user.liked', data: {} });
  }
  return null;
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "server action: a function with its own use server inside a use server module",
      filename: "app/actions.ts",
      code: `'use server';
import { resend } from '@/lib/clients';
export async function makeLike() {
  async function like() {
    'use server';
    await resend.emails.send({ to: 'a@b.c' });
  }
  return like;
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 46,
          data: {"handler":"like","chain":"like -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/user.liked"},
              output: `'use server';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function makeLike() {
  async function like() {
    'use server';
    await inngest.send({ name: 'notification/user.liked', data: {} });
  }
  return like;
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "workerPaths that do not match leave handlers alone",
      filename: "app/api/follow/route.ts",
      options: [{"workerPaths":["app/api/webhooks/**"]}],
      code: `import { resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ to: 'a@b.c' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
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
