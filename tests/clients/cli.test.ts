// The real `eslint` binary on the example app: exit codes, the default and JSON output, and
// multithreaded linting (`--concurrency 2`), where the plugin loads in worker threads.
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  cleanSources,
  copyExampleApp,
  exampleApp,
  expectedFindings,
  findingsFromJson,
  findingsFromStylish,
  makeTempDir,
  messageStart,
  removeDir,
  ruleId,
  runEslint,
  writeFiles,
  type RunResult,
} from './helpers.js';

/**
 * ESLint prints an ESLintPoorConcurrencyWarning when it judges that threads did not pay off (few
 * files, slow machine); that is advice about the run, not a problem with the plugin.
 */
function withoutConcurrencyAdvice(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !/ESLintPoorConcurrencyWarning|node --trace-warnings/.test(line))
    .join('\n')
    .trim();
}

function expectAllFindingsInJson(result: RunResult, cwd: string): void {
  expect(withoutConcurrencyAdvice(result.stderr)).toBe('');
  expect(result.code).toBe(1);
  const found = findingsFromJson(result.stdout, cwd).map((m) => ({
    file: m.file,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ruleId: m.ruleId,
    messageId: m.messageId,
    severity: m.severity,
    suggestions: m.suggestions?.map((s) => s.messageId),
  }));
  expect(found).toEqual(
    expectedFindings.map(({ file, line, column, endLine, endColumn, messageId, suggestions }) => ({
      file,
      line,
      column,
      endLine,
      endColumn,
      ruleId,
      messageId,
      severity: 2,
      suggestions,
    })),
  );
  const messages = findingsFromJson(result.stdout, cwd).map((m) => m.message);
  for (const [i, expected] of expectedFindings.entries()) {
    expect(messages[i]).toContain(messageStart[expected.messageId]);
    expect(messages[i]).toContain(expected.chain);
  }
}

describe('ESLint 10 CLI on the example app', () => {
  it('exits 1 and prints every finding in the default format', async () => {
    const result = await runEslint('eslint', ['.'], exampleApp);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const lines = findingsFromStylish(result.stdout, exampleApp);
    expect(lines.map(({ file, line, column, severity, ruleId: id }) => ({ file, line, column, severity, ruleId: id }))).toEqual(
      expectedFindings.map(({ file, line, column }) => ({ file, line, column, severity: 'error', ruleId })),
    );
    for (const [i, line] of lines.entries()) {
      expect(line.message).toContain(messageStart[expectedFindings[i]!.messageId]);
      expect(line.message).toContain(expectedFindings[i]!.chain);
    }
    expect(result.stdout).toContain(`✖ ${expectedFindings.length} problems (${expectedFindings.length} errors, 0 warnings)`);
  });

  it('exits 1 and carries every finding, messageId and suggestion in --format json', async () => {
    expectAllFindingsInJson(await runEslint('eslint', ['.', '--format', 'json'], exampleApp), exampleApp);
  });

  it('finds the same with --concurrency 2 (the plugin loads in worker threads)', async () => {
    expectAllFindingsInJson(await runEslint('eslint', ['.', '--format', 'json', '--concurrency', '2'], exampleApp), exampleApp);
  });
});

// ESLint 9 is the `eslint-v9` alias here (and the `eslint` of node_modules/.bin, which the alias's
// bin overwrote). One run, with threads, covers its JSON output and its workers.
describe('ESLint 9 CLI on the example app', () => {
  it('finds the same with --format json --concurrency 2', async () => {
    expectAllFindingsInJson(await runEslint('eslint-v9', ['.', '--format', 'json', '--concurrency', '2'], exampleApp), exampleApp);
  });
});

describe('ESLint CLI on variants of the example app', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = makeTempDir();
  });
  afterAll(() => {
    removeDir(tmp);
  });

  it('exits 0 with no output on a clean copy (every notification handed off)', async () => {
    const app = copyExampleApp(path.join(tmp, 'clean'));
    writeFiles(app, cleanSources);
    const result = await runEslint('eslint', ['.'], app);
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('passes rule options from the config file to worker threads (--concurrency 2, syntax only)', async () => {
    // Without type information, so that this run stays cheap; the typed runs above cover workers with types.
    const app = copyExampleApp(path.join(tmp, 'options'));
    writeFiles(app, {
      'eslint.config.mjs': `import tsParser from '@typescript-eslint/parser';
import asyncNotifications from 'eslint-plugin-async-notifications';

export default [
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },
  asyncNotifications.configs.recommended,
  {
    rules: {
      'async-notifications/no-sync-notification-in-handler': [
        'error',
        { inngestClient: { name: 'jobs', from: '@/lib/jobs' }, eventPrefix: 'app/', notificationFunctions: ['db.like.create'] },
      ],
    },
  },
];
`,
    });
    const result = await runEslint('eslint', ['app/api', '--format', 'json', '--concurrency', '2'], app);
    expect(withoutConcurrencyAdvice(result.stderr)).toBe('');
    expect(result.code).toBe(1);
    const found = findingsFromJson(result.stdout, app);
    // notificationFunctions made db.like.create (8:9) notification work.
    expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${/: (\S+ -> \S+)/.exec(f.message)?.[1]}`)).toEqual([
      'app/api/posts/[id]/like/route.ts:8:9 POST -> db.like.create',
      'app/api/posts/[id]/like/route.ts:9:9 POST -> db.notification.create',
      'app/api/posts/[id]/like/route.ts:10:9 POST -> resend.emails.send',
    ]);
    for (const finding of found) {
      const send = finding.suggestions?.find((s) => s.messageId === 'useInngestSend');
      expect(send?.desc).toContain(`'app/post.liked'`);
      expect(send?.fix.text).toContain(`import { jobs } from '@/lib/jobs';`);
      expect(send?.fix.text).toContain(`await jobs.send({ name: 'app/post.liked', data: `);
    }
  });
});
