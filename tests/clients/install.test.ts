// Installs of the plugin as the README's Install section gives them, under npm 11's defaults (no
// allowScripts, no --allow-scripts), into a scratch project outside the repository (so nothing
// resolves from this repository's node_modules by accident): from a path (the checkout, linked),
// from a tarball (`npm pack`), and from a git URL (`git+file://` of a local clone of this
// repository's HEAD). Each ends with `eslint .` reporting the route's finding.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { childEnv, findingsFromJson, removeDir, root, ruleId, run, type RunResult } from './helpers.js';

const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };

const dirs: string[] = [];
afterAll(() => {
  dirs.forEach(removeDir);
});

function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `async-notifications-${prefix}-`));
  dirs.push(dir);
  return dir;
}

const eslintConfig = `import tsParser from '@typescript-eslint/parser';
import asyncNotifications from 'eslint-plugin-async-notifications';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  asyncNotifications.configs.recommended,
];
`;

const route = `import { Resend } from 'resend';

const resend = new Resend('key');

export async function POST() {
  await resend.emails.send({ from: 'a@b.c', to: 'd@e.f', subject: 'Hi', text: 'Hi' });
  return Response.json({ ok: true });
}
`;

/** A user's project with a route handler and the README's eslint.config.mjs, nothing installed yet. */
function makeApp(prefix: string): string {
  const dir = path.join(scratch(prefix), 'my-app');
  mkdirSync(path.join(dir, 'app', 'api', 'follow'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'my-app', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(path.join(dir, 'eslint.config.mjs'), eslintConfig);
  writeFileSync(path.join(dir, 'app', 'api', 'follow', 'route.ts'), route);
  return dir;
}

const npm = (cwd: string, ...args: string[]): Promise<RunResult> =>
  run('npm', [...args, '--no-audit', '--no-fund'], { cwd, env: childEnv(), timeoutMs: 900_000 });

/** `npx eslint .` in the app, with the app's own ESLint (installed as the plugin's peer dependency). */
async function expectFinding(app: string): Promise<void> {
  const result = await run(process.execPath, [path.join(app, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.', '--format', 'json'], { cwd: app, env: childEnv() });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(1);
  expect(findingsFromJson(result.stdout, app).map((m) => ({ file: m.file, line: m.line, column: m.column, ruleId: m.ruleId, messageId: m.messageId }))).toEqual([
    { file: 'app/api/follow/route.ts', line: 6, column: 9, ruleId, messageId: 'syncNotification' },
  ]);
}

/** npm 11's line for the plugin in its list of skipped install scripts. */
const notice = `npm warn install-scripts   ${name}@${version} (prepare: tsc -p tsconfig.build.json)`;

/** The lines in which npm 11 lists the packages whose install scripts it skipped. */
function skippedScripts(output: string): string[] {
  return output.split('\n').filter((line) => /^npm warn install-scripts {3}\S/.test(line));
}

describe('installing the plugin with npm 11 defaults', () => {
  it('from a path: npm links the checkout, whose npm install (prepare) built dist/', async () => {
    expect(existsSync(path.join(root, 'dist', 'index.js'))).toBe(true);
    const app = makeApp('path');
    const result = await npm(app, 'install', '-D', root, '@typescript-eslint/parser');
    expect(result.code).toBe(0);
    const installed = path.join(app, 'node_modules', name);
    expect(lstatSync(installed).isSymbolicLink()).toBe(true);
    expect(realpathSync(installed)).toBe(realpathSync(root));
    await expectFinding(app);
  }, 900_000);

  it('from a tarball: npm pack runs prepare, the tarball holds dist/; a recorded denial silences npm 11\'s notice', async () => {
    const packDir = scratch('pack');
    const packed = await npm(root, 'pack', '--json', '--pack-destination', packDir);
    expect(packed.code).toBe(0);
    const [{ filename, files }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
    expect(filename).toBe(`${name}-${version}.tgz`);
    expect(files.map((f) => f.path)).toContain('dist/index.js');
    const app = makeApp('tarball');
    const result = await npm(app, 'install', '-D', path.join(packDir, filename), '@typescript-eslint/parser');
    expect(result.code).toBe(0);
    // A tarball is not a registry package, so npm 11 names its prepare script as one it did not run
    // in node_modules; the package is already built.
    expect(skippedScripts(result.stderr)).toEqual([notice]);
    expect(existsSync(path.join(app, 'node_modules', name, 'dist', 'index.js'))).toBe(true);
    await expectFinding(app);

    const denied = await npm(app, 'install-scripts', 'deny', name);
    expect(denied.code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')) as { allowScripts: Record<string, boolean> };
    expect(manifest.allowScripts).toEqual({ [`file:${path.join(packDir, filename)}`]: false });
    removeDir(path.join(app, 'node_modules'));
    const again = await npm(app, 'install');
    expect(again.code).toBe(0);
    expect(skippedScripts(again.stderr)).toEqual([]);
    await expectFinding(app);
  }, 900_000);

  it('from a git URL: npm builds the package in a temporary clone (prepare) and installs it with dist/', async () => {
    const clone = path.join(scratch('clone'), name);
    execFileSync('git', ['clone', '--quiet', root, clone]);
    const app = makeApp('git');
    const url = `git+${pathToFileURL(clone).href}`;
    const result = await npm(app, 'install', '-D', url, '@typescript-eslint/parser');
    expect(result.code).toBe(0);
    const installed = path.join(app, 'node_modules', name);
    expect(existsSync(path.join(installed, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    // npm 11 lists the package's prepare script as one it did not run in node_modules: it ran in the
    // temporary clone, and the installed package (dist/ only) has nothing left to build.
    expect(skippedScripts(result.stderr)).toEqual([notice]);
    await expectFinding(app);
  }, 900_000);
});
