// More shapes the audit recognises, in small projects written into temp folders under the
// repository root (so their imports resolve from its node_modules), linted on syntax alone:
// a Trigger.dev task, a QStash worker route and a Drizzle table (pass); notifications without any
// decoupled implementation (fail); work inside the action's transaction and a BullMQ job named
// after its email (fail, with the hand-off listed).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { run } from '../../src/cli/run.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONFIG = `import tsParser from '@typescript-eslint/parser';
import asyncNotifications from 'eslint-plugin-async-notifications';

export default [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } }, asyncNotifications.configs.recommended];
`;
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A project of the given files (and an untyped eslint.config.mjs) under `.tmp-audit-*`. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(root, '.tmp-audit-'));
  made.push(dir);
  for (const [file, text] of Object.entries({ 'eslint.config.mjs': CONFIG, ...files })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function audit(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(['audit', ...args], { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const MAIL = `import { Resend } from 'resend';

export const resend = new Resend(process.env.RESEND_API_KEY);
`;

describe('audit: more evidence shapes', () => {
  it('a Trigger.dev task, a QStash worker route and a Drizzle table', async () => {
    const dir = project({
      'lib/mail.ts': MAIL,
      'db/schema.ts': `import { pgTable, text } from 'drizzle-orm/pg-core';

export const notifications = pgTable('notifications', { id: text('id').primaryKey(), userId: text('user_id') });
`,
      'trigger/notify-follower.ts': `import { task } from '@trigger.dev/sdk';

import { resend } from '@/lib/mail';

export const notifyFollower = task({
  id: 'notify-follower',
  run: async (payload: { email: string }) => {
    await resend.emails.send({ from: 'noreply@example.com', to: payload.email, subject: 'New follower', html: '' });
  },
});
`,
      'app/api/webhooks/qstash/route.ts': `import { verifySignatureAppRouter } from '@upstash/qstash/nextjs';

import { db } from '@/db/client';
import { notifications } from '@/db/schema';

// QStash calls this route: it is the queue's worker.
export const POST = verifySignatureAppRouter(async (request: Request) => {
  const { userId } = (await request.json()) as { userId: string };
  await db.insert(notifications).values({ id: crypto.randomUUID(), userId });
  return Response.json({ ok: true });
});
`,
      'app/api/posts/route.ts': `async function handler() {
  return Response.json([]);
}

export { handler as GET, handler as HEAD };
`,
    });
    expect(await audit(dir)).toEqual({
      code: 0,
      stdout: `Notification audit of .
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: none (6 files linted on syntax alone)

Handlers (1)
  GET/HEAD /api/posts (route handler, app/api/posts/route.ts:1): none

Evidence (3)
  queue worker: worker route /api/webhooks/qstash creates a notification record: db.insert().values (app/api/webhooks/qstash/route.ts:9)
  queue worker: Trigger.dev task notify-follower sends an email: resend.emails.send (trigger/notify-follower.ts:8)
  notification model: Drizzle table notifications (db/schema.ts:3)

Verdict: PASS — no handler waits for or drops notification work, and a decoupled implementation is present.
`,
      stderr: '',
    });
  });
});

describe('audit: more reasons to fail', () => {
  it('notifications without any decoupled implementation (a file that does not parse is skipped and named)', async () => {
    const dir = project({
      'app/api/broken/route.ts': 'export async function POST(request: Request {\n  return Response.json({});\n}\n',
      'prisma/schema.prisma': 'model Like {\n  id String @id\n}\n\nmodel Notification {\n  id String @id\n}\n',
      'lib/notify.ts': `import { db } from './db';

export async function recordActivity(userId: string) {
  await db.notification.create({ data: { userId } });
}
`,
      'app/api/posts/[id]/like/route.ts': `import { db } from '@/lib/db';

export async function POST(request: Request) {
  const { postId, userId } = (await request.json()) as { postId: string; userId: string };
  await db.like.create({ data: { postId, userId } });
  return Response.json({ ok: true });
}
`,
    });
    const result = await audit(dir, '--format', 'json');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("async-notifications audit: skipped app/api/broken/route.ts: Parsing error: ',' expected.\n");
    expect(JSON.parse(result.stdout)).toMatchObject({
      verdict: 'fail',
      evidence: [{ app: '.', kind: 'notification model', file: 'prisma/schema.prisma', line: 5, text: 'Prisma model Notification' }],
      details: [
        {
          app: '.',
          kind: 'noDecoupling',
          file: 'prisma/schema.prisma',
          line: 5,
          handler: null,
          text: 'The code base has notifications (Prisma model Notification, prisma/schema.prisma:5) but no decoupled implementation: no hand-off of notification work, no queue worker that does notification work, no database trigger on a notifications table.',
        },
      ],
    });
  });

  it("work inside the action's own transaction, and a BullMQ job named after its email", async () => {
    const dir = project({
      'lib/queue.ts': `import { Queue } from 'bullmq';

export const emailQueue = new Queue('email', { connection: { host: 'localhost' } });
`,
      'app/actions.ts': `'use server';

import { db } from '@/lib/db';
import { emailQueue } from '@/lib/queue';

export async function likePost(postId: string, userId: string) {
  await db.$transaction(async (tx) => {
    await tx.like.create({ data: { postId, userId } });
    await tx.notification.create({ data: { userId, type: 'post.liked' } });
  });
  await emailQueue.add('like-email', { postId, userId });
}
`,
    });
    expect(await audit(dir)).toEqual({
      code: 1,
      stdout: `Notification audit of .
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: none (3 files linted on syntax alone)

Handlers (1)
  likePost (Server Action, app/actions.ts:6): waits
    waits for a notification record inside its transaction: tx.notification.create (line 9)
    hands off the event like-email via BullMQ: emailQueue.add (line 11)

Evidence (1)
  hand-off: likePost hands off the event like-email via BullMQ: emailQueue.add (app/actions.ts:11)

Verdict: FAIL — notification work can fail or slow down the user's action.
  - likePost (app/actions.ts:9) waits for a notification record (tx.notification.create) inside the action's own transaction — if that insert fails, the like is rolled back and the user sees an error.
`,
      stderr: '',
    });
  });
});
