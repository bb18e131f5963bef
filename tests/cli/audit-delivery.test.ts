// The audit and ignoreDeliveryEndpoints: the audit answers its own question (can a notification
// failure fail the user's action?), so a project's lint option changes nothing in it. A delivery
// endpoint that waits for its delivery is listed, not failed, with or without the option; a
// webhook receiver is a handler like any other.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { run } from '../../src/cli/run.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const config = (options: string): string => `import tsParser from '@typescript-eslint/parser';
import asyncNotifications from 'eslint-plugin-async-notifications';

export default [
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },
  asyncNotifications.configs.recommended,
  { rules: { 'async-notifications/no-sync-notification-in-handler': ['error', ${options}] } },
];
`;
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const FILES: Record<string, string> = {
  'lib/mail.ts': `import { Resend } from 'resend';

export const resend = new Resend(process.env.RESEND_API_KEY);
`,
  'app/api/admin/broadcast/route.ts': `import { resend } from '@/lib/mail';

export async function POST(request: Request) {
  const { to, subject, html } = (await request.json()) as { to: string[]; subject: string; html: string };
  await resend.emails.send({ from: 'news@example.com', to, subject, html });
  return Response.json({ ok: true });
}
`,
  'app/api/webhooks/stripe/route.ts': `import { resend } from '@/lib/mail';

export async function POST() {
  await resend.emails.send({ from: 'billing@example.com', to: 'customer@example.com', subject: 'Receipt', html: '' });
  return Response.json({ received: true });
}
`,
};

/** A project of FILES with the given rule options, under `.tmp-audit-*` (its imports resolve from the repository's node_modules). */
function project(options: string): string {
  const dir = mkdtempSync(path.join(root, '.tmp-audit-'));
  made.push(dir);
  for (const [file, text] of Object.entries({ 'eslint.config.mjs': config(options), ...FILES })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function audit(cwd: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await run(['audit'], { cwd, stdout: (text) => (stdout += text), stderr: () => undefined });
  return { code, stdout };
}

const EXPECTED = `Notification audit of .
Are notifications triggered asynchronously, so that a notification failure cannot fail the user's action?
Type information: none (4 files linted on syntax alone)

Handlers (2)
  POST /api/admin/broadcast (route handler, app/api/admin/broadcast/route.ts:3, delivery endpoint): waits
    waits for an email: resend.emails.send (line 5)
  POST /api/webhooks/stripe (route handler, app/api/webhooks/stripe/route.ts:3, webhook receiver): waits
    waits for an email: resend.emails.send (line 4)

Evidence (0)
  none found

Delivery endpoints (their action is the delivery itself; not failed while they wait for it)
  POST /api/admin/broadcast (app/api/admin/broadcast/route.ts:3)

Verdict: FAIL — notification work can fail or slow down the user's action.
  - POST /api/webhooks/stripe (app/api/webhooks/stripe/route.ts:4) waits for an email (resend.emails.send) before it responds to a webhook — if the mail provider fails or times out, its sender gets an error or times out, and sends the event again.
`;

describe('audit: delivery endpoints and ignoreDeliveryEndpoints', () => {
  it.each([['{}'], ['{ ignoreDeliveryEndpoints: true }']])('with options %s: the broadcast is listed, the webhook receiver fails', async (options) => {
    const result = await audit(project(options));
    expect(result.stdout).toBe(EXPECTED);
    expect(result.code).toBe(1);
  });
});
