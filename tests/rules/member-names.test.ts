import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const typedRuleTester = new AfterRuleTester(typedConfig);

// With types, a member call is followed into a function of the program only when a file of the
// program declares something under the member's name (the checker is not asked about `rows.map`
// when nothing in the program is called `map`). These cases declare functions of the program under
// built-in methods' names, in every form a member's declaration can take: each is still followed.
const work = 'email via Resend';

function handler(imports: string, call: string): string {
  return `${imports}
export async function POST() {
  await ${call};
  return Response.json({ ok: true });
}`;
}

function fixed(imports: string): string {
  return `${imports}
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`;
}

function invalidCase(name: string, imports: string, call: string, chain: string) {
  return {
    name,
    filename: 'app/api/posts/[id]/like/route.ts',
    code: handler(imports, call),
    errors: [
      {
        messageId: 'syncNotification' as const,
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 9 + call.length,
        data: { handler: 'POST', chain, work, transaction: '', context: '' },
        suggestions: [{ messageId: 'useInngestSend' as const, data: { eventName: 'notification/post.liked' }, output: fixed(imports) }, AFTER],
      },
    ],
  };
}

typedRuleTester.run('member-names', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: 'typed: an array method of a query result is not followed (nothing of the program is called map)',
      filename: 'app/api/posts/[id]/like/route.ts',
      code: `import { db } from '@/lib/db';
export async function POST() {
  const follows = await db.follow.findMany({ where: { followingId: 'u1' } });
  follows.map((follow) => follow.followerId);
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    invalidCase(
      'typed: a class method named push',
      "import { Outbox } from '@/lib/member-names';",
      "new Outbox().push('a@b.c')",
      'POST -> new Outbox().push -> deliver (lib/member-names/index.ts) -> resend.emails.send',
    ),
    invalidCase(
      'typed: a method that calls a private method (#send)',
      "import { Outbox } from '@/lib/member-names';",
      "new Outbox().flush('a@b.c')",
      // The chain names a private method without its `#`, as ESTree's PrivateIdentifier does.
      'POST -> new Outbox().flush -> this.send (lib/member-names/index.ts) -> deliver -> resend.emails.send',
    ),
    invalidCase(
      "typed: an object's arrow-function property named map",
      "import { channels } from '@/lib/member-names';",
      "channels.map('a@b.c')",
      'POST -> channels.map -> deliver (lib/member-names/index.ts) -> resend.emails.send',
    ),
    invalidCase(
      'typed: a property named filter that names a function',
      "import { channels } from '@/lib/member-names';",
      "channels.filter('a@b.c')",
      'POST -> channels.filter -> resend.emails.send (lib/member-names/index.ts)',
    ),
    invalidCase(
      "typed: a quoted key called by element access (channels['send-now'])",
      "import { channels } from '@/lib/member-names';",
      "channels['send-now']('a@b.c')",
      "POST -> channels.send-now -> resend.emails.send (lib/member-names/index.ts)",
    ),
    invalidCase(
      'typed: a shorthand property',
      "import { mailer } from '@/lib/member-names';",
      "mailer.deliver('a@b.c')",
      'POST -> mailer.deliver -> resend.emails.send (lib/member-names/index.ts)',
    ),
    invalidCase(
      'typed: a module-level function value named slice, through a namespace import',
      "import * as names from '@/lib/member-names';",
      "names.slice('a@b.c')",
      'POST -> names.slice -> resend.emails.send (lib/member-names/index.ts)',
    ),
    invalidCase(
      'typed: a function exported as forEach, through a namespace import',
      "import * as names from '@/lib/member-names';",
      "names.forEach('a@b.c')",
      'POST -> names.forEach -> resend.emails.send (lib/member-names/index.ts)',
    ),
    invalidCase(
      "typed: a method under a computed quoted key (['relayNow']() {})",
      "import { Relay } from '@/lib/member-names/computed';",
      "new Relay().relayNow('a@b.c')",
      'POST -> new Relay().relayNow -> resend.emails.send (lib/member-names/computed.ts)',
    ),
    invalidCase(
      'typed: a method whose name is spelled with a unicode escape',
      "import { Courier } from '@/lib/member-names/escaped';",
      "new Courier().dispatchSoon('a@b.c')",
      'POST -> new Courier().dispatchSoon -> resend.emails.send (lib/member-names/escaped.ts)',
    ),
  ],
});
