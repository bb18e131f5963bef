// The library catalogue on syntax alone: one example call per entry, classified as that entry.
// Adding a provider or a hand-off means adding its entry to src/analysis/catalogue.ts and its
// example here; the last test of each table fails until the example exists.
import { describe, expect, it } from 'vitest';

import { DELIVERY_CLIENTS, HAND_OFF_CLIENTS } from '../../src/analysis/catalogue.js';
import { findHandOff } from '../../src/analysis/hand-offs.js';
import type { CallSummary } from '../../src/analysis/model.js';
import type { ClassifyEnv } from '../../src/analysis/notification-work.js';
import { findNotificationWork } from '../../src/analysis/notification-work.js';
import { DEFAULT_OPTIONS } from '../../src/options.js';
import { summarizeProbe } from './probe-summaries.js';

const env: ClassifyEnv = { options: DEFAULT_OPTIONS, tools: null, optionsKey: 'catalogue-test' };

/** The last call the function `probe` of `code` makes, summarised from ESTree without types. */
function lastCall(code: string): CallSummary {
  const { calls } = summarizeProbe(code);
  const call = calls.find((c) => c.usage === 'awaited');
  if (!call) throw new Error(`no awaited call in:\n${code}`);
  return call;
}

const DELIVERY_EXAMPLES: Record<string, string> = {
  Resend: "import { Resend } from 'resend';\nconst resend = new Resend('key');\nasync function probe() { await resend.emails.send(mail); }",
  Nodemailer: "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({});\nasync function probe() { await transporter.sendMail(mail); }",
  SendGrid: "import sgMail from '@sendgrid/mail';\nasync function probe() { await sgMail.send(mail); }",
  Postmark: "import { ServerClient } from 'postmark';\nconst client = new ServerClient('t');\nasync function probe() { await client.sendEmail(mail); }",
  'AWS SES': "import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';\nconst ses = new SESClient({});\nasync function probe() { await ses.send(new SendEmailCommand(input)); }",
  Mailgun: "async function probe() { await mg.messages.create('example.com', mail); }",
  'web-push': "import webpush from 'web-push';\nasync function probe() { await webpush.sendNotification(subscription, payload); }",
  'Firebase Cloud Messaging': "import admin from 'firebase-admin';\nasync function probe() { await admin.messaging().send(message); }",
  'Expo push': "import { Expo } from 'expo-server-sdk';\nconst expo = new Expo();\nasync function probe() { await expo.sendPushNotificationsAsync(messages); }",
  OneSignal: "async function probe() { await onesignal.createNotification(notification); }",
  Twilio: "import twilio from 'twilio';\nconst client = twilio(sid, token);\nasync function probe() { await client.messages.create(sms); }",
  Novu: "async function probe() { await novu.trigger('comment', payload); }",
  Knock: "async function probe() { await knock.workflows.trigger('new-follower', payload); }",
  Courier: "async function probe() { await courier.send(message); }",
  'Slack webhook': "import { IncomingWebhook } from '@slack/webhook';\nconst webhook = new IncomingWebhook(url);\nasync function probe() { await webhook.send(text); }",
  Slack: "async function probe() { await slack.chat.postMessage(message); }",
  'slack-notify': "async function probe() { await slack.alert({ text: 'New signup' }); }",
  'AWS SNS': "async function probe() { await sns.publish({ PhoneNumber: '+15550100', Message: 'Hi' }); }",
  Vonage: "async function probe() { await vonage.sms.send({ to: '+15550100', from: 'Acme', text: 'Hi' }); }",
  Loops: "async function probe() { await loops.sendTransactionalEmail({ transactionalId: 'welcome', email: 'a@b.c' }); }",
  Brevo: "async function probe() { await brevo.transactionalEmails.sendTransacEmail({ to: [{ email: 'a@b.c' }], templateId: 1 }); }",
  MailerSend: "async function probe() { await mailersend.email.send(params); }",
  'Pusher Beams': "async function probe() { await beams.publishToUsers(['u1'], request); }",
  'Telegram Bot API': "async function probe() { await telegram.api.sendMessage({ chat_id: 1, text: 'Hi' }); }",
};

const HAND_OFF_EXAMPLES: Record<string, string> = {
  'inngest.send': "import { inngest } from '@/lib/inngest';\nasync function probe() { await inngest.send(event); }",
  BullMQ: "async function probe() { await notificationQueue.add('notify', data); }",
  'Trigger.dev': "import { tasks } from '@trigger.dev/sdk';\nasync function probe() { await tasks.trigger('notify', payload); }",
  QStash: "async function probe() { await qstash.publishJSON(message); }",
  'after()': "import { after } from 'next/server';\nasync function probe() { await after(work); }",
  'waitUntil()': "import { waitUntil } from '@vercel/functions';\nasync function probe() { await waitUntil(work); }",
};

describe('delivery clients of the catalogue, by syntax', () => {
  it.each(Object.entries(DELIVERY_EXAMPLES))('%s', (label, code) => {
    const entry = DELIVERY_CLIENTS.find((e) => e.label === label);
    expect(findNotificationWork(lastCall(code), env)).toEqual({ channel: entry?.channel, label });
  });

  it('every delivery client has an example', () => {
    expect(DELIVERY_CLIENTS.map((e) => e.label).filter((label) => !(label in DELIVERY_EXAMPLES))).toEqual([]);
  });
});

describe('hand-offs of the catalogue, by syntax', () => {
  it.each(Object.entries(HAND_OFF_EXAMPLES))('%s', (label, code) => {
    const call = lastCall(code);
    expect(findHandOff(call, env)).toEqual({ label });
    expect(findNotificationWork(call, env)).toBeUndefined();
  });

  it("a request context's waitUntil hands off whatever the receiver is called", () => {
    expect(findHandOff(lastCall('async function probe(ctx) { await ctx.waitUntil(work); }'), env)).toEqual({ label: 'waitUntil()' });
  });

  it('every hand-off client has an example', () => {
    expect(HAND_OFF_CLIENTS.map((e) => e.label).filter((label) => !(label in HAND_OFF_EXAMPLES))).toEqual([]);
  });
});

describe('other library facts of the catalogue, by syntax', () => {
  it.each([
    ['a chat webhook URL', "async function probe() { await fetch('https://hooks.slack.com/services/T/B/X', init); }", { channel: 'chat webhook', label: 'chat webhook request' }],
    ['a chat webhook URL variable', 'async function probe() { await axios.post(discordWebhookUrl, body); }', { channel: 'chat webhook', label: 'chat webhook request' }],
    ['an email command sent by any client', 'async function probe() { await client.send(new SendBulkEmailCommand(input)); }', { channel: 'email', label: 'AWS SES' }],
    ['a notification row', 'async function probe() { await db.notification.create({ data }); }', { channel: 'notification record', label: 'notification.create' }],
  ])('%s', (_name, code, expected) => {
    expect(findNotificationWork(lastCall(code), env)).toEqual(expected);
  });
});
