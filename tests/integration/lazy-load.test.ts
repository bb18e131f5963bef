import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { typeMatchesSomeSpecifier, typeOrValueSpecifiersSchema } from '@typescript-eslint/type-utils';
import { describe, expect, it } from 'vitest';

import { loadTypeMatcher } from '../../src/analysis/type-utils.js';
import { SPECIFIER_OBJECT_SCHEMAS } from '../../src/options.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The built package (dist/, as users install it), in a fresh Node.js process: which heavy CommonJS
// modules are loaded after the import, after a file that is not a handler, and after a handler.
const probe = `
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/package.json');
const loaded = () => ['typescript', '@typescript-eslint/type-utils', '@typescript-eslint/utils'].filter((name) => {
  const file = require.resolve(name);
  return Object.keys(require.cache).includes(file);
});
const { Linter } = await import(require.resolve('eslint'));
const { default: plugin } = await import('eslint-plugin-async-notifications');
const steps = { imported: loaded(), ruleMeta: plugin.rules['no-sync-notification-in-handler'].meta.type };
const linter = new Linter({ configType: 'flat' });
const config = [{ plugins: { 'async-notifications': plugin }, rules: { 'async-notifications/no-sync-notification-in-handler': 'error' } }];
const plain = linter.verify('export const format = (n) => String(n);', config, { filename: 'lib/format.js' });
steps.plainFile = { messages: plain.length, loaded: loaded() };
const handler = [
  "import { Resend } from 'resend';",
  'const resend = new Resend();',
  'export async function POST() {',
  "  await resend.emails.send({ to: 'a@example.com' });",
  '  return new Response(null);',
  '}',
].join('\\n');
const found = linter.verify(handler, config, { filename: 'app/api/like/route.js' });
steps.handler = { messages: found.map((m) => [m.messageId, m.line, m.column]), loaded: loaded() };
console.log(JSON.stringify(steps));
`;

describe('loading the plugin', () => {
  it('loads TypeScript and the utilities of typescript-eslint only when a file may hold a handler, and no type utilities without types', () => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({
      imported: [],
      ruleMeta: 'problem',
      plainFile: { messages: 0, loaded: [] },
      handler: { messages: [['syncNotification', 4, 9]], loaded: ['typescript', '@typescript-eslint/utils'] },
    });
  });

  it('validates specifier options with the same object forms as typescript-eslint', () => {
    expect(SPECIFIER_OBJECT_SCHEMAS).toEqual(typeOrValueSpecifiersSchema.items.oneOf.slice(1));
  });

  it('loads the module of type-utils that matches specifiers, not the whole package', () => {
    // The same function as the package's own export, so a version that moves it is noticed here.
    expect(loadTypeMatcher()).toBe(typeMatchesSomeSpecifier);
    const probeMatcher = `
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/package.json');
const { loadTypeMatcher } = await import(process.cwd() + '/dist/analysis/type-utils.js');
const match = loadTypeMatcher();
const entry = require.resolve('@typescript-eslint/type-utils');
const loaded = Object.keys(require.cache).filter((file) => file.includes('/type-utils/dist/')).map((file) => file.slice(file.indexOf('/dist/') + 6));
console.log(JSON.stringify({ type: typeof match, entryLoaded: Object.keys(require.cache).includes(entry), loaded: loaded.sort() }));
`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', probeMatcher], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({
      type: 'function',
      entryLoaded: false,
      loaded: [
        'TypeOrValueSpecifier.js',
        'typeOrValueSpecifiers/specifierNameMatches.js',
        'typeOrValueSpecifiers/specifierSourceMatches.js',
        'typeOrValueSpecifiers/typeDeclaredInFile.js',
        'typeOrValueSpecifiers/typeDeclaredInLib.js',
        'typeOrValueSpecifiers/typeDeclaredInPackageDeclarationFile.js',
      ],
    });
  });
});
