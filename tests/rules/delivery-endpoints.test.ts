import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-sync-notification-in-handler.js';
import type { MessageId, Options } from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const typedRuleTester = new AfterRuleTester(typedConfig);
const untypedRuleTester = new AfterRuleTester(untypedConfig);

// Issue 12, items 6 and 7: endpoints whose action is the delivery itself (a contact form, a
// password reset, "resend invitation", an admin broadcast) are reported by default, with a
// sentence that says so; ignoreDeliveryEndpoints leaves their awaited delivery unreported, never
// their floating work. Third-party webhook receivers stay handlers, and their sentence says why.
// The same cases run with and without type information, with the same results.

type Mode = 'typed' | 'untyped';

/** The {{context}} sentence a user reads after the message, per kind of endpoint. */
const DELIVERY_AWAITED =
  " Here the delivery is the endpoint's action itself; it is still reported because a failed send fails the request and nothing retries it. Set ignoreDeliveryEndpoints to leave such endpoints unreported.";
const DELIVERY_FLOATING = " Here the delivery is the endpoint's action itself, but work left floating is lost either way: ignoreDeliveryEndpoints does not cover it.";
const WEBHOOK = ' This route receives webhooks: webhook senders time out and retry slow receivers, so acknowledge fast and do this work in a queue.';

const CONTACT = `import { resend } from '@/lib/clients';
export async function POST(request: Request) {
  const { email, message } = await request.json();
  await resend.emails.send({ from: 'site@example.com', to: 'support@example.com', replyTo: email, subject: 'Contact form', text: message });
  return Response.json({ ok: true });
}`;
const CONTACT_FLOATING = `import { resend } from '@/lib/clients';
export async function POST(request: Request) {
  const { email, message } = await request.json();
  resend.emails.send({ from: 'site@example.com', to: 'support@example.com', replyTo: email, subject: 'Contact form', text: message });
  return Response.json({ ok: true });
}`;
const FORGOT = `'use server';
import { resend } from '@/lib/clients';
export async function requestReset(email: string) {
  await resend.emails.send({ from: 'auth@example.com', to: email, subject: 'Reset your password', html: '<a href="/reset">Reset</a>' });
}`;
const RESEND_INVITE = `import type { NextApiRequest, NextApiResponse } from 'next';
import { resend } from '@/lib/clients';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await resend.emails.send({ from: 'team@example.com', to: String(req.query.email), subject: 'You are invited', html: '<p>Join us</p>' });
  res.status(200).json({ ok: true });
}`;
const BROADCAST = `import { resend } from '@/lib/clients';
export async function POST(request: Request) {
  const { subject, html, to } = await request.json();
  await resend.emails.send({ from: 'news@example.com', to, subject, html });
  return Response.json({ ok: true });
}`;
const STRIPE = `import { resend } from '@/lib/clients';
declare const stripe: { webhooks: { constructEvent(body: string, signature: string, secret: string): { type: string; data: { email: string } } } };
export async function POST(request: Request) {
  const event = stripe.webhooks.constructEvent(await request.text(), request.headers.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET ?? '');
  await resend.emails.send({ from: 'billing@example.com', to: event.data.email, subject: 'Payment received', html: '<p>Thanks</p>' });
  return Response.json({ received: true });
}`;
const SVIX = `import { Webhook } from 'svix';
import { resend } from '@/lib/clients';
export async function POST(request: Request) {
  const payload = await request.text();
  const event = new Webhook(process.env.CLERK_SIGNING_SECRET ?? '').verify(payload, Object.fromEntries(request.headers)) as { email: string };
  resend.emails.send({ from: 'hello@example.com', to: event.email, subject: 'Welcome', html: '<p>Welcome</p>' });
  return new Response('ok');
}`;
const CLERK = `import type { NextRequest } from 'next/server';
import { verifyWebhook } from '@clerk/nextjs/webhooks';
import { resend } from '@/lib/clients';
export async function POST(request: NextRequest) {
  const event = await verifyWebhook(request);
  await resend.emails.send({ from: 'hello@example.com', to: 'a@b.c', subject: event.type, html: '<p>Hi</p>' });
  return new Response('ok');
}`;
const LIKE = `import { resend } from '@/lib/clients';
export async function POST(request: Request) {
  await resend.emails.send({ from: 'a@b.c', to: 'author@example.com', subject: 'New like', html: '<p>Someone liked your post</p>' });
  return Response.json({ ok: true });
}`;
const BROADCAST_LIKE = `'use server';
import { resend } from '@/lib/clients';
export async function broadcastLike(postId: string) {
  await resend.emails.send({ from: 'a@b.c', to: 'author@example.com', subject: 'New like', html: postId });
}`;
const STRIPE_HELPER = `import Stripe from 'stripe';
import { resend } from '@/lib/clients';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');
async function readEvent(request: Request) {
  return stripe.webhooks.constructEventAsync(await request.text(), request.headers.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET ?? '');
}
export async function POST(request: Request) {
  const event = await readEvent(request);
  await resend.emails.send({ from: 'billing@example.com', to: 'a@b.c', subject: event.type, html: '<p>Paid</p>' });
  return Response.json({ received: true });
}`;
const HELPER_NAME_IN_HELPER = `import { checkWebhookSignature } from '@/lib/signatures';
import { resend } from '@/lib/clients';
async function readEvent(request: Request) {
  await checkWebhookSignature(request);
  return { type: 'invoice.paid' };
}
export async function POST(request: Request) {
  const event = await readEvent(request);
  await resend.emails.send({ from: 'billing@example.com', to: 'a@b.c', subject: event.type, html: '<p>Paid</p>' });
  return Response.json({ received: true });
}`;
const STRIPE_HELPER_FILES = `import { readBillingEvent } from '@/lib/billing/read-billing-event';
import { resend } from '@/lib/clients';
export async function POST(request: Request) {
  const event = await readBillingEvent(request);
  await resend.emails.send({ from: 'billing@example.com', to: 'a@b.c', subject: event.type, html: '<p>Paid</p>' });
  return Response.json({ received: true });
}`;
const GUARD_NAME = `import { verifyWebhookSignature } from '@/lib/stripe-webhooks';
import { resend } from '@/lib/clients';
export async function POST(request: Request) {
  if (!(await verifyWebhookSignature(request))) return new Response('Bad signature', { status: 400 });
  await resend.emails.send({ from: 'billing@example.com', to: 'a@b.c', subject: 'Paid', html: '<p>Paid</p>' });
  return Response.json({ received: true });
}`;
const WRAPPER_NAME = `import { withWebhookSignature } from '@/lib/stripe-webhooks';
import { resend } from '@/lib/clients';
export const POST = withWebhookSignature(async (request: Request) => {
  await resend.emails.send({ from: 'billing@example.com', to: 'a@b.c', subject: 'Paid', html: '<p>Paid</p>' });
  return Response.json({ received: true });
});`;

function validCases(mode: Mode): ValidTestCase<Options>[] {
  return [
    {
      name: `${mode}: ignoreDeliveryEndpoints: a contact form's awaited mail is not reported`,
      filename: 'app/api/contact/route.ts',
      options: [{ignoreDeliveryEndpoints: true}],
      code: CONTACT,
    },
    {
      name: `${mode}: ignoreDeliveryEndpoints: a forgot-password Server Action's awaited mail is not reported`,
      filename: 'app/(auth)/forgot-password/actions.ts',
      options: [{ignoreDeliveryEndpoints: true}],
      code: FORGOT,
    },
    {
      name: `${mode}: ignoreDeliveryEndpoints: a resend-invitation Pages API route is not reported`,
      filename: 'pages/api/invitations/[id]/resend.ts',
      options: [{ignoreDeliveryEndpoints: true}],
      code: RESEND_INVITE,
    },
    {
      name: `${mode}: ignoreDeliveryEndpoints: an admin broadcast is not reported`,
      filename: 'app/api/admin/broadcast/route.ts',
      options: [{ignoreDeliveryEndpoints: true}],
      code: BROADCAST,
    },
  ];
}

function invalidCases(mode: Mode): InvalidTestCase<MessageId, Options>[] {
  return [
    {
      name: `${mode}: a contact form is reported by default, and the message says the delivery is its action`,
      filename: 'app/api/contact/route.ts',
      code: CONTACT,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 140,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: DELIVERY_AWAITED },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/user.contacted' }, output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const { email, message } = await request.json();
  await inngest.send({ name: 'notification/user.contacted', data: { email, message } });
  return Response.json({ ok: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: ignoreDeliveryEndpoints: false is the default`,
      filename: 'app/api/contact/route.ts',
      options: [{ignoreDeliveryEndpoints: false}],
      code: CONTACT,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 140,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: DELIVERY_AWAITED },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/user.contacted' }, output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const { email, message } = await request.json();
  await inngest.send({ name: 'notification/user.contacted', data: { email, message } });
  return Response.json({ ok: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: a password-reset Server Action under app/(auth)/forgot-password`,
      filename: 'app/(auth)/forgot-password/actions.ts',
      code: FORGOT,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 136,
          data: { handler: 'requestReset', chain: 'requestReset -> resend.emails.send', work: 'email via Resend', transaction: '', context: DELIVERY_AWAITED },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/reset.requested' }, output: `'use server';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function requestReset(email: string) {
  await inngest.send({ name: 'notification/reset.requested', data: { email } });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: a resend-invitation Pages API route (resend under invitations/[id])`,
      filename: 'pages/api/invitations/[id]/resend.ts',
      code: RESEND_INVITE,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 138,
          data: { handler: 'handler', chain: 'handler -> resend.emails.send', work: 'email via Resend', transaction: '', context: DELIVERY_AWAITED },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/invitation.resended' }, output: `import type { NextApiRequest, NextApiResponse } from 'next';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await inngest.send({ name: 'notification/invitation.resended', data: { email: req.query.email } });
  res.status(200).json({ ok: true });
}` },
          ],
        },
      ],
    },
    {
      name: `${mode}: an admin broadcast`,
      filename: 'app/api/admin/broadcast/route.ts',
      code: BROADCAST,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 76,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: DELIVERY_AWAITED },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/admin.broadcasted' }, output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const { subject, html, to } = await request.json();
  await inngest.send({ name: 'notification/admin.broadcasted', data: { to, subject, html } });
  return Response.json({ ok: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: a contact form's floating mail says the option does not cover it`,
      filename: 'app/api/contact/route.ts',
      code: CONTACT_FLOATING,
      errors: [
        {
          messageId: 'floatingNotification',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 134,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: DELIVERY_FLOATING },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/user.contacted' }, output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const { email, message } = await request.json();
  await inngest.send({ name: 'notification/user.contacted', data: { email, message } });
  return Response.json({ ok: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: ignoreDeliveryEndpoints: floating work in a delivery endpoint is still reported`,
      filename: 'app/api/contact/route.ts',
      options: [{ignoreDeliveryEndpoints: true}],
      code: CONTACT_FLOATING,
      errors: [
        {
          messageId: 'floatingNotification',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 134,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: DELIVERY_FLOATING },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/user.contacted' }, output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const { email, message } = await request.json();
  await inngest.send({ name: 'notification/user.contacted', data: { email, message } });
  return Response.json({ ok: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: a Stripe webhook receiver says why it must answer fast`,
      filename: 'app/api/webhooks/stripe/route.ts',
      code: STRIPE,
      errors: [
        {
          messageId: 'syncNotification',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 134,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: WEBHOOK },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/webhook.striped' }, output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
declare const stripe: { webhooks: { constructEvent(body: string, signature: string, secret: string): { type: string; data: { email: string } } } };
export async function POST(request: Request) {
  const event = stripe.webhooks.constructEvent(await request.text(), request.headers.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET ?? '');
  await inngest.send({ name: 'notification/webhook.striped', data: { email: event.data.email } });
  return Response.json({ received: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: ignoreDeliveryEndpoints: a webhook receiver is not a delivery endpoint`,
      filename: 'app/api/webhooks/stripe/route.ts',
      options: [{ignoreDeliveryEndpoints: true}],
      code: STRIPE,
      errors: [
        {
          messageId: 'syncNotification',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 134,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: WEBHOOK },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/webhook.striped' }, output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
declare const stripe: { webhooks: { constructEvent(body: string, signature: string, secret: string): { type: string; data: { email: string } } } };
export async function POST(request: Request) {
  const event = stripe.webhooks.constructEvent(await request.text(), request.headers.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET ?? '');
  await inngest.send({ name: 'notification/webhook.striped', data: { email: event.data.email } });
  return Response.json({ received: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: a Svix signature check makes a webhook receiver without a webhook path segment (floating work)`,
      filename: 'app/api/clerk/route.ts',
      code: SVIX,
      errors: [
        {
          messageId: 'floatingNotification',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 113,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: WEBHOOK },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/user.clerked' }, output: `import { Webhook } from 'svix';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const payload = await request.text();
  const event = new Webhook(process.env.CLERK_SIGNING_SECRET ?? '').verify(payload, Object.fromEntries(request.headers)) as { email: string };
  await inngest.send({ name: 'notification/user.clerked', data: { email: event.email } });
  return new Response('ok');
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: Clerk's verifyWebhook makes a webhook receiver`,
      filename: 'app/api/auth/events/route.ts',
      code: CLERK,
      errors: [
        {
          messageId: 'syncNotification',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 111,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: WEBHOOK },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/event.created' }, output: `import type { NextRequest } from 'next/server';
import { verifyWebhook } from '@clerk/nextjs/webhooks';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: NextRequest) {
  const event = await verifyWebhook(request);
  await inngest.send({ name: 'notification/event.created', data: { type: event.type } });
  return new Response('ok');
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: a Stripe signature check in a local helper makes a webhook receiver`,
      filename: 'app/api/billing/route.ts',
      code: STRIPE_HELPER,
      errors: [
        {
          messageId: 'syncNotification',
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 115,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: WEBHOOK },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/user.billinged' }, output: `import Stripe from 'stripe';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');
async function readEvent(request: Request) {
  return stripe.webhooks.constructEventAsync(await request.text(), request.headers.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET ?? '');
}
export async function POST(request: Request) {
  const event = await readEvent(request);
  await inngest.send({ name: 'notification/user.billinged', data: { type: event.type } });
  return Response.json({ received: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: a helper named for the check, called in a local helper, makes a webhook receiver`,
      filename: 'app/api/billing/route.ts',
      code: HELPER_NAME_IN_HELPER,
      errors: [
        {
          messageId: 'syncNotification',
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 115,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: WEBHOOK },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/user.billinged' }, output: `import { checkWebhookSignature } from '@/lib/signatures';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
async function readEvent(request: Request) {
  await checkWebhookSignature(request);
  return { type: 'invoice.paid' };
}
export async function POST(request: Request) {
  const event = await readEvent(request);
  await inngest.send({ name: 'notification/user.billinged', data: { type: event.type } });
  return Response.json({ received: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: a like route is an ordinary handler: no sentence added`,
      filename: 'app/api/posts/[id]/like/route.ts',
      code: LIKE,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 133,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/post.liked' }, output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: ignoreDeliveryEndpoints: a like route is still reported`,
      filename: 'app/api/posts/[id]/like/route.ts',
      options: [{ignoreDeliveryEndpoints: true}],
      code: LIKE,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 133,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/post.liked' }, output: `import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: ignoreDeliveryEndpoints: broadcastLike says a social action, so it is no delivery endpoint`,
      filename: 'app/actions.ts',
      options: [{ignoreDeliveryEndpoints: true}],
      code: BROADCAST_LIKE,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 107,
          data: { handler: 'broadcastLike', chain: 'broadcastLike -> resend.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/like.broadcasted' }, output: `'use server';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function broadcastLike(postId: string) {
  await inngest.send({ name: 'notification/like.broadcasted', data: { postId } });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: a guard named verifyWebhookSignature (no body to follow) keeps a webhook receiver a handler, and makes it one`,
      filename: 'app/api/billing/route.ts',
      code: GUARD_NAME,
      errors: [
        {
          messageId: 'syncNotification',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 111,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: WEBHOOK },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/user.billinged' }, output: `import { verifyWebhookSignature } from '@/lib/stripe-webhooks';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  if (!(await verifyWebhookSignature(request))) return new Response('Bad signature', { status: 400 });
  await inngest.send({ name: 'notification/user.billinged', data: {} });
  return Response.json({ received: true });
}` },
            AFTER,
          ],
        },
      ],
    },
    {
      name: `${mode}: a wrapper named withWebhookSignature keeps its route a handler (the wrapper is not read for the webhook sentence)`,
      filename: 'app/api/billing/route.ts',
      code: WRAPPER_NAME,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 111,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/user.billinged' }, output: `import { withWebhookSignature } from '@/lib/stripe-webhooks';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export const POST = withWebhookSignature(async (request: Request) => {
  await inngest.send({ name: 'notification/user.billinged', data: {} });
  return Response.json({ received: true });
});` },
            AFTER,
          ],
        },
      ],
    },
  ];
}

typedRuleTester.run('delivery endpoints and webhook receivers (typed)', rule, {
  assertionOptions: strictAssertions,
  valid: validCases('typed'),
  invalid: [
    ...invalidCases('typed'),
    {
      // Followed into other files: the route's helper calls a helper of another file that checks Stripe's signature.
      name: 'typed: a Stripe signature check two calls below the handler, in other files, makes a webhook receiver',
      filename: 'app/api/billing/route.ts',
      code: STRIPE_HELPER_FILES,
      errors: [
        {
          messageId: 'syncNotification',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 115,
          data: { handler: 'POST', chain: 'POST -> resend.emails.send', work: 'email via Resend', transaction: '', context: WEBHOOK },
          suggestions: [
            { messageId: 'useInngestSend', data: { eventName: 'notification/user.billinged' }, output: `import { readBillingEvent } from '@/lib/billing/read-billing-event';
import { resend } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const event = await readBillingEvent(request);
  await inngest.send({ name: 'notification/user.billinged', data: { type: event.type } });
  return Response.json({ received: true });
}` },
            AFTER,
          ],
        },
      ],
    },
  ],
});

untypedRuleTester.run('delivery endpoints and webhook receivers (untyped)', rule, {
  assertionOptions: strictAssertions,
  valid: validCases('untyped'),
  invalid: invalidCases('untyped'),
});
