// Issue 12's promise, checked whole: type information never makes the rule find less than syntax
// alone. The fixture project (tests/fixtures/project, whose apps/parity handlers reach helpers of
// lib/ in the shapes real apps use) and the example app are linted through the ESLint class twice,
// typed (projectService with the project's tsconfig) and untyped (project: false, projectService:
// false). The sweep's internal rule (every function a handler, src/internal/every-function.ts) runs
// over each project's lib/** in the same lint: that is where helpers in other files are compared.
// Each mode's findings are asserted exactly, and every untyped finding must be a typed one, except
// the documented differences below, each with its reason.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { everyFunctionPlugin } from '../../src/internal/every-function.js';
import { fixtureRoot } from '../rule-tester.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const exampleApp = path.join(root, 'examples', 'next-app');
const RULE_ID = 'async-notifications/no-sync-notification-in-handler';
/** The sweep's rule, registered under its own plugin name so that its findings stay apart. */
const SWEEP_ID = 'sweep/no-sync-notification-in-handler';

type Mode = 'typed' | 'untyped';

/** What a user sees of a finding: `file:line:column messageId`. */
type Finding = string;

interface ModeFindings {
  handlers: Finding[];
  sweep: Finding[];
  /** Each finding's message, for the checks on why a difference exists. */
  messages: Map<Finding, string>;
  fatal: string[];
}

function createESLint(cwd: string, mode: Mode): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{ts,tsx,js,jsx}'],
        plugins: { 'async-notifications': plugin, sweep: everyFunctionPlugin as never },
        languageOptions: {
          parser: tsParser,
          parserOptions: mode === 'typed' ? { projectService: true, tsconfigRootDir: cwd } : { project: false, projectService: false, tsconfigRootDir: cwd },
        },
        // The Prisma client generated into the fixture disables lint rules we do not run.
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        rules: { [RULE_ID]: 'error' },
      },
      { files: ['lib/**/*.{ts,tsx,js,jsx}'], rules: { [SWEEP_ID]: 'error' } },
    ],
  });
}

/** One lint of the whole project per mode: the rule's findings and the sweep's, sorted. */
async function lintProject(cwd: string, mode: Mode): Promise<ModeFindings> {
  const results = await createESLint(cwd, mode).lintFiles(['.']);
  const found: ModeFindings = { handlers: [], sweep: [], messages: new Map(), fatal: [] };
  for (const result of results) {
    const file = path.relative(cwd, result.filePath).replace(/\\/g, '/');
    for (const message of result.messages) {
      if (message.fatal) found.fatal.push(`${file}: ${message.message}`);
      const finding = `${file}:${message.line}:${message.column} ${message.messageId ?? ''}`;
      if (message.ruleId === RULE_ID) found.handlers.push(finding);
      else if (message.ruleId === SWEEP_ID) found.sweep.push(finding);
      else continue;
      found.messages.set(finding, message.message);
    }
  }
  const byPosition = (a: Finding, b: Finding): number => a.localeCompare(b, 'en', { numeric: true });
  found.handlers.sort(byPosition);
  found.sweep.sort(byPosition);
  return found;
}

const location = (finding: Finding): string => finding.slice(0, finding.lastIndexOf(' '));

/**
 * Name-only false alarms that a followed body disproves: reported without types because the
 * callee's name says notification work, and not with types because its body only hands off.
 */
const NAME_ONLY_FALSE_ALARMS: Record<string, Record<Finding, string>> = {
  fixture: {
    'apps/parity/app/actions.ts:11:9 syncNotification':
      'sendWelcomeEmail (lib/helpers/send-welcome-email.ts) is named like a send; its body only calls inngest.send',
  },
  example: {
    'app/actions.ts:15:9 syncNotification': 'sendWelcomeEmail (lib/welcome.ts) is named like a send; its body only calls inngest.send',
  },
};

/** Same place, other messageId: the checker says what can float (a call that returns no promise has finished). */
const SETTLED_BY_THE_CHECKER: Record<Finding, Finding> = {
  // better-sqlite3's run() is synchronous: the row is written before the next statement, so it is waited for.
  'lib/helpers/store-like.ts:6:3 floatingNotification': 'lib/helpers/store-like.ts:6:3 syncNotification',
};

/** What only type information finds, and why syntax alone cannot. */
const TYPED_ONLY: Record<string, Record<Finding, string>> = {
  fixture: {
    'apps/parity/app/actions.ts:16:9 syncNotification': 'inviteMember has a neutral name; its body (lib/invite-member.ts) awaits sendInvitationEmail, judged by name there',
    'apps/parity/app/actions.ts:27:9 syncNotification': "thankReviewer has a neutral name; its body (lib/parity/mail.ts) sends with the getter's Resend client",
    'apps/parity/app/api/comments/route.ts:7:9 syncNotification': 'chatBot is a WebClient of @slack/web-api only by its declared type',
    'apps/parity/app/api/comments/route.ts:10:9 syncNotification': 'announce has a neutral name; its body posts with the WebClient it is given',
    'apps/parity/app/api/posts/[id]/like/route.ts:12:9 syncNotification': "manager.likeReceived is a neutral method of another file's singleton",
    'lib/helpers/cycle-a.ts:13:24 syncNotification': 'shareWithFollowers is in another file (lib/helpers/cycle-b.ts)',
    'lib/helpers/cycle-b.ts:4:24 syncNotification': 'shareWithAuthor is in another file (lib/helpers/cycle-a.ts)',
    'lib/helpers/depth-2.ts:4:9 syncNotification': 'depth3 is in another file',
    'lib/helpers/depth-3.ts:4:9 syncNotification': 'depth4 is in another file',
    'lib/helpers/depth-4.ts:4:9 syncNotification': 'depth5 is in another file',
    'lib/helpers/depth-5.ts:4:9 syncNotification': 'depth6 is in another file',
    'lib/parity/slack.ts:12:9 syncNotification': 'client is a WebClient parameter: only its declared type says Slack',
  },
  example: {
    'app/actions.ts:10:9 syncNotification': 'recordActivity has a neutral name; its body (lib/activity.ts) creates a notification row',
  },
};

const PROJECTS = { fixture: fixtureRoot, example: exampleApp } as const;

const EXPECTED: Record<keyof typeof PROJECTS, Record<Mode, { handlers: Finding[]; sweep: Finding[] }>> = {
  fixture: {
    typed: {
      handlers: [
        'apps/parity/app/actions.ts:16:9 syncNotification',
        'apps/parity/app/actions.ts:21:9 syncNotification',
        'apps/parity/app/actions.ts:26:9 syncNotification',
        'apps/parity/app/actions.ts:27:9 syncNotification',
        'apps/parity/app/actions.ts:32:9 syncNotification',
        'apps/parity/app/api/comments/route.ts:7:9 syncNotification',
        'apps/parity/app/api/comments/route.ts:8:9 syncNotification',
        'apps/parity/app/api/comments/route.ts:10:9 syncNotification',
        'apps/parity/app/api/comments/route.ts:12:9 syncNotification',
        'apps/parity/app/api/comments/route.ts:14:9 syncNotification',
        'apps/parity/app/api/posts/[id]/like/route.ts:12:9 syncNotification',
        'apps/parity/app/api/posts/[id]/like/route.ts:15:9 syncNotification',
        'apps/parity/app/api/posts/[id]/like/route.ts:17:9 syncNotification',
        'apps/parity/pages/api/follow.ts:8:8 floatingNotification',
      ],
      sweep: [
        'lib/account-manager.ts:8:11 syncNotification',
        'lib/account-manager.ts:12:11 syncNotification',
        'lib/clients.ts:80:11 syncNotification',
        'lib/helpers/cycle-a.ts:7:9 syncNotification',
        'lib/helpers/cycle-a.ts:13:24 syncNotification',
        'lib/helpers/cycle-b.ts:4:24 syncNotification',
        'lib/helpers/default-notify.ts:4:9 syncNotification',
        'lib/helpers/depth-2.ts:4:9 syncNotification',
        'lib/helpers/depth-3.ts:4:9 syncNotification',
        'lib/helpers/depth-4.ts:4:9 syncNotification',
        'lib/helpers/depth-5.ts:4:9 syncNotification',
        'lib/helpers/depth-6.ts:5:9 syncNotification',
        'lib/helpers/insert-activity-row.ts:5:10 syncNotification',
        'lib/helpers/notifier-class.ts:7:12 syncNotification',
        'lib/helpers/notify-followers.ts:9:9 syncNotification',
        'lib/helpers/notify-later.ts:5:9 syncNotification',
        'lib/helpers/record-activity.ts:5:10 syncNotification',
        'lib/helpers/renamed-client.ts:7:9 syncNotification',
        'lib/helpers/store-like.ts:6:3 syncNotification',
        'lib/invite-member.ts:5:9 syncNotification',
        'lib/jobs.ts:14:22 floatingNotification',
        'lib/member-names/computed.ts:7:11 syncNotification',
        'lib/member-names/escaped.ts:7:11 syncNotification',
        'lib/member-names/escaped.ts:11:11 syncNotification',
        'lib/member-names/index.ts:6:9 syncNotification',
        'lib/member-names/index.ts:12:11 syncNotification',
        'lib/member-names/index.ts:16:11 syncNotification',
        'lib/member-names/index.ts:20:11 syncNotification',
        'lib/member-names/index.ts:26:30 syncNotification',
        'lib/parity/mail.ts:13:9 syncNotification',
        'lib/parity/mail.ts:18:9 syncNotification',
        'lib/parity/notification-manager.ts:10:11 syncNotification',
        'lib/parity/notification-manager.ts:14:11 syncNotification',
        'lib/parity/notification-manager.ts:18:11 syncNotification',
        'lib/parity/slack.ts:12:9 syncNotification',
      ],
    },
    untyped: {
      handlers: [
        'apps/parity/app/actions.ts:11:9 syncNotification',
        'apps/parity/app/actions.ts:21:9 syncNotification',
        'apps/parity/app/actions.ts:26:9 syncNotification',
        'apps/parity/app/actions.ts:32:9 syncNotification',
        'apps/parity/app/api/comments/route.ts:8:9 syncNotification',
        'apps/parity/app/api/comments/route.ts:12:9 syncNotification',
        'apps/parity/app/api/comments/route.ts:14:9 syncNotification',
        'apps/parity/app/api/posts/[id]/like/route.ts:15:9 syncNotification',
        'apps/parity/app/api/posts/[id]/like/route.ts:17:9 syncNotification',
        'apps/parity/pages/api/follow.ts:8:8 floatingNotification',
      ],
      sweep: [
        'lib/account-manager.ts:8:11 syncNotification',
        'lib/account-manager.ts:12:11 syncNotification',
        'lib/clients.ts:80:11 syncNotification',
        'lib/helpers/cycle-a.ts:7:9 syncNotification',
        'lib/helpers/default-notify.ts:4:9 syncNotification',
        'lib/helpers/depth-6.ts:5:9 syncNotification',
        'lib/helpers/insert-activity-row.ts:5:10 syncNotification',
        'lib/helpers/notifier-class.ts:7:12 syncNotification',
        'lib/helpers/notify-followers.ts:9:9 syncNotification',
        'lib/helpers/notify-later.ts:5:9 syncNotification',
        'lib/helpers/record-activity.ts:5:10 syncNotification',
        'lib/helpers/renamed-client.ts:7:9 syncNotification',
        'lib/helpers/store-like.ts:6:3 floatingNotification',
        'lib/invite-member.ts:5:9 syncNotification',
        'lib/jobs.ts:14:22 floatingNotification',
        'lib/member-names/computed.ts:7:11 syncNotification',
        'lib/member-names/escaped.ts:7:11 syncNotification',
        'lib/member-names/escaped.ts:11:11 syncNotification',
        'lib/member-names/index.ts:6:9 syncNotification',
        'lib/member-names/index.ts:12:11 syncNotification',
        'lib/member-names/index.ts:16:11 syncNotification',
        'lib/member-names/index.ts:20:11 syncNotification',
        'lib/member-names/index.ts:26:30 syncNotification',
        'lib/parity/mail.ts:13:9 syncNotification',
        'lib/parity/mail.ts:18:9 syncNotification',
        'lib/parity/notification-manager.ts:10:11 syncNotification',
        'lib/parity/notification-manager.ts:14:11 syncNotification',
        'lib/parity/notification-manager.ts:18:11 syncNotification',
      ],
    },
  },
  example: {
    typed: {
      handlers: [
        'app/actions.ts:10:9 syncNotification',
        'app/api/posts/[id]/like/route.ts:9:9 syncNotification',
        'app/api/posts/[id]/like/route.ts:10:9 syncNotification',
        'pages/api/follow.ts:10:3 floatingNotification',
      ],
      sweep: ['lib/activity.ts:5:9 syncNotification', 'lib/notify.ts:4:9 syncNotification'],
    },
    untyped: {
      handlers: [
        'app/actions.ts:15:9 syncNotification',
        'app/api/posts/[id]/like/route.ts:9:9 syncNotification',
        'app/api/posts/[id]/like/route.ts:10:9 syncNotification',
        'pages/api/follow.ts:10:3 floatingNotification',
      ],
      sweep: ['lib/activity.ts:5:9 syncNotification', 'lib/notify.ts:4:9 syncNotification'],
    },
  },
};

describe.each(Object.entries(PROJECTS) as [keyof typeof PROJECTS, string][])('typed and untyped findings of the %s project', (project, cwd) => {
  const found = {} as Record<Mode, ModeFindings>;

  beforeAll(async () => {
    found.typed = await lintProject(cwd, 'typed');
    found.untyped = await lintProject(cwd, 'untyped');
  }, 300_000);

  it('parses every file in both modes', () => {
    expect(found.typed.fatal).toEqual([]);
    expect(found.untyped.fatal).toEqual([]);
  });

  it.each(['typed', 'untyped'] as const)('%s: the handlers of the project', (mode) => {
    expect(found[mode].handlers).toEqual(EXPECTED[project][mode].handlers);
  });

  it.each(['typed', 'untyped'] as const)('%s: the sweep over lib/** (every function a handler)', (mode) => {
    expect(found[mode].sweep).toEqual(EXPECTED[project][mode].sweep);
  });

  it('every untyped finding is a typed one, except name-only false alarms that a followed body disproves', () => {
    const typed = new Set([...found.typed.handlers, ...found.typed.sweep]);
    const typedLocations = new Set([...typed].map(location));
    const untyped = [...found.untyped.handlers, ...found.untyped.sweep];
    const missing = untyped.filter((finding) => !typed.has(SETTLED_BY_THE_CHECKER[finding] ?? finding));
    expect(missing).toEqual(Object.keys(NAME_ONLY_FALSE_ALARMS[project] ?? {}));
    for (const finding of missing) {
      // Judged by its name without types, and nothing at all there with them (not a moved report).
      expect(found.untyped.messages.get(finding)).toContain('(judged by its name)');
      expect(typedLocations.has(location(finding))).toBe(false);
    }
    // A messageId that differs does so only where the checker settles what can float.
    for (const [untypedFinding, typedFinding] of Object.entries(SETTLED_BY_THE_CHECKER)) {
      if (!untyped.includes(untypedFinding)) continue;
      expect(typed.has(untypedFinding)).toBe(false);
      expect(typed.has(typedFinding)).toBe(true);
    }
  });

  it('what only type information finds is documented with its reason', () => {
    const untyped = new Set([...found.untyped.handlers, ...found.untyped.sweep].map((f) => SETTLED_BY_THE_CHECKER[f] ?? f));
    const typedOnly = [...found.typed.handlers, ...found.typed.sweep].filter((finding) => !untyped.has(finding));
    expect(typedOnly).toEqual(Object.keys(TYPED_ONLY[project] ?? {}));
  });
});
