// The README's Editor, CI and Pre-commit sections, and docs/clients.md that they point to, show
// the exact configuration that the client tests run. A snippet may sit in either file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { huskyPreCommit, languageServerSettings, lintStagedConfig, preCommitSetup, sarifArgs, typescriptConfigFile, nextConfigTyped, nextConfigUntyped, oxlintConfig } from './documented-config.js';
import { exampleApp, root } from './helpers.js';

function documentation(): string {
  return ['README.md', path.join('docs', 'clients.md')]
    .map((file) => path.join(root, file))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/** The bodies of the fenced code blocks of a given language. */
function codeBlocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]!);
}

describe('documented client configuration', () => {
  const docs = documentation();

  it('has the Editor, CI and Pre-commit sections', () => {
    for (const heading of ['## Editor', '## CI', '## Pre-commit']) expect(docs).toContain(`\n${heading}\n`);
  });

  it('shows the eslint.config.mjs that the tests lint with', () => {
    expect(codeBlocks(docs, 'js')).toContainEqual(
      readFileSync(path.join(exampleApp, 'eslint.config.mjs'), 'utf8').replace(/^\/\/ .*\n/, '// eslint.config.mjs\n'),
    );
  });

  it('shows the language server settings that the editor test sends', () => {
    expect(codeBlocks(docs, 'json')).toContainEqual(`${JSON.stringify(languageServerSettings, null, 2)}\n`);
  });

  it('shows the lint-staged config and the husky hook that the pre-commit test installs', () => {
    expect(codeBlocks(docs, 'json')).toContainEqual(`${JSON.stringify({ 'lint-staged': lintStagedConfig }, null, 2)}\n`);
    expect(codeBlocks(docs, 'sh')).toContainEqual(`${preCommitSetup.join('\n')}\n`);
    expect(preCommitSetup.at(-1)).toBe(`echo "${huskyPreCommit.trim()}" > .husky/pre-commit`);
  });

  it('shows the SARIF step that the SARIF test runs', () => {
    expect(docs).toContain(`run: npx eslint ${sarifArgs.join(' ')}\n`);
    expect(docs).toContain('uses: github/codeql-action/upload-sarif@');
  });
});

describe('documented eslint.config.ts', () => {
  it('is the file that the config-types test type-checks and lints with', () => {
    expect(codeBlocks(readFileSync(path.join(root, 'README.md'), 'utf8'), 'ts')).toContainEqual(typescriptConfigFile);
  });
});

describe('documented create-next-app setup', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

  it('leads the Configure section, typed and untyped, with the files that next-config.test.ts lints with', () => {
    const configure = readme.slice(readme.indexOf('\n## Configure\n'));
    expect(configure.split('\n').slice(1).find((line) => line.startsWith('### '))).toBe('### Next.js (create-next-app)');
    expect(codeBlocks(readme, 'js')).toEqual(expect.arrayContaining([nextConfigTyped, nextConfigUntyped]));
  });
});

describe('documented oxlint setup', () => {
  it('shows the .oxlintrc.json that the oxlint test runs with', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('\n## oxlint\n');
    expect(codeBlocks(readme, 'json')).toContainEqual(`${JSON.stringify(oxlintConfig, null, 2)}\n`);
  });
});
