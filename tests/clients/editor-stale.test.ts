// The editor after a change on disk that it did not make (a `git checkout`, a `git pull`): the
// open handler's cross-file findings stay as they were, because typescript-eslint's project
// service re-reads only the files that the editor lints, and the ESLint server is not told of the
// others. The remedies that the README gives are run here: open the changed helper, or restart
// the ESLint server.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { startEslintServer, type EslintServer } from './eslint-server.js';
import { copyExampleApp, makeTempDir, removeDir, ruleId } from './helpers.js';

const actions = 'app/actions.ts';

/** lib/activity.ts after the checkout: it hands the notification off instead of writing it. */
const activityHandsOff = `import { inngest } from './inngest';

export async function recordActivity(userId: string, type: string) {
  await inngest.send({ name: 'notification/activity.recorded', data: { userId, type } });
}
`;

/** lib/welcome.ts after the checkout: it now sends the email itself. */
const welcomeSends = `import { resend } from './mail';

export async function sendWelcomeEmail(userId: string) {
  await resend.emails.send({ from: 'noreply@example.com', to: userId, subject: 'Welcome', html: '<p>Welcome</p>' });
}
`;

const dirs: string[] = [];
const servers: EslintServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});
afterAll(() => dirs.forEach(removeDir));

function makeApp(): string {
  const dir = copyExampleApp(path.join(makeTempDir(), 'app'));
  dirs.push(path.dirname(dir));
  return dir;
}

async function start(dir: string): Promise<EslintServer> {
  const server = await startEslintServer(dir);
  servers.push(server);
  return server;
}

/** Each of the rule's findings in the file as `line:chain` (0-based line, as LSP has it). */
async function findings(server: EslintServer, file: string): Promise<string[]> {
  return (await server.diagnostics(file))
    .filter((d) => d.code === ruleId)
    .map((d) => `${d.range.start.line}:${/: (\S+(?: -> \S+)+)/.exec(d.message)?.[1]}`);
}

describe('ESLint language server after helpers change on disk', () => {
  it('keeps a finding whose helper no longer does the work, until the helper is opened', async () => {
    const dir = makeApp();
    const server = await start(dir);
    const text = readFileSync(path.join(dir, actions), 'utf8');
    server.open(actions, text);
    expect(await findings(server, actions)).toEqual(['9:commentOnPost -> recordActivity -> db.notification.create']);

    writeFileSync(path.join(dir, 'lib', 'activity.ts'), activityHandsOff);
    // A keystroke in the handler re-lints it; the helper's old text is still in the program.
    server.change(actions, `${text}\n`);
    expect(await findings(server, actions)).toEqual(['9:commentOnPost -> recordActivity -> db.notification.create']);

    // Opening the helper makes the server lint it, which hands its new text to the project service.
    server.open('lib/activity.ts', activityHandsOff);
    expect(await findings(server, 'lib/activity.ts')).toEqual([]);
    server.change(actions, text);
    expect(await findings(server, actions)).toEqual([]);
  });

  it('misses a finding that a helper now leads to, until the ESLint server restarts', async () => {
    const dir = makeApp();
    const first = await start(dir);
    const text = readFileSync(path.join(dir, actions), 'utf8');
    first.open(actions, text);
    expect(await findings(first, actions)).toEqual(['9:commentOnPost -> recordActivity -> db.notification.create']);

    writeFileSync(path.join(dir, 'lib', 'welcome.ts'), welcomeSends);
    first.change(actions, `${text}\n`);
    expect(await findings(first, actions)).toEqual(['9:commentOnPost -> recordActivity -> db.notification.create']);

    // "ESLint: Restart ESLint Server": a new server process builds the program from disk.
    await first.stop();
    const second = await start(dir);
    second.open(actions, text);
    expect(await findings(second, actions)).toEqual([
      '9:commentOnPost -> recordActivity -> db.notification.create',
      '14:signUp -> sendWelcomeEmail -> resend.emails.send',
    ]);
  });
});
