import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';

import type { Channel } from './model.js';

/**
 * A library client described as data: how to recognise its calls by syntax (import source,
 * variable names, member paths) and by declared types (package and type names).
 */
export interface CatalogueEntry {
  label: string;
  /** A notification channel, or `hand-off` for queues and after-the-response APIs. */
  channel: Channel | 'hand-off';
  /** Import sources (a package, or a package followed by a subpath) that bind the client. */
  packages: string[];
  /** Names of the client variable (or of the member holding it) that identify it without imports or types. */
  clientNames: RegExp;
  /** Member paths after the client, dotted: `emails.send`. An empty string means the client itself is called. */
  methods: string[];
  /** With type information: the receiver's declared type, or the callee's own declaration. */
  types?: {
    receivers?: TypeOrValueSpecifier[];
    callees?: TypeOrValueSpecifier[];
    /** The method names accepted on a matching receiver (default: the last segment of `methods`). */
    methodNames?: string[];
    /** Command-style clients (`ses.send(new SendEmailCommand())`): a `send` call also needs its first argument's type to match. */
    commands?: TypeOrValueSpecifier[];
  };
}

const pkg = (packageName: string, name: string, ...more: string[]): TypeOrValueSpecifier => ({
  from: 'package',
  package: packageName,
  name: more.length === 0 ? name : [name, ...more],
});

/** Email, push, SMS, notification platforms and chat webhooks: calls that deliver a notification. */
export const DELIVERY_CLIENTS: readonly CatalogueEntry[] = [
  {
    label: 'Resend',
    channel: 'email',
    packages: ['resend'],
    clientNames: /^resend$/i,
    methods: ['emails.send', 'emails.create', 'batch.send', 'batch.create'],
    types: {
      // resend 6 bundles its types and renames the email batch class `Batch$1` (its `Batch` is suppressions).
      receivers: [pkg('resend', 'Emails', 'Batch', 'Batch$1')],
      methodNames: ['send', 'create'],
    },
  },
  {
    label: 'Nodemailer',
    channel: 'email',
    packages: ['nodemailer'],
    clientNames: /transport|mailer/i,
    methods: ['sendMail'],
    types: { receivers: [pkg('nodemailer', 'Transporter', 'Mail')] },
  },
  {
    label: 'SendGrid',
    channel: 'email',
    packages: ['@sendgrid/mail'],
    clientNames: /^sg(mail)?$|sendgrid/i,
    methods: ['send', 'sendMultiple'],
    types: { receivers: [pkg('@sendgrid/mail', 'MailService')] },
  },
  {
    label: 'Postmark',
    channel: 'email',
    packages: ['postmark'],
    clientNames: /postmark/i,
    methods: ['sendEmail', 'sendEmailWithTemplate', 'sendEmailBatch', 'sendEmailBatchWithTemplates'],
    types: {
      // `export default class ServerClient`: the class symbol is named `default`; the methods keep it precise.
      receivers: [pkg('postmark', 'ServerClient', 'default')],
    },
  },
  {
    label: 'AWS SES',
    channel: 'email',
    packages: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2'],
    clientNames: /^ses(v2)?(client)?$/i,
    methods: ['sendEmail', 'sendRawEmail', 'sendTemplatedEmail', 'sendBulkTemplatedEmail'],
    types: {
      receivers: [
        pkg('@aws-sdk/client-ses', 'SES', 'SESClient'),
        pkg('@aws-sdk/client-sesv2', 'SESv2', 'SESv2Client'),
      ],
      methodNames: [
        'send',
        'sendEmail',
        'sendRawEmail',
        'sendTemplatedEmail',
        'sendBulkTemplatedEmail',
        'sendBulkEmail',
      ],
      // v3 clients send commands: `sesClient.send(new SendEmailCommand(...))`.
      commands: [
        pkg(
          '@aws-sdk/client-ses',
          'SendEmailCommand',
          'SendRawEmailCommand',
          'SendTemplatedEmailCommand',
          'SendBulkTemplatedEmailCommand',
        ),
        pkg('@aws-sdk/client-sesv2', 'SendEmailCommand', 'SendBulkEmailCommand'),
      ],
    },
  },
  {
    label: 'Mailgun',
    channel: 'email',
    packages: ['mailgun.js'],
    clientNames: /^mg$|mailgun/i,
    methods: ['messages.create'],
    types: { receivers: [pkg('mailgun.js', 'MessagesClient', 'IMessagesClient')], methodNames: ['create'] },
  },
  {
    label: 'web-push',
    channel: 'push',
    packages: ['web-push'],
    clientNames: /^web-?push$/i,
    methods: ['sendNotification'],
    types: { callees: [pkg('web-push', 'sendNotification')] },
  },
  {
    label: 'Firebase Cloud Messaging',
    channel: 'push',
    packages: ['firebase-admin'],
    clientNames: /messaging|^fcm$/i,
    methods: [
      'send',
      'sendEach',
      'sendEachForMulticast',
      'sendMulticast',
      'sendAll',
      'sendToDevice',
      'sendToTopic',
      'sendToCondition',
    ],
    types: { receivers: [pkg('firebase-admin', 'Messaging')] },
  },
  {
    label: 'Expo push',
    channel: 'push',
    packages: ['expo-server-sdk'],
    clientNames: /^expo$/i,
    methods: ['sendPushNotificationsAsync'],
    types: { receivers: [pkg('expo-server-sdk', 'Expo')] },
  },
  {
    label: 'OneSignal',
    channel: 'push',
    packages: ['@onesignal/node-onesignal', 'onesignal-node'],
    clientNames: /onesignal/i,
    methods: ['createNotification'],
    types: {
      // The package exports `PromiseDefaultApi as DefaultApi`; the type keeps its declared name.
      receivers: [pkg('@onesignal/node-onesignal', 'PromiseDefaultApi', 'DefaultApi')],
    },
  },
  {
    label: 'Twilio',
    channel: 'SMS',
    packages: ['twilio'],
    clientNames: /twilio/i,
    methods: ['messages.create'],
    types: { receivers: [pkg('twilio', 'MessageListInstance')], methodNames: ['create'] },
  },
  {
    label: 'Novu',
    channel: 'notification platform',
    packages: ['@novu/api', '@novu/node'],
    clientNames: /novu/i,
    methods: ['trigger', 'triggerBulk', 'events.trigger'],
    types: { receivers: [pkg('@novu/api', 'Novu'), pkg('@novu/node', 'Novu', 'Events')] },
  },
  {
    label: 'Knock',
    channel: 'notification platform',
    packages: ['@knocklabs/node'],
    clientNames: /knock/i,
    methods: ['workflows.trigger', 'notify'],
    types: { receivers: [pkg('@knocklabs/node', 'Workflows', 'Knock')], methodNames: ['trigger', 'notify'] },
  },
  {
    label: 'Courier',
    channel: 'notification platform',
    packages: ['@trycourier/courier'],
    clientNames: /courier/i,
    methods: ['send', 'send.message'],
    types: {
      receivers: [pkg('@trycourier/courier', 'CourierClient', 'Courier', 'Send')],
      methodNames: ['send', 'message'],
    },
  },
  {
    label: 'Slack webhook',
    channel: 'chat webhook',
    packages: ['@slack/webhook'],
    clientNames: /webhook|slack/i,
    methods: ['send'],
    types: { receivers: [pkg('@slack/webhook', 'IncomingWebhook')] },
  },
  {
    label: 'Slack',
    channel: 'chat webhook',
    packages: ['@slack/web-api'],
    clientNames: /slack/i,
    methods: ['chat.postMessage', 'chat.postEphemeral', 'chat.scheduleMessage'],
    // `client.chat` is an anonymous object of the client: the client's own type (a `WebClient`) is matched.
    types: { receivers: [pkg('@slack/web-api', 'WebClient')] },
  },
  // Issue 12 item 5: what people install, per channel.
  {
    label: 'slack-notify',
    channel: 'chat webhook',
    packages: ['slack-notify'],
    clientNames: /slack/i,
    methods: ['send', 'alert', 'success', 'bug'],
    types: { receivers: [pkg('slack-notify', 'SlackNotify', 'SlackNotifier')] },
  },
  {
    label: 'AWS SNS',
    channel: 'notification platform',
    packages: ['@aws-sdk/client-sns'],
    clientNames: /^sns(client)?$/i,
    methods: ['publish', 'publishBatch'],
    types: {
      receivers: [pkg('@aws-sdk/client-sns', 'SNS', 'SNSClient')],
      methodNames: ['send', 'publish', 'publishBatch'],
      commands: [pkg('@aws-sdk/client-sns', 'PublishCommand', 'PublishBatchCommand')],
    },
  },
  {
    label: 'Vonage',
    channel: 'SMS',
    packages: ['@vonage/server-sdk', '@vonage/sms', '@vonage/messages'],
    clientNames: /vonage/i,
    methods: ['sms.send', 'messages.send'],
    types: { receivers: [pkg('@vonage/sms', 'SMS'), pkg('@vonage/messages', 'Messages')], methodNames: ['send'] },
  },
  {
    label: 'Loops',
    channel: 'email',
    packages: ['loops'],
    clientNames: /loops/i,
    methods: ['sendTransactionalEmail', 'sendEvent'],
    types: { receivers: [pkg('loops', 'LoopsClient')] },
  },
  {
    label: 'Brevo',
    channel: 'email',
    packages: ['@getbrevo/brevo'],
    clientNames: /brevo|sendinblue/i,
    methods: ['transactionalEmails.sendTransacEmail', 'sendTransacEmail'],
    types: { receivers: [pkg('@getbrevo/brevo', 'TransactionalEmailsClient', 'TransactionalEmailsApi')], methodNames: ['sendTransacEmail'] },
  },
  {
    label: 'MailerSend',
    channel: 'email',
    packages: ['mailersend'],
    clientNames: /mailersend/i,
    methods: ['email.send', 'email.sendBulk'],
    types: { receivers: [pkg('mailersend', 'EmailModule')], methodNames: ['send', 'sendBulk'] },
  },
  {
    label: 'Pusher Beams',
    channel: 'push',
    packages: ['@pusher/push-notifications-server'],
    clientNames: /beams|pusher/i,
    methods: ['publishToInterests', 'publishToUsers'],
    types: { receivers: [pkg('@pusher/push-notifications-server', 'PushNotifications')] },
  },
  {
    label: 'Telegram Bot API',
    channel: 'chat',
    packages: ['node-telegram-bot-api', 'telegraf', 'grammy'],
    clientNames: /telegram/i,
    methods: ['sendMessage', 'telegram.sendMessage', 'api.sendMessage'],
    // node-telegram-bot-api 2: `bot.api.sendMessage(...)`; 0.x: `bot.sendMessage(...)`.
    types: { receivers: [pkg('node-telegram-bot-api', 'Api', 'TelegramBot'), pkg('telegraf', 'Telegram'), pkg('grammy', 'Api')], methodNames: ['sendMessage'] },
  },
];

/** Queues and after-the-response APIs: calls that hand work off. */
export const HAND_OFF_CLIENTS: readonly CatalogueEntry[] = [
  {
    label: 'inngest.send',
    channel: 'hand-off',
    packages: ['inngest'],
    clientNames: /inngest/i,
    methods: ['send'],
    types: { receivers: [pkg('inngest', 'Inngest')] },
  },
  {
    label: 'BullMQ',
    channel: 'hand-off',
    packages: ['bullmq'],
    clientNames: /queue|flow/i,
    methods: ['add', 'addBulk'],
    types: { receivers: [pkg('bullmq', 'Queue', 'FlowProducer')] },
  },
  {
    label: 'Trigger.dev',
    channel: 'hand-off',
    packages: ['@trigger.dev/sdk'],
    clientNames: /^tasks$|task$/i,
    methods: ['trigger', 'batchTrigger'],
    types: {
      // `tasks.trigger(id, payload)`, `batch.trigger([...])`: the callee is a named function of the SDK.
      callees: [pkg('@trigger.dev/sdk', 'trigger', 'batchTrigger', 'batchTriggerById')],
      // `myTask.trigger(payload)`: the method's type is anonymous, so the task object is matched instead.
      receivers: [pkg('@trigger.dev/core', 'Task', 'TaskWithSchema', 'ToolTask')],
      methodNames: ['trigger', 'batchTrigger'],
    },
  },
  {
    label: 'QStash',
    channel: 'hand-off',
    packages: ['@upstash/qstash'],
    clientNames: /qstash/i,
    methods: ['publishJSON', 'publish', 'batchJSON', 'batch', 'enqueueJSON', 'enqueue'],
    types: { receivers: [pkg('@upstash/qstash', 'Client', 'Queue')] },
  },
  {
    label: 'after()',
    channel: 'hand-off',
    packages: ['next/server'],
    clientNames: /^(unstable_)?after$/,
    methods: [''],
    types: { callees: [pkg('next', 'after', 'unstable_after')] },
  },
  {
    label: 'waitUntil()',
    channel: 'hand-off',
    packages: ['@vercel/functions'],
    clientNames: /^waitUntil$/,
    methods: [''],
    types: {
      // Declared `const waitUntil: (promise) => void`: the callee's type is anonymous (`__type`), so only
      // the callee's resolved (un-aliased) symbol matches this, not its type.
      callees: [pkg('@vercel/functions', 'waitUntil')],
      // The request context of middleware and Edge API routes: `event.waitUntil(promise)`.
      receivers: [pkg('next', 'NextFetchEvent')],
      methodNames: ['waitUntil'],
    },
  },
];

/** Command classes sent through a generic `client.send(command)`: the command's class says what is sent. */
export function commandNames(entry: CatalogueEntry): string[] {
  return (entry.types?.commands ?? []).flatMap((specifier) =>
    typeof specifier === 'string' ? [specifier] : typeof specifier.name === 'string' ? [specifier.name] : specifier.name,
  );
}

/** Chat webhooks called over plain HTTP: `fetch('https://hooks.slack.com/...')`, `axios.post(slackWebhookUrl, ...)`. */
export const CHAT_WEBHOOK_REQUESTS = {
  label: 'chat webhook request',
  /** HTTP client functions and methods whose first argument is the URL. */
  senders: new Set(['fetch', 'post', 'request', 'put']),
  urls: /hooks\.slack\.com|discord(?:app)?\.com\/api\/webhooks|webhook\.office\.com/i,
  /** Variables holding such a URL. */
  urlNames: /(slack|discord|teams)\w*webhook|webhook\w*(slack|discord|teams)/i,
} as const;

/**
 * Methods that hand work off on any receiver: a request context's `waitUntil(promise)` (`ctx`,
 * `event`, Cloudflare's and Vercel's contexts), whatever its declared type.
 */
export const CONTEXT_HAND_OFF_METHODS: ReadonlyMap<string, string> = new Map([['waitUntil', 'waitUntil()']]);

/**
 * Names that say "this helper only enqueues": trusted without types, never with them. `dispatch`,
 * `emit` and `trigger` are left out: `triggerEmail` sends as often as it enqueues.
 */
export const HAND_OFF_HELPER_NAME = /^(queue|enqueue|schedule|defer|publish)[A-Z_]|^(queue|enqueue|schedule|defer)$/;

/**
 * Helper names that say "this creates or delivers a notification", for a callee with no body to
 * follow. Only names that mean that and nothing else: notify/alert; a notification, email, SMS,
 * push, alert or digest being sent (`sendWelcomeEmail`, `sendPushNotificationToDevice`); a message
 * on a named channel (`sendSlackMessage`, not an AI chat's `sendMessage`); a notification record
 * created (`createNotifications`); an email or text to someone (`emailFollowers`). What follows the
 * noun may only say to whom, when or how it goes (`To...`, `For...`, `Async`): a factory, a provider,
 * a client or a stream (`createEmailProvider`, `createUIMessageStreamResponse`) and a user-composed
 * mail (`sendEmailWithHtml`) are not work.
 */
export const NOTIFICATION_HELPER_NAME =
  /^(notify|alert)([A-Z_]|$)|^(send|push|deliver|dispatch|emit|fire|trigger|post)\w*?(Notification|Email|Mail|Sms|SMS|Push|Alert|Digest|(Slack|Discord|Teams|Telegram|WhatsApp|Whatsapp|Sms|SMS|Text|Push|Email)Message)s?((To|For|About|On|Of|When|After|Via|In)([A-Z]\w*)?|Async|Now|Later|Batch|Bulk|Template|(Verification|Confirmation|Invitation|Invite|Reminder|Receipt|Code|Otp|OTP|Link)\w*)?$|^(send|post|notify|ping|alert)(To)?(Slack|Discord|Teams|Telegram)([A-Z_]|$)|^(create|insert|add|record|save|store|push)\w*?Notifications?((To|For|About|On|Of)([A-Z]\w*)?)?$|^(email|mail|sms|text)(?=[A-Z])\w*?(User|Follower|Author|Owner|Subscriber|Member)s?$/;
/** Helper names that read, format or update: never notification work by name. */
export const READ_HELPER_NAME = /^(get|fetch|list|load|find|read|count|has|is|should|can|format|build|render|mark|update|delete|remove|clear|parse|validate|preview|compose)([A-Z_]|$)/;

/** Methods that run their callback in a database transaction (Prisma `$transaction`, Drizzle, Knex, Sequelize). */
export const TRANSACTION_METHODS: ReadonlySet<string> = new Set(['$transaction', 'transaction']);

/** Wrappers that verify a queue's signature (QStash): the route they wrap is the queue's worker. */
export const WORKER_WRAPPERS = /^verifySignature(AppRouter|Edge)?$/;

/** Calls whose callback arguments are queue workers, not request handlers (`inngest.createFunction`, `serve`). */
export const WORKER_FACTORIES: ReadonlySet<string> = new Set(['createFunction', 'serve']);

/** Imports that make a route file the server of queue functions (`serve()` from `inngest/next`). */
export const QUEUE_SERVE_SOURCES: ReadonlySet<string> = new Set(['inngest/next', 'inngest/edge', 'inngest/express', '@trigger.dev/nextjs', '@upstash/workflow/nextjs', '@upstash/workflow', '@upstash/qstash/workflow']);

/**
 * How ORMs and query builders write records (Prisma, Mongoose, Sequelize, TypeORM, Drizzle, Kysely,
 * Knex, Supabase): the shapes themselves are read by `findRecordWrite` in notification-work.ts.
 */
export const RECORD_WRITES = {
  /** A model, table or collection of notifications, once a suffix such as `Model` or `_table` is cut. */
  notificationName: /notifications?$/i,
  nameSuffixes: /_?(model|repository|repo|collection|table|entity|schema)$/i,
  recordWriteMethods: new Set(['create', 'createMany', 'createManyAndReturn', 'upsert', 'insert', 'insertMany', 'insertOne', 'bulkCreate', 'save']),
  queryInsertMethods: new Set(['insert', 'upsert']),
  /** The methods whose first argument names the table or model written (`insert(notifications)`, `getRepository(Notification)`). */
  tableTakingMethods: new Set(['insert', 'insertInto', 'into', 'from', 'table', 'getRepository', 'save']),
  rawInsert: /\binsert\s+into\s+["'`[]?(?:\w+["'`\]]?\.)?["'`[]?\w*notification/i,
} as const;

/**
 * Routes that only servers call (a queue, a cron scheduler, the app's own background jobs): a guard
 * that rejects a request without an internal secret, or verifies a queue's signature, before any
 * work. Third-party webhook receivers (Stripe, Svix, Clerk) verify their sender too, but answer a
 * user's action elsewhere: they stay handlers.
 */
export const SERVER_ONLY_GUARDS = {
  /** Env variables that hold an internal secret (`INTERNAL_API_KEY`, `CRON_SECRET`, `*_SECRET`, `*_TOKEN`). */
  secretEnvNames: /^(INTERNAL_API_KEY|API_SECRET_KEY|\w*_SECRET|\w*_TOKEN|\w*_INTERNAL_KEY|SECRET_KEY)$/,
  /** Secrets of third-party webhook senders: a comparison with one does not make a worker. */
  webhookSecretNames: /WEBHOOK|STRIPE|SVIX|CLERK|GITHUB/,
  /** Signature checks of queues: QStash's `verifySignature*`, `Receiver#verify`. */
  verifyFunctions: WORKER_WRAPPERS,
  signatureReceivers: {
    types: [pkg('@upstash/qstash', 'Receiver')],
    names: /receiver|qstash/i,
    method: 'verify',
  },
  /** Project guards named for what they check (`isAuthorizedCronOrInternalRequest`, `verifyCronSecret`), judged by name where no body is followed. */
  // A webhook's signature check (`verifyWebhookSignature`) guards a third-party receiver, which stays a handler.
  guardHelperNames: /^(?!\w*Webhook)(is|verify|check|assert|validate|ensure|require|has|authorize|authenticate)\w*(Cron|Internal|Secret|Signature|QStash|Qstash|Worker|ServerToServer)/,
  /** Project wrappers named for it (`withQstashOrInternal`, `withCronAuth`), judged by name where no body is followed. */
  wrapperNames: /^with(?!\w*Webhook)\w*(Cron|Internal|Signature|QStash|Qstash|Worker|ServerAuth|ServerToServer)/,
  /** Constant-time comparisons: `timingSafeEqual(a, b)` compares as `===` does. */
  compareFunctions: new Set(['timingSafeEqual', 'safeCompare', 'secureCompare', 'constantTimeEqual']),
} as const;

/**
 * Notification providers called over plain HTTP (issue 12 item 3): a request whose URL, once
 * followed through literals, templates, consts, class fields and `new URL(...)`, matches an
 * endpoint, or whose URL comes from an env variable or config property named for a chat webhook.
 */
export const HTTP_DELIVERY = {
  /** HTTP clients: functions called with the URL first (`fetch`, `ky(url)`), and methods of any client (`axios.post(url)`). */
  functions: new Set(['fetch', '$fetch', 'ofetch', 'got', 'ky', 'axios', 'request']),
  methods: new Set(['fetch', 'post', 'put', 'patch', 'request']),
  clientRoots: /^(axios|ky|got|ofetch|undici|\$fetch|http|api|client|fetcher)$/i,
  endpoints: [
    { label: 'Slack Web API', channel: 'chat webhook', url: /slack\.com\/api\/chat\.(postMessage|postEphemeral|scheduleMessage)/i },
    { label: 'Slack webhook', channel: 'chat webhook', url: /hooks\.slack\.com\//i },
    { label: 'Discord webhook', channel: 'chat webhook', url: /discord(?:app)?\.com\/api\/(v\d+\/)?(webhooks|channels\/[^/]*\/messages)/i },
    { label: 'Teams webhook', channel: 'chat webhook', url: /webhook\.office\.com|\.logic\.azure\.com.*\/workflows\//i },
    { label: 'Telegram Bot API', channel: 'chat', url: /api\.telegram\.org\/bot[^/]*\/send/i },
    { label: 'Resend API', channel: 'email', url: /api\.resend\.com\/emails/i },
    { label: 'SendGrid API', channel: 'email', url: /api\.sendgrid\.com\/v3\/mail\/send/i },
    { label: 'Postmark API', channel: 'email', url: /api\.postmarkapp\.com\/email/i },
    { label: 'Mailgun API', channel: 'email', url: /api\.(eu\.)?mailgun\.net\/v3\/.*\/messages/i },
    { label: 'AWS SES API', channel: 'email', url: /email\.[a-z0-9-]+\.amazonaws\.com\/v2\/email\/outbound-emails/i },
    { label: 'Brevo API', channel: 'email', url: /api\.(brevo|sendinblue)\.com\/v3\/smtp\/email/i },
    { label: 'Loops API', channel: 'email', url: /app\.loops\.so\/api\/v1\/(transactional|events\/send)/i },
    { label: 'Twilio API', channel: 'SMS', url: /api\.twilio\.com\/.*\/Messages/i },
    { label: 'Vonage API', channel: 'SMS', url: /rest\.nexmo\.com\/sms|api\.nexmo\.com\/v\d\/messages/i },
    { label: 'FCM API', channel: 'push', url: /fcm\.googleapis\.com\/(v1\/.*messages:send|fcm\/send)/i },
    { label: 'Expo push API', channel: 'push', url: /exp\.host\/--\/api\/v2\/push\/send/i },
    { label: 'OneSignal API', channel: 'push', url: /onesignal\.com\/(api\/v1\/)?notifications/i },
    { label: 'Novu API', channel: 'notification platform', url: /api\.novu\.co\/v\d\/events\/trigger/i },
    { label: 'Knock API', channel: 'notification platform', url: /api\.knock\.app\/v\d\/workflows\/.*\/trigger/i },
    { label: 'Courier API', channel: 'notification platform', url: /api\.courier\.com\/send/i },
    { label: 'Pushover API', channel: 'push', url: /api\.pushover\.net\/1\/messages/i },
    { label: 'ntfy', channel: 'push', url: /^https?:\/\/ntfy\.sh\//i },
  ] as const satisfies readonly { label: string; channel: Channel; url: RegExp }[],
  /** Env variables and config properties that hold a chat webhook URL (`SLACK_GROWTH_WEBHOOK_URL`, `env().DISCORD_WEBHOOK_URL`). */
  webhookNames: /^(?=.*(WEBHOOK|SLACK|DISCORD|TEAMS))\w*(URL|URI|HOOK|ENDPOINT)$|webhook(url|uri)?$/i,
} as const;

/** A third-party webhook sender's signature check, as data (read by `findWebhookSignatureCheck` in delivery-endpoints.ts). */
export interface WebhookSignatureCheck {
  label: string;
  /** Import sources of the verifier; a bare method below needs its receiver imported from one of them. */
  packages?: string[];
  /** Imported functions that verify (`verifyWebhook` of `@clerk/nextjs/webhooks`). */
  functions?: string[];
  /** Member paths, dotted: a path of two or more names is the library's by its shape (`webhooks.constructEvent`). */
  methods?: string[];
  /** Classes whose instance verifies (`new Webhook(secret).verify(...)`): a bare method needs one of them. */
  constructors?: string[];
}

/**
 * Third-party webhook receivers (Stripe, Svix, Clerk...): handlers all the same, whose senders time
 * out and retry a slow receiver. Recognised by a path word or by the sender's signature check.
 */
export const WEBHOOK_RECEIVERS = {
  /** Whole words of a route's path segments or a handler's name. */
  pathWords: ['webhook', 'webhooks'],
  signatureChecks: [
    { label: 'Stripe', methods: ['webhooks.constructEvent', 'webhooks.constructEventAsync', 'webhooks.signature.verifyHeader'] },
    { label: 'Svix', packages: ['svix'], methods: ['verify'], constructors: ['Webhook'] },
    { label: 'Standard Webhooks', packages: ['standardwebhooks'], methods: ['verify'], constructors: ['Webhook'] },
    { label: 'Clerk', packages: ['@clerk/nextjs/webhooks', '@clerk/backend/webhooks'], functions: ['verifyWebhook'] },
    { label: 'GitHub', packages: ['@octokit/webhooks'], methods: ['verify', 'verifyAndReceive'], constructors: ['Webhooks'] },
    { label: 'GitHub', packages: ['@octokit/webhooks-methods'], functions: ['verify'] },
    { label: 'Resend', methods: ['webhooks.verify'] },
    { label: 'Paddle', methods: ['webhooks.unmarshal'] },
    { label: 'Polar', packages: ['@polar-sh/sdk/webhooks'], functions: ['validateEvent'] },
    { label: 'Twilio', packages: ['twilio'], functions: ['validateRequest', 'validateRequestWithBody'], methods: ['validateRequest', 'validateRequestWithBody'] },
  ] satisfies WebhookSignatureCheck[] as readonly WebhookSignatureCheck[],
  /** Helpers named for the check (`verifyWebhookSignature`, `constructWebhookEvent`), where no catalogue entry matches. */
  helperNames: /^(verify|validate|construct|check)\w*Webhook/,
  /** A word every name `helperNames` matches contains: a file's text is searched for it before the pattern runs over the text. */
  helperNameWord: 'Webhook',
} as const;
