import { RuleTester } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import rule from '../../src/rules/no-orphan-event.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';

const typedRuleTester = new RuleTester(typedConfig);
const untypedRuleTester = new RuleTester(untypedConfig);

// The consumers are the fixture project's Inngest functions: tests/fixtures/project/inngest/functions.ts
// (v4: `triggers` in the options, a const name, an eventType() object, `digest/*`, waitForEvent,
// cancelOn, cron) and inngest/legacy-functions.ts (v3's three-argument form, `billing/invoice.*`).

const ROUTE = 'app/api/follow/route.ts';
const ACTIONS = 'app/actions.ts';

/** What the user reads for an unheard event (the data placeholder filled in). */
const orphan = (eventName: string, line: number, column: number, endLine: number, endColumn: number) => ({
  messageId: 'orphanEvent' as const,
  data: { eventName },
  line,
  column,
  endLine,
  endColumn,
});

typedRuleTester.run('no-orphan-event', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'a route sends an event that a v4 function is triggered by (`triggers: [{ event }]`)',
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/user.followed', data: { followeeId: 'u2' } });
  return Response.json({ ok: true });
}`,
    },
    {
      name: 'a Server Action sends an event that a v4 function is triggered by (`triggers: { event }`)',
      filename: ACTIONS,
      code: `'use server';
import { inngest } from '@/lib/inngest';
export async function likePost(postId: string) {
  await inngest.send({ name: \`notification/created\`, data: { userId: 'u1', type: postId } });
}`,
    },
    {
      name: 'a const name on either side: the trigger and the send use the same const',
      filename: ROUTE,
      code: `import { COMMENT_ADDED } from '@/inngest/functions';
import { inngest } from '@/lib/inngest';
const sameName = 'notification/comment.added';
export async function POST() {
  await inngest.send({ name: COMMENT_ADDED, data: {} });
  await inngest.send({ name: sameName, data: {} });
  return Response.json({ ok: true });
}`,
    },
    {
      name: 'an eventType() object as the trigger, sent through its create() or by its name',
      filename: ROUTE,
      code: `import { postPublished } from '@/inngest/functions';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send(postPublished.create({ postId: 'p1' }));
  await inngest.send({ name: 'notification/post.published', data: {} });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "wildcards: 'digest/*' hears every name under 'digest/', however deep",
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'digest/weekly', data: {} });
  await inngest.send({ name: 'digest/weekly.summary.sent', data: {} });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "v3's three-argument form: `createFunction({ id }, { event }, handler)` and a trigger list with 'billing/invoice.*'",
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send([
    { name: 'legacy/user.signed-up', data: {} },
    { name: 'billing/invoice.paid', data: {} },
  ]);
  return Response.json({ ok: true });
}`,
    },
    {
      name: 'an event a running function waits for (step.waitForEvent) or is cancelled by (cancelOn) is heard',
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/comment.read', data: {} });
  await inngest.send({ name: 'digest.unsubscribed', data: {} });
  return Response.json({ ok: true });
}`,
    },
    {
      name: 'a function in the linted file itself hears the event it sends',
      filename: 'inngest/reminders.ts',
      code: `import { inngest } from '@/lib/inngest';
export const onboarding = inngest.createFunction({ id: 'onboarding', triggers: [{ event: 'onboarding/started' }] }, async ({ step }) => {
  await step.sendEvent('next', { name: 'onboarding/started', data: {} });
});
export async function start() {
  await inngest.send({ name: 'onboarding/started', data: {} });
}`,
    },
    {
      name: 'handledElsewhere: an exact name and a wildcard pattern consumed by another service',
      filename: ROUTE,
      options: [{ handledElsewhere: ['analytics/*', 'audit/user.deleted'] }],
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'analytics/page.viewed', data: {} });
  await inngest.send({ name: 'audit/user.deleted', data: {} });
  return Response.json({ ok: true });
}`,
    },
    {
      name: 'a name that is not one literal (a template with a substitution, a let, a union) is not judged',
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
export async function POST(request: Request) {
  const kind = request.headers.get('x-kind') ?? 'unknown';
  let name = 'notification/never';
  await inngest.send({ name: \`notification/\${kind}\`, data: {} });
  await inngest.send({ name, data: {} });
  await inngest.send({ name: kind === 'a' ? 'notification/a' : 'notification/b', data: {} });
  return Response.json({ ok: true });
}`,
    },
    {
      name: 'a send on something that is not an Inngest client (Resend, a BullMQ queue) is not an event',
      filename: ROUTE,
      code: `import { jobs, resend } from '@/lib/clients';
export async function POST() {
  await resend.emails.send({ from: 'a@example.com', to: 'b@example.com', subject: 'Hi', text: 'Hi', name: 'notification/not-an-event' } as never);
  const inngestLike = { send: async (payload: { name: string }) => payload };
  await inngestLike.send({ name: 'notification/not-inngest' });
  await jobs.add('notification/not-inngest', {});
  return Response.json({ ok: true });
}`,
    },
    {
      name: 'odd code does not throw: empty and spread arguments, holes, computed keys, getters, odd consumers',
      filename: 'inngest/reminders.ts',
      code: `import { inngest } from '@/lib/inngest';
const key = 'name';
const base = [{ event: 'odd/base' }] as const;
const payloads: never[] = [];
// @ts-expect-error no payload
await inngest.send();
await inngest.send(...payloads);
// @ts-expect-error holes and a computed key
await inngest.send([, { [key]: 'odd/computed', data: {} }, { get name() { return 'odd/getter'; }, data: {} }]);
// @ts-expect-error no options
inngest.createFunction();
// @ts-expect-error odd triggers
inngest.createFunction({ id: 'odd', triggers: [...base, , { event: undefined }, { ['cron']: '* * * * *' }] }, async () => {});
export const f = inngest.createFunction({ id: 'odd-2', triggers: base }, async ({ step }) => {
  // @ts-expect-error no options
  await step.waitForEvent('w');
  // @ts-expect-error no payload
  await step.sendEvent('s');
});`,
    },
    {
      name: 'a file that sends nothing',
      filename: ROUTE,
      code: `export async function POST() {
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: 'a typo in a route: the event name is reported where it is written',
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/user.folowed', data: { followeeId: 'u2' } });
  return Response.json({ ok: true });
}`,
      errors: [orphan('notification/user.folowed', 3, 30, 3, 57)],
    },
    {
      name: "a Server Action after the suggestion was applied without a worker: 'notification/post.liked' is heard by nothing",
      filename: ACTIONS,
      code: `'use server';
import { inngest } from '@/lib/inngest';
export async function likePost(postId: string, userId: string) {
  await inngest.send({ name: 'notification/post.liked', data: { postId, userId } });
}`,
      errors: [orphan('notification/post.liked', 4, 30, 4, 55)],
    },
    {
      name: 'each element of a batch is judged on its own',
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send([
    { name: 'notification/user.followed', data: {} },
    { name: 'notification/user.blocked', data: {} },
  ]);
  return Response.json({ ok: true });
}`,
      errors: [orphan('notification/user.blocked', 5, 13, 5, 40)],
    },
    {
      name: "step.sendEvent(id, payload) inside an Inngest function: the fixture's own reminder is heard by nothing",
      filename: 'inngest/reminders.ts',
      code: `import { inngest } from '@/lib/inngest';
export const remind = inngest.createFunction({ id: 'remind', triggers: [{ event: 'notification/comment.added' }] }, async ({ step }) => {
  await step.sendEvent('remind', { name: 'notification/comment.reminder', data: {} });
  await step.sendEvent('fan-out', [{ name: 'notification/comment.added', data: {} }, { name: 'notification/comment.escalated', data: {} }]);
});`,
      errors: [orphan('notification/comment.reminder', 3, 42, 3, 73), orphan('notification/comment.escalated', 4, 94, 4, 126)],
    },
    {
      name: "wildcards hear only what follows their prefix: 'digest' is not under 'digest/*', 'billing/refund.issued' not under 'billing/invoice.*'",
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'digest', data: {} });
  await inngest.send({ name: 'billing/refund.issued', data: {} });
  return Response.json({ ok: true });
}`,
      errors: [orphan('digest', 3, 30, 3, 38), orphan('billing/refund.issued', 4, 30, 4, 53)],
    },
    {
      name: 'a const name is resolved and reported at the reference; a cron trigger hears no event',
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
const NIGHTLY = 'nightly-cleanup';
export async function POST() {
  await inngest.send({ name: NIGHTLY, data: {} });
  return Response.json({ ok: true });
}`,
      errors: [orphan('nightly-cleanup', 4, 30, 4, 37)],
    },
    {
      name: "an eventType() nobody triggers on: the created event's type names it, reported at the payload",
      filename: ROUTE,
      code: `import { eventType } from 'inngest';
import { inngest } from '@/lib/inngest';
const accountClosed = eventType('notification/account.closed');
export async function POST() {
  await inngest.send(accountClosed.create({}));
  return Response.json({ ok: true });
}`,
      errors: [orphan('notification/account.closed', 5, 22, 5, 46)],
    },
    {
      name: 'handledElsewhere names other events: this one is still reported',
      filename: ROUTE,
      options: [{ handledElsewhere: ['analytics/*'] }],
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'analytic/page.viewed', data: {} });
  return Response.json({ ok: true });
}`,
      errors: [orphan('analytic/page.viewed', 3, 30, 3, 52)],
    },
    {
      name: 'a client whose import does not resolve is recognised by its name, as without a declared type',
      filename: ROUTE,
      code: `// @ts-expect-error the module does not exist
import { inngest } from '@/lib/missing-inngest';
export async function POST() {
  await inngest.send({ name: 'notification/user.unfollowed', data: {} });
  return Response.json({ ok: true });
}`,
      errors: [orphan('notification/user.unfollowed', 4, 30, 4, 60)],
    },
    {
      name: 'a client under another name is recognised by its declared type (Inngest from inngest)',
      filename: 'lib/signup.ts',
      code: `import { inngest as queue } from '@/lib/inngest';
export async function welcome(userId: string) {
  await queue.send({ name: 'notification/user.signed-up', data: { userId } });
}`,
      errors: [orphan('notification/user.signed-up', 3, 28, 3, 57)],
    },
    {
      name: 'a .js route with types (allowJs) is judged like a .ts one',
      filename: 'app/api/legacy/route.js',
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/legacy.pinged', data: {} });
  return Response.json({ ok: true });
}`,
      errors: [orphan('notification/legacy.pinged', 3, 30, 3, 58)],
    },
  ],
});

// Without type information the program's functions are out of sight: the rule does nothing, and never throws.
untypedRuleTester.run('no-orphan-event without type information', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'no types: an unheard event in a route is not reported',
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/user.folowed', data: {} });
  return Response.json({ ok: true });
}`,
    },
    {
      name: 'no types: step.sendEvent in a function file is not reported',
      filename: 'inngest/reminders.ts',
      code: `import { inngest } from '@/lib/inngest';
export const remind = inngest.createFunction({ id: 'remind', triggers: [{ event: 'a' }] }, async ({ step }) => {
  await step.sendEvent('remind', { name: 'notification/comment.reminder', data: {} });
});`,
    },
    {
      name: 'no types: odd payloads do not throw',
      filename: ROUTE,
      code: `import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send();
  await inngest.send(...[]);
  await inngest.send([, { ...{} }]);
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [],
});

// Without a TypeScript parser at all: ESLint's default parser (espree) gives no parser services.
describe('a .js file under the default parser', () => {
  const linter = new Linter({ configType: 'flat', cwd: '/project' });
  const config: Linter.Config[] = [{ files: ['**/*.js'] }, plugin.configs.recommended];

  it('stays silent and does not throw, in a Server Action and in an Inngest function file', () => {
    const action = "'use server';\nimport { inngest } from '@/lib/inngest';\nexport async function like() {\n  await inngest.send({ name: 'notification/post.liked', data: {} });\n}\n";
    const worker =
      "import { inngest } from '@/lib/inngest';\nexport const fn = inngest.createFunction({ id: 'fn', triggers: [{ event: 'a' }] }, async ({ step }) => {\n  await step.sendEvent('next', { name: 'b', data: {} });\n});\n";
    expect(linter.verify(action, config, { filename: '/project/app/actions.js' })).toEqual([]);
    expect(linter.verify(worker, config, { filename: '/project/inngest/functions.js' })).toEqual([]);
  });
});
