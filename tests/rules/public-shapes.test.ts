import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';

const typedRuleTester = new RuleTester(typedConfig);
const untypedRuleTester = new RuleTester(untypedConfig);

// Issue 12: shapes met while linting public Next.js apps whole (papermark, inbox-zero, openstatus,
// formbricks, dub), written as our own code. Each is a false alarm or a miss that was fixed, or a
// report that the apps showed to be right and that must stay.

// inbox-zero: a Slack client made by a project factory (`const client = createSlackClient(token)`),
// one helper below a Server Action. With types the helper's body is followed, and the factory's name
// must still say which client it is, or types would find less than names.

const SLACK_FACTORY_ACTION = `'use server';

import { createSlackClient } from '@/lib/public-shapes/slack-client';

declare const db: { workspace: { upsert(args: object): Promise<{ id: string }> } };

async function sendWelcomeDirectMessage(token: string, userId: string) {
  const client = createSlackClient(token);
  await client.chat.postMessage({ channel: userId, text: 'Connected.' });
}

export async function connectSlackAction(token: string, userId: string) {
  await db.workspace.upsert({ where: { userId }, create: { userId }, update: {} });
  await sendWelcomeDirectMessage(token, userId);
}`;

// openstatus: the webhook URL read into a local first; the message names the env variable, not the local.
const FEEDBACK_ROUTE = `declare const redis: { hincrby(key: string, field: string, by: number): Promise<number> };

export async function POST(request: Request) {
  const { path, rating } = (await request.json()) as { path: string; rating: 'up' | 'down' };
  await redis.hincrby(\`feedback:\${path}\`, rating, 1);

  const webhook = process.env.SLACK_FEEDBACK_WEBHOOK_URL;
  if (!webhook) return Response.json({ ok: true });

  try {
    await fetch(webhook, { method: 'POST', body: JSON.stringify({ text: \`Feedback on \${path}: \${rating}\` }) });
  } catch (error) {
    console.error('feedback: Slack post failed', error);
  }
  return Response.json({ ok: true });
}`;

// inbox-zero: one route file, two handlers. GET sends the user's own report (a delivery the user asks
// for); POST is the queue's worker, guarded by a project wrapper inside another wrapper.
const WEEKLY_REPORT_ROUTE = `import { NextResponse } from 'next/server';
import { withQstashOrInternal } from '@/lib/public-shapes/not-there';
import { sendWeeklyReportEmail } from '@/lib/public-shapes/not-there-either';

declare function withUser(name: string, handler: (request: Request & { userId: string }) => Promise<Response>): (request: Request) => Promise<Response>;
declare function withErrors(name: string, handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response>;

export const GET = withUser('digest', async (request) => {
  await sendWeeklyReportEmail(request.userId);
  return NextResponse.json({ sent: true });
});

export const POST = withErrors(
  'digest',
  withQstashOrInternal(async (request) => {
    const { userId } = (await request.json()) as { userId: string };
    await sendWeeklyReportEmail(userId);
    return NextResponse.json({ sent: true });
  }),
);`;

// openstatus: a cron-secret check in a route whose path has no `cron` segment: a worker.
const INVITE_REMINDER_ROUTE = `import type { NextRequest } from 'next/server';
import { Resend } from 'resend';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function GET(request: NextRequest) {
  const authHeader = request.headers.get('authorization');
  if (authHeader !== \`Bearer \${process.env.CRON_SECRET}\`) {
    return new Response('Unauthorized', { status: 401 });
  }
  await resend.emails.send({ from: 'team@example.com', to: 'owner@example.com', subject: 'Invite your team', html: '<p>Invite</p>' });
  return Response.json({ sent: 1 });
}`;

// dub: a QStash callback route whose first statement is a project guard that throws on a bad signature.
const QSTASH_CALLBACK_ROUTE = `import { Resend } from 'resend';
import { verifyQstashSignature } from '@/lib/public-shapes/verify-qstash';

const resend = new Resend(process.env.RESEND_API_KEY);

// QStash calls this route back when a delivery has failed for good.
export const POST = async (req: Request) => {
  const rawBody = await req.text();
  await verifyQstashSignature({ req, rawBody });
  const { ownerEmail } = JSON.parse(rawBody) as { ownerEmail: string };
  await resend.emails.send({ from: 'alerts@example.com', to: ownerEmail, subject: 'Webhook disabled', html: '<p>Disabled</p>' });
  return Response.json({ ok: true });
};`;

// A Stripe webhook receiver behind a project signature guard: a third-party sender's receiver stays a handler.
const STRIPE_RECEIVER_ROUTE = `import { Resend } from 'resend';
import { verifyStripeSignature } from '@/lib/public-shapes/not-there';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function POST(req: Request) {
  const rawBody = await req.text();
  await verifyStripeSignature(req, rawBody);
  await resend.emails.send({ from: 'billing@example.com', to: 'owner@example.com', subject: 'Payment failed', html: '<p>Failed</p>' });
  return Response.json({ received: true });
}`;

// papermark: a notify helper over a module singleton, a private method and a client class posting to
// `${this.baseUrl}/chat.postMessage`: the work sits in the fourth helper below the handler.
const DOWNLOAD_ALERTS_ROUTE = `import type { NextApiRequest, NextApiResponse } from 'next';

class ChatApi {
  private baseUrl = 'https://slack.com/api';

  async postMessage(token: string, body: { channel: string; text: string }) {
    const url = \`\${this.baseUrl}/chat.postMessage\`;
    return fetch(url, { method: 'POST', headers: { authorization: \`Bearer \${token}\` }, body: JSON.stringify(body) });
  }
}

class FollowAlerts {
  private api = new ChatApi();

  async process(event: { teamId: string; followerId: string }) {
    try {
      await this.deliver(event);
    } catch (error) {
      console.error('follow alert failed', error);
    }
  }

  private async deliver(event: { teamId: string; followerId: string }) {
    await this.api.postMessage('xoxb-token', { channel: event.teamId, text: \`New follower: \${event.followerId}\` });
  }
}

export const followAlerts = new FollowAlerts();

export async function notifyNewFollower(teamId: string, followerId: string) {
  await followAlerts.process({ teamId, followerId });
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const followerId = String(req.body.followerId);
  void notifyNewFollower('team_1', followerId);
  res.status(200).json({ ok: true });
}`;

type Mode = 'typed' | 'untyped';

const byName = (name: string, mode: Mode): string =>
  mode === 'typed' ? `notification helper via ${name} (judged by its name: no body to follow)` : `notification helper via ${name} (judged by its name)`;

for (const [mode, tester] of [
  ['typed', typedRuleTester],
  ['untyped', untypedRuleTester],
] as const) {
  tester.run(`public shapes (${mode})`, rule, {
    assertionOptions: strictAssertions,
    valid: [
      {
        name: `${mode}: a route that rejects requests without the cron secret is a worker, whatever its path`,
        filename: 'app/api/internal/notify/route.ts',
        code: INVITE_REMINDER_ROUTE,
      },
      {
        name: `${mode}: an awaited project guard (verifyQstashSignature) as the first statement makes the route a worker`,
        filename: 'app/api/webhooks/qstash/route.ts',
        code: QSTASH_CALLBACK_ROUTE,
      },
    ],
    invalid: [
      {
        name: `${mode}: a Slack client from an imported project factory (createSlackClient) in a same-file helper`,
        filename: 'app/actions.ts',
        code: SLACK_FACTORY_ACTION,
        errors: [
          {
            messageId: 'syncNotification',
            line: 14,
            column: 9,
            endLine: 14,
            endColumn: 48,
            data: { handler: 'connectSlackAction', chain: 'connectSlackAction -> sendWelcomeDirectMessage -> client.chat.postMessage', work: 'chat webhook via Slack', transaction: '', context: '' },
            suggestions: [
              {
                messageId: 'useInngestSend',
                data: { eventName: 'notification/slack.connected' },
                output: `'use server';

import { createSlackClient } from '@/lib/public-shapes/slack-client';
import { inngest } from '@/lib/inngest';

declare const db: { workspace: { upsert(args: object): Promise<{ id: string }> } };

async function sendWelcomeDirectMessage(token: string, userId: string) {
  const client = createSlackClient(token);
  await client.chat.postMessage({ channel: userId, text: 'Connected.' });
}

export async function connectSlackAction(token: string, userId: string) {
  await db.workspace.upsert({ where: { userId }, create: { userId }, update: {} });
  await inngest.send({ name: 'notification/slack.connected', data: { token, userId } });
}`,
              },
              {
                messageId: 'useAfter',
                output: `'use server';

import { createSlackClient } from '@/lib/public-shapes/slack-client';
import { after } from 'next/server';

declare const db: { workspace: { upsert(args: object): Promise<{ id: string }> } };

async function sendWelcomeDirectMessage(token: string, userId: string) {
  const client = createSlackClient(token);
  await client.chat.postMessage({ channel: userId, text: 'Connected.' });
}

export async function connectSlackAction(token: string, userId: string) {
  await db.workspace.upsert({ where: { userId }, create: { userId }, update: {} });
  after(() => sendWelcomeDirectMessage(token, userId));
}`,
              },
            ],
          },
        ],
      },
      {
        name: `${mode}: a Slack webhook URL read from the env into a local, named by its env variable`,
        filename: 'app/api/posts/[id]/like/route.ts',
        code: FEEDBACK_ROUTE,
        errors: [
          {
            messageId: 'syncNotification',
            line: 11,
            column: 11,
            endLine: 11,
            endColumn: 111,
            data: { handler: 'POST', chain: 'POST -> fetch', work: 'chat webhook via chat webhook request (SLACK_FEEDBACK_WEBHOOK_URL)', transaction: '', context: '' },
            suggestions: [
              {
                messageId: 'useInngestSend',
                data: { eventName: 'notification/post.liked' },
                output: `import { inngest } from '@/lib/inngest';

declare const redis: { hincrby(key: string, field: string, by: number): Promise<number> };

export async function POST(request: Request) {
  const { path, rating } = (await request.json()) as { path: string; rating: 'up' | 'down' };
  await redis.hincrby(\`feedback:\${path}\`, rating, 1);

  const webhook = process.env.SLACK_FEEDBACK_WEBHOOK_URL;
  if (!webhook) return Response.json({ ok: true });

  try {
    await inngest.send({ name: 'notification/post.liked', data: { webhook, path, rating } });
  } catch (error) {
    console.error('feedback: Slack post failed', error);
  }
  return Response.json({ ok: true });
}`,
              },
              {
                messageId: 'useAfter',
                output: `import { after } from 'next/server';

declare const redis: { hincrby(key: string, field: string, by: number): Promise<number> };

export async function POST(request: Request) {
  const { path, rating } = (await request.json()) as { path: string; rating: 'up' | 'down' };
  await redis.hincrby(\`feedback:\${path}\`, rating, 1);

  const webhook = process.env.SLACK_FEEDBACK_WEBHOOK_URL;
  if (!webhook) return Response.json({ ok: true });

  try {
    after(() => fetch(webhook, { method: 'POST', body: JSON.stringify({ text: \`Feedback on \${path}: \${rating}\` }) }));
  } catch (error) {
    console.error('feedback: Slack post failed', error);
  }
  return Response.json({ ok: true });
}`,
              },
            ],
          },
        ],
      },
      {
        name: `${mode}: GET sends the user's own report and is reported; POST behind withQstashOrInternal is a worker`,
        filename: 'app/api/digest/route.ts',
        code: WEEKLY_REPORT_ROUTE,
        errors: [
          {
            messageId: 'syncNotification',
            line: 9,
            column: 9,
            endLine: 9,
            endColumn: 46,
            data: { handler: 'GET', chain: 'GET -> sendWeeklyReportEmail', work: byName('sendWeeklyReportEmail', mode), transaction: '', context: '' },
            suggestions: [
              {
                messageId: 'useInngestSend',
                data: { eventName: 'notification/user.digested' },
                output: `import { NextResponse } from 'next/server';
import { withQstashOrInternal } from '@/lib/public-shapes/not-there';
import { sendWeeklyReportEmail } from '@/lib/public-shapes/not-there-either';
import { inngest } from '@/lib/inngest';

declare function withUser(name: string, handler: (request: Request & { userId: string }) => Promise<Response>): (request: Request) => Promise<Response>;
declare function withErrors(name: string, handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response>;

export const GET = withUser('digest', async (request) => {
  await inngest.send({ name: 'notification/user.digested', data: { userId: request.userId } });
  return NextResponse.json({ sent: true });
});

export const POST = withErrors(
  'digest',
  withQstashOrInternal(async (request) => {
    const { userId } = (await request.json()) as { userId: string };
    await sendWeeklyReportEmail(userId);
    return NextResponse.json({ sent: true });
  }),
);`,
              },
              {
                messageId: 'useAfter',
                output: `import { NextResponse, after } from 'next/server';
import { withQstashOrInternal } from '@/lib/public-shapes/not-there';
import { sendWeeklyReportEmail } from '@/lib/public-shapes/not-there-either';

declare function withUser(name: string, handler: (request: Request & { userId: string }) => Promise<Response>): (request: Request) => Promise<Response>;
declare function withErrors(name: string, handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response>;

export const GET = withUser('digest', async (request) => {
  after(() => sendWeeklyReportEmail(request.userId));
  return NextResponse.json({ sent: true });
});

export const POST = withErrors(
  'digest',
  withQstashOrInternal(async (request) => {
    const { userId } = (await request.json()) as { userId: string };
    await sendWeeklyReportEmail(userId);
    return NextResponse.json({ sent: true });
  }),
);`,
              },
            ],
          },
        ],
      },
      {
        name: `${mode}: a guard named for a third-party sender (verifyStripeSignature) leaves the receiver a handler`,
        filename: 'app/api/webhooks/stripe/route.ts',
        code: STRIPE_RECEIVER_ROUTE,
        errors: [
          {
            messageId: 'syncNotification',
            line: 9,
            column: 9,
            endLine: 9,
            endColumn: 135,
            data: {
              handler: 'POST',
              chain: 'POST -> resend.emails.send',
              work: 'email via Resend',
              transaction: '',
              context: ' This route receives webhooks: webhook senders time out and retry slow receivers, so acknowledge fast and do this work in a queue.',
            },
            suggestions: [
              {
                messageId: 'useInngestSend',
                data: { eventName: 'notification/webhook.striped' },
                output: `import { Resend } from 'resend';
import { verifyStripeSignature } from '@/lib/public-shapes/not-there';
import { inngest } from '@/lib/inngest';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function POST(req: Request) {
  const rawBody = await req.text();
  await verifyStripeSignature(req, rawBody);
  await inngest.send({ name: 'notification/webhook.striped', data: {} });
  return Response.json({ received: true });
}`,
              },
              {
                messageId: 'useAfter',
                output: `import { Resend } from 'resend';
import { verifyStripeSignature } from '@/lib/public-shapes/not-there';
import { after } from 'next/server';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function POST(req: Request) {
  const rawBody = await req.text();
  await verifyStripeSignature(req, rawBody);
  after(() => resend.emails.send({ from: 'billing@example.com', to: 'owner@example.com', subject: 'Payment failed', html: '<p>Failed</p>' }));
  return Response.json({ received: true });
}`,
              },
            ],
          },
        ],
      },
    ],
  });
}

typedRuleTester.run('public shapes: a module singleton four helpers deep (typed)', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'typed: with maxDepth 3 the fourth helper is not entered',
      filename: 'pages/api/follow.ts',
      code: DOWNLOAD_ALERTS_ROUTE,
      options: [{ maxDepth: 3 }],
    },
  ],
  invalid: [
    {
      name: 'typed: with the default maxDepth the floating Slack alert of a follow is found through the singleton and the client class',
      filename: 'pages/api/follow.ts',
      code: DOWNLOAD_ALERTS_ROUTE,
      errors: [
        {
          messageId: 'floatingNotification',
          line: 36,
          column: 8,
          endLine: 36,
          endColumn: 47,
          data: { handler: 'handler', chain: 'handler -> notifyNewFollower -> followAlerts.process -> this.deliver -> this.api.postMessage -> fetch', work: 'chat webhook via Slack Web API', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/user.followed' },
              output: `import type { NextApiRequest, NextApiResponse } from 'next';
import { inngest } from '@/lib/inngest';

class ChatApi {
  private baseUrl = 'https://slack.com/api';

  async postMessage(token: string, body: { channel: string; text: string }) {
    const url = \`\${this.baseUrl}/chat.postMessage\`;
    return fetch(url, { method: 'POST', headers: { authorization: \`Bearer \${token}\` }, body: JSON.stringify(body) });
  }
}

class FollowAlerts {
  private api = new ChatApi();

  async process(event: { teamId: string; followerId: string }) {
    try {
      await this.deliver(event);
    } catch (error) {
      console.error('follow alert failed', error);
    }
  }

  private async deliver(event: { teamId: string; followerId: string }) {
    await this.api.postMessage('xoxb-token', { channel: event.teamId, text: \`New follower: \${event.followerId}\` });
  }
}

export const followAlerts = new FollowAlerts();

export async function notifyNewFollower(teamId: string, followerId: string) {
  await followAlerts.process({ teamId, followerId });
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const followerId = String(req.body.followerId);
  await inngest.send({ name: 'notification/user.followed', data: { followerId } });
  res.status(200).json({ ok: true });
}`,
            },
          ],
        },
      ],
    },
  ],
});
