import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { findWebhookSignatureCheck, getEndpointKind, isDeliveryEndpoint, isWebhookPath } from '../../src/analysis/delivery-endpoints.js';
import type { CallSummary, FunctionRef } from '../../src/analysis/model.js';
import { summarizeFunction } from '../../src/analysis/summarize.js';
import { summarizeProbe } from './probe-summaries.js';

// The one home of "is this endpoint's action the delivery?" and "does this route receive a third
// party's webhooks?": whole words of the route's path and the handler's name, and signature checks
// read from call summaries (catalogue data).

/** The calls of the function named `probe` in `code`, and a graph that follows same-file helpers by scope. */
function probeCalls(code: string): { calls: CallSummary[]; graph: Parameters<typeof getEndpointKind>[3] } {
  const { calls, view: estreeView } = summarizeProbe(code);
  return {
    calls,
    graph: {
      resolveTarget: (call) => call.localTarget,
      summarize: (ref: FunctionRef) => (ref.kind === 'estree' ? summarizeFunction<TSESTree.Node>(ref.node, estreeView) : { calls: [] }),
      signatureVerdicts: new WeakMap(),
      helperFiles: estreeView.files,
    },
  };
}

describe('isDeliveryEndpoint', () => {
  it.each([
    // A user-composed email.
    ['app/api/send-email/route.ts', 'POST'],
    ['app/actions.ts', 'sendEmailWithHtml'],
    ['app/mail/actions.ts', 'composeEmail'],
    ['app/api/settings/test-email/route.ts', 'POST'],
    // An admin broadcast.
    ['app/api/admin/broadcast/route.ts', 'POST'],
    ['pages/api/admin/announcements.ts', 'handler'],
    ['app/admin/actions.ts', 'sendNewsletter'],
    // "Resend invitation" as a path: a resend segment under an invitation.
    ['pages/api/invitations/[id]/resend.ts', 'handler'],
    ['app/api/team/invites/[inviteId]/resend/route.ts', 'POST'],
    ['app/(auth)/forgot-password/actions.ts', 'requestReset'],
  ])('%s (%s) is a delivery endpoint', (file, name) => {
    expect(isDeliveryEndpoint(file, name)).toBe(true);
  });

  it.each([
    // Social actions: their notification is a side effect of the action.
    ['app/api/posts/[id]/like/route.ts', 'POST'],
    ['app/actions.ts', 'broadcastLike'],
    ['app/api/comments/[id]/contact-author/route.ts', 'POST'],
    ['app/(social)/follow/actions.ts', 'followAndSendEmail'],
    // Whole words only: no substrings.
    ['app/api/broadcaster/route.ts', 'POST'],
    ['app/api/composer/route.ts', 'POST'],
    ['app/api/resend/route.ts', 'POST'],
    ['app/api/invitations/route.ts', 'POST'],
    ['app/actions.ts', 'composeDraft'],
    // A compose without email or mail: a chat message, a post.
    ['app/api/messages/compose/route.ts', 'POST'],
    // A webhook receiver is never a delivery endpoint (its own message says why it is reported).
    ['app/api/webhooks/verify/route.ts', 'POST'],
  ])('%s (%s) is not', (file, name) => {
    expect(isDeliveryEndpoint(file, name)).toBe(false);
  });
});

describe('isWebhookPath', () => {
  it.each([
    ['app/api/webhooks/stripe/route.ts', 'POST'],
    ['src/app/api/webhook/route.ts', 'POST'],
    ['pages/api/stripe-webhook.ts', 'handler'],
    ['pages/api/billing.ts', 'stripeWebhookHandler'],
  ])('%s (%s) receives webhooks', (file, name) => {
    expect(isWebhookPath(file, name)).toBe(true);
  });

  it.each([
    ['app/api/webhookss/route.ts', 'POST'],
    ['app/api/hooks/route.ts', 'POST'],
    // Folders above app/ are not the route.
    ['/home/webhooks/shop/app/api/orders/route.ts', 'POST'],
  ])('%s (%s) does not', (file, name) => {
    expect(isWebhookPath(file, name)).toBe(false);
  });
});

const SIGNATURE_CHECKS: [string, string][] = [
    ['Stripe', `declare const stripe: any; function probe(body: string, sig: string) { stripe.webhooks.constructEvent(body, sig, 'whsec'); }`],
    ['Stripe', `import Stripe from 'stripe'; const client = new Stripe('sk'); async function probe(body: string, sig: string) { await client.webhooks.constructEventAsync(body, sig, 'whsec'); }`],
    ['Svix', `import { Webhook } from 'svix'; function probe(body: string, headers: any) { new Webhook('whsec').verify(body, headers); }`],
    ['Svix', `import { Webhook } from 'svix'; const wh = new Webhook('whsec'); function probe(body: string, headers: any) { wh.verify(body, headers); }`],
    ['Standard Webhooks', `import { Webhook } from 'standardwebhooks'; function probe(body: string, headers: any) { new Webhook('whsec').verify(body, headers); }`],
    ['Clerk', `import { verifyWebhook } from '@clerk/nextjs/webhooks'; async function probe(req: Request) { await verifyWebhook(req); }`],
    ['GitHub', `import { Webhooks } from '@octokit/webhooks'; const hooks = new Webhooks({ secret: 's' }); async function probe(body: string, sig: string) { await hooks.verify(body, sig); }`],
    ['Twilio', `import twilio from 'twilio'; function probe(sig: string) { twilio.validateRequest('token', sig, 'https://x', {}); }`],
    ['webhook signature helper', `declare function verifyWebhookSignature(req: Request): Promise<void>; async function probe(req: Request) { await verifyWebhookSignature(req); }`],
];

describe('findWebhookSignatureCheck', () => {
  it.each(SIGNATURE_CHECKS)('%s: %s', (label, code) => {
    expect(probeCalls(code).calls.map(findWebhookSignatureCheck).filter(Boolean)).toEqual([label]);
  });

  it.each([
    // A bare verify needs the library's receiver: a JWT's or a form's is not a webhook's.
    `import jwt from 'jsonwebtoken'; function probe(token: string) { jwt.verify(token, 'secret'); }`,
    `declare const schema: any; function probe(body: unknown) { schema.verify(body); }`,
    // Svix's API client sends webhooks: that is not receiving them.
    `import { Svix } from 'svix'; const svix = new Svix('token'); async function probe() { await svix.message.create('app', { eventType: 'x', payload: {} }); }`,
    // Clerk's function of another name, and a verifyWebhook of another package, are not the check.
    `import { auth } from '@clerk/nextjs/server'; async function probe() { await auth(); }`,
    `import { constructEvent } from './local'; function probe() { constructEvent(); }`,
  ])('none: %s', (code) => {
    expect(probeCalls(code).calls.map(findWebhookSignatureCheck).filter(Boolean)).toEqual([]);
  });
});

describe('getEndpointKind', () => {
  const send = `declare const resend: any;`;

  it('a webhook path makes a webhook receiver, whatever the body', () => {
    const { calls, graph } = probeCalls(`${send} async function probe() { await resend.emails.send({}); }`);
    expect(getEndpointKind('app/api/webhooks/stripe/route.ts', { kind: 'route', name: 'POST' }, calls, graph)).toBe('webhook');
  });

  it('a signature check in a same-file helper (two calls deep) makes a webhook receiver', () => {
    const code = `declare const stripe: any; ${send}
function check(body: string) { return stripe.webhooks.constructEvent(body, 'sig', 'whsec'); }
function read(body: string) { return check(body); }
async function probe(body: string) { read(body); await resend.emails.send({}); }`;
    const { calls, graph } = probeCalls(code);
    expect(getEndpointKind('app/api/billing/route.ts', { kind: 'route', name: 'POST' }, calls, graph)).toBe('webhook');
    // Without the graph only the handler's own calls are read.
    expect(getEndpointKind('app/api/billing/route.ts', { kind: 'route', name: 'POST' }, calls)).toBeUndefined();
  });

  // Helpers are walked only in a program whose text could hold a check (catalogue data): every check must pass that filter.
  it.each(SIGNATURE_CHECKS)('%s in a helper makes a webhook receiver: %s', (_label, code) => {
    const helper = code.replace('function probe(', 'function check(');
    const { calls, graph } = probeCalls(`${helper} ${send} async function probe(...args: any[]) { await (check as any)(...args); await resend.emails.send({}); }`);
    expect(getEndpointKind('app/api/billing/route.ts', { kind: 'route', name: 'POST' }, calls, graph)).toBe('webhook');
  });

  it('a signature check three calls deep is past the bound', () => {
    const code = `declare const stripe: any; ${send}
function check(body: string) { return stripe.webhooks.constructEvent(body, 'sig', 'whsec'); }
function read(body: string) { return check(body); }
function parse(body: string) { return read(body); }
async function probe(body: string) { parse(body); await resend.emails.send({}); }`;
    const { calls, graph } = probeCalls(code);
    expect(getEndpointKind('app/api/billing/route.ts', { kind: 'route', name: 'POST' }, calls, graph)).toBeUndefined();
  });

  it('a Server Action is never a webhook receiver; its name can make a delivery endpoint', () => {
    const { calls, graph } = probeCalls(`declare const stripe: any; function probe(body: string) { stripe.webhooks.constructEvent(body, 's', 'w'); }`);
    expect(getEndpointKind('app/billing/actions.ts', { kind: 'serverAction', name: 'resendInvitation' }, calls, graph)).toBe('delivery');
    expect(getEndpointKind('app/billing/actions.ts', { kind: 'serverAction', name: 'likePost' }, calls, graph)).toBeUndefined();
  });

  it('a contact route is a delivery endpoint; a like route is neither', () => {
    const { calls, graph } = probeCalls(`${send} async function probe() { await resend.emails.send({}); }`);
    expect(getEndpointKind('app/api/contact/route.ts', { kind: 'route', name: 'POST' }, calls, graph)).toBe('delivery');
    expect(getEndpointKind('app/api/posts/[id]/like/route.ts', { kind: 'route', name: 'POST' }, calls, graph)).toBeUndefined();
  });

  it('a recursive helper does not loop', () => {
    const { calls, graph } = probeCalls(`function again(n: number): number { return n > 0 ? again(n - 1) : 0; } function probe() { again(3); }`);
    expect(getEndpointKind('app/api/orders/route.ts', { kind: 'route', name: 'POST' }, calls, graph)).toBeUndefined();
  });
});
