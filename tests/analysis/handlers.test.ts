import { describe, expect, it } from 'vitest';

import { getFileKind, mightContainHandlers } from '../../src/analysis/handlers.js';

describe('getFileKind', () => {
  it.each([
    ['app/api/follow/route.ts', 'route'],
    ['/repo/src/app/api/comments/route.tsx', 'route'],
    ['/repo/app/(marketing)/api/signup/route.js', 'route'],
    ['/repo/app/api/posts/[id]/like/route.mjs', 'route'],
    ['/repo/app/api/files/[...slug]/route.cjs', 'route'],
    ['/repo/apps/web/app/api/follow/route.ts', 'route'],
    ['C:\\repo\\app\\api\\follow\\route.ts', 'route'],
    ['/repo/pages/api/follow.ts', 'pagesApi'],
    ['/repo/src/pages/api/posts/[id]/like.js', 'pagesApi'],
    ['/repo/app/api/cron/digest/route.ts', 'workerRoute'],
    ['/repo/pages/api/cron/digest.ts', 'workerRoute'],
    ['/repo/apps/pages-admin/api/follow.ts', 'other'],
    ['/repo/lib/route.ts', 'other'],
    ['/repo/app/api/follow/route.test.ts', 'other'],
    ['/repo/pages/api/types.d.ts', 'other'],
    ['/repo/myapp/api/follow/route.ts', 'other'],
    ['app/route.ts', 'route'],
    ['pages/api/follow.ts', 'pagesApi'],
    ['/repo//app//api/follow/route.ts', 'route'],
    ['/repo/app/api/queues/digest/route.ts', 'workerRoute'],
    ['/repo/app/api/queued/route.ts', 'route'],
    ['/repo/cron/app/api/digest/route.ts', 'route'],
    ['/repo/pages/api/workers/digest.ts', 'workerRoute'],
    ['/repo/pages/apis/follow.ts', 'other'],
  ])('%s is %s', (filename, kind) => {
    expect(getFileKind(filename, [])).toBe(kind);
  });

  it('workerPaths globs mark routes as workers, by whole segments', () => {
    expect(getFileKind('/repo/app/api/webhooks/stripe/route.ts', ['app/api/webhooks/**'])).toBe('workerRoute');
    expect(getFileKind('/repo/app/api/webhooksx/stripe/route.ts', ['app/api/webhooks/**'])).toBe('route');
    expect(getFileKind('/repo/app/api/jobs/route.ts', ['**/jobs/*'])).toBe('workerRoute');
    expect(getFileKind('/repo/pages/api/queue/run.ts', ['pages/api/queue/*.ts'])).toBe('workerRoute');
  });
});

describe('mightContainHandlers (the cheap gate)', () => {
  it('passes route files, Pages API files and files that mention use server', () => {
    expect(mightContainHandlers('/r/app/api/a/route.ts', '', [])).toBe(true);
    expect(mightContainHandlers('/r/pages/api/a.ts', '', [])).toBe(true);
    expect(mightContainHandlers('/r/app/actions.ts', "'use server';", [])).toBe(true);
  });

  it('stops every other file before any traversal', () => {
    expect(mightContainHandlers('/r/lib/mail.ts', 'export const x = 1;', [])).toBe(false);
    expect(mightContainHandlers('/r/app/api/cron/route.ts', '', [])).toBe(false);
  });
});
