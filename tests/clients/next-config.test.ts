// The create-next-app setup of the README's Configure section: the real eslint-config-next 16
// (core-web-vitals and typescript) with the plugin's recommended config, on the example app, typed
// and untyped, under ESLint 9 (what create-next-app 16 installs) and ESLint 10.
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { nextConfigTyped, nextConfigUntyped } from './documented-config.js';
import { copyExampleApp, expectedFindings, findingsFromJson, makeTempDir, removeDir, root, ruleId, runEslint, writeFiles } from './helpers.js';

const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** The example app with the given eslint.config.mjs; its `eslint` (and so `eslint/config`) is the given package. */
function makeApp(eslintPackage: 'eslint' | 'eslint-v9', config: string): string {
  const dir = copyExampleApp(path.join(makeTempDir(), 'app'));
  dirs.push(path.dirname(dir));
  writeFiles(dir, { 'eslint.config.mjs': config });
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(path.join(root, 'node_modules', eslintPackage), path.join(dir, 'node_modules', 'eslint'), 'dir');
  return dir;
}

function positions(stdout: string, cwd: string) {
  return findingsFromJson(stdout, cwd).map((m) => ({ file: m.file, line: m.line, column: m.column, ruleId: m.ruleId, messageId: m.messageId, fatal: m.fatal }));
}

const typedFindings = expectedFindings.map(({ file, line, column, messageId }) => ({ file, line, column, ruleId, messageId, fatal: undefined }));
// Without types the neutral cross-file helper (recordActivity) is missed and the telling name
// (sendWelcomeEmail) is trusted instead: the documented difference between the modes.
const untypedFindings = [
  { file: 'app/actions.ts', line: 15, column: 9, ruleId, messageId: 'syncNotification', fatal: undefined },
  ...typedFindings.filter((f) => f.file !== 'app/actions.ts'),
];

describe.each(['eslint-v9', 'eslint'] as const)('eslint-config-next 16 with the plugin under %s', (eslintPackage) => {
  it('typed: reports exactly the four findings, and nothing else from any rule', async () => {
    const dir = makeApp(eslintPackage, nextConfigTyped);
    const result = await runEslint(eslintPackage, ['.', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(positions(result.stdout, dir)).toEqual(typedFindings);
  });

  it('untyped: the syntax-only findings', async () => {
    const dir = makeApp(eslintPackage, nextConfigUntyped);
    const result = await runEslint(eslintPackage, ['.', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(positions(result.stdout, dir)).toEqual(untypedFindings);
  });

  it("both rule sets are on: eslint-config-next's rules and parser, and the plugin's rule", async () => {
    const dir = makeApp(eslintPackage, nextConfigTyped);
    const result = await runEslint(eslintPackage, ['--print-config', 'app/api/posts/[id]/like/route.ts'], dir);
    expect(result.code).toBe(0);
    const config = JSON.parse(result.stdout) as { rules: Record<string, unknown[]>; plugins: string[]; languageOptions: { parser: string; parserOptions: Record<string, unknown> } };
    // Severity first; ESLint also prints the rule's default options after it.
    expect(config.rules[ruleId]?.[0]).toBe(2);
    expect(config.rules['@next/next/no-html-link-for-pages']?.[0]).toBe(2);
    expect(config.rules['react-hooks/rules-of-hooks']?.[0]).toBe(2);
    // Each plugin as `<key>:<meta.name>@<meta.version>`: ESLint names the plugin from its meta.
    expect(config.plugins).toContain(`async-notifications:eslint-plugin-async-notifications@${version}`);
    expect(config.plugins.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['@next/next', '@typescript-eslint', 'react-hooks']));
    expect(config.languageOptions.parser).toMatch(/^typescript-eslint\/parser@8\./);
    expect(config.languageOptions.parserOptions).toMatchObject({ projectService: true });
  });

  it('why projectService is scoped to .ts/.tsx: unscoped, the project service rejects eslint.config.mjs', async () => {
    const unscoped = nextConfigTyped.replace("    files: ['**/*.{ts,tsx}'],\n", '');
    expect(unscoped).not.toBe(nextConfigTyped);
    const dir = makeApp(eslintPackage, unscoped);
    const result = await runEslint(eslintPackage, ['.', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const fatal = findingsFromJson(result.stdout, dir).filter((m) => m.fatal);
    expect(fatal.map((m) => ({ file: m.file, message: m.message }))).toEqual([
      {
        file: 'eslint.config.mjs',
        message: `Parsing error: ${path.join(dir, 'eslint.config.mjs')} was not found by the project service. Consider either including it in the tsconfig.json or including it in allowDefaultProject.`,
      },
    ]);
  });
});
