import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-sync-notification-in-handler.js';
import type { MessageId, Options } from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';

const typedRuleTester = new RuleTester(typedConfig);
const untypedRuleTester = new RuleTester(untypedConfig);

// Issue 12, item 5: the packages people install per channel, each with its real types in the
// fixture project (lib/more-clients.ts). Without types a call is recognised by the client's usual
// name and method path; with types by its declared type, whatever the variable is called.

interface Library {
  label: string;
  channel: string;
  /** The import line the call needs besides the client. */
  extraImport?: string;
  /** The client under its usual name, and its neutral alias in `ops`. */
  client: string;
  alias: string;
  /** The call after the client: `.alert({ text: 'New signup' })`. */
  rest: string;
}

const LIBRARIES: Library[] = [
  { label: 'slack-notify', channel: 'chat webhook', client: 'slack', alias: 'chat', rest: ".alert({ text: 'New signup' })" },
  {
    label: 'AWS SNS',
    channel: 'notification platform',
    extraImport: "import { PublishCommand } from '@aws-sdk/client-sns';",
    client: 'sns',
    alias: 'topics',
    rest: ".send(new PublishCommand({ PhoneNumber: '+15550100', Message: 'Hi' }))",
  },
  { label: 'Vonage', channel: 'SMS', client: 'vonage', alias: 'sms', rest: ".sms.send({ to: '+15550100', from: 'Acme', text: 'Hi' })" },
  { label: 'Loops', channel: 'email', client: 'loops', alias: 'mail', rest: ".sendTransactionalEmail({ transactionalId: 'welcome', email: 'a@b.c' })" },
  { label: 'Brevo', channel: 'email', client: 'brevo', alias: 'transactional', rest: ".transactionalEmails.sendTransacEmail({ to: [{ email: 'a@b.c' }], templateId: 1 })" },
  {
    label: 'MailerSend',
    channel: 'email',
    extraImport: "import { EmailParams, Recipient } from 'mailersend';",
    client: 'mailersend',
    alias: 'mailer',
    rest: ".email.send(new EmailParams().setTo([new Recipient('a@b.c')]))",
  },
  {
    label: 'Pusher Beams',
    channel: 'push',
    client: 'beams',
    alias: 'devices',
    rest: ".publishToUsers(['u1'], { web: { notification: { title: 'Hi' } } })",
  },
  { label: 'Telegram Bot API', channel: 'chat', client: 'telegram', alias: 'bot', rest: ".api.sendMessage({ chat_id: 1, text: 'Hi' })" },
];

function libraryCase(lib: Library, receiver: string, importName: string, caseName: string): InvalidTestCase<MessageId, Options> {
  const imports = [...(lib.extraImport ? [lib.extraImport] : []), `import { ${importName} } from '@/lib/more-clients';`];
  const call = `${receiver}${lib.rest}`;
  const line = imports.length + 2;
  const code = [...imports, 'export async function POST() {', `  await ${call};`, '  return Response.json({ ok: true });', '}'].join('\n');
  const withLine = (importLine: string, statement: string): string =>
    [...imports, importLine, 'export async function POST() {', `  ${statement};`, '  return Response.json({ ok: true });', '}'].join('\n');
  return {
    name: caseName,
    filename: 'app/api/posts/[id]/like/route.ts',
    code,
    errors: [
      {
        messageId: 'syncNotification',
        line,
        column: 9,
        endLine: line,
        endColumn: 9 + call.length,
        data: { handler: 'POST', chain: `POST -> ${call.slice(0, call.indexOf('('))}`, work: `${lib.channel} via ${lib.label}`, transaction: '', context: '' },
        suggestions: [
          {
            messageId: 'useInngestSend',
            data: { eventName: 'notification/post.liked' },
            output: withLine("import { inngest } from '@/lib/inngest';", `await inngest.send({ name: 'notification/post.liked', data: {} })`),
          },
          { messageId: 'useAfter', output: withLine("import { after } from 'next/server';", `after(() => ${call})`) },
        ],
      },
    ],
  };
}

typedRuleTester.run('catalogue breadth (typed)', rule, {
  assertionOptions: strictAssertions,
  valid: [],
  invalid: LIBRARIES.flatMap((lib) => [
    libraryCase(lib, lib.client, lib.client, `typed: ${lib.label} under its usual name`),
    libraryCase(lib, `ops.${lib.alias}`, 'ops', `typed: ${lib.label} by its declared type, as ops.${lib.alias}`),
  ]),
});

untypedRuleTester.run('catalogue breadth (untyped)', rule, {
  assertionOptions: strictAssertions,
  valid: [],
  invalid: LIBRARIES.map((lib) => libraryCase(lib, lib.client, lib.client, `untyped: ${lib.label} by its usual name and method path`)),
});
