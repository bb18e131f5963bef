// The audit's own facts, unit by unit: delivery endpoints, route labels, and what it reads outside
// JavaScript (Prisma schemas, SQL migrations, the apps of a monorepo).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { collectProjectFileFacts, findApps, getRouteLabel, isDeliveryEndpoint } from '../../src/analysis/index.js';
import { findPrismaModels, findSqlFacts } from '../../src/analysis/project-files.js';

describe('isDeliveryEndpoint', () => {
  it.each([
    ['app/api/contact/route.ts', 'POST'],
    ['app/(auth)/verify-email/route.ts', 'POST'],
    ['src/app/api/auth/otp/route.ts', 'POST'],
    ['pages/api/forgot-password.ts', 'handler'],
    ['app/api/invitations/[id]/resend-invite/route.ts', 'POST'],
    ['app/api/auth/magic-link/route.ts', 'POST'],
    ['app/actions.ts', 'resendInvitation'],
    ['app/actions.ts', 'sendMagicLink'],
    ['app/actions.ts', 'requestPasswordReset'],
    ['app/actions.ts', 'submitContactForm'],
    ['app/actions.ts', 'sendOTP'],
    ['app/account/verification/actions.ts', 'start'],
  ])('%s (%s) is a delivery endpoint', (file, name) => {
    expect(isDeliveryEndpoint(file, name)).toBe(true);
  });

  it.each([
    ['app/api/posts/[id]/like/route.ts', 'POST'],
    ['app/api/contacts-sync/route.ts', 'POST'],
    ['app/api/otpauth/route.ts', 'GET'],
    ['app/api/invitations/route.ts', 'POST'],
    ['app/actions.ts', 'likePost'],
    ['app/actions.ts', 'inviteMember'],
    // Folders above app/ are not the route: a project checked out under /home/verify/ is not one.
    ['/home/verify/shop/app/api/orders/route.ts', 'POST'],
  ])('%s (%s) is not', (file, name) => {
    expect(isDeliveryEndpoint(file, name)).toBe(false);
  });
});

describe('getRouteLabel', () => {
  it.each([
    ['/repo/app/api/posts/[id]/like/route.ts', 'route', 'POST', 'POST /api/posts/[id]/like'],
    ['/repo/src/app/(social)/api/follow/route.ts', 'route', 'DELETE', 'DELETE /api/follow'],
    ['/repo/app/@modal/api/x/route.ts', 'route', 'GET/HEAD', 'GET/HEAD /api/x'],
    ['/repo/pages/api/follow.ts', 'pagesApi', 'handler', '/api/follow'],
    ['/repo/pages/api/index.ts', 'pagesApi', 'default', '/api'],
    ['/repo/pages/api/users/[id].ts', 'pagesApi', 'handler', '/api/users/[id]'],
    ['/repo/app/actions.ts', 'serverAction', 'commentOnPost', 'commentOnPost'],
  ] as const)('%s %s %s → %s', (file, kind, name, label) => {
    expect(getRouteLabel(file, { kind, name })).toBe(label);
  });
});

describe('findPrismaModels', () => {
  it('finds notification-like models with their lines, not their relatives', () => {
    const schema = ['model User {', '  id String @id', '}', '', 'model Notification {', '  id String @id', '}', 'model NotificationPreference {', '}', '  model UserNotification {', '}'].join('\n');
    expect(findPrismaModels(schema, 'prisma/schema.prisma')).toEqual([
      { kind: 'Prisma model', name: 'Notification', file: 'prisma/schema.prisma', line: 5 },
      { kind: 'Prisma model', name: 'UserNotification', file: 'prisma/schema.prisma', line: 10 },
    ]);
  });
});

describe('findSqlFacts', () => {
  it('a Supabase trigger on a notifications table (schema-qualified), and the table', () => {
    const sql = [
      'create table if not exists public.notifications (id uuid primary key, user_id uuid);',
      '',
      'create trigger on_notification_created',
      '  after insert on public.notifications',
      '  for each row execute function public.push_notification();',
    ].join('\n');
    expect(findSqlFacts(sql, 'supabase/migrations/1_init.sql')).toEqual({
      models: [{ kind: 'SQL table', name: 'notifications', file: 'supabase/migrations/1_init.sql', line: 1 }],
      triggers: [
        { name: 'on_notification_created', table: 'notifications', function: 'push_notification', reason: 'on a notifications table', file: 'supabase/migrations/1_init.sql', line: 3 },
      ],
    });
  });

  it('a MySQL trigger whose own body inserts the notification', () => {
    const sql = 'CREATE TRIGGER like_notify AFTER INSERT ON likes FOR EACH ROW\n  INSERT INTO notifications (user_id, type) VALUES (NEW.user_id, "like");\n';
    expect(findSqlFacts(sql, 'db/migrations/2.sql').triggers).toEqual([
      { name: 'like_notify', table: 'likes', reason: 'inserts into a notifications table', file: 'db/migrations/2.sql', line: 1 },
    ]);
  });

  it('a trigger whose function was defined in an earlier migration counts; one whose function does other work does not', () => {
    const earlier = new Map([
      ['notify_follow', true],
      ['touch_updated_at', false],
    ]);
    const sql = [
      'CREATE TRIGGER follow_notify AFTER INSERT ON "Follow" FOR EACH ROW EXECUTE PROCEDURE notify_follow();',
      'CREATE TRIGGER follow_touch BEFORE UPDATE ON "Follow" FOR EACH ROW EXECUTE FUNCTION touch_updated_at();',
    ].join('\n');
    expect(findSqlFacts(sql, 'prisma/migrations/3/migration.sql', earlier).triggers).toEqual([
      { name: 'follow_notify', table: 'Follow', function: 'notify_follow', reason: 'inserts into a notifications table', file: 'prisma/migrations/3/migration.sql', line: 1 },
    ]);
  });
});

describe('collectProjectFileFacts and findApps', () => {
  let dir = '';
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'audit-files-'));
    write('supabase/migrations/20250101_notify.sql', 'create function notify_like() returns trigger as $$\nbegin\n  insert into notifications (user_id) values (new.user_id);\n  return new;\nend;\n$$ language plpgsql;\n');
    write('supabase/migrations/20250102_trigger.sql', 'create trigger like_created after insert on likes\nfor each row execute function notify_like();\n');
    write('node_modules/pkg/migrations/1.sql', 'create table notifications (id int);');
    write('scripts/seed.sql', 'create table notifications (id int);');
    write('apps/web/package.json', JSON.stringify({ dependencies: { next: '^16.0.0' } }));
    write('apps/admin/app/page.tsx', 'export default function Page() { return null; }');
    write('apps/tools/src/index.ts', 'export {};');
    write('packages/ui/package.json', JSON.stringify({ dependencies: { react: '^19.0.0' } }));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads migrations (a trigger function from an earlier one), skipping node_modules and SQL outside migrations', () => {
    expect(collectProjectFileFacts(dir)).toEqual({
      models: [],
      triggers: [
        { name: 'like_created', table: 'likes', function: 'notify_like', reason: 'inserts into a notifications table', file: 'supabase/migrations/20250102_trigger.sql', line: 1 },
      ],
    });
  });

  it('finds apps by a package.json that depends on next, or an app/ or pages/ folder under apps/', () => {
    expect(findApps(dir)).toEqual(['apps/admin', 'apps/web']);
  });
});
