import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import * as pluginModule from '../../src/index.js';
import plugin from '../../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const exampleApp = path.join(root, 'examples', 'next-app');
const ruleId = 'async-notifications/no-sync-notification-in-handler';
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  homepage: string;
  repository: { type: string; url: string };
  bugs: { url: string };
};
const repositoryUrl = 'https://github.com/async-notifications/eslint-plugin-async-notifications';

describe('the plugin object', () => {
  it('carries meta, the rule and a recommended flat config that points back at the plugin', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'async-notifications' });
    expect(Object.keys(plugin.rules)).toEqual(['no-sync-notification-in-handler']);
    expect(plugin.configs.recommended).toEqual({
      name: 'async-notifications/recommended',
      plugins: { 'async-notifications': plugin },
      rules: { [ruleId]: 'error' },
    });
  });

  it('is the only export (eslint-doc-generator and ESLint read the default export)', () => {
    expect(Object.keys(pluginModule)).toEqual(['default']);
  });

  it('links each rule to its page in the repository that package.json names', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${repositoryUrl}.git` });
    expect(pkg.homepage).toBe(`${repositoryUrl}#readme`);
    expect(pkg.bugs).toEqual({ url: `${repositoryUrl}/issues` });
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta?.docs?.url).toBe(`${repositoryUrl}/blob/main/docs/rules/${name}.md`);
      expect(existsSync(path.join(root, 'docs', 'rules', `${name}.md`))).toBe(true);
    }
  });
});

type Finding = { file: string; line: number; column: number; messageId: string | undefined };

function findingsOf(results: ESLint.LintResult[]): Finding[] {
  return results
    .flatMap((r) => r.messages.filter((m) => m.ruleId === ruleId).map((m) => ({ file: path.relative(exampleApp, r.filePath), line: m.line, column: m.column, messageId: m.messageId })))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

describe('the example app through the ESLint class with configs.recommended', () => {
  it('reports the handlers that wait for or float notification work, with types', async () => {
    const eslint = new ESLint({ cwd: exampleApp });
    const results = await eslint.lintFiles(['.']);
    expect(results.flatMap((r) => r.messages.filter((m) => m.fatal))).toEqual([]);
    expect(findingsOf(results)).toEqual([
      { file: 'app/actions.ts', line: 10, column: 9, messageId: 'syncNotification' },
      { file: 'app/api/posts/[id]/like/route.ts', line: 9, column: 9, messageId: 'syncNotification' },
      { file: 'app/api/posts/[id]/like/route.ts', line: 10, column: 9, messageId: 'syncNotification' },
      { file: 'pages/api/follow.ts', line: 10, column: 3, messageId: 'floatingNotification' },
    ]);
  });

  it('without types: misses the neutral cross-file helper and trusts the telling name instead', async () => {
    const tsParser = (await import('@typescript-eslint/parser')).default;
    const eslint = new ESLint({
      cwd: exampleApp,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.recommended as Linter.Config],
    });
    expect(findingsOf(await eslint.lintFiles(['.']))).toEqual([
      { file: 'app/actions.ts', line: 15, column: 9, messageId: 'syncNotification' },
      { file: 'app/api/posts/[id]/like/route.ts', line: 9, column: 9, messageId: 'syncNotification' },
      { file: 'app/api/posts/[id]/like/route.ts', line: 10, column: 9, messageId: 'syncNotification' },
      { file: 'pages/api/follow.ts', line: 10, column: 3, messageId: 'floatingNotification' },
    ]);
  });
});

describe('installed from a packed tarball into a scratch project', () => {
  let scratch = '';

  beforeAll(() => {
    // Inside the repository, so the scratch project's tools resolve from the repository's node_modules.
    scratch = mkdtempSync(path.join(root, '.tmp-install-'));
    const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' });
    const [{ filename, files }] = JSON.parse(packed.slice(packed.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'LICENSE', 'README.md', 'package.json']));
    expect(files.some((f) => f.path.startsWith('src/') || f.path.startsWith('tests/'))).toBe(false);
    const target = path.join(scratch, 'node_modules', pkg.name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(scratch, filename), '-C', target, '--strip-components=1']);
    mkdirSync(path.join(scratch, 'app', 'api', 'follow'), { recursive: true });
    writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    writeFileSync(
      path.join(scratch, 'eslint.config.js'),
      "import tsParser from '@typescript-eslint/parser';\nimport asyncNotifications from 'eslint-plugin-async-notifications';\n\nexport default [\n  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },\n  asyncNotifications.configs.recommended,\n];\n",
    );
    writeFileSync(
      path.join(scratch, 'app', 'api', 'follow', 'route.ts'),
      "import { Resend } from 'resend';\n\nconst resend = new Resend('key');\n\nexport async function POST() {\n  await resend.emails.send({ to: 'a@b.c' });\n  return Response.json({ ok: true });\n}\n",
    );
  }, 180_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('npx eslint . reports the finding and exits 1', () => {
    // The ESLint 10 binary itself: node_modules/.bin/eslint may be the eslint-v9 alias's.
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.', '--format', 'json'], { cwd: scratch, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(result?.messages.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column }))).toEqual([
      { ruleId, messageId: 'syncNotification', line: 6, column: 9 },
    ]);
  });
});
