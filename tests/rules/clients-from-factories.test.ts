import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, typedConfig, untypedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const typedRuleTester = new AfterRuleTester(typedConfig);
const untypedRuleTester = new AfterRuleTester(untypedConfig);

// Issue 12 item 4, in both modes: clients returned by getters and factories (held in a local with a
// neutral name, or called directly), the Slack Web API's WebClient (whose `chat` is an anonymous
// object: with types the client's own type is matched), module singletons whose methods reach their
// client through `this` (a class field's value, or one assigned in the constructor), and what stays
// typed-only (another file's neutral names). The fixture's lib/parity/ holds the other-file helpers;
// tests/integration/modes-parity.test.ts lints them whole in both modes.

typedRuleTester.run('clients from factories, getters, singletons and this (typed)', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "typed: a getter's client used for something other than sending (mail.contacts.create)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getResend } from '@/lib/parity/mail';
export async function POST() {
  const mail = getResend();
  await mail.contacts.create({ email: 'author@example.com', audienceId: 'a1' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "typed: a singleton whose method touches only its own Map (this.counts.set)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `class LikeCounter {
  private readonly counts = new Map<string, number>();
  async add(postId: string): Promise<void> {
    this.counts.set(postId, (this.counts.get(postId) ?? 0) + 1);
  }
}
const counter = new LikeCounter();
export async function POST() {
  await counter.add('p1');
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "typed: a Slack Web API client under a neutral name, made in the file (new WebClient from @slack/web-api)",
      filename: "src/app/api/comments/route.ts",
      code: `import { WebClient } from '@slack/web-api';
const chatBot = new WebClient(process.env.SLACK_BOT_TOKEN);
export async function POST() {
  await chatBot.chat.postMessage({ channel: '#comments', text: 'New comment' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 80,
          data: { handler: 'POST', chain: 'POST -> chatBot.chat.postMessage', work: 'chat webhook via Slack', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/comment.created' },
              output: `import { WebClient } from '@slack/web-api';
import { inngest } from '@/lib/inngest';
const chatBot = new WebClient(process.env.SLACK_BOT_TOKEN);
export async function POST() {
  await inngest.send({ name: 'notification/comment.created', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: a Slack Web API client of another file under a neutral name (chatBot = new WebClient(...))",
      filename: "src/app/api/comments/route.ts",
      code: `import { chatBot } from '@/lib/parity/slack';
export async function POST() {
  await chatBot.chat.postMessage({ channel: '#comments', text: 'New comment' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 80,
          data: { handler: 'POST', chain: 'POST -> chatBot.chat.postMessage', work: 'chat webhook via Slack', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/comment.created' },
              output: `import { chatBot } from '@/lib/parity/slack';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/comment.created', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: a local bound to a getter's client (const mail = getResend(); mail.emails.send)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getResend } from '@/lib/parity/mail';
export async function POST() {
  const mail = getResend();
  await mail.emails.send({ from: 'team@example.com', to: 'author@example.com', subject: 'New like', html: '<p>New like</p>' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 127,
          data: { handler: 'POST', chain: 'POST -> mail.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { getResend } from '@/lib/parity/mail';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const mail = getResend();
  // The worker must load mail.emails (an object the work calls send() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: the getter's client called directly (getResend().emails.send)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getResend } from '@/lib/parity/mail';
export async function POST() {
  await getResend().emails.send({ from: 'team@example.com', to: 'author@example.com', subject: 'New like', html: '<p>New like</p>' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 134,
          data: { handler: 'POST', chain: 'POST -> getResend().emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { getResend } from '@/lib/parity/mail';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: a slack-notify client from a factory that may return nothing (slackNotify()?.alert)",
      filename: "app/api/follow/route.ts",
      code: `import { slackNotify } from '@/lib/parity/slack';
export async function POST() {
  await slackNotify()?.alert({ text: 'New follower' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 55,
          data: { handler: 'POST', chain: 'POST -> slackNotify().alert', work: 'chat webhook via slack-notify', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/user.followed' },
              output: `import { slackNotify } from '@/lib/parity/slack';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: a module singleton's method reaching its client through this (manager.likeReceived -> this.deliver -> this.mailer.emails.send)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { Resend } from 'resend';
class NotificationManager {
  private readonly mailer = new Resend(process.env.RESEND_API_KEY);
  async likeReceived(to: string): Promise<void> {
    await this.deliver(to, 'Your post has a new like');
  }
  private async deliver(to: string, subject: string): Promise<void> {
    await this.mailer.emails.send({ from: 'team@example.com', to, subject, html: '<p>New like</p>' });
  }
}
const manager = new NotificationManager();
export async function POST() {
  await manager.likeReceived('author@example.com');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 51,
          data: { handler: 'POST', chain: 'POST -> manager.likeReceived -> this.deliver -> this.mailer.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { Resend } from 'resend';
import { inngest } from '@/lib/inngest';
class NotificationManager {
  private readonly mailer = new Resend(process.env.RESEND_API_KEY);
  async likeReceived(to: string): Promise<void> {
    await this.deliver(to, 'Your post has a new like');
  }
  private async deliver(to: string, subject: string): Promise<void> {
    await this.mailer.emails.send({ from: 'team@example.com', to, subject, html: '<p>New like</p>' });
  }
}
const manager = new NotificationManager();
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: a client assigned in the constructor (this.client = new WebClient(token)), posted through this.client.chat.postMessage",
      filename: "src/app/api/comments/route.ts",
      code: `import { WebClient } from '@slack/web-api';
class ModerationAlerts {
  private readonly client: WebClient;
  constructor(token: string | undefined) {
    this.client = new WebClient(token);
  }
  async flagged(commentId: string): Promise<void> {
    await this.client.chat.postMessage({ channel: '#moderation', text: \`Comment \${commentId} was flagged\` });
  }
}
const alerts = new ModerationAlerts(process.env.SLACK_BOT_TOKEN);
export async function POST() {
  await alerts.flagged('c1');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 29,
          data: { handler: 'POST', chain: 'POST -> alerts.flagged -> this.client.chat.postMessage', work: 'chat webhook via Slack', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/comment.created' },
              output: `import { WebClient } from '@slack/web-api';
import { inngest } from '@/lib/inngest';
class ModerationAlerts {
  private readonly client: WebClient;
  constructor(token: string | undefined) {
    this.client = new WebClient(token);
  }
  async flagged(commentId: string): Promise<void> {
    await this.client.chat.postMessage({ channel: '#moderation', text: \`Comment \${commentId} was flagged\` });
  }
}
const alerts = new ModerationAlerts(process.env.SLACK_BOT_TOKEN);
export async function POST() {
  await inngest.send({ name: 'notification/comment.created', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: a module singleton of another file with a neutral method (manager.likeReceived)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { manager } from '@/lib/parity/notification-manager';
export async function POST() {
  await manager.likeReceived('author@example.com', 'p1');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 57,
          data: { handler: 'POST', chain: 'POST -> manager.likeReceived -> this.deliver (lib/parity/notification-manager.ts) -> this.mailer.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { manager } from '@/lib/parity/notification-manager';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: a module singleton of another file with a method named for its work (manager.notifyModerators)",
      filename: "src/app/api/comments/route.ts",
      code: `import { manager } from '@/lib/parity/notification-manager';
export async function POST() {
  await manager.notifyModerators('c1');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 39,
          data: { handler: 'POST', chain: 'POST -> manager.notifyModerators -> this.chat.chat.postMessage (lib/parity/notification-manager.ts)', work: 'chat webhook via Slack', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/comment.created' },
              output: `import { manager } from '@/lib/parity/notification-manager';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/comment.created', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: a getter typed by a project interface without bodies: no body to follow, so the getter's name decides (getResend(): MailClient)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `interface MailClient {
  emails: { send(mail: { to: string; subject: string }): Promise<void> };
}
declare function getResend(): MailClient;
export async function POST() {
  const mail = getResend();
  await mail.emails.send({ to: 'author@example.com', subject: 'New like' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 76,
          data: { handler: 'POST', chain: 'POST -> mail.emails.send', work: 'email via Resend (judged by its name: no body to follow)', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { inngest } from '@/lib/inngest';

interface MailClient {
  emails: { send(mail: { to: string; subject: string }): Promise<void> };
}
declare function getResend(): MailClient;
export async function POST() {
  const mail = getResend();
  // The worker must load mail.emails (an object the work calls send() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "typed: a getter of an unresolved module: the getter's name says Nodemailer (getMailer() from @acme/mailer)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getMailer } from '@acme/mailer';
export async function POST() {
  const mail = getMailer();
  await mail.sendMail({ to: 'author@example.com', subject: 'New like' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 73,
          data: { handler: 'POST', chain: 'POST -> mail.sendMail', work: 'email via Nodemailer', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { getMailer } from '@acme/mailer';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const mail = getMailer();
  // The worker must load mail (an object the work calls sendMail() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
  ],
});

untypedRuleTester.run('clients from factories, getters, singletons and this (untyped)', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "untyped: a Slack Web API client of another file under a neutral name is not recognised: only its declared type says Slack",
      filename: "src/app/api/comments/route.ts",
      code: `import { chatBot } from '@/lib/parity/slack';
export async function POST() {
  await chatBot.chat.postMessage({ channel: '#comments', text: 'New comment' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "untyped: a neutral method of another file's singleton is not followed (manager.likeReceived): nothing in another file is",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { manager } from '@/lib/parity/notification-manager';
export async function POST() {
  await manager.likeReceived('author@example.com', 'p1');
  return Response.json({ ok: true });
}`,
    },
    {
      name: "untyped: a getter's client used for something other than sending (mail.contacts.create)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getResend } from '@/lib/parity/mail';
export async function POST() {
  const mail = getResend();
  await mail.contacts.create({ email: 'author@example.com', audienceId: 'a1' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "untyped: a singleton whose method touches only its own Map (this.counts.set)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `class LikeCounter {
  private readonly counts = new Map<string, number>();
  async add(postId: string): Promise<void> {
    this.counts.set(postId, (this.counts.get(postId) ?? 0) + 1);
  }
}
const counter = new LikeCounter();
export async function POST() {
  await counter.add('p1');
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "untyped: a Slack Web API client under a neutral name, made in the file (new WebClient from @slack/web-api)",
      filename: "src/app/api/comments/route.ts",
      code: `import { WebClient } from '@slack/web-api';
const chatBot = new WebClient(process.env.SLACK_BOT_TOKEN);
export async function POST() {
  await chatBot.chat.postMessage({ channel: '#comments', text: 'New comment' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 80,
          data: { handler: 'POST', chain: 'POST -> chatBot.chat.postMessage', work: 'chat webhook via Slack', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/comment.created' },
              output: `import { WebClient } from '@slack/web-api';
import { inngest } from '@/lib/inngest';
const chatBot = new WebClient(process.env.SLACK_BOT_TOKEN);
export async function POST() {
  await inngest.send({ name: 'notification/comment.created', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "untyped: a local bound to a getter's client (const mail = getResend(); mail.emails.send)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getResend } from '@/lib/parity/mail';
export async function POST() {
  const mail = getResend();
  await mail.emails.send({ from: 'team@example.com', to: 'author@example.com', subject: 'New like', html: '<p>New like</p>' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 127,
          data: { handler: 'POST', chain: 'POST -> mail.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { getResend } from '@/lib/parity/mail';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const mail = getResend();
  // The worker must load mail.emails (an object the work calls send() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "untyped: the getter's client called directly (getResend().emails.send)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getResend } from '@/lib/parity/mail';
export async function POST() {
  await getResend().emails.send({ from: 'team@example.com', to: 'author@example.com', subject: 'New like', html: '<p>New like</p>' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 134,
          data: { handler: 'POST', chain: 'POST -> getResend().emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { getResend } from '@/lib/parity/mail';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "untyped: a slack-notify client from a factory that may return nothing (slackNotify()?.alert)",
      filename: "app/api/follow/route.ts",
      code: `import { slackNotify } from '@/lib/parity/slack';
export async function POST() {
  await slackNotify()?.alert({ text: 'New follower' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 55,
          data: { handler: 'POST', chain: 'POST -> slackNotify().alert', work: 'chat webhook via slack-notify', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/user.followed' },
              output: `import { slackNotify } from '@/lib/parity/slack';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/user.followed', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "untyped: a module singleton's method reaching its client through this (manager.likeReceived -> this.deliver -> this.mailer.emails.send)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { Resend } from 'resend';
class NotificationManager {
  private readonly mailer = new Resend(process.env.RESEND_API_KEY);
  async likeReceived(to: string): Promise<void> {
    await this.deliver(to, 'Your post has a new like');
  }
  private async deliver(to: string, subject: string): Promise<void> {
    await this.mailer.emails.send({ from: 'team@example.com', to, subject, html: '<p>New like</p>' });
  }
}
const manager = new NotificationManager();
export async function POST() {
  await manager.likeReceived('author@example.com');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 51,
          data: { handler: 'POST', chain: 'POST -> manager.likeReceived -> this.deliver -> this.mailer.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { Resend } from 'resend';
import { inngest } from '@/lib/inngest';
class NotificationManager {
  private readonly mailer = new Resend(process.env.RESEND_API_KEY);
  async likeReceived(to: string): Promise<void> {
    await this.deliver(to, 'Your post has a new like');
  }
  private async deliver(to: string, subject: string): Promise<void> {
    await this.mailer.emails.send({ from: 'team@example.com', to, subject, html: '<p>New like</p>' });
  }
}
const manager = new NotificationManager();
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "untyped: a client assigned in the constructor (this.client = new WebClient(token)), posted through this.client.chat.postMessage",
      filename: "src/app/api/comments/route.ts",
      code: `import { WebClient } from '@slack/web-api';
class ModerationAlerts {
  private readonly client: WebClient;
  constructor(token: string | undefined) {
    this.client = new WebClient(token);
  }
  async flagged(commentId: string): Promise<void> {
    await this.client.chat.postMessage({ channel: '#moderation', text: \`Comment \${commentId} was flagged\` });
  }
}
const alerts = new ModerationAlerts(process.env.SLACK_BOT_TOKEN);
export async function POST() {
  await alerts.flagged('c1');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 29,
          data: { handler: 'POST', chain: 'POST -> alerts.flagged -> this.client.chat.postMessage', work: 'chat webhook via Slack', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/comment.created' },
              output: `import { WebClient } from '@slack/web-api';
import { inngest } from '@/lib/inngest';
class ModerationAlerts {
  private readonly client: WebClient;
  constructor(token: string | undefined) {
    this.client = new WebClient(token);
  }
  async flagged(commentId: string): Promise<void> {
    await this.client.chat.postMessage({ channel: '#moderation', text: \`Comment \${commentId} was flagged\` });
  }
}
const alerts = new ModerationAlerts(process.env.SLACK_BOT_TOKEN);
export async function POST() {
  await inngest.send({ name: 'notification/comment.created', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "untyped: a module singleton of another file with a method named for its work (manager.notifyModerators)",
      filename: "src/app/api/comments/route.ts",
      code: `import { manager } from '@/lib/parity/notification-manager';
export async function POST() {
  await manager.notifyModerators('c1');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 39,
          data: { handler: 'POST', chain: 'POST -> manager.notifyModerators', work: 'notification helper via notifyModerators (judged by its name)', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/comment.created' },
              output: `import { manager } from '@/lib/parity/notification-manager';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/comment.created', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "untyped: a getter typed by a project interface without bodies: no body to follow, so the getter's name decides (getResend(): MailClient)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `interface MailClient {
  emails: { send(mail: { to: string; subject: string }): Promise<void> };
}
declare function getResend(): MailClient;
export async function POST() {
  const mail = getResend();
  await mail.emails.send({ to: 'author@example.com', subject: 'New like' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 76,
          data: { handler: 'POST', chain: 'POST -> mail.emails.send', work: 'email via Resend', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { inngest } from '@/lib/inngest';

interface MailClient {
  emails: { send(mail: { to: string; subject: string }): Promise<void> };
}
declare function getResend(): MailClient;
export async function POST() {
  const mail = getResend();
  // The worker must load mail.emails (an object the work calls send() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "untyped: a getter of an unresolved module: the getter's name says Nodemailer (getMailer() from @acme/mailer)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getMailer } from '@acme/mailer';
export async function POST() {
  const mail = getMailer();
  await mail.sendMail({ to: 'author@example.com', subject: 'New like' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: 'syncNotification',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 73,
          data: { handler: 'POST', chain: 'POST -> mail.sendMail', work: 'email via Nodemailer', transaction: '', context: '' },
          suggestions: [
            {
              messageId: 'useInngestSend',
              data: { eventName: 'notification/post.liked' },
              output: `import { getMailer } from '@acme/mailer';
import { inngest } from '@/lib/inngest';
export async function POST() {
  const mail = getMailer();
  // The worker must load mail (an object the work calls sendMail() on) again: it does not survive JSON.
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
  ],
});

