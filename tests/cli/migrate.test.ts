// The migrate command, run as a user runs it: on copies of the example app (made under the
// repository so that its packages resolve from the root node_modules) and of the fixture project
// (made outside it, with the fixture's own node_modules linked in), with the exact diff, the exact
// files it writes, then tsc and ESLint on the result and a second run.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { run } from '../../src/cli/run.js';
import { lintProject } from '../../src/cli/project-lint.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ruleId = 'async-notifications/no-sync-notification-in-handler';
const copies: string[] = [];

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});

/** A copy of `source` under the repository root (`.tmp-migrate-*`, ignored by git). */
function copyProject(source: string): string {
  const dir = mkdtempSync(path.join(root, '.tmp-migrate-'));
  copies.push(dir);
  cpSync(path.join(root, source), dir, { recursive: true });
  return dir;
}

/**
 * A copy of the fixture project in the system's temp directory: outside the repository, so that
 * ESLint finds no config above it (the repository's own eslint.config.js ignores `.tmp-*`) and
 * migrate uses the plugin's recommended config, typed, as in a project without a config. Its
 * packages are the fixture's own (tests/fixtures/project/node_modules), linked rather than copied.
 */
function copyFixtureProject(): string {
  const source = path.join(root, 'tests/fixtures/project');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'async-notifications-migrate-'));
  copies.push(dir);
  cpSync(source, dir, { recursive: true, filter: (file) => file !== path.join(source, 'node_modules') });
  symlinkSync(path.join(source, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

async function migrate(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(['migrate', ...args], { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function read(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

function snapshot(dir: string, files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f, read(dir, f)]));
}

/** `tsc --noEmit -p dir`: its exit status and output. */
function typeCheck(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', dir], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The rule's reports in `dir` as `file:line:column`, linted the way migrate lints it. */
async function findings(dir: string, patterns?: string[]): Promise<string[]> {
  const { results } = await lintProject({ cwd: dir, ...(patterns ? { patterns } : {}) });
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === ruleId || m.fatal).map((m) => `${path.relative(dir, r.filePath)}:${m.line}:${m.column}`));
}

const EXAMPLE_FILES = ['app/actions.ts', 'app/api/inngest/route.ts', 'app/api/posts/[id]/like/route.ts', 'pages/api/follow.ts', 'inngest/functions.ts', 'lib/notify.ts'];

const EXAMPLE_DRY_RUN = `--- a/app/actions.ts
+++ b/app/actions.ts
@@ -1,13 +1,13 @@
 'use server';
 
-import { recordActivity } from '@/lib/activity';
 import { db } from '@/lib/db';
 import { sendWelcomeEmail } from '@/lib/welcome';
+import { inngest } from '@/lib/inngest';
 
 // ❌ Only type information shows that recordActivity writes a notification row.
 export async function commentOnPost(postId: string, userId: string, body: string) {
   await db.comment.create({ data: { postId, userId, body } });
-  await recordActivity(userId, 'post.commented');
+  await inngest.send({ name: 'notification/post.commented', data: { userId } });
 }
 
 // ✅ sendWelcomeEmail only enqueues; without types its name alone would raise a false alarm.
--- a/app/api/inngest/route.ts
+++ b/app/api/inngest/route.ts
@@ -2,6 +2,7 @@
 
 import { sendFollowEmail, welcomeNewUser } from '@/inngest/functions';
 import { inngest } from '@/lib/inngest';
+import { notifyPostCommented, notifyPostLiked, notifyUserFollowed2 } from '@/inngest/notifications';
 
 // The route that serves Inngest functions is the queue's worker, not a user action.
-export const { GET, POST, PUT } = serve({ client: inngest, functions: [sendFollowEmail, welcomeNewUser] });
+export const { GET, POST, PUT } = serve({ client: inngest, functions: [sendFollowEmail, welcomeNewUser, notifyPostCommented, notifyPostLiked, notifyUserFollowed2] });
--- a/app/api/posts/[id]/like/route.ts
+++ b/app/api/posts/[id]/like/route.ts
@@ -1,12 +1,11 @@
 import { db } from '@/lib/db';
-import { resend } from '@/lib/mail';
+import { inngest } from '@/lib/inngest';
 
 // ❌ The like waits for a notification row and an email before it answers.
 export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
   const { id } = await params;
   const { userId } = (await request.json()) as { userId: string };
   await db.like.create({ data: { postId: id, userId } });
-  await db.notification.create({ data: { userId, type: 'post.liked' } });
-  await resend.emails.send({ from: 'noreply@example.com', to: 'author@example.com', subject: 'New like', html: '<p>Someone liked your post</p>' });
+  await inngest.send({ name: 'notification/post.liked', data: { userId } });
   return Response.json({ ok: true });
 }
--- /dev/null
+++ b/inngest/notifications.ts
@@ -0,0 +1,40 @@
+// Written by \`async-notifications migrate\`: notification work moved out of request handlers.
+// Each Inngest function does the work of one event; each piece of work is a step, retried on its own.
+import { recordActivity } from '@/lib/activity';
+import { db } from '@/lib/db';
+import { inngest } from '@/lib/inngest';
+import { resend } from '@/lib/mail';
+import { notifyFollowers } from '@/lib/notify';
+
+export const notifyPostCommented = inngest.createFunction(
+  { id: 'notify-post-commented', triggers: [{ event: 'notification/post.commented' }] },
+  async ({ event, step }) => {
+    const { userId } = event.data as { userId: string };
+    await step.run('record-activity', async () => {
+      await recordActivity(userId, 'post.commented');
+    });
+  },
+);
+
+export const notifyPostLiked = inngest.createFunction(
+  { id: 'notify-post-liked', triggers: [{ event: 'notification/post.liked' }] },
+  async ({ event, step }) => {
+    const { userId } = event.data as { userId: string };
+    await step.run('create-notification', async () => {
+      await db.notification.create({ data: { userId, type: 'post.liked' } });
+    });
+    await step.run('send-email', async () => {
+      await resend.emails.send({ from: 'noreply@example.com', to: 'author@example.com', subject: 'New like', html: '<p>Someone liked your post</p>' });
+    });
+  },
+);
+
+export const notifyUserFollowed2 = inngest.createFunction(
+  { id: 'notify-user-followed-2', triggers: [{ event: 'notification/user.followed-2' }] },
+  async ({ event, step }) => {
+    const { followeeId } = event.data as { followeeId: string };
+    await step.run('notify-followers', async () => {
+      await notifyFollowers(followeeId, '');
+    });
+  },
+);
--- a/pages/api/follow.ts
+++ b/pages/api/follow.ts
@@ -1,12 +1,12 @@
 import type { NextApiRequest, NextApiResponse } from 'next';
 
 import { db } from '@/lib/db';
-import { notifyFollowers } from '@/lib/notify';
+import { inngest } from '@/lib/inngest';
 
 // ❌ A Pages Router API route that starts an email and does not wait for it or hand it off.
 export default async function handler(req: NextApiRequest, res: NextApiResponse) {
   const { followerId, followeeId } = req.body as { followerId: string; followeeId: string };
   await db.follow.create({ data: { followerId, followeeId } });
-  notifyFollowers(followeeId, '');
+  await inngest.send({ name: 'notification/user.followed-2', data: { followeeId } });
   res.status(200).json({ ok: true });
 }
Would move 4 calls into 3 Inngest events:
  notification/post.commented (app/actions.ts commentOnPost): recordActivity -> notifyPostCommented
  notification/post.liked (app/api/posts/[id]/like/route.ts POST): db.notification.create, resend.emails.send -> notifyPostLiked
  notification/user.followed-2 (pages/api/follow.ts handler): notifyFollowers -> notifyUserFollowed2
Dry run: nothing was written. Run with --write to apply.
`;

const EXAMPLE_WRITE = `Moved 4 calls into 3 Inngest events:
  notification/post.commented (app/actions.ts commentOnPost): recordActivity -> notifyPostCommented
  notification/post.liked (app/api/posts/[id]/like/route.ts POST): db.notification.create, resend.emails.send -> notifyPostLiked
  notification/user.followed-2 (pages/api/follow.ts handler): notifyFollowers -> notifyUserFollowed2
Wrote app/actions.ts, app/api/inngest/route.ts, app/api/posts/[id]/like/route.ts, inngest/notifications.ts, pages/api/follow.ts.
`;

const EXAMPLE_AFTER: Record<string, string> = {
  'app/api/posts/[id]/like/route.ts': `import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

// ❌ The like waits for a notification row and an email before it answers.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = (await request.json()) as { userId: string };
  await db.like.create({ data: { postId: id, userId } });
  await inngest.send({ name: 'notification/post.liked', data: { userId } });
  return Response.json({ ok: true });
}
`,
  'inngest/notifications.ts': `// Written by \`async-notifications migrate\`: notification work moved out of request handlers.
// Each Inngest function does the work of one event; each piece of work is a step, retried on its own.
import { recordActivity } from '@/lib/activity';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
import { resend } from '@/lib/mail';
import { notifyFollowers } from '@/lib/notify';

export const notifyPostCommented = inngest.createFunction(
  { id: 'notify-post-commented', triggers: [{ event: 'notification/post.commented' }] },
  async ({ event, step }) => {
    const { userId } = event.data as { userId: string };
    await step.run('record-activity', async () => {
      await recordActivity(userId, 'post.commented');
    });
  },
);

export const notifyPostLiked = inngest.createFunction(
  { id: 'notify-post-liked', triggers: [{ event: 'notification/post.liked' }] },
  async ({ event, step }) => {
    const { userId } = event.data as { userId: string };
    await step.run('create-notification', async () => {
      await db.notification.create({ data: { userId, type: 'post.liked' } });
    });
    await step.run('send-email', async () => {
      await resend.emails.send({ from: 'noreply@example.com', to: 'author@example.com', subject: 'New like', html: '<p>Someone liked your post</p>' });
    });
  },
);

export const notifyUserFollowed2 = inngest.createFunction(
  { id: 'notify-user-followed-2', triggers: [{ event: 'notification/user.followed-2' }] },
  async ({ event, step }) => {
    const { followeeId } = event.data as { followeeId: string };
    await step.run('notify-followers', async () => {
      await notifyFollowers(followeeId, '');
    });
  },
);
`,
  'app/api/inngest/route.ts': `import { serve } from 'inngest/next';

import { sendFollowEmail, welcomeNewUser } from '@/inngest/functions';
import { inngest } from '@/lib/inngest';
import { notifyPostCommented, notifyPostLiked, notifyUserFollowed2 } from '@/inngest/notifications';

// The route that serves Inngest functions is the queue's worker, not a user action.
export const { GET, POST, PUT } = serve({ client: inngest, functions: [sendFollowEmail, welcomeNewUser, notifyPostCommented, notifyPostLiked, notifyUserFollowed2] });
`,
  'app/actions.ts': `'use server';

import { db } from '@/lib/db';
import { sendWelcomeEmail } from '@/lib/welcome';
import { inngest } from '@/lib/inngest';

// ❌ Only type information shows that recordActivity writes a notification row.
export async function commentOnPost(postId: string, userId: string, body: string) {
  await db.comment.create({ data: { postId, userId, body } });
  await inngest.send({ name: 'notification/post.commented', data: { userId } });
}

// ✅ sendWelcomeEmail only enqueues; without types its name alone would raise a false alarm.
export async function signUp(userId: string) {
  await sendWelcomeEmail(userId);
}
`,
  'pages/api/follow.ts': `import type { NextApiRequest, NextApiResponse } from 'next';

import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

// ❌ A Pages Router API route that starts an email and does not wait for it or hand it off.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { followerId, followeeId } = req.body as { followerId: string; followeeId: string };
  await db.follow.create({ data: { followerId, followeeId } });
  await inngest.send({ name: 'notification/user.followed-2', data: { followeeId } });
  res.status(200).json({ ok: true });
}
`,
};

describe('migrate on a copy of examples/next-app', () => {
  let dir = '';
  beforeAll(() => {
    dir = copyProject('examples/next-app');
  });

  it('prints the unified diff and the plan, and writes nothing (dry run)', async () => {
    expect(await findings(dir)).toEqual(['app/actions.ts:10:9', 'app/api/posts/[id]/like/route.ts:9:9', 'app/api/posts/[id]/like/route.ts:10:9', 'pages/api/follow.ts:10:3']);
    const before = snapshot(dir, EXAMPLE_FILES);
    const result = await migrate(dir);
    expect(result).toEqual({ code: 0, stdout: EXAMPLE_DRY_RUN, stderr: '' });
    expect(snapshot(dir, EXAMPLE_FILES)).toEqual(before);
  });

  it('writes the handlers, the functions module and the serve route (--write)', async () => {
    const result = await migrate(dir, '--write');
    expect(result).toEqual({ code: 0, stdout: EXAMPLE_WRITE, stderr: '' });
    expect(snapshot(dir, Object.keys(EXAMPLE_AFTER))).toEqual(EXAMPLE_AFTER);
    // The worker that was there before is untouched.
    expect(read(dir, 'inngest/functions.ts')).toBe(read(path.join(root, 'examples/next-app'), 'inngest/functions.ts'));
  });

  it("is what the README's Migrate section shows", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const like = 'app/api/posts/[id]/like/route.ts';
    expect(readme).toContain(`\`\`\`ts\n${read(path.join(root, 'examples/next-app'), like)}\`\`\``);
    expect(readme).toContain(`\`\`\`ts\n${EXAMPLE_AFTER[like]}\`\`\``);
    expect(readme).toContain(`\`\`\`text\n${EXAMPLE_DRY_RUN.slice(EXAMPLE_DRY_RUN.indexOf('Would move'))}\`\`\``);
  });

  it('leaves a project that type-checks', () => {
    expect(typeCheck(dir)).toEqual({ status: 0, output: '' });
  });

  it("leaves nothing for the rule to report, with the project's own (typed) config", async () => {
    expect(await findings(dir)).toEqual([]);
  });

  it('changes nothing on a second run', async () => {
    const before = snapshot(dir, Object.keys(EXAMPLE_AFTER));
    expect(await migrate(dir, '--write')).toEqual({ code: 0, stdout: 'Nothing to move.\n', stderr: '' });
    expect(await migrate(dir)).toEqual({ code: 0, stdout: 'Nothing to move.\n', stderr: '' });
    expect(snapshot(dir, Object.keys(before))).toEqual(before);
  });

  it('adds new work to the functions module it wrote before, and registers it', async () => {
    mkdirSync(path.join(dir, 'app/api/posts/[id]/comments'));
    writeFileSync(path.join(dir, 'app/api/posts/[id]/comments/route.ts'), COMMENT_ROUTE);
    expect(await migrate(dir)).toEqual({ code: 0, stdout: COMMENT_DRY_RUN, stderr: '' });
    expect((await migrate(dir, '--write')).code).toBe(0);
    expect(typeCheck(dir)).toEqual({ status: 0, output: '' });
    expect(await migrate(dir)).toEqual({ code: 0, stdout: 'Nothing to move.\n', stderr: '' });
  });
});

const COMMENT_ROUTE = `import { resend } from '@/lib/mail';

export async function POST(request: Request) {
  const { authorEmail } = (await request.json()) as { authorEmail: string };
  await resend.emails.send({ from: 'noreply@example.com', to: authorEmail, subject: 'New comment', html: '' });
  return Response.json({ ok: true });
}
`;

const COMMENT_DRY_RUN = `--- a/app/api/inngest/route.ts
+++ b/app/api/inngest/route.ts
@@ -2,7 +2,7 @@
 
 import { sendFollowEmail, welcomeNewUser } from '@/inngest/functions';
 import { inngest } from '@/lib/inngest';
-import { notifyPostCommented, notifyPostLiked, notifyUserFollowed2 } from '@/inngest/notifications';
+import { notifyPostCommented, notifyPostLiked, notifyUserFollowed2, notifyCommentCreated } from '@/inngest/notifications';
 
 // The route that serves Inngest functions is the queue's worker, not a user action.
-export const { GET, POST, PUT } = serve({ client: inngest, functions: [sendFollowEmail, welcomeNewUser, notifyPostCommented, notifyPostLiked, notifyUserFollowed2] });
+export const { GET, POST, PUT } = serve({ client: inngest, functions: [sendFollowEmail, welcomeNewUser, notifyPostCommented, notifyPostLiked, notifyUserFollowed2, notifyCommentCreated] });
--- a/app/api/posts/[id]/comments/route.ts
+++ b/app/api/posts/[id]/comments/route.ts
@@ -1,7 +1,7 @@
-import { resend } from '@/lib/mail';
+import { inngest } from '@/lib/inngest';
 
 export async function POST(request: Request) {
   const { authorEmail } = (await request.json()) as { authorEmail: string };
-  await resend.emails.send({ from: 'noreply@example.com', to: authorEmail, subject: 'New comment', html: '' });
+  await inngest.send({ name: 'notification/comment.created', data: { authorEmail } });
   return Response.json({ ok: true });
 }
--- a/inngest/notifications.ts
+++ b/inngest/notifications.ts
@@ -38,3 +38,13 @@
     });
   },
 );
+
+export const notifyCommentCreated = inngest.createFunction(
+  { id: 'notify-comment-created', triggers: [{ event: 'notification/comment.created' }] },
+  async ({ event, step }) => {
+    const { authorEmail } = event.data as { authorEmail: string };
+    await step.run('send-email', async () => {
+      await resend.emails.send({ from: 'noreply@example.com', to: authorEmail, subject: 'New comment', html: '' });
+    });
+  },
+);
Would move 1 call into 1 Inngest event:
  notification/comment.created (app/api/posts/[id]/comments/route.ts POST): resend.emails.send -> notifyCommentCreated
Dry run: nothing was written. Run with --write to apply.
`;

const FIXTURE_HANDLERS: Record<string, string> = {
  'app/api/posts/[id]/like/route.ts': `import { resend } from '@/lib/clients';
import { db } from '@/lib/db';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = (await request.json()) as { userId: string };
  const like = await db.like.create({ data: { postId: id, userId } });
  await db.notification.create({ data: { userId, type: 'post.liked', data: { postId: id } } });
  await resend.emails.send({
    from: 'team@example.com',
    to: 'author@example.com',
    subject: 'New like',
    text: \`Liked at \${like.createdAt.toISOString()}\`,
  });
  return Response.json({ ok: true });
}
`,
  'app/actions.ts': `'use server';

import { notifyFollowers, recordActivity } from '@/lib/helpers';
import { db } from '@/lib/db';

export async function publishPost(authorId: string, title: string) {
  const post = await db.post.create({ data: { authorId, title, body: '' } });
  await notifyFollowers(authorId, post.title);
}

export async function followUser(followerId: string, followingId: string) {
  await db.$transaction(async (tx) => {
    await tx.follow.create({ data: { followerId, followingId } });
    await tx.notification.create({ data: { userId: followingId, type: 'user.followed' } });
  });
  const activity = await recordActivity(followingId, 'user.followed', {});
  return activity.id;
}
`,
  'app/api/follow/route.ts': `import { transporter } from '@/lib/clients';

export async function POST(request: Request) {
  const seen = new Map<string, number>();
  const { email } = (await request.json()) as { email: string };
  await transporter.sendMail({ from: 'team@example.com', to: email, subject: 'Followed', text: JSON.stringify([...seen]) });
  return Response.json({ ok: true });
}
`,
};

const FIXTURE_NOT_MOVED = `Not moved (left as they are):
  app/actions.ts:14:11 tx.notification.create: it runs inside the action's own transaction; it reads tx.notification, an object the work calls create() on, which does not survive JSON
  app/actions.ts:16:26 recordActivity: the handler uses its result
  app/api/follow/route.ts:6:9 transporter.sendMail: it reads seen, a Map, which does not survive JSON
`;

// The second run sees the same work one line lower: the first run added the client's import.
const FIXTURE_NOT_MOVED_AFTER = `Not moved (left as they are):
  app/actions.ts:15:11 tx.notification.create: it runs inside the action's own transaction; it reads tx.notification, an object the work calls create() on, which does not survive JSON
  app/actions.ts:17:26 recordActivity: the handler uses its result
  app/api/follow/route.ts:6:9 transporter.sendMail: it reads seen, a Map, which does not survive JSON
`;

const FIXTURE_AFTER: Record<string, string> = {
  'app/api/posts/[id]/like/route.ts': `import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = (await request.json()) as { userId: string };
  const like = await db.like.create({ data: { postId: id, userId } });
  await inngest.send({ name: 'notification/post.liked', data: { userId, id, createdAt: like.createdAt } });
  return Response.json({ ok: true });
}
`,
  'app/actions.ts': `'use server';

import { recordActivity } from '@/lib/helpers';
import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function publishPost(authorId: string, title: string) {
  const post = await db.post.create({ data: { authorId, title, body: '' } });
  await inngest.send({ name: 'notification/post.published', data: { authorId, title: post.title } });
}

export async function followUser(followerId: string, followingId: string) {
  await db.$transaction(async (tx) => {
    await tx.follow.create({ data: { followerId, followingId } });
    await tx.notification.create({ data: { userId: followingId, type: 'user.followed' } });
  });
  const activity = await recordActivity(followingId, 'user.followed', {});
  return activity.id;
}
`,
  'inngest/notifications.ts': `// Written by \`async-notifications migrate\`: notification work moved out of request handlers.
// Each Inngest function does the work of one event; each piece of work is a step, retried on its own.
import { resend } from '@/lib/clients';
import { db } from '@/lib/db';
import { notifyFollowers } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';

export const notifyPostPublished = inngest.createFunction(
  { id: 'notify-post-published', triggers: [{ event: 'notification/post.published' }] },
  async ({ event, step }) => {
    const { authorId, title } = event.data as { authorId: string; title: string };
    await step.run('notify-followers', async () => {
      await notifyFollowers(authorId, title);
    });
  },
);

export const notifyPostLiked = inngest.createFunction(
  { id: 'notify-post-liked', triggers: [{ event: 'notification/post.liked' }] },
  async ({ event, step }) => {
    const { userId, id, createdAt } = event.data as { userId: string; id: string; createdAt: string };
    await step.run('create-notification', async () => {
      await db.notification.create({ data: { userId, type: 'post.liked', data: { postId: id } } });
    });
    await step.run('send-email', async () => {
      await resend.emails.send({
        from: 'team@example.com',
        to: 'author@example.com',
        subject: 'New like',
        text: \`Liked at \${new Date(createdAt).toISOString()}\`,
      });
    });
  },
);
`,
  'app/api/inngest/route.ts': `import { serve } from 'inngest/next';
import { inngest } from '@/lib/inngest';
import { notifyPostPublished, notifyPostLiked } from '@/inngest/notifications';

// Placeholder: typed rule tests lint virtual code under this file name.
export {};

export const { GET, POST, PUT } = serve({ client: inngest, functions: [notifyPostPublished, notifyPostLiked] });
`,
};

describe('migrate on a copy of the fixture project (real Prisma, Resend and Nodemailer types)', () => {
  let dir = '';
  beforeAll(() => {
    dir = copyFixtureProject();
    for (const [file, text] of Object.entries(FIXTURE_HANDLERS)) writeFileSync(path.join(dir, file), text);
  });

  it('moves what it can, lists what it cannot with the reason, and leaves that code alone', async () => {
    const result = await migrate(dir, 'app', 'pages', '--write');
    expect(result).toEqual({
      code: 0,
      stdout:
        'Moved 3 calls into 2 Inngest events:\n' +
        '  notification/post.published (app/actions.ts publishPost): notifyFollowers -> notifyPostPublished\n' +
        '  notification/post.liked (app/api/posts/[id]/like/route.ts POST): db.notification.create, resend.emails.send -> notifyPostLiked\n' +
        FIXTURE_NOT_MOVED +
        'Wrote app/actions.ts, app/api/inngest/route.ts, app/api/posts/[id]/like/route.ts, inngest/notifications.ts.\n',
      stderr: '',
    });
    expect(snapshot(dir, Object.keys(FIXTURE_AFTER))).toEqual(FIXTURE_AFTER);
    expect(read(dir, 'app/api/follow/route.ts')).toBe(FIXTURE_HANDLERS['app/api/follow/route.ts']);
  }, 120_000);

  it('leaves a project that type-checks', () => {
    expect(typeCheck(dir)).toEqual({ status: 0, output: '' });
  }, 120_000);

  it('leaves only the findings it did not move', async () => {
    expect(await findings(dir, ['app', 'pages'])).toEqual(['app/actions.ts:15:11', 'app/actions.ts:17:26', 'app/api/follow/route.ts:6:9']);
  }, 120_000);

  it('changes nothing on a second run, and still lists what it cannot move', async () => {
    const before = snapshot(dir, Object.keys(FIXTURE_AFTER));
    const result = await migrate(dir, 'app', 'pages', '--write');
    expect(result).toEqual({ code: 0, stdout: `Nothing to move.\n${FIXTURE_NOT_MOVED_AFTER}`, stderr: '' });
    expect(snapshot(dir, Object.keys(before))).toEqual(before);
  }, 120_000);
});

describe('what the moved work needs travels with it', () => {
  it('re-paths a relative import for the functions module (through the tsconfig alias) and moves a literal module constant that only the work read', async () => {
    const dir = copyProject('examples/next-app');
    writeFileSync(path.join(dir, 'app/api/posts/[id]/like/route.ts'), `import { db } from '@/lib/db';
import { resend } from '../../../../../lib/mail';

const FROM = 'noreply@example.com';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await resend.emails.send({ from: FROM, to: 'author@example.com', subject: 'New like', html: \`<a href="/posts/\${id}">See it</a>\` });
  return Response.json({ ok: true, id: (await db.like.findMany()).length });
}
`);
    expect(await migrate(dir, 'app/api/posts')).toEqual({ code: 0, stdout: `--- a/app/api/inngest/route.ts
+++ b/app/api/inngest/route.ts
@@ -2,6 +2,7 @@
 
 import { sendFollowEmail, welcomeNewUser } from '@/inngest/functions';
 import { inngest } from '@/lib/inngest';
+import { notifyPostLiked } from '@/inngest/notifications';
 
 // The route that serves Inngest functions is the queue's worker, not a user action.
-export const { GET, POST, PUT } = serve({ client: inngest, functions: [sendFollowEmail, welcomeNewUser] });
+export const { GET, POST, PUT } = serve({ client: inngest, functions: [sendFollowEmail, welcomeNewUser, notifyPostLiked] });
--- a/app/api/posts/[id]/like/route.ts
+++ b/app/api/posts/[id]/like/route.ts
@@ -1,10 +1,8 @@
 import { db } from '@/lib/db';
-import { resend } from '../../../../../lib/mail';
-
-const FROM = 'noreply@example.com';
+import { inngest } from '@/lib/inngest';
 
 export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
   const { id } = await params;
-  await resend.emails.send({ from: FROM, to: 'author@example.com', subject: 'New like', html: \`<a href="/posts/\${id}">See it</a>\` });
+  await inngest.send({ name: 'notification/post.liked', data: { id } });
   return Response.json({ ok: true, id: (await db.like.findMany()).length });
 }
--- /dev/null
+++ b/inngest/notifications.ts
@@ -0,0 +1,16 @@
+// Written by \`async-notifications migrate\`: notification work moved out of request handlers.
+// Each Inngest function does the work of one event; each piece of work is a step, retried on its own.
+import { inngest } from '@/lib/inngest';
+import { resend } from '@/lib/mail';
+
+const FROM = 'noreply@example.com';
+
+export const notifyPostLiked = inngest.createFunction(
+  { id: 'notify-post-liked', triggers: [{ event: 'notification/post.liked' }] },
+  async ({ event, step }) => {
+    const { id } = event.data as { id: string };
+    await step.run('send-email', async () => {
+      await resend.emails.send({ from: FROM, to: 'author@example.com', subject: 'New like', html: \`<a href="/posts/\${id}">See it</a>\` });
+    });
+  },
+);
Would move 1 call into 1 Inngest event:
  notification/post.liked (app/api/posts/[id]/like/route.ts POST): resend.emails.send -> notifyPostLiked
Dry run: nothing was written. Run with --write to apply.
`, stderr: '' });
  });
});

describe('migrate arguments', () => {
  let dir = '';
  beforeAll(() => {
    dir = copyProject('examples/next-app');
  });

  it.each([
    [['--bogus'], 'async-notifications migrate: unknown option --bogus'],
    [['--functions'], 'async-notifications migrate: --functions needs a path (for example --functions inngest/notifications.ts)'],
    [['--functions', 'inngest/notifications.txt'], 'async-notifications migrate: --functions inngest/notifications.txt: the functions module must be a .ts, .mts, .js or .mjs file'],
    [['no-such-dir'], 'async-notifications migrate: no such file or directory: no-such-dir'],
  ])('%j exits 2 and says why', async (args, message) => {
    const result = await migrate(dir, ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(message);
  });

  it('the installed bin exits 2 on a bad argument', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'main.js'), 'migrate', '--bogus'], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('async-notifications migrate: unknown option --bogus');
  });

  it('refuses to add to a functions module whose imports clash with the moved work, and writes nothing', async () => {
    const conflict = copyProject('examples/next-app');
    mkdirSync(path.join(conflict, 'inngest'), { recursive: true });
    writeFileSync(path.join(conflict, 'inngest/notifications.ts'), "import { resend } from '@/lib/other-mail';\n\nexport const mailer = resend;\n");
    const before = snapshot(conflict, [...EXAMPLE_FILES, 'inngest/notifications.ts']);
    const result = await migrate(conflict, '--write');
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: "async-notifications migrate: notifications.ts already imports resend from '@/lib/other-mail', and the moved work needs it from '@/lib/mail'. Nothing was written.\n",
    });
    expect(snapshot(conflict, Object.keys(before))).toEqual(before);
  });

  it('writes the three-argument createFunction when the project has inngest 3', async () => {
    const v3 = copyProject('examples/next-app');
    mkdirSync(path.join(v3, 'node_modules', 'inngest'), { recursive: true });
    writeFileSync(path.join(v3, 'node_modules', 'inngest', 'package.json'), JSON.stringify({ name: 'inngest', version: '3.44.1' }));
    const result = await migrate(v3, 'app/api/posts');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`+export const notifyPostLiked = inngest.createFunction(
+  { id: 'notify-post-liked' },
+  { event: 'notification/post.liked' },
+  async ({ event, step }) => {
`);
  });

  it('--help prints the usage and exits 0', async () => {
    const result = await migrate(dir, '--help');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Usage: async-notifications migrate [paths...] [--write] [--functions <path>]');
  });
});
