// Turborepo (the real `turbo` binary, installed from npm into a scratch monorepo) caching `lint`:
// an app's handler reaches its notification work through a helper in another workspace package.
// With lint's default inputs, a change to the helper alone replays the app's cached, now wrong,
// result; with the README's transit task it re-lints and reports.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { turboConfig } from './documented-config.js';
import { childEnv, makeTempDir, removeDir, root, ruleId, run, type RunResult } from './helpers.js';

const neutralHelper = `export async function recordFollow(followeeId: string) {
  console.log('follow', followeeId);
}
`;

const emailingHelper = `import { Resend } from 'resend';

const resend = new Resend('re_123');

export async function recordFollow(followeeId: string) {
  await resend.emails.send({ from: 'team@example.com', to: followeeId, subject: 'New follower', text: 'You have a new follower' });
}
`;

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'acme', private: true, packageManager: 'npm@11.19.1', workspaces: ['apps/*', 'packages/*'] }, null, 2),
  '.gitignore': 'node_modules\n.turbo\n',
  'packages/notify/package.json': JSON.stringify({ name: '@acme/notify', private: true, type: 'module', exports: { '.': './src/index.ts' } }, null, 2),
  'packages/notify/src/index.ts': neutralHelper,
  'apps/web/package.json': JSON.stringify(
    {
      name: 'web',
      private: true,
      type: 'module',
      scripts: { lint: `node ${JSON.stringify(path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'))} .` },
      dependencies: { '@acme/notify': '*' },
    },
    null,
    2,
  ),
  // The rule follows a helper into another package through a `paths` mapping (a workspace package
  // imported through node_modules counts as a library: see the README's Monorepos section).
  'apps/web/tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], paths: { '@acme/notify': ['../../packages/notify/src/index.ts'] } },
    include: ['**/*.ts'],
  }),
  'apps/web/eslint.config.mjs': `import tsParser from '@typescript-eslint/parser';
import asyncNotifications from 'eslint-plugin-async-notifications';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  asyncNotifications.configs.recommended,
];
`,
  'apps/web/app/api/follow/route.ts': `import { recordFollow } from '@acme/notify';

export async function POST(request: Request) {
  const { followeeId } = (await request.json()) as { followeeId: string };
  await recordFollow(followeeId);
  return Response.json({ ok: true });
}
`,
};

const dirs: string[] = [];
afterAll(() => {
  dirs.forEach(removeDir);
});

/** A monorepo (its own git repository) under the repository root, so that the parser resolves from here. */
async function makeMonorepo(turbo: object): Promise<{ dir: string; turbo: () => Promise<RunResult & { cache: string | undefined }> }> {
  const dir = makeTempDir();
  dirs.push(dir);
  for (const [name, text] of Object.entries({ ...files, 'turbo.json': JSON.stringify(turbo, null, 2) })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const env = childEnv();
  const installed = await run('npm', ['install', '-D', 'turbo@^2', '--no-audit', '--no-fund'], { cwd: dir, env });
  expect(installed.code).toBe(0);
  // The plugin as the monorepo would install it; the example app's copies use package self-reference instead.
  symlinkSync(root, path.join(dir, 'node_modules', 'eslint-plugin-async-notifications'), 'dir');
  for (const args of [['init', '--quiet'], ['add', '-A'], ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'init']]) {
    expect((await run('git', args, { cwd: dir, env })).code).toBe(0);
  }
  return {
    dir,
    turbo: async () => {
      const result = await run(path.join(dir, 'node_modules', '.bin', 'turbo'), ['run', 'lint', '--no-daemon'], { cwd: dir, env });
      return { ...result, cache: /web:lint: (cache \w+)/.exec(result.stdout)?.[1] };
    },
  };
}

describe('Turborepo caching lint across workspace packages', () => {
  it("with lint's default inputs, a change to the helper alone replays the stale result", async () => {
    const { dir, turbo } = await makeMonorepo({ $schema: turboConfig.$schema, tasks: { lint: {} } });
    expect((await turbo()).cache).toBe('cache miss');
    writeFileSync(path.join(dir, 'packages', 'notify', 'src', 'index.ts'), emailingHelper);
    const stale = await turbo();
    expect({ code: stale.code, cache: stale.cache }).toEqual({ code: 0, cache: 'cache hit' });
    expect(stale.stdout).not.toContain(ruleId);
  });

  it('with the transit task, the helper change re-lints the app and reports the handler', async () => {
    const { dir, turbo } = await makeMonorepo(turboConfig);
    const first = await turbo();
    expect({ code: first.code, cache: first.cache }).toEqual({ code: 0, cache: 'cache miss' });
    expect((await turbo()).cache).toBe('cache hit');
    writeFileSync(path.join(dir, 'packages', 'notify', 'src', 'index.ts'), emailingHelper);
    const fresh = await turbo();
    expect({ code: fresh.code, cache: fresh.cache }).toEqual({ code: 1, cache: 'cache miss' });
    expect(fresh.stdout).toMatch(/web:lint: +5:9 +error +POST waits for notification work before it responds: POST -> recordFollow -> resend\.emails\.send \(\.\.\/\.\.\/packages\/notify\/src\/index\.ts\)/);
  });
});
