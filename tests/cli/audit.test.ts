// The `audit` command as users run it: exact stdout and exit codes for the example app (fail), a
// project where everything is handed off and one per other kind of evidence (pass), a project
// without notifications (n/a), one without an ESLint config, a monorepo, and bad arguments (2).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { run } from '../../src/cli/run.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = 'tests/fixtures/audit';

interface AuditRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `async-notifications audit ...args` in-process from `cwd`, capturing what it prints. */
async function audit(args: string[], cwd = root): Promise<AuditRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(['audit', ...args], { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const EXAMPLE_TEXT = `Notification audit of examples/next-app
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: 13 of 14 linted files typed

Handlers (5)
  commentOnPost (Server Action, app/actions.ts:8): waits
    waits for a notification record: recordActivity -> db.notification.create (lib/activity.ts) (line 10)
  signUp (Server Action, app/actions.ts:14): hands off
    hands off the event notification/user.signed-up via inngest.send: sendWelcomeEmail -> inngest.send (lib/welcome.ts) (line 15)
  POST /api/follow (route handler, app/api/follow/route.ts:8): hands off
    hands off the event notification/user.followed via inngest.send (line 11)
    hands off an email via after(): notifyFollowers -> resend.emails.send (lib/notify.ts) (line 12)
  POST /api/posts/[id]/like (route handler, app/api/posts/[id]/like/route.ts:5): waits
    waits for a notification record: db.notification.create (line 9)
    waits for an email: resend.emails.send (line 10)
  /api/follow (Pages API route, pages/api/follow.ts:7): drops
    drops an email: notifyFollowers -> resend.emails.send (lib/notify.ts) (line 10)

Evidence (7)
  hand-off: signUp hands off the event notification/user.signed-up via inngest.send: sendWelcomeEmail -> inngest.send (lib/welcome.ts) (app/actions.ts:15)
  queue worker: worker route /api/cron/digest sends an email: resend.emails.send (app/api/cron/digest/route.ts:5)
  hand-off: POST /api/follow hands off the event notification/user.followed via inngest.send (app/api/follow/route.ts:11)
  hand-off: POST /api/follow hands off an email via after(): notifyFollowers -> resend.emails.send (lib/notify.ts) (app/api/follow/route.ts:12)
  queue worker: Inngest function send-follow-email (triggered by notification/user.followed) creates a notification record: db.notification.create (inngest/functions.ts:10)
  queue worker: Inngest function welcome-new-user (triggered by notification/user.signed-up) sends an email: resend.emails.send (inngest/functions.ts:24)
  hand-off: sendWelcomeEmail hands off the event notification/user.signed-up via inngest.send (lib/welcome.ts:5)

Verdict: FAIL — notification work can fail or slow down the user's action.
  - commentOnPost (app/actions.ts:10) waits for a notification record (recordActivity -> db.notification.create (lib/activity.ts)) before it responds — if that insert fails, the user sees an error although the comment was recorded.
  - POST /api/posts/[id]/like (app/api/posts/[id]/like/route.ts:9) waits for a notification record (db.notification.create) before it responds — if that insert fails, the user sees an error although the like was recorded.
  - POST /api/posts/[id]/like (app/api/posts/[id]/like/route.ts:10) waits for an email (resend.emails.send) before it responds — if the mail provider fails or times out, the user sees an error although the like was recorded.
  - /api/follow (pages/api/follow.ts:10) starts an email (notifyFollowers -> resend.emails.send (lib/notify.ts)) and neither awaits nor hands it off — on a serverless platform the function may freeze before it finishes, and the notification is lost without an error.
`;

const EXAMPLE_JSON = `{
  "verdict": "fail",
  "directory": "examples/next-app",
  "question": "Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?",
  "typeInformation": {
    "typedFiles": 13,
    "untypedFiles": 1
  },
  "apps": [
    {
      "app": ".",
      "verdict": "fail"
    }
  ],
  "handlers": [
    {
      "app": ".",
      "route": "commentOnPost",
      "kind": "serverAction",
      "name": "commentOnPost",
      "file": "app/actions.ts",
      "line": 8,
      "delivery": false,
      "webhook": false,
      "outcome": "waits",
      "work": [
        {
          "outcome": "waits",
          "channel": "notification record",
          "label": "notification.create",
          "chain": "recordActivity -> db.notification.create (lib/activity.ts)",
          "line": 10,
          "inTransaction": false,
          "via": null,
          "event": null,
          "text": "waits for a notification record: recordActivity -> db.notification.create (lib/activity.ts) (line 10)"
        }
      ]
    },
    {
      "app": ".",
      "route": "signUp",
      "kind": "serverAction",
      "name": "signUp",
      "file": "app/actions.ts",
      "line": 14,
      "delivery": false,
      "webhook": false,
      "outcome": "handsOff",
      "work": [
        {
          "outcome": "handsOff",
          "channel": null,
          "label": "inngest.send",
          "chain": "sendWelcomeEmail -> inngest.send (lib/welcome.ts)",
          "line": 15,
          "inTransaction": false,
          "via": "inngest.send",
          "event": "notification/user.signed-up",
          "text": "hands off the event notification/user.signed-up via inngest.send: sendWelcomeEmail -> inngest.send (lib/welcome.ts) (line 15)"
        }
      ]
    },
    {
      "app": ".",
      "route": "POST /api/follow",
      "kind": "route",
      "name": "POST",
      "file": "app/api/follow/route.ts",
      "line": 8,
      "delivery": false,
      "webhook": false,
      "outcome": "handsOff",
      "work": [
        {
          "outcome": "handsOff",
          "channel": null,
          "label": "inngest.send",
          "chain": "inngest.send",
          "line": 11,
          "inTransaction": false,
          "via": "inngest.send",
          "event": "notification/user.followed",
          "text": "hands off the event notification/user.followed via inngest.send (line 11)"
        },
        {
          "outcome": "handsOff",
          "channel": "email",
          "label": "after()",
          "chain": "notifyFollowers -> resend.emails.send (lib/notify.ts)",
          "line": 12,
          "inTransaction": false,
          "via": "after()",
          "event": null,
          "text": "hands off an email via after(): notifyFollowers -> resend.emails.send (lib/notify.ts) (line 12)"
        }
      ]
    },
    {
      "app": ".",
      "route": "POST /api/posts/[id]/like",
      "kind": "route",
      "name": "POST",
      "file": "app/api/posts/[id]/like/route.ts",
      "line": 5,
      "delivery": false,
      "webhook": false,
      "outcome": "waits",
      "work": [
        {
          "outcome": "waits",
          "channel": "notification record",
          "label": "notification.create",
          "chain": "db.notification.create",
          "line": 9,
          "inTransaction": false,
          "via": null,
          "event": null,
          "text": "waits for a notification record: db.notification.create (line 9)"
        },
        {
          "outcome": "waits",
          "channel": "email",
          "label": "Resend",
          "chain": "resend.emails.send",
          "line": 10,
          "inTransaction": false,
          "via": null,
          "event": null,
          "text": "waits for an email: resend.emails.send (line 10)"
        }
      ]
    },
    {
      "app": ".",
      "route": "/api/follow",
      "kind": "pagesApi",
      "name": "handler",
      "file": "pages/api/follow.ts",
      "line": 7,
      "delivery": false,
      "webhook": false,
      "outcome": "drops",
      "work": [
        {
          "outcome": "drops",
          "channel": "email",
          "label": "Resend",
          "chain": "notifyFollowers -> resend.emails.send (lib/notify.ts)",
          "line": 10,
          "inTransaction": false,
          "via": null,
          "event": null,
          "text": "drops an email: notifyFollowers -> resend.emails.send (lib/notify.ts) (line 10)"
        }
      ]
    }
  ],
  "evidence": [
    {
      "app": ".",
      "kind": "hand-off",
      "file": "app/actions.ts",
      "line": 15,
      "text": "signUp hands off the event notification/user.signed-up via inngest.send: sendWelcomeEmail -> inngest.send (lib/welcome.ts)"
    },
    {
      "app": ".",
      "kind": "queue worker",
      "file": "app/api/cron/digest/route.ts",
      "line": 5,
      "text": "worker route /api/cron/digest sends an email: resend.emails.send"
    },
    {
      "app": ".",
      "kind": "hand-off",
      "file": "app/api/follow/route.ts",
      "line": 11,
      "text": "POST /api/follow hands off the event notification/user.followed via inngest.send"
    },
    {
      "app": ".",
      "kind": "hand-off",
      "file": "app/api/follow/route.ts",
      "line": 12,
      "text": "POST /api/follow hands off an email via after(): notifyFollowers -> resend.emails.send (lib/notify.ts)"
    },
    {
      "app": ".",
      "kind": "queue worker",
      "file": "inngest/functions.ts",
      "line": 10,
      "text": "Inngest function send-follow-email (triggered by notification/user.followed) creates a notification record: db.notification.create"
    },
    {
      "app": ".",
      "kind": "queue worker",
      "file": "inngest/functions.ts",
      "line": 24,
      "text": "Inngest function welcome-new-user (triggered by notification/user.signed-up) sends an email: resend.emails.send"
    },
    {
      "app": ".",
      "kind": "hand-off",
      "file": "lib/welcome.ts",
      "line": 5,
      "text": "sendWelcomeEmail hands off the event notification/user.signed-up via inngest.send"
    }
  ],
  "details": [
    {
      "app": ".",
      "kind": "waits",
      "file": "app/actions.ts",
      "line": 10,
      "handler": "commentOnPost",
      "text": "commentOnPost (app/actions.ts:10) waits for a notification record (recordActivity -> db.notification.create (lib/activity.ts)) before it responds — if that insert fails, the user sees an error although the comment was recorded."
    },
    {
      "app": ".",
      "kind": "waits",
      "file": "app/api/posts/[id]/like/route.ts",
      "line": 9,
      "handler": "POST /api/posts/[id]/like",
      "text": "POST /api/posts/[id]/like (app/api/posts/[id]/like/route.ts:9) waits for a notification record (db.notification.create) before it responds — if that insert fails, the user sees an error although the like was recorded."
    },
    {
      "app": ".",
      "kind": "waits",
      "file": "app/api/posts/[id]/like/route.ts",
      "line": 10,
      "handler": "POST /api/posts/[id]/like",
      "text": "POST /api/posts/[id]/like (app/api/posts/[id]/like/route.ts:10) waits for an email (resend.emails.send) before it responds — if the mail provider fails or times out, the user sees an error although the like was recorded."
    },
    {
      "app": ".",
      "kind": "drops",
      "file": "pages/api/follow.ts",
      "line": 10,
      "handler": "/api/follow",
      "text": "/api/follow (pages/api/follow.ts:10) starts an email (notifyFollowers -> resend.emails.send (lib/notify.ts)) and neither awaits nor hands it off — on a serverless platform the function may freeze before it finishes, and the notification is lost without an error."
    }
  ]
}
`;

const EXAMPLE_MD = `## Notification audit: ❌ fail

> Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?

\`examples/next-app\`: notification work can fail or slow down the user's action. Type information: 13 of 14 linted files typed.

### Handlers

| Handler | Kind | Location | Notification work |
| --- | --- | --- | --- |
| \`commentOnPost\` | Server Action | \`app/actions.ts:8\` | waits for a notification record: recordActivity -> db.notification.create (lib/activity.ts) (line 10) |
| \`signUp\` | Server Action | \`app/actions.ts:14\` | hands off the event notification/user.signed-up via inngest.send: sendWelcomeEmail -> inngest.send (lib/welcome.ts) (line 15) |
| \`POST /api/follow\` | route handler | \`app/api/follow/route.ts:8\` | hands off the event notification/user.followed via inngest.send (line 11)<br>hands off an email via after(): notifyFollowers -> resend.emails.send (lib/notify.ts) (line 12) |
| \`POST /api/posts/[id]/like\` | route handler | \`app/api/posts/[id]/like/route.ts:5\` | waits for a notification record: db.notification.create (line 9)<br>waits for an email: resend.emails.send (line 10) |
| \`/api/follow\` | Pages API route | \`pages/api/follow.ts:7\` | drops an email: notifyFollowers -> resend.emails.send (lib/notify.ts) (line 10) |

### Evidence

- hand-off: signUp hands off the event notification/user.signed-up via inngest.send: sendWelcomeEmail -> inngest.send (lib/welcome.ts) (\`app/actions.ts:15\`)
- queue worker: worker route /api/cron/digest sends an email: resend.emails.send (\`app/api/cron/digest/route.ts:5\`)
- hand-off: POST /api/follow hands off the event notification/user.followed via inngest.send (\`app/api/follow/route.ts:11\`)
- hand-off: POST /api/follow hands off an email via after(): notifyFollowers -> resend.emails.send (lib/notify.ts) (\`app/api/follow/route.ts:12\`)
- queue worker: Inngest function send-follow-email (triggered by notification/user.followed) creates a notification record: db.notification.create (\`inngest/functions.ts:10\`)
- queue worker: Inngest function welcome-new-user (triggered by notification/user.signed-up) sends an email: resend.emails.send (\`inngest/functions.ts:24\`)
- hand-off: sendWelcomeEmail hands off the event notification/user.signed-up via inngest.send (\`lib/welcome.ts:5\`)

### Details

- commentOnPost (app/actions.ts:10) waits for a notification record (recordActivity -> db.notification.create (lib/activity.ts)) before it responds — if that insert fails, the user sees an error although the comment was recorded.
- POST /api/posts/[id]/like (app/api/posts/[id]/like/route.ts:9) waits for a notification record (db.notification.create) before it responds — if that insert fails, the user sees an error although the like was recorded.
- POST /api/posts/[id]/like (app/api/posts/[id]/like/route.ts:10) waits for an email (resend.emails.send) before it responds — if the mail provider fails or times out, the user sees an error although the like was recorded.
- /api/follow (pages/api/follow.ts:10) starts an email (notifyFollowers -> resend.emails.send (lib/notify.ts)) and neither awaits nor hands it off — on a serverless platform the function may freeze before it finishes, and the notification is lost without an error.
`;

describe('audit: the example app (typed, fails)', () => {
  it('prints handlers, evidence and one detail sentence per finding as text, and exits 1', async () => {
    expect(await audit(['examples/next-app'])).toEqual({ code: 1, stdout: EXAMPLE_TEXT, stderr: '' });
  });

  it('prints the documented JSON', async () => {
    const result = await audit(['examples/next-app', '--format', 'json']);
    expect(result).toEqual({ code: 1, stdout: EXAMPLE_JSON, stderr: '' });
    expect((JSON.parse(result.stdout) as { verdict: string }).verdict).toBe('fail');
  });

  it('prints Markdown for a pull-request comment', async () => {
    expect(await audit(['--format=md', 'examples/next-app'])).toEqual({ code: 1, stdout: EXAMPLE_MD, stderr: '' });
  });

  it('is the output docs/audit.md shows', () => {
    expect(readFileSync(path.join(root, 'docs/audit.md'), 'utf8')).toContain(`\`\`\`text\n${EXAMPLE_TEXT}\`\`\`\n`);
  });

  it('exits 1 with the same JSON through the built bin', () => {
    const child = spawnSync(process.execPath, ['dist/cli/main.js', 'audit', 'examples/next-app', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect({ status: child.status, stdout: child.stdout, stderr: child.stderr }).toEqual({ status: 1, stdout: EXAMPLE_JSON, stderr: '' });
  });
});

describe('audit: the example app without type information', () => {
  // A copy under the repository root (so its imports resolve from the root node_modules) whose config has no projectService.
  let copy = '';
  beforeAll(() => {
    copy = mkdtempSync(path.join(root, '.tmp-audit-untyped-'));
    cpSync(path.join(root, 'examples/next-app'), copy, { recursive: true });
    writeFileSync(
      path.join(copy, 'eslint.config.mjs'),
      "import tsParser from '@typescript-eslint/parser';\nimport asyncNotifications from 'eslint-plugin-async-notifications';\n\nexport default [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } }, asyncNotifications.configs.recommended];\n",
    );
  });
  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it('degrades as the rule does: names decide where no body is followed (signUp), cross-file work is missed (commentOnPost)', async () => {
    expect(await audit([], copy)).toEqual({ code: 1, stdout: `Notification audit of .
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: none (14 files linted on syntax alone)

Handlers (5)
  commentOnPost (Server Action, app/actions.ts:8): none
  signUp (Server Action, app/actions.ts:14): waits
    waits for notification work: sendWelcomeEmail (judged by its name) (line 15)
  POST /api/follow (route handler, app/api/follow/route.ts:8): hands off
    hands off the event notification/user.followed via inngest.send (line 11)
    hands off notification work via after(): notifyFollowers (line 12)
  POST /api/posts/[id]/like (route handler, app/api/posts/[id]/like/route.ts:5): waits
    waits for a notification record: db.notification.create (line 9)
    waits for an email: resend.emails.send (line 10)
  /api/follow (Pages API route, pages/api/follow.ts:7): drops
    drops notification work: notifyFollowers (judged by its name) (line 10)

Evidence (6)
  queue worker: worker route /api/cron/digest sends an email: resend.emails.send (app/api/cron/digest/route.ts:5)
  hand-off: POST /api/follow hands off the event notification/user.followed via inngest.send (app/api/follow/route.ts:11)
  hand-off: POST /api/follow hands off notification work via after(): notifyFollowers (app/api/follow/route.ts:12)
  queue worker: Inngest function send-follow-email (triggered by notification/user.followed) creates a notification record: db.notification.create (inngest/functions.ts:10)
  queue worker: Inngest function welcome-new-user (triggered by notification/user.signed-up) sends an email: resend.emails.send (inngest/functions.ts:24)
  hand-off: sendWelcomeEmail hands off the event notification/user.signed-up via inngest.send (lib/welcome.ts:5)

Verdict: FAIL — notification work can fail or slow down the user's action.
  - signUp (app/actions.ts:15) waits for notification work (sendWelcomeEmail, judged by its name) before it responds — if that work fails, the user sees an error although the sign-up was recorded.
  - POST /api/posts/[id]/like (app/api/posts/[id]/like/route.ts:9) waits for a notification record (db.notification.create) before it responds — if that insert fails, the user sees an error although the like was recorded.
  - POST /api/posts/[id]/like (app/api/posts/[id]/like/route.ts:10) waits for an email (resend.emails.send) before it responds — if the mail provider fails or times out, the user sees an error although the like was recorded.
  - /api/follow (pages/api/follow.ts:10) starts notification work (notifyFollowers, judged by its name) and neither awaits nor hands it off — on a serverless platform the function may freeze before it finishes, and the notification is lost without an error.
`, stderr: '' });
  });
});

describe('audit: everything decoupled (passes), once per kind of evidence', () => {
  it('hand-offs (typed): inngest.send, a helper that only enqueues, after(); a contact form is a delivery endpoint', async () => {
    expect(await audit([`${fixtures}/handed-off`])).toEqual({ code: 0, stdout: `Notification audit of tests/fixtures/audit/handed-off
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: 8 of 9 linted files typed

Handlers (4)
  followUser (Server Action, app/(social)/follow/actions.ts:6): hands off
    hands off the event notification/user.followed via inngest.send: announceFollow -> inngest.send (lib/notify.ts) (line 8)
  POST /api/comments (route handler, app/api/comments/route.ts:6): hands off
    hands off an email via after(): resend.emails.send (line 9)
  POST /api/contact (route handler, app/api/contact/route.ts:4, delivery endpoint): waits
    waits for an email: resend.emails.send (line 6)
  POST /api/posts/[id]/like (route handler, app/api/posts/[id]/like/route.ts:4): hands off
    hands off the event notification/post.liked via inngest.send (line 8)

Evidence (4)
  hand-off: followUser hands off the event notification/user.followed via inngest.send: announceFollow -> inngest.send (lib/notify.ts) (app/(social)/follow/actions.ts:8)
  hand-off: POST /api/comments hands off an email via after(): resend.emails.send (app/api/comments/route.ts:9)
  hand-off: POST /api/posts/[id]/like hands off the event notification/post.liked via inngest.send (app/api/posts/[id]/like/route.ts:8)
  hand-off: announceFollow hands off the event notification/user.followed via inngest.send (lib/notify.ts:5)

Delivery endpoints (their action is the delivery itself; not failed while they wait for it)
  POST /api/contact (app/api/contact/route.ts:4)

Verdict: PASS — no handler waits for or drops notification work, and a decoupled implementation is present.
`, stderr: '' });
  });

  it('an Inngest function (v3 form) that does notification work, joined to the event the handler sends', async () => {
    expect(await audit([`${fixtures}/inngest-worker`])).toEqual({ code: 0, stdout: `Notification audit of tests/fixtures/audit/inngest-worker
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: none (6 files linted on syntax alone)

Handlers (1)
  POST /api/posts/[id]/like (route handler, app/api/posts/[id]/like/route.ts:4): hands off
    hands off the event post/liked via inngest.send (line 9)

Evidence (2)
  hand-off: POST /api/posts/[id]/like hands off the event post/liked via inngest.send (app/api/posts/[id]/like/route.ts:9)
  queue worker: Inngest function notify-post-author (triggered by post/liked) creates a notification record: db.notification.create (inngest/notify-post-author.ts:10)

Verdict: PASS — no handler waits for or drops notification work, and a decoupled implementation is present.
`, stderr: '' });
  });

  it('a BullMQ worker that sends the email', async () => {
    expect(await audit([`${fixtures}/bullmq-worker`])).toEqual({ code: 0, stdout: `Notification audit of tests/fixtures/audit/bullmq-worker
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: none (6 files linted on syntax alone)

Handlers (1)
  POST /api/posts/[id]/like (route handler, app/api/posts/[id]/like/route.ts:4): none

Evidence (1)
  queue worker: BullMQ worker activity sends an email: resend.emails.send (workers/activity.ts:11)

Verdict: PASS — no handler waits for or drops notification work, and a decoupled implementation is present.
`, stderr: '' });
  });

  it('a Prisma migration with a trigger that inserts the notification (text and JSON)', async () => {
    expect(await audit([`${fixtures}/prisma-trigger`])).toEqual({ code: 0, stdout: `Notification audit of tests/fixtures/audit/prisma-trigger
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: none (3 files linted on syntax alone)

Handlers (1)
  POST /api/posts/[id]/like (route handler, app/api/posts/[id]/like/route.ts:3): none

Evidence (3)
  database trigger: trigger like_notification on Like inserts into a notifications table through notify_post_liked() (prisma/migrations/20250102000000_like_trigger/migration.sql:9)
  notification model: SQL table Notification (prisma/migrations/20250101000000_init/migration.sql:10)
  notification model: Prisma model Notification (prisma/schema.prisma:11)

Verdict: PASS — no handler waits for or drops notification work, and a decoupled implementation is present.
`, stderr: '' });
    expect(await audit([`${fixtures}/prisma-trigger`, '--format', 'json'])).toEqual({ code: 0, stdout: `{
  "verdict": "pass",
  "directory": "tests/fixtures/audit/prisma-trigger",
  "question": "Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?",
  "typeInformation": {
    "typedFiles": 0,
    "untypedFiles": 3
  },
  "apps": [
    {
      "app": ".",
      "verdict": "pass"
    }
  ],
  "handlers": [
    {
      "app": ".",
      "route": "POST /api/posts/[id]/like",
      "kind": "route",
      "name": "POST",
      "file": "app/api/posts/[id]/like/route.ts",
      "line": 3,
      "delivery": false,
      "webhook": false,
      "outcome": "none",
      "work": []
    }
  ],
  "evidence": [
    {
      "app": ".",
      "kind": "database trigger",
      "file": "prisma/migrations/20250102000000_like_trigger/migration.sql",
      "line": 9,
      "text": "trigger like_notification on Like inserts into a notifications table through notify_post_liked()"
    },
    {
      "app": ".",
      "kind": "notification model",
      "file": "prisma/migrations/20250101000000_init/migration.sql",
      "line": 10,
      "text": "SQL table Notification"
    },
    {
      "app": ".",
      "kind": "notification model",
      "file": "prisma/schema.prisma",
      "line": 11,
      "text": "Prisma model Notification"
    }
  ],
  "details": []
}
`, stderr: '' });
  });
});

describe('audit: not applicable, no config, monorepo', () => {
  it('a project without notifications is n/a and exits 0 (a hand-off of other work does not count)', async () => {
    expect(await audit([`${fixtures}/no-notifications`])).toEqual({ code: 0, stdout: `Notification audit of tests/fixtures/audit/no-notifications
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: none (5 files linted on syntax alone)

Handlers (2)
  savePost (Server Action, app/actions.ts:5): none
  POST /api/posts/[id]/like (route handler, app/api/posts/[id]/like/route.ts:4): none

Evidence (0)
  none found

Verdict: N/A — the code base has no notification feature (no notification work, model, table or hand-off).
`, stderr: '' });
    expect(await audit([`${fixtures}/no-notifications`, '--format', 'md'])).toEqual({ code: 0, stdout: `## Notification audit: ➖ n/a

> Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?

\`tests/fixtures/audit/no-notifications\`: the code base has no notification feature (no notification work, model, table or hand-off). Type information: none (5 files linted on syntax alone).

### Handlers

| Handler | Kind | Location | Notification work |
| --- | --- | --- | --- |
| \`savePost\` | Server Action | \`app/actions.ts:5\` | none |
| \`POST /api/posts/[id]/like\` | route handler | \`app/api/posts/[id]/like/route.ts:4\` | none |

### Evidence

None found.
`, stderr: '' });
  });

  // Outside the repository: inside it, ESLint would find the repository's own config above the project.
  let noConfig = '';
  beforeAll(() => {
    noConfig = mkdtempSync(path.join(os.tmpdir(), 'audit-no-config-'));
    cpSync(path.join(root, fixtures, 'no-config'), noConfig, { recursive: true });
  });
  afterAll(() => {
    rmSync(noConfig, { recursive: true, force: true });
  });

  it('a project without an ESLint config is linted with the recommended config (typed by its tsconfig.json)', async () => {
    expect(await audit([], noConfig)).toEqual({ code: 1, stdout: `Notification audit of .
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: 4 of 4 linted files typed

Handlers (2)
  POST /api/auth/otp (route handler, app/api/auth/otp/route.ts:4, delivery endpoint): waits
    waits for an email: resend.emails.send (line 7)
  POST /api/invitations (route handler, app/api/invitations/route.ts:5): waits
    waits for an email: resend.emails.send (line 8)

Evidence (0)
  none found

Delivery endpoints (their action is the delivery itself; not failed while they wait for it)
  POST /api/auth/otp (app/api/auth/otp/route.ts:4)

Verdict: FAIL — notification work can fail or slow down the user's action.
  - POST /api/invitations (app/api/invitations/route.ts:8) waits for an email (resend.emails.send) before it responds — if the mail provider fails or times out, the user sees an error although the invitation was recorded.
`, stderr: '' });
  });

  it('a monorepo gets a verdict per app and one overall', async () => {
    expect(await audit([`${fixtures}/monorepo`])).toEqual({ code: 1, stdout: `Notification audit of tests/fixtures/audit/monorepo
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: none (6 files linted on syntax alone)

App apps/admin: PASS
  Handlers (1)
    POST /api/invites (route handler, apps/admin/app/api/invites/route.ts:3): hands off
      hands off the event team/member.invited via inngest.send (line 5)

  Evidence (2)
    hand-off: POST /api/invites hands off the event team/member.invited via inngest.send (apps/admin/app/api/invites/route.ts:5)
    queue worker: Inngest function send-invite (triggered by team/member.invited) sends an email: resend.emails.send (packages/jobs/src/index.ts:11)

  Verdict: PASS — no handler waits for or drops notification work, and a decoupled implementation is present.

App apps/docs: N/A
  Handlers (0)
    none found

  Evidence (0)
    none found

  Verdict: N/A — the code base has no notification feature (no notification work, model, table or hand-off).

App apps/web: FAIL
  Handlers (1)
    POST /api/posts/[id]/like (route handler, apps/web/app/api/posts/[id]/like/route.ts:3): waits
      waits for a notification record: db.notification.create (line 7)

  Evidence (1)
    queue worker: Inngest function send-invite (triggered by team/member.invited) sends an email: resend.emails.send (packages/jobs/src/index.ts:11)

  Verdict: FAIL — notification work can fail or slow down the user's action.
    - POST /api/posts/[id]/like (apps/web/app/api/posts/[id]/like/route.ts:7) waits for a notification record (db.notification.create) before it responds — if that insert fails, the user sees an error although the like was recorded.

Overall: FAIL (apps/admin: PASS, apps/docs: N/A, apps/web: FAIL)
`, stderr: '' });
    const json = JSON.parse((await audit([`${fixtures}/monorepo`, '--format', 'json'])).stdout) as { verdict: string; apps: unknown[] };
    expect({ verdict: json.verdict, apps: json.apps }).toEqual({
      verdict: 'fail',
      apps: [
        { app: 'apps/admin', verdict: 'pass' },
        { app: 'apps/docs', verdict: 'n/a' },
        { app: 'apps/web', verdict: 'fail' },
      ],
    });
  });
});

describe('audit: a monorepo without a config above its apps', () => {
  // Outside the repository (no config above it), with the repository's node_modules linked in:
  // apps/web has its own config, whose option names pingAuthor as notification work; apps/admin
  // has none and gets the recommended config.
  let dir = '';
  const files: Record<string, string> = {
    'apps/web/package.json': '{ "name": "web", "private": true, "dependencies": { "next": "^16.0.0" } }\n',
    'apps/web/eslint.config.mjs': `import tsParser from '@typescript-eslint/parser';
import asyncNotifications from '${pathToFileURL(path.join(root, 'dist/index.js')).href}';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  asyncNotifications.configs.recommended,
  { rules: { 'async-notifications/no-sync-notification-in-handler': ['error', { notificationFunctions: ['pingAuthor'] }] } },
];
`,
    'apps/web/app/api/posts/[id]/like/route.ts': `import { pingAuthor } from '@/lib/ping';

export async function POST(request: Request) {
  const { userId } = (await request.json()) as { userId: string };
  await pingAuthor(userId);
  return Response.json({ ok: true });
}
`,
    'apps/web/lib/ping.ts': `export async function pingAuthor(userId: string) {
  await fetch(\`https://push.example.com/\${userId}\`, { method: 'POST' });
}
`,
    'apps/admin/app/api/invites/route.ts': `import { inngest } from '@/lib/inngest';

export async function POST(request: Request) {
  const { email } = (await request.json()) as { email: string };
  await inngest.send({ name: 'notification/member.invited', data: { email } });
  return Response.json({ ok: true });
}
`,
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'audit-per-app-'));
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("lints each app that has a config with it (apps/web's option counts), the rest with the recommended config", async () => {
    expect(await audit([], dir)).toEqual({
      code: 1,
      stdout: `Notification audit of .
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: none (4 files linted on syntax alone)

App apps/admin: PASS
  Handlers (1)
    POST /api/invites (route handler, apps/admin/app/api/invites/route.ts:3): hands off
      hands off the event notification/member.invited via inngest.send (line 5)

  Evidence (1)
    hand-off: POST /api/invites hands off the event notification/member.invited via inngest.send (apps/admin/app/api/invites/route.ts:5)

  Verdict: PASS — no handler waits for or drops notification work, and a decoupled implementation is present.

App apps/web: FAIL
  Handlers (1)
    POST /api/posts/[id]/like (route handler, apps/web/app/api/posts/[id]/like/route.ts:3): waits
      waits for notification work: pingAuthor (notificationFunctions) (line 5)

  Evidence (0)
    none found

  Verdict: FAIL — notification work can fail or slow down the user's action.
    - POST /api/posts/[id]/like (apps/web/app/api/posts/[id]/like/route.ts:5) waits for notification work (pingAuthor, notificationFunctions) before it responds — if that work fails, the user sees an error although the like was recorded.

Overall: FAIL (apps/admin: PASS, apps/web: FAIL)
`,
      stderr: '',
    });
  });
});

describe('audit: bad arguments exit 2 and say what is wrong', () => {
  it.each([
    { name: 'an unknown flag', args: ['--fix'], stderr: 'async-notifications audit: unknown option "--fix" (see "async-notifications audit --help")\n' },
    { name: 'a bad --format', args: ['--format', 'xml'], stderr: 'async-notifications audit: unknown format "xml" (--format takes text, json, md)\n' },
    { name: '--format without a value', args: ['--format'], stderr: 'async-notifications audit: --format needs a value: text, json, md\n' },
    { name: 'a missing directory', args: ['no/such/dir'], stderr: 'async-notifications audit: no such directory: no/such/dir\n' },
    { name: 'a file instead of a directory', args: ['package.json'], stderr: 'async-notifications audit: not a directory: package.json\n' },
    { name: 'two directories', args: ['examples', 'tests'], stderr: 'async-notifications audit: one directory at a time (got "examples" and "tests")\n' },
  ])('$name', async ({ args, stderr }) => {
    expect(await audit(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('--help prints the usage and exits 0', async () => {
    expect(await audit(['--help'])).toEqual({ code: 0, stdout: `Usage: async-notifications audit [dir] [--format text|json|md]

Answers the audit "are notifications decoupled from user actions?" for the project in dir
(default: the current directory), with the project's own ESLint config and the plugin's analysis.

Options:
  --format <text|json|md>  output format (default: text)
  -h, --help               show this help

Exit codes: 0 pass or n/a, 1 fail, 2 usage or configuration error.
`, stderr: '' });
  });
});
