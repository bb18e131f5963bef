// An eslint.config.ts, as a user writes it, type-checks without casts under ESLint 9 and 10, and
// ESLint loads it and reports the example app's findings. The plugin is installed the way npm
// installs it (a copy of the package in the project's node_modules, next to the project's
// `eslint`), so its declaration files see the same ESLint types as the config file.
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { typescriptConfigFile } from './documented-config.js';
import {
  binOf,
  copyExampleApp,
  expectedFindings,
  findingsFromJson,
  makeTempDir,
  removeDir,
  root,
  ruleId,
  run,
  runEslint,
  childEnv,
} from './helpers.js';

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  },
  include: ['eslint.config.ts'],
};

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/**
 * A user's project (its own package.json, so no package self-reference) with the example app's
 * sources, the given ESLint as its `eslint`, and a copy of the built plugin in node_modules.
 * The other packages (typescript-eslint, @types/node) resolve from the repository's node_modules.
 */
function makeProject(eslintPackage: 'eslint' | 'eslint-v9', configText: string): string {
  const dir = copyExampleApp(path.join(makeTempDir(), 'app'));
  dirs.push(path.dirname(dir));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'my-next-app', private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'tsconfig.config.json'), JSON.stringify(tsconfig));
  writeFileSync(path.join(dir, 'eslint.config.ts'), configText);
  const modules = path.join(dir, 'node_modules');
  const plugin = path.join(modules, 'eslint-plugin-async-notifications');
  mkdirSync(plugin, { recursive: true });
  cpSync(path.join(root, 'package.json'), path.join(plugin, 'package.json'));
  cpSync(path.join(root, 'dist'), path.join(plugin, 'dist'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules', eslintPackage), path.join(modules, 'eslint'), 'dir');
  return dir;
}

function typecheck(dir: string) {
  return run(process.execPath, [binOf('typescript', 'tsc'), '-p', 'tsconfig.config.json', '--pretty', 'false'], { cwd: dir, env: childEnv() });
}

describe.each(['eslint', 'eslint-v9'] as const)('eslint.config.ts under %s', (eslintPackage) => {
  it('type-checks defineConfig, extends and plugins without casts', async () => {
    const dir = makeProject(eslintPackage, typescriptConfigFile);
    expect(await typecheck(dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('still type-checks what ESLint checks: a misspelt severity next to the plugin fails', async () => {
    const broken = typescriptConfigFile.replace(
      "rules: { 'async-notifications/no-sync-notification-in-handler': 'error' }",
      "rules: { 'async-notifications/no-sync-notification-in-handler': 'eror' }",
    );
    expect(broken).not.toBe(typescriptConfigFile);
    const dir = makeProject(eslintPackage, broken);
    const result = await typecheck(dir);
    expect(result).toEqual({
      code: 2,
      stdout: `eslint.config.ts(21,14): error TS2820: Type '"eror"' is not assignable to type 'RuleConfig<unknown[]> | undefined'. Did you mean '"error"'?\n`,
      stderr: '',
    });
  });

  it('is the config ESLint loads: the example app reports its four findings', async () => {
    const dir = makeProject(eslintPackage, typescriptConfigFile);
    const result = await runEslint(eslintPackage, ['.', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(findingsFromJson(result.stdout, dir).map((m) => ({ file: m.file, line: m.line, column: m.column, ruleId: m.ruleId, messageId: m.messageId }))).toEqual(
      expectedFindings.map(({ file, line, column, messageId }) => ({ file, line, column, ruleId, messageId })),
    );
  });
});
