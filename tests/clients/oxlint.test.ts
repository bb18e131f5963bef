// oxlint (the real binary from the npm package `oxlint`) loads the plugin through `jsPlugins`.
// It gives JS plugins no type information, so it reports what ESLint reports on syntax alone:
// the same positions and the same messages. `--fix-suggestions` applies a finding's first
// suggestion without asking.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { oxlintConfig } from './documented-config.js';
import {
  binOf,
  cleanSources,
  copyExampleApp,
  findingsFromJson,
  makeTempDir,
  removeDir,
  ruleId,
  run,
  runEslint,
  writeFiles,
  type JsonMessage,
  type RunResult,
} from './helpers.js';

interface OxlintDiagnostic {
  message: string;
  code: string;
  severity: string;
  filename: string;
  labels: { span: { offset: number; length: number; line: number; column: number } }[];
}

const untypedEslintConfig = `import tsParser from '@typescript-eslint/parser';
import asyncNotifications from 'eslint-plugin-async-notifications';

export default [
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },
  asyncNotifications.configs.recommended,
];
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/**
 * The example app with .oxlintrc.json, in a git repository of its own: oxlint honours .gitignore
 * files up to the repository root, and this repository ignores `.tmp-*` directories.
 */
async function makeApp(files: Record<string, string> = {}): Promise<string> {
  const dir = copyExampleApp(path.join(makeTempDir(), 'app'));
  dirs.push(path.dirname(dir));
  writeFiles(dir, { '.oxlintrc.json': `${JSON.stringify(oxlintConfig, null, 2)}\n`, 'eslint.untyped.config.mjs': untypedEslintConfig, ...files });
  expect((await run('git', ['init', '--quiet'], { cwd: dir })).code).toBe(0);
  return dir;
}

const oxlint = (dir: string, ...args: string[]): Promise<RunResult> => run(process.execPath, [binOf('oxlint'), ...args], { cwd: dir });

function diagnostics(result: RunResult): { file: string; line: number; column: number; code: string; severity: string; message: string }[] {
  const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: OxlintDiagnostic[] };
  return diagnostics
    .map((d) => ({ file: d.filename, line: d.labels[0]!.span.line, column: d.labels[0]!.span.column, code: d.code, severity: d.severity, message: d.message }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

async function eslintUntyped(dir: string): Promise<(JsonMessage & { file: string })[]> {
  const result = await runEslint('eslint', ['.', '-c', 'eslint.untyped.config.mjs', '--format', 'json'], dir);
  expect(result.stderr).toBe('');
  return findingsFromJson(result.stdout, dir).filter((m) => m.ruleId === ruleId);
}

describe('oxlint with the plugin as a JS plugin', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await makeApp();
  });

  it('reports what ESLint reports without type information: same files, positions and messages', async () => {
    const result = await oxlint(dir, '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const eslint = await eslintUntyped(dir);
    expect(eslint.map((m) => `${m.file}:${m.line}:${m.column}`)).toEqual([
      'app/actions.ts:15:9',
      'app/api/posts/[id]/like/route.ts:9:9',
      'app/api/posts/[id]/like/route.ts:10:9',
      'pages/api/follow.ts:10:3',
    ]);
    expect(diagnostics(result)).toEqual(
      eslint.map((m) => ({
        file: m.file,
        line: m.line,
        column: m.column,
        code: 'async-notifications(no-sync-notification-in-handler)',
        severity: 'error',
        message: m.message,
      })),
    );
  });

  it('prints the findings with exit code 1 in its default format', async () => {
    const result = await oxlint(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('x async-notifications(no-sync-notification-in-handler): POST waits for notification work before it responds: POST -> resend.emails.send (email via Resend).');
    expect(result.stdout).toContain(',-[pages/api/follow.ts:10:3]');
    expect(result.stdout).toMatch(/^Found 0 warnings and 4 errors\.$/m);
  });

  it('exits 0 with no findings on the app that hands its notifications off', async () => {
    // Without types, sendWelcomeEmail's name alone raises a false alarm (ESLint's syntax-only lint
    // reports it too), so the clean app here leaves signUp out.
    const actions = cleanSources['app/actions.ts']!.replace(/\nexport async function signUp[\s\S]*$/, '');
    expect(actions).not.toContain('signUp');
    const clean = await makeApp({ ...cleanSources, 'app/actions.ts': actions.replace("import { sendWelcomeEmail } from '@/lib/welcome';\n", '') });
    const result = await oxlint(clean, '--format', 'json');
    expect({ code: result.code, stderr: result.stderr, diagnostics: diagnostics(result) }).toEqual({ code: 0, stderr: '', diagnostics: [] });
  });

  it('--fix applies nothing: the rule has suggestions only, no fixes', async () => {
    const fixDir = await makeApp();
    const files = ['app/actions.ts', 'app/api/posts/[id]/like/route.ts', 'pages/api/follow.ts'];
    const before = files.map((f) => readFileSync(path.join(fixDir, f), 'utf8'));
    const result = await oxlint(fixDir, '--fix', '--format', 'json');
    expect(result.code).toBe(1);
    expect(diagnostics(result)).toHaveLength(4);
    expect(files.map((f) => readFileSync(path.join(fixDir, f), 'utf8'))).toEqual(before);
  });

  it("--fix-suggestions applies each file's first finding's first suggestion, exactly as ESLint's suggestion writes it", async () => {
    const fixDir = await makeApp();
    // What ESLint's first suggestion (useInngestSend) of the first finding in each file produces.
    const before = await eslintUntyped(fixDir);
    const expected = new Map<string, string>();
    for (const m of before) {
      if (expected.has(m.file)) continue;
      const source = readFileSync(path.join(fixDir, m.file), 'utf8');
      const [suggestion] = m.suggestions ?? [];
      expect(suggestion?.messageId).toBe('useInngestSend');
      const { range, text } = suggestion!.fix;
      expected.set(m.file, source.slice(0, range[0]) + text + source.slice(range[1]));
    }
    expect([...expected.keys()]).toEqual(['app/actions.ts', 'app/api/posts/[id]/like/route.ts', 'pages/api/follow.ts']);

    const result = await oxlint(fixDir, '--fix-suggestions', '--format', 'json');
    expect(result.code).toBe(1);
    for (const [file, text] of expected) expect(readFileSync(path.join(fixDir, file), 'utf8')).toBe(text);
    // The route's second finding (the email) overlapped the first fix (both add the import): one
    // run applies one of them, the next run the other.
    const after = diagnostics(await oxlint(fixDir, '--format', 'json'));
    expect(after.filter((d) => d.code.startsWith('async-notifications(')).map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      'app/api/posts/[id]/like/route.ts:11:9',
    ]);
    // The replaced calls leave their helpers' imports unused, which oxlint's own no-unused-vars reports.
    expect(after.filter((d) => !d.code.startsWith('async-notifications(')).map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual([
      'eslint(no-unused-vars) app/actions.ts:5:10',
      'eslint(no-unused-vars) pages/api/follow.ts:4:10',
    ]);
    expect((await eslintUntyped(fixDir)).map((m) => `${m.file}:${m.line}:${m.column}`)).toEqual(['app/api/posts/[id]/like/route.ts:11:9']);
  });
});
