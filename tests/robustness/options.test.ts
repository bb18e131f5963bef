// Bad configuration (issue #7, part 4): every malformed option shape is rejected before the rule
// runs, by ESLint 10 and by ESLint 9, with a message that points at the rule and at what is wrong;
// an unknown path in the options, odd settings, or a file outside any tsconfig never throws.
import path from 'node:path';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { Linter as Linter9 } from 'eslint-v9';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { fixtureRoot } from '../rule-tester.js';
import { lint, RULE_ID, ruleReports } from './lint.js';

const ROUTE = 'app/api/posts/[id]/like/route.ts';
const CODE = `import { resend } from '@/lib/clients';

export async function POST() {
  await resend.emails.send({ from: 'a@example.com', to: 'b@example.com', subject: 'Liked', text: 'Liked' });
  return Response.json({ ok: true });
}`;

/**
 * One malformed shape: the options, and the text the error must contain. ESLint's formatter prints
 * the property name only for an unexpected property; for a wrong value it prints the value
 * (`Value -1 should be >= 0.`), so `key` says whether the option's name itself appears.
 */
interface BadShape {
  label: string;
  options: unknown[];
  mentions: string;
  key: string;
  namesKey: boolean;
}

const BAD_SHAPES: BadShape[] = [
  { label: 'options as a string', options: ['inngest'], mentions: '"inngest" should be object', key: 'options', namesKey: false },
  { label: 'options as a number', options: [42], mentions: '42 should be object', key: 'options', namesKey: false },
  { label: 'options as null', options: [null], mentions: 'null should be object', key: 'options', namesKey: false },
  { label: 'options as an array', options: [[]], mentions: '[] should be object', key: 'options', namesKey: false },
  { label: 'two option objects', options: [{}, {}], mentions: 'should NOT have more than 1 items', key: 'options', namesKey: false },
  { label: 'a misspelt option', options: [{ inngestClinet: {} }], mentions: 'Unexpected property "inngestClinet"', key: 'inngestClinet', namesKey: true },
  { label: 'an unknown option', options: [{ queues: ['jobs.enqueue'] }], mentions: 'Unexpected property "queues"', key: 'queues', namesKey: true },
  { label: 'inngestClient as a string', options: [{ inngestClient: 'inngest' }], mentions: '"inngest" should be object', key: 'inngestClient', namesKey: false },
  { label: 'inngestClient.name not an identifier', options: [{ inngestClient: { name: 'my client' } }], mentions: '"my client" should match pattern', key: 'name', namesKey: false },
  { label: 'inngestClient.name a number', options: [{ inngestClient: { name: 1 } }], mentions: '1 should be string', key: 'name', namesKey: false },
  { label: 'inngestClient.from empty', options: [{ inngestClient: { from: '' } }], mentions: '"" should NOT be shorter than 1 characters', key: 'from', namesKey: false },
  { label: 'inngestClient with an unknown key', options: [{ inngestClient: { client: 'x' } }], mentions: 'Unexpected property "client"', key: 'client', namesKey: true },
  { label: 'notificationFunctions as a string', options: [{ notificationFunctions: 'notifyFollowers' }], mentions: '"notifyFollowers" should be array', key: 'notificationFunctions', namesKey: false },
  { label: 'notificationFunctions with a number', options: [{ notificationFunctions: [1] }], mentions: '1 should match exactly one schema in oneOf', key: 'notificationFunctions', namesKey: false },
  { label: 'notificationFunctions with an empty name', options: [{ notificationFunctions: [''] }], mentions: '"" should NOT be shorter than 1 characters', key: 'notificationFunctions', namesKey: false },
  {
    label: 'notificationFunctions with an unknown "from"',
    options: [{ notificationFunctions: [{ from: 'npm', name: 'send' }] }],
    // The specifier is printed whole (`{"from":"npm",...} should be string`), so "from" shows.
    mentions: '"npm" should be equal to one of the allowed values',
    key: 'from',
    namesKey: true,
  },
  {
    label: 'notificationFunctions with a package specifier and no package',
    options: [{ notificationFunctions: [{ from: 'package', name: 'send' }] }],
    mentions: "should have required property 'package'",
    key: 'package',
    namesKey: true,
  },
  {
    label: 'notificationFunctions with a file specifier and no name',
    options: [{ notificationFunctions: [{ from: 'file', path: 'lib/notify.ts' }] }],
    mentions: "should have required property 'name'",
    key: 'name',
    namesKey: true,
  },
  {
    label: 'notificationFunctions with an empty list of names',
    options: [{ notificationFunctions: [{ from: 'lib', name: [] }] }],
    mentions: '[] should NOT have fewer than 1 items',
    key: 'notificationFunctions',
    namesKey: false,
  },
  {
    label: 'notificationFunctions with an extra key in a specifier',
    options: [{ notificationFunctions: [{ from: 'file', name: 'notify', file: 'lib/notify.ts' }] }],
    // The printed value is the specifier itself, so the extra key shows in it.
    mentions: '{"from":"file","name":"notify","file":"lib/notify.ts"} should match exactly one schema in oneOf',
    key: 'file',
    namesKey: true,
  },
  { label: 'queueFunctions as an object', options: [{ queueFunctions: {} }], mentions: '{} should be array', key: 'queueFunctions', namesKey: false },
  { label: 'queueFunctions with null', options: [{ queueFunctions: [null] }], mentions: 'null should match exactly one schema in oneOf', key: 'queueFunctions', namesKey: false },
  { label: 'workerPaths as a string', options: [{ workerPaths: 'app/api/jobs/**' }], mentions: '"app/api/jobs/**" should be array', key: 'workerPaths', namesKey: false },
  { label: 'workerPaths with an empty glob', options: [{ workerPaths: [''] }], mentions: '"" should NOT be shorter than 1 characters', key: 'workerPaths', namesKey: false },
  { label: 'maxDepth negative', options: [{ maxDepth: -1 }], mentions: '-1 should be >= 0', key: 'maxDepth', namesKey: false },
  { label: 'maxDepth above 20', options: [{ maxDepth: 21 }], mentions: '21 should be <= 20', key: 'maxDepth', namesKey: false },
  { label: 'maxDepth a fraction', options: [{ maxDepth: 1.5 }], mentions: '1.5 should be integer', key: 'maxDepth', namesKey: false },
  { label: 'maxDepth a string', options: [{ maxDepth: '4' }], mentions: '"4" should be integer', key: 'maxDepth', namesKey: false },
  { label: 'eventPrefix a number', options: [{ eventPrefix: 42 }], mentions: '42 should be string', key: 'eventPrefix', namesKey: false },
  { label: 'eventPrefix null', options: [{ eventPrefix: null }], mentions: 'null should be string', key: 'eventPrefix', namesKey: false },
  { label: 'ignoreDeliveryEndpoints a string', options: [{ ignoreDeliveryEndpoints: 'true' }], mentions: '"true" should be boolean', key: 'ignoreDeliveryEndpoints', namesKey: false },
  { label: 'ignoreDeliveryEndpoints a number', options: [{ ignoreDeliveryEndpoints: 1 }], mentions: '1 should be boolean', key: 'ignoreDeliveryEndpoints', namesKey: false },
  { label: 'ignoreDeliveryEndpoints misspelt', options: [{ ignoreDeliveryEndpoint: true }], mentions: 'Unexpected property "ignoreDeliveryEndpoint"', key: 'ignoreDeliveryEndpoint', namesKey: true },
];

const ESLINTS = [
  { name: 'ESLint 10', Linter: Linter },
  { name: 'ESLint 9', Linter: Linter9 as unknown as typeof Linter },
];

function verifyWithOptions(LinterClass: typeof Linter, options: unknown[]): Linter.LintMessage[] {
  const linter = new LinterClass({ configType: 'flat', cwd: fixtureRoot });
  return linter.verify(
    CODE,
    [
      {
        files: ['**/*.ts'],
        plugins: { 'async-notifications': plugin },
        languageOptions: { parser: tsParser, parserOptions: { project: false, projectService: false } },
        rules: { [RULE_ID]: ['error', ...options] as never },
      },
    ],
    { filename: path.join(fixtureRoot, ROUTE) },
  );
}

function rejection(LinterClass: typeof Linter, options: unknown[]): string {
  try {
    verifyWithOptions(LinterClass, options);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`options ${JSON.stringify(options)} were accepted`);
}

describe.each(ESLINTS)('malformed options are rejected before the rule runs ($name)', ({ Linter: LinterClass }) => {
  it.each(BAD_SHAPES)('$label', ({ options, mentions, key, namesKey }) => {
    const message = rejection(LinterClass, options);
    expect(message).toContain(`Key "${RULE_ID}"`);
    expect(message).toContain(mentions);
    if (namesKey) expect(message).toContain(key);
  });

  // Known gap, documented in the rule page's Limits: for a wrong value (not an unknown key) ESLint
  // prints `Value <value> should ...` without the property's path, so the option's own name shows
  // only where the value itself carries it. The cases above assert what the message does say.

  it('the defaults and a full, valid option object are accepted', () => {
    expect(ruleReports(verifyWithOptions(LinterClass, []))).toHaveLength(1);
    const full = {
      inngestClient: { name: 'jobs', from: '@/lib/jobs' },
      notificationFunctions: ['notifyFollowers', { from: 'file', name: ['notify'], path: 'lib/notify.ts' }, { from: 'package', package: 'resend', name: 'Emails' }, { from: 'lib', name: 'fetch' }],
      queueFunctions: ['jobs.enqueue'],
      workerPaths: ['app/api/jobs/**'],
      maxDepth: 0,
      eventPrefix: '',
      ignoreDeliveryEndpoints: true,
    };
    expect(ruleReports(verifyWithOptions(LinterClass, [full]))).toHaveLength(1);
  });
});

// The first typed lint starts the project service over the fixture project: slow on a busy machine.
const TYPED_TIMEOUT = 300_000;

describe('unknown paths and odd settings do not throw', { timeout: TYPED_TIMEOUT }, () => {
  it.each([
    ['a worker glob that matches nothing', { workerPaths: ['app/api/does-not-exist/**'] }],
    ['globs made of brackets, parentheses and regex characters', { workerPaths: ['app/api/[id]/(group)/**', '+(a|b)', '^$.*', '\\\\server\\share\\**', '**'] }],
    ['a file specifier whose path does not exist', { notificationFunctions: [{ from: 'file', name: 'notify', path: 'lib/missing/notify.ts' }] }],
    ['a package that is not installed', { notificationFunctions: [{ from: 'package', package: 'not-an-installed-package', name: 'Client' }], queueFunctions: [{ from: 'package', package: '@nope/queue', name: ['add'] }] }],
    ['an inngest client module that does not exist', { inngestClient: { name: 'client', from: '~/nowhere/inngest' } }],
  ])('%s', (_label, options) => {
    for (const parserOptions of [undefined, { projectService: { allowDefaultProject: ['*.ts*', '*.js'] }, tsconfigRootDir: fixtureRoot }]) {
      const messages = lint(CODE, ROUTE, { options, parserOptions });
      expect(messages.filter((m) => m.fatal)).toEqual([]);
    }
  });

  it('a worker glob that matches the file turns the route into a worker (no report), without types and with', () => {
    const options = { workerPaths: ['app/api/posts/**'] };
    expect(ruleReports(lint(CODE, ROUTE, { options }))).toEqual([]);
    expect(ruleReports(lint(CODE, ROUTE, { options, parserOptions: { projectService: { allowDefaultProject: ['*.ts*', '*.js'] }, tsconfigRootDir: fixtureRoot } }))).toEqual([]);
  });

  it.each([
    ['a string', 'yes'],
    ['null', null],
    ['a non-boolean switch', { allFunctionsAreHandlers: 'true' }],
    // The crash sweep's former switch: the sweep now uses an internal entry that is not published.
    ['the former sweep switch', { allFunctionsAreHandlers: true }],
    ['an array', [true]],
  ])('settings["async-notifications"] as %s is ignored', (_label, value) => {
    const messages = lint(CODE, 'lib/anything.ts', { settings: { 'async-notifications': value } });
    expect(messages).toEqual([]);
    expect(ruleReports(lint(CODE, ROUTE, { settings: { 'async-notifications': value } }))).toHaveLength(1);
  });
});

describe('a file outside any tsconfig does not throw', { timeout: TYPED_TIMEOUT }, () => {
  // tests/fixtures/outside/ is in no tsconfig's include (the repository's tsconfig covers src and
  // some test folders; the fixture project's covers only itself). Nothing exists there on disk.
  const outsideRoot = path.join(fixtureRoot, '..');

  // The parser keeps one project service per process, built from the first options it sees.
  beforeEach(() => { tsParser.clearCaches(); });
  afterAll(() => { tsParser.clearCaches(); });
  const outsideFile = 'outside/app/api/follow/route.ts';

  function lintOutside(parserOptions: Record<string, unknown>): Linter.LintMessage[] {
    const linter = new Linter({ configType: 'flat', cwd: outsideRoot });
    return linter.verify(
      CODE,
      [
        {
          files: ['**/*.ts'],
          plugins: { 'async-notifications': plugin },
          languageOptions: { parser: tsParser, parserOptions: { tsconfigRootDir: outsideRoot, ...parserOptions } },
          rules: { [RULE_ID]: 'error' },
        },
      ],
      { filename: path.join(outsideRoot, outsideFile) },
    );
  }

  it('projectService without a default project: the parser reports the file as not in a project; the rule never runs, nothing throws', () => {
    const messages = lintOutside({ projectService: true });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(messages[0]!.message).toMatch(/not found by the project service|none of those TSConfigs include this file/);
  });

  it('project pointing at the fixture tsconfig: the same, a parse error rather than an exception', () => {
    // In a single run (CI=true) typescript-eslint would parse a file it has seen before into an
    // isolated program instead of failing (tests/robustness/single-run.test.ts): ask for an editor's run.
    const messages = lintOutside({ project: ['./project/tsconfig.json'], disallowAutomaticSingleRunInference: true });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: null });
  });

  it('allowDefaultProject takes the file in: the rule runs with the default project and reports by name', () => {
    const messages = lintOutside({ projectService: { allowDefaultProject: ['outside/app/api/follow/*.ts'] } });
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(ruleReports(messages).map((m) => m.messageId)).toEqual(['syncNotification']);
  });

  it('without a parser project at all (syntax only) the rule runs and reports', () => {
    expect(ruleReports(lintOutside({ project: false, projectService: false })).map((m) => m.messageId)).toEqual(['syncNotification']);
  });

  it('ESLint\'s default parser on a .js route outside any tsconfig: no parser services, the rule runs on syntax', () => {
    const linter = new Linter({ configType: 'flat', cwd: outsideRoot });
    const messages = linter.verify(
      CODE.replace(/^import .*$/m, "import { resend } from '../../../lib/clients.js';"),
      [{ files: ['**/*.js'], plugins: { 'async-notifications': plugin }, rules: { [RULE_ID]: 'error' } }],
      { filename: path.join(outsideRoot, 'outside/app/api/follow/route.js') },
    );
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(ruleReports(messages).map((m) => m.messageId)).toEqual(['syncNotification']);
  });
});

// no-orphan-event: its one option fails the schema with the rule's id and what is wrong, and a file
// outside every tsconfig (an inferred project that cannot see the program's functions) is left alone.
const ORPHAN_RULE_ID = 'async-notifications/no-orphan-event';
const ORPHAN_CODE = `import { inngest } from '@/lib/inngest';

export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: { postId: 'p1' } });
  return Response.json({ ok: true });
}`;

const ORPHAN_BAD_SHAPES: { label: string; options: unknown[]; mentions: string }[] = [
  { label: 'options as a string', options: ['billing/*'], mentions: '"billing/*" should be object' },
  { label: 'a misspelt option', options: [{ handledElswhere: ['billing/*'] }], mentions: 'Unexpected property "handledElswhere"' },
  { label: "the other rule's option", options: [{ inngestClient: { name: 'inngest' } }], mentions: 'Unexpected property "inngestClient"' },
  { label: 'handledElsewhere as a string', options: [{ handledElsewhere: 'billing/*' }], mentions: '"billing/*" should be array' },
  { label: 'handledElsewhere with an empty pattern', options: [{ handledElsewhere: [''] }], mentions: '"" should NOT be shorter than 1 characters' },
  { label: 'handledElsewhere with a number', options: [{ handledElsewhere: [42] }], mentions: '42 should be string' },
  { label: 'handledElsewhere with a duplicate', options: [{ handledElsewhere: ['billing/*', 'billing/*'] }], mentions: 'should NOT have duplicate items' },
];

function verifyOrphanRule(LinterClass: typeof Linter, options: unknown[]): Linter.LintMessage[] {
  const linter = new LinterClass({ configType: 'flat', cwd: fixtureRoot });
  return linter.verify(
    ORPHAN_CODE,
    [
      {
        files: ['**/*.ts'],
        plugins: { 'async-notifications': plugin },
        languageOptions: { parser: tsParser, parserOptions: { project: false, projectService: false } },
        rules: { [ORPHAN_RULE_ID]: ['warn', ...options] as never },
      },
    ],
    { filename: path.join(fixtureRoot, ROUTE) },
  );
}

describe.each(ESLINTS)('no-orphan-event: malformed options are rejected ($name)', ({ Linter: LinterClass }) => {
  it.each(ORPHAN_BAD_SHAPES)('$label', ({ options, mentions }) => {
    let message = '';
    try {
      verifyOrphanRule(LinterClass, options);
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain(`Key "${ORPHAN_RULE_ID}"`);
    expect(message).toContain(mentions);
  });

  it('valid options are accepted', () => {
    expect(verifyOrphanRule(LinterClass, [])).toEqual([]);
    expect(verifyOrphanRule(LinterClass, [{ handledElsewhere: ['billing/*', 'audit/user.deleted'] }])).toEqual([]);
  });
});

describe('no-orphan-event on a file outside any tsconfig', { timeout: TYPED_TIMEOUT }, () => {
  const outsideRoot = path.join(fixtureRoot, '..');
  beforeEach(() => {
    tsParser.clearCaches();
  });
  afterAll(() => {
    tsParser.clearCaches();
  });

  it('a default project sees only the file and its imports: the rule stays silent instead of calling every event unheard', () => {
    const linter = new Linter({ configType: 'flat', cwd: outsideRoot });
    const messages = linter.verify(
      ORPHAN_CODE.replace(/^import .*$/m, "import { Inngest } from 'inngest';\nconst inngest = new Inngest({ id: 'outside' });"),
      [
        {
          files: ['**/*.ts'],
          plugins: { 'async-notifications': plugin },
          languageOptions: {
            parser: tsParser,
            parserOptions: { tsconfigRootDir: outsideRoot, projectService: { allowDefaultProject: ['outside/app/api/follow/*.ts'] } },
          },
          rules: { [ORPHAN_RULE_ID]: 'warn' },
        },
      ],
      { filename: path.join(outsideRoot, 'outside/app/api/follow/route.ts') },
    );
    expect(messages).toEqual([]);
  });
});
