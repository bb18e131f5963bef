import type { InvalidTestCase, TestCaseError, ValidTestCase } from '@typescript-eslint/rule-tester';
import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-sync-notification-in-handler.js';
import type { MessageId, Options } from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';

const typedRuleTester = new RuleTester(typedConfig);
const untypedRuleTester = new RuleTester(untypedConfig);

// Issue 12, item 6: routes that only servers call are workers, not handlers. A guard counts where it
// is written: in the handler's body (what follows it is the worker's), or in a project wrapper
// around it (followed into its body, in another file with types; judged by its name without).
// Third-party webhook receivers stay handlers.

type Mode = 'typed' | 'untyped';

const SEND = "resend.emails.send({ from: 'a@b.c', to: 'c@d.e', subject: 'Hi', html: '<p>Hi</p>' })";
/** The `data` SEND's inngest.send carries: its arguments are all literals, which stay with the work. */
const SEND_DATA = '{}';

/** The report of `await <call>` on `line`, with both suggestions' exact output derived from the code (`data`: the sent data object's source). */
function awaitedSend(code: string, opts: { handler: string; call: string; data: string; eventName: string; line: number; context?: string }): TestCaseError<MessageId> {
  const lines = code.split('\n');
  const lastImport = lines.reduce((last, text, i) => (text.startsWith('import ') ? i : last), -1);
  const withImport = (specifier: string): string[] => [...lines.slice(0, lastImport + 1), specifier, ...lines.slice(lastImport + 1)];
  const replaceAt = (all: string[], text: string): string => {
    const index = opts.line; // shifted by one: the import line was added above
    const copy = [...all];
    copy[index] = copy[index]!.replace(`await ${opts.call}`, text);
    return copy.join('\n');
  };
  const column = lines[opts.line - 1]!.indexOf(opts.call) + 1;
  return {
    messageId: 'syncNotification',
    line: opts.line,
    column,
    endLine: opts.line,
    endColumn: column + opts.call.length,
    data: { handler: opts.handler, chain: `${opts.handler} -> resend.emails.send`, work: 'email via Resend', transaction: '', context: opts.context ?? '' },
    suggestions: [
      {
        messageId: 'useInngestSend',
        data: { eventName: opts.eventName },
        output: replaceAt(withImport("import { inngest } from '@/lib/inngest';"), `await inngest.send({ name: '${opts.eventName}', data: ${opts.data} })`),
      },
      {
        messageId: 'useAfter',
        output: replaceAt(withImport("import { after } from 'next/server';"), `after(() => ${opts.call})`),
      },
    ],
  };
}

function validCases(mode: Mode): ValidTestCase<Options>[] {
  return [
    {
      name: `${mode}: a Pages API route under a jobs segment is a job endpoint`,
      filename: 'pages/api/jobs/send-notification.ts',
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
import { resend } from '@/lib/clients';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await ${SEND};
  res.status(200).json({ ok: true });
}`,
    },
    {
      name: `${mode}: a route that rejects requests without Authorization: Bearer \${process.env.INTERNAL_API_KEY}`,
      filename: 'app/api/internal/notify/route.ts',
      code: `import { resend } from '@/lib/clients';
export async function POST(request: Request) {
  if (request.headers.get('authorization') !== \`Bearer \${process.env.INTERNAL_API_KEY}\`) {
    return new Response('Unauthorized', { status: 401 });
  }
  await ${SEND};
  return Response.json({ ok: true });
}`,
    },
    {
      name: `${mode}: a Pages API route that answers 401 without the internal key`,
      filename: 'pages/api/follow.ts',
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
import { resend } from '@/lib/clients';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.headers.authorization !== \`Bearer \${process.env.INTERNAL_API_KEY}\`) return res.status(401).end();
  await ${SEND};
  res.status(200).json({ ok: true });
}`,
    },
    {
      name: `${mode}: a cron-secret check in a route without a cron segment, through a const`,
      filename: 'app/api/digest/route.ts',
      code: `import { resend } from '@/lib/clients';
export async function GET(request: Request) {
  const secret = process.env.CRON_SECRET;
  if (request.headers.get('x-cron-secret') !== secret) return new Response('Unauthorized', { status: 401 });
  await ${SEND};
  return Response.json({ ok: true });
}`,
    },
    {
      name: `${mode}: a constant-time comparison with env().WORKER_TOKEN that throws`,
      filename: 'app/api/digest/route.ts',
      code: `import { timingSafeEqual } from 'node:crypto';
import { resend } from '@/lib/clients';
declare function env(): Record<string, string>;
export async function GET(request: Request) {
  const given = Buffer.from(request.headers.get('x-token') ?? '');
  if (!timingSafeEqual(given, Buffer.from(env().WORKER_TOKEN!))) throw new Error('forbidden');
  await ${SEND};
  return Response.json({ ok: true });
}`,
    },
    {
      name: `${mode}: if (!isAuthorizedCronOrInternalRequest(request)) return 401 (a body in lib/auth/internal.ts with types, the name without)`,
      filename: 'app/api/digest/route.ts',
      code: `import type { NextRequest } from 'next/server';
import { resend } from '@/lib/clients';
import { isAuthorizedCronOrInternalRequest } from '@/lib/auth/internal';
export async function GET(request: NextRequest) {
  if (!isAuthorizedCronOrInternalRequest(request)) return new Response('Unauthorized', { status: 401 });
  await ${SEND};
  return Response.json({ ok: true });
}`,
    },
    {
      name: `${mode}: a same-file guard with a neutral name, judged by its body`,
      filename: 'app/api/digest/route.ts',
      code: `import { resend } from '@/lib/clients';
function allowed(request: Request): boolean {
  return request.headers.get('x-api-key') === process.env.INTERNAL_API_KEY;
}
export async function GET(request: Request) {
  if (!allowed(request)) return new Response('Unauthorized', { status: 401 });
  await ${SEND};
  return Response.json({ ok: true });
}`,
    },
    {
      name: `${mode}: a QStash Receiver#verify before the work`,
      filename: 'app/api/qstash/notify/route.ts',
      code: `import { Receiver } from '@upstash/qstash';
import { resend } from '@/lib/clients';
const receiver = new Receiver({ currentSigningKey: process.env.QSTASH_CURRENT_SIGNING_KEY!, nextSigningKey: process.env.QSTASH_NEXT_SIGNING_KEY! });
export async function POST(request: Request) {
  const body = await request.text();
  const valid = await receiver.verify({ signature: request.headers.get('upstash-signature') ?? '', body });
  if (!valid) return new Response('Invalid signature', { status: 401 });
  await ${SEND};
  return Response.json({ ok: true });
}`,
    },
    {
      name: `${mode}: an awaited receiver.verify(...) statement (it throws on a bad signature)`,
      filename: 'app/api/qstash/notify/route.ts',
      code: `import { Receiver } from '@upstash/qstash';
import { resend } from '@/lib/clients';
const receiver = new Receiver();
export async function POST(request: Request) {
  const body = await request.text();
  await receiver.verify({ signature: request.headers.get('upstash-signature') ?? '', body });
  await ${SEND};
  return Response.json({ ok: true });
}`,
    },
    {
      name: `${mode}: a project wrapper withQstashOrInternal whose body calls verifySignatureAppRouter`,
      filename: 'app/api/qstash/notify/route.ts',
      code: `import type { NextRequest } from 'next/server';
import { resend } from '@/lib/clients';
import { withQstashOrInternal } from '@/lib/auth/with-qstash-or-internal';
export const POST = withQstashOrInternal(async (request: NextRequest) => {
  await ${SEND};
  return Response.json({ ok: true });
});`,
    },
    {
      name: `${mode}: a same-file wrapper around a Pages API handler that compares a header with CRON_SECRET`,
      filename: 'pages/api/follow.ts',
      code: `import type { NextApiHandler } from 'next';
import { resend } from '@/lib/clients';
function guard(handler: NextApiHandler): NextApiHandler {
  return (req, res) => (req.headers['x-cron-secret'] === process.env.CRON_SECRET ? handler(req, res) : res.status(401).end());
}
const handler: NextApiHandler = async (req, res) => {
  await ${SEND};
  res.status(200).end();
};
export default guard(handler);`,
    },
    {
      name: `${mode}: an Upstash Workflow serve() route`,
      filename: 'app/api/workflow/route.ts',
      code: `import { serve } from '@upstash/workflow/nextjs';
import { resend } from '@/lib/clients';
export const POST = serve(async (context) => {
  await context.run('send', () => ${SEND});
});`,
    },
  ];
}

function invalidCases(mode: Mode): InvalidTestCase<MessageId, Options>[] {
  const userGuard = `import type { NextRequest } from 'next/server';
import { resend } from '@/lib/clients';
import { isSignedIn } from '@/lib/auth/internal';
export async function GET(request: NextRequest) {
  if (!isSignedIn(request)) return new Response('Unauthorized', { status: 401 });
  await ${SEND};
  return Response.json({ ok: true });
}`;
  const sessionWrapper = `import type { NextRequest } from 'next/server';
import { resend } from '@/lib/clients';
import { withSession } from '@/lib/auth/with-qstash-or-internal';
export const POST = withSession(async (request: NextRequest) => {
  await ${SEND};
  return Response.json({ ok: true });
});`;
  const stripe = `import { resend } from '@/lib/clients';
declare const stripe: { webhooks: { constructEvent(body: string, signature: string, secret: string): { type: string } } };
export async function POST(request: Request) {
  const event = stripe.webhooks.constructEvent(await request.text(), request.headers.get('stripe-signature')!, process.env.STRIPE_WEBHOOK_SECRET!);
  if (request.headers.get('x-clerk-secret') !== process.env.CLERK_WEBHOOK_SECRET) return new Response('Bad', { status: 400 });
  await ${SEND};
  return Response.json({ received: event.type });
}`;
  const beforeGuard = `import { resend } from '@/lib/clients';
export async function POST(request: Request) {
  if (request.headers.get('x-key') !== process.env.INTERNAL_API_KEY) console.warn('no key');
  await ${SEND};
  if (request.headers.get('x-key') !== process.env.INTERNAL_API_KEY) return new Response('Unauthorized', { status: 401 });
  await resend.emails.send({ from: 'a@b.c', to: 'x@d.e', subject: 'Hi', html: '<p>Hi</p>' });
  return Response.json({ ok: true });
}`;
  return [
    {
      name: `${mode}: a session check is a user's guard: the route stays a handler`,
      filename: 'app/api/digest/route.ts',
      code: userGuard,
      errors: [awaitedSend(userGuard, { handler: 'GET', call: SEND, data: SEND_DATA, eventName: 'notification/user.digested', line: 6 })],
    },
    {
      name: `${mode}: a wrapper that checks the user's session keeps its routes handlers`,
      filename: 'app/api/qstash/notify/route.ts',
      code: sessionWrapper,
      errors: [awaitedSend(sessionWrapper, { handler: 'POST', call: SEND, data: SEND_DATA, eventName: 'notification/qstash.notified', line: 5 })],
    },
    {
      name: `${mode}: Stripe and Clerk webhook receivers stay handlers, whatever secret they compare`,
      filename: 'app/api/webhooks/stripe/route.ts',
      code: stripe,
      errors: [
        awaitedSend(stripe, {
          handler: 'POST',
          call: SEND,
          data: SEND_DATA,
          eventName: 'notification/webhook.striped',
          line: 6,
          context: ' This route receives webhooks: webhook senders time out and retry slow receivers, so acknowledge fast and do this work in a queue.',
        }),
      ],
    },
    {
      name: `${mode}: work before the guard, and a check that does not reject, are still the handler's`,
      filename: 'app/api/internal/notify/route.ts',
      code: beforeGuard,
      errors: [awaitedSend(beforeGuard, { handler: 'POST', call: SEND, data: SEND_DATA, eventName: 'notification/internal.notified', line: 4 })],
    },
  ];
}

for (const [mode, tester] of [
  ['typed', typedRuleTester],
  ['untyped', untypedRuleTester],
] as const) {
  tester.run(`worker routes (${mode})`, rule, {
    assertionOptions: strictAssertions,
    valid: validCases(mode),
    invalid: invalidCases(mode),
  });
}

// A guard helper with a neutral name in another file: with types its body shows the internal key;
// without them nothing says so, and the route stays a handler (a documented difference).
const neutralGuard = `import type { NextRequest } from 'next/server';
import { resend } from '@/lib/clients';
import { checkRequest } from '@/lib/auth/internal';
export async function GET(request: NextRequest) {
  if (!checkRequest(request)) return new Response('Unauthorized', { status: 401 });
  await ${SEND};
  return Response.json({ ok: true });
}`;

typedRuleTester.run('worker routes: a neutral guard in another file (typed)', rule, {
  assertionOptions: strictAssertions,
  valid: [{ name: 'typed: checkRequest compares a header with INTERNAL_API_KEY in lib/auth/internal.ts', filename: 'app/api/digest/route.ts', code: neutralGuard }],
  invalid: [],
});

untypedRuleTester.run('worker routes: a neutral guard in another file (untyped)', rule, {
  assertionOptions: strictAssertions,
  valid: [],
  invalid: [
    {
      name: 'untyped: checkRequest cannot be followed and its name says nothing',
      filename: 'app/api/digest/route.ts',
      code: neutralGuard,
      errors: [awaitedSend(neutralGuard, { handler: 'GET', call: SEND, data: SEND_DATA, eventName: 'notification/user.digested', line: 6 })],
    },
  ],
});
