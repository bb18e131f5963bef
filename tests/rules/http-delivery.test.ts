import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { RuleTester } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-sync-notification-in-handler.js';
import type { MessageId, Options } from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';

const typedRuleTester = new RuleTester(typedConfig);
const untypedRuleTester = new RuleTester(untypedConfig);

// Issue 12, items 3 and 4: delivery over plain HTTP, recognised by the provider's endpoint (catalogue
// data) whatever the HTTP client (fetch, axios, ky, got, ofetch, undici), the URL followed through
// literals, templates, consts, class fields, env names and `new URL(...)`; and clients returned by
// getters and factories.

interface HttpCase {
  title: string;
  code: string;
  line: number;
  /** The exact text of the reported call. */
  call: string;
  chain: string;
  work: string;
}

const CASES: HttpCase[] = [
  {
    title: "a Discord webhook URL read from env().DISCORD_WEBHOOK_URL",
    code: "declare function env(): { DISCORD_WEBHOOK_URL?: string };\nexport async function POST() {\n  await fetch(env().DISCORD_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ content: 'New like' }) });\n  return Response.json({ ok: true });\n}",
    line: 3,
    call: "fetch(env().DISCORD_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ content: 'New like' }) })",
    chain: "POST -> fetch",
    work: "chat webhook via chat webhook request (DISCORD_WEBHOOK_URL)",
  },
  {
    title: "a Slack webhook URL kept in a module constant, posted with axios",
    code: "import axios from 'axios';\nconst GROWTH_CHANNEL = 'https://hooks.slack.com/services/T000/B000/XXXX';\nexport async function POST() {\n  await axios.post(GROWTH_CHANNEL, { text: 'New like' });\n  return Response.json({ ok: true });\n}",
    line: 4,
    call: "axios.post(GROWTH_CHANNEL, { text: 'New like' })",
    chain: "POST -> axios.post",
    work: "chat webhook via Slack webhook",
  },
  {
    title: "process.env.SLACK_GROWTH_WEBHOOK_URL ?? '' (an env name that says SLACK and WEBHOOK, with a fallback)",
    code: "export async function POST() {\n  await fetch(process.env.SLACK_GROWTH_WEBHOOK_URL ?? '', { method: 'POST', body: '{}' });\n  return Response.json({ ok: true });\n}",
    line: 2,
    call: "fetch(process.env.SLACK_GROWTH_WEBHOOK_URL ?? '', { method: 'POST', body: '{}' })",
    chain: "POST -> fetch",
    work: "chat webhook via chat webhook request (SLACK_GROWTH_WEBHOOK_URL)",
  },
  {
    title: "new URL('/emails', API) with const API = 'https://api.resend.com', posted with ky",
    code: "import ky from 'ky';\nconst API = 'https://api.resend.com';\nexport async function POST() {\n  await ky.post(new URL('/emails', API), { json: { to: 'a@b.c' } });\n  return Response.json({ ok: true });\n}",
    line: 4,
    call: "ky.post(new URL('/emails', API), { json: { to: 'a@b.c' } })",
    chain: "POST -> ky.post",
    work: "email via Resend API",
  },
  {
    title: "a Telegram Bot API template URL, posted with got",
    code: "import got from 'got';\nexport async function POST() {\n  await got.post(`https://api.telegram.org/bot${process.env.TELEGRAM_TOKEN}/sendMessage`, { json: { chat_id: 1, text: 'Hi' } });\n  return Response.json({ ok: true });\n}",
    line: 3,
    call: "got.post(`https://api.telegram.org/bot${process.env.TELEGRAM_TOKEN}/sendMessage`, { json: { chat_id: 1, text: 'Hi' } })",
    chain: "POST -> got.post",
    work: "chat via Telegram Bot API",
  },
  {
    title: "the Expo push endpoint called with ofetch",
    code: "import { ofetch } from 'ofetch';\nexport async function POST() {\n  await ofetch('https://exp.host/--/api/v2/push/send', { method: 'POST', body: { to: 'ExponentPushToken[x]' } });\n  return Response.json({ ok: true });\n}",
    line: 3,
    call: "ofetch('https://exp.host/--/api/v2/push/send', { method: 'POST', body: { to: 'ExponentPushToken[x]' } })",
    chain: "POST -> ofetch",
    work: "push via Expo push API",
  },
  {
    title: "the Twilio Messages endpoint called with undici's request",
    code: "import { request } from 'undici';\nconst sid = process.env.TWILIO_SID;\nexport async function POST() {\n  await request(`https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json`, { method: 'POST' });\n  return Response.json({ ok: true });\n}",
    line: 4,
    call: "request(`https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json`, { method: 'POST' })",
    chain: "POST -> request",
    work: "SMS via Twilio API",
  },
  {
    title: "a Resend client from a getter: getResend().emails.send",
    code: "import { Resend } from 'resend';\nlet client: Resend | undefined;\nfunction getResend(): Resend {\n  return (client ??= new Resend(process.env.RESEND_API_KEY));\n}\nexport async function POST() {\n  await getResend().emails.send({ from: 'a@b.c', to: 'c@d.e', subject: 'Hi', html: '' });\n  return Response.json({ ok: true });\n}",
    line: 7,
    call: "getResend().emails.send({ from: 'a@b.c', to: 'c@d.e', subject: 'Hi', html: '' })",
    chain: "POST -> getResend().emails.send",
    work: "email via Resend",
  },
  {
    title: "a slack-notify client from a factory: slackNotify()?.alert",
    code: "import SlackNotify from 'slack-notify';\nfunction slackNotify() {\n  const url = process.env.SLACK_WEBHOOK_URL;\n  return url ? SlackNotify(url) : undefined;\n}\nexport async function POST() {\n  await slackNotify()?.alert({ text: 'New like' });\n  return Response.json({ ok: true });\n}",
    line: 7,
    call: "slackNotify()?.alert({ text: 'New like' })",
    chain: "POST -> slackNotify().alert",
    work: "chat webhook via slack-notify",
  },
];

/** The import goes after the file's last import, or first with a blank line when it has none (as the fixer writes it). */
function addImport(code: string, importLine: string): string[] {
  const lines = code.split('\n');
  const last = lines.reduce((found, text, i) => (text.startsWith('import ') ? i : found), -1);
  return last === -1 ? [importLine, '', ...lines] : [...lines.slice(0, last + 1), importLine, ...lines.slice(last + 1)];
}

function httpCase(c: HttpCase, mode: 'typed' | 'untyped'): InvalidTestCase<MessageId, Options> {
  const rewrite = (importLine: string, replacement: string): string => {
    const lines = addImport(c.code, importLine);
    const index = lines.findIndex((text) => text.includes(`await ${c.call}`));
    lines[index] = lines[index]!.replace(`await ${c.call}`, replacement);
    return lines.join('\n');
  };
  const column = c.code.split('\n')[c.line - 1]!.indexOf(c.call) + 1;
  return {
    name: `${mode}: ${c.title}`,
    filename: 'app/api/posts/[id]/like/route.ts',
    code: c.code,
    errors: [
      {
        messageId: 'syncNotification',
        line: c.line,
        column,
        endLine: c.line,
        endColumn: column + c.call.length,
        data: { handler: 'POST', chain: c.chain, work: c.work, transaction: '', context: '' },
        suggestions: [
          {
            messageId: 'useInngestSend',
            data: { eventName: 'notification/post.liked' },
            output: rewrite("import { inngest } from '@/lib/inngest';", `await inngest.send({ name: 'notification/post.liked', data: {} })`),
          },
          { messageId: 'useAfter', output: rewrite("import { after } from 'next/server';", `after(() => ${c.call})`) },
        ],
      },
    ],
  };
}

const NOT_DELIVERY = "import axios from 'axios';\nexport async function POST() {\n  await fetch('https://api.example.com/posts', { method: 'POST' });\n  await axios.post(process.env.API_URL!, {});\n  await fetch('https://slack.com/api/users.info');\n  return Response.json({ ok: true });\n}";

for (const [mode, tester] of [
  ['typed', typedRuleTester],
  ['untyped', untypedRuleTester],
] as const) {
  tester.run(`HTTP delivery (${mode})`, rule, {
    assertionOptions: strictAssertions,
    valid: [
      {
        name: `${mode}: requests to other APIs, an env URL not named for a chat webhook, a Slack read`,
        filename: 'app/api/posts/[id]/like/route.ts',
        code: NOT_DELIVERY,
      },
    ],
    invalid: CASES.map((c) => httpCase(c, mode)),
  });
}

// A client class posting to `${this.baseUrl}/chat.postMessage`: its method is followed in both modes
// (without types because the instance is made in the file: `new SlackClient()`).
const CLASS_FIELD = "class SlackClient {\n  private baseUrl = 'https://slack.com/api';\n  async post(channel: string, text: string) {\n    await fetch(`${this.baseUrl}/chat.postMessage`, { method: 'POST', body: JSON.stringify({ channel, text }) });\n  }\n}\nconst slackClient = new SlackClient();\nexport async function POST() {\n  await slackClient.post('#growth', 'New like');\n  return Response.json({ ok: true });\n}";

for (const [mode, tester] of [
  ['typed', typedRuleTester],
  ['untyped', untypedRuleTester],
] as const) {
  tester.run(`HTTP delivery: a class field base URL (${mode})`, rule, {
    assertionOptions: strictAssertions,
    valid: [],
    invalid: [
      httpCase(
        {
          title: "a method that fetches `${this.baseUrl}/chat.postMessage` with baseUrl = 'https://slack.com/api'",
          code: CLASS_FIELD,
          line: 9,
          call: "slackClient.post('#growth', 'New like')",
          chain: 'POST -> slackClient.post -> fetch',
          work: 'chat webhook via Slack Web API',
        },
        mode,
      ),
    ],
  });
}
