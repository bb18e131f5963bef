// `eslint --cache` and cross-file findings. ESLint's cache keys a file's result on that file alone
// (its mtime and size, or its content with --cache-strategy content) and on the config; it knows
// nothing of the helpers a handler calls in other files. When only a helper changes, the handler's
// cached result is replayed: a fixed helper keeps a stale finding, and a helper that starts
// sending email stays unreported. These tests pin that down; docs/clients.md says what to do in CI.
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { copyExampleApp, findingsFromJson, makeTempDir, removeDir, runEslint, writeFiles } from './helpers.js';

/** `file:line:column chain` of each finding when linting the Server Actions file. */
async function lintActions(app: string, cacheArgs: string[]): Promise<string[]> {
  const result = await runEslint('eslint', ['app/actions.ts', '--format', 'json', ...cacheArgs], app);
  expect(result.stderr).toBe('');
  const findings = findingsFromJson(result.stdout, app);
  expect(result.code).toBe(findings.length > 0 ? 1 : 0);
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${/: (\S+(?: -> \S+)+)/.exec(f.message)?.[1]}`);
}

describe('eslint --cache when only a helper in another file changes', () => {
  let tmp: string;
  let app: string;
  beforeAll(() => {
    tmp = makeTempDir();
    app = copyExampleApp(path.join(tmp, 'app'));
  });
  afterAll(() => {
    removeDir(tmp);
  });

  const metadataCache = ['--cache', '--cache-location', '.cache/eslint-metadata'];
  const contentCache = ['--cache', '--cache-location', '.cache/eslint-content', '--cache-strategy', 'content'];
  const before = ['app/actions.ts:10:9 commentOnPost -> recordActivity -> db.notification.create'];

  it('replays the handler file\'s old result, with either cache strategy', async () => {
    // 1. Fill both caches: the Server Action reaches a notification row through recordActivity.
    expect(await lintActions(app, metadataCache)).toEqual(before);
    expect(await lintActions(app, contentCache)).toEqual(before);

    // 2. Change only helpers; app/actions.ts itself is untouched.
    writeFiles(app, {
      // recordActivity now hands off: the finding at 10:9 is gone.
      'lib/activity.ts': `import { inngest } from './inngest';

export async function recordActivity(userId: string, type: string) {
  await inngest.send({ name: 'notification/activity.recorded', data: { userId, type } });
}
`,
      // sendWelcomeEmail now sends the email in the request: signUp (15:9) is now a finding.
      'lib/welcome.ts': `import { resend } from './mail';

export async function sendWelcomeEmail(userId: string) {
  await resend.emails.send({ from: 'noreply@example.com', to: \`\${userId}@example.com\`, subject: 'Welcome', html: '' });
}
`,
    });

    // 3. With the cache: the stale finding (10:9) stays and the new one (15:9) is missed. Had the
    //    file's cached result been clean, the run would exit 0 on code that must fail.
    expect(await lintActions(app, metadataCache)).toEqual(before);
    expect(await lintActions(app, contentCache)).toEqual(before);

    // 4. The truth, without a cache (or with a cache that starts empty for this tree).
    expect(await lintActions(app, [])).toEqual(['app/actions.ts:15:9 signUp -> sendWelcomeEmail -> resend.emails.send']);
  });
});
