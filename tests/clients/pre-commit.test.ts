// The pre-commit hook, set up as the README tells users: lint-staged runs eslint on the staged
// files, husky installs the git hook. In a temporary git repository, a commit that stages a
// handler with the problem is rejected and prints the finding; a clean commit goes through.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { huskyPreCommit, lintStagedConfig } from './documented-config.js';
import { binOf, childEnv, exampleApp, makeTempDir, removeDir, root, run, ruleId, type RunResult } from './helpers.js';

const likeRoute = 'app/api/posts/[id]/like/route.ts';

const cleanLikeRoute = `import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = (await request.json()) as { userId: string };
  await db.like.create({ data: { postId: id, userId } });
  await inngest.send({ name: 'notification/post.liked', data: { postId: id, userId } });
  return Response.json({ ok: true });
}
`;

// The worker side of the hand-off: without it no-orphan-event warns, and --max-warnings=0 rejects the commit.
const likeWorker = 'inngest/functions.ts';
const likeWorkerText = `import { inngest } from '@/lib/inngest';

export const notifyPostLiked = inngest.createFunction(
  { id: 'notify-post-liked', triggers: [{ event: 'notification/post.liked' }] },
  async ({ event }) => event.data,
);
`;

describe('pre-commit hook: husky + lint-staged + eslint', () => {
  let tmp: string;
  let repo: string;
  const env = childEnv();
  const git = (...args: string[]): Promise<RunResult> => run('git', args, { cwd: repo, env });
  const headCount = async () => Number((await git('rev-list', '--count', 'HEAD')).stdout.trim());

  beforeAll(async () => {
    tmp = makeTempDir();
    repo = path.join(tmp, 'my-next-app');
    mkdirSync(path.join(repo, 'lib'), { recursive: true });

    // A Next.js project with the plugin's recommended typed config (the example app's).
    for (const file of ['eslint.config.mjs', 'tsconfig.json', 'lib/db.ts', 'lib/mail.ts', 'lib/inngest.ts']) {
      writeFileSync(path.join(repo, file), readFileSync(path.join(exampleApp, file)));
    }
    writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n');
    writeFileSync(
      path.join(repo, 'package.json'),
      `${JSON.stringify({ name: 'my-next-app', private: true, scripts: { lint: 'eslint .' }, 'lint-staged': lintStagedConfig }, null, 2)}\n`,
    );

    // What `npm install -D eslint eslint-plugin-async-notifications lint-staged husky` leaves: the
    // plugin installed from its path (npm links a directory), and the bins. Everything else
    // resolves upwards from this folder to the repository's node_modules.
    const modules = path.join(repo, 'node_modules');
    mkdirSync(path.join(modules, '.bin'), { recursive: true });
    symlinkSync(root, path.join(modules, 'eslint-plugin-async-notifications'), 'dir');
    symlinkSync(binOf('eslint'), path.join(modules, '.bin', 'eslint'));
    symlinkSync(binOf('lint-staged'), path.join(modules, '.bin', 'lint-staged'));
    symlinkSync(binOf('husky'), path.join(modules, '.bin', 'husky'));

    expect((await git('init', '--quiet', '--initial-branch', 'main')).code).toBe(0);
    await git('config', 'user.name', 'Client Test');
    await git('config', 'user.email', 'client-test@example.com');
    await git('config', 'commit.gpgsign', 'false');

    // The project's history so far (committed before the hook exists, so it is not linted here).
    await git('add', '-A');
    const setup = await git('commit', '--quiet', '-m', 'Set up the app');
    expect(setup.code, setup.stdout + setup.stderr).toBe(0);

    // `npx husky init`, then the hook that the README gives.
    const init = await run(path.join(modules, '.bin', 'husky'), ['init'], { cwd: repo, env });
    expect(init).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(path.join(repo, '.husky', 'pre-commit'), huskyPreCommit);
    expect((await git('config', 'core.hooksPath')).stdout.trim()).toBe('.husky/_');
    expect(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'))).toMatchObject({ scripts: { prepare: 'husky' } });
    await git('add', '-A');
    const hookSetup = await git('commit', '--quiet', '-m', 'Lint staged files before each commit');
    expect(hookSetup.code, hookSetup.stdout + hookSetup.stderr).toBe(0);
  });

  afterAll(() => {
    removeDir(tmp);
  });

  it('rejects a commit that stages a handler with the problem, and prints the finding', async () => {
    mkdirSync(path.dirname(path.join(repo, likeRoute)), { recursive: true });
    writeFileSync(path.join(repo, likeRoute), readFileSync(path.join(exampleApp, likeRoute)));
    await git('add', likeRoute);

    const commit = await git('commit', '-m', 'Like a post');
    const output = commit.stdout + commit.stderr;
    expect(commit.code, output).toBe(1);
    expect(output).toContain(`${path.join(repo, likeRoute)}\n`);
    expect(output).toMatch(
      /^ {3}9:9 {2}error {2}POST waits for notification work before it responds: POST -> db\.notification\.create .+ {2}async-notifications\/no-sync-notification-in-handler$/m,
    );
    expect(output).toMatch(
      /^ {2}10:9 {2}error {2}POST waits for notification work before it responds: POST -> resend\.emails\.send .+ {2}async-notifications\/no-sync-notification-in-handler$/m,
    );
    expect(output).toContain('✖ 2 problems (2 errors, 0 warnings)');
    expect(output).toContain('husky - pre-commit script failed (code 1)');
    expect(output).toContain(ruleId);

    expect(await headCount()).toBe(2);
    // lint-staged leaves the user's work as it was: still staged, unchanged.
    expect((await git('diff', '--cached', '--name-only')).stdout.trim()).toBe(likeRoute);
    expect(readFileSync(path.join(repo, likeRoute), 'utf8')).toBe(readFileSync(path.join(exampleApp, likeRoute), 'utf8'));
  });

  it('lets a clean commit through (the notification handed to a queue, and the function that hears it)', async () => {
    writeFileSync(path.join(repo, likeRoute), cleanLikeRoute);
    mkdirSync(path.join(repo, 'inngest'), { recursive: true });
    writeFileSync(path.join(repo, likeWorker), likeWorkerText);
    await git('add', likeRoute, likeWorker);

    const commit = await git('commit', '-m', 'Like a post, notify through Inngest');
    expect(commit.code, commit.stdout + commit.stderr).toBe(0);
    expect(await headCount()).toBe(3);
    expect((await git('show', `HEAD:${likeRoute}`)).stdout).toBe(cleanLikeRoute);
    expect((await git('status', '--porcelain')).stdout).toBe('');
  });
});
