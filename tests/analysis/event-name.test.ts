import { describe, expect, it } from 'vitest';

import type { Handler } from '../../src/analysis/model.js';
import { deriveEventName, pastTense } from '../../src/fix/event-name.js';

const handler = (kind: Handler['kind'], name: string, exportName?: string): Handler =>
  ({ kind, name, exportName, node: {} }) as unknown as Handler;

describe('deriveEventName', () => {
  it.each([
    ['route', 'POST', '/r/app/api/posts/[id]/like/route.ts', 'notification/post.liked'],
    ['route', 'POST', '/r/app/api/posts/[id]/comments/route.ts', 'notification/comment.created'],
    ['route', 'DELETE', '/r/app/api/users/[id]/follow/route.ts', 'notification/user.unfollowed'],
    ['route', 'POST', '/r/app/(social)/api/follow/route.ts', 'notification/user.followed'],
    ['route', 'PATCH', '/r/src/app/api/posts/route.ts', 'notification/post.updated'],
    ['route', 'POST', '/r/app/api/signup/route.ts', 'notification/user.signed-up'],
    ['pagesApi', 'handler', '/r/pages/api/follow.ts', 'notification/user.followed'],
    ['pagesApi', 'handler', '/r/pages/api/posts/[id]/like.ts', 'notification/post.liked'],
    ['pagesApi', 'handler', '/r/pages/api/comments/index.ts', 'notification/comment.created'],
  ] as const)('%s %s %s → %s', (kind, name, filename, expected) => {
    expect(deriveEventName(handler(kind, name, kind === 'route' ? name : 'default'), filename, 'send', 'notification/')).toBe(expected);
  });

  it.each([
    ['likePost', 'notification/post.liked'],
    ['followUser', 'notification/user.followed'],
    ['commentOnPost', 'notification/post.commented'],
    ['createCommentAction', 'notification/comment.created'],
    ['follow', 'notification/user.followed'],
    ['signUp', 'notification/user.signed-up'],
  ])('Server Action %s → %s', (name, expected) => {
    expect(deriveEventName(handler('serverAction', name), '/r/app/actions.ts', 'send', 'notification/')).toBe(expected);
  });

  it('reads a segment named like a property of every object as a word', () => {
    expect(deriveEventName(handler('route', 'POST', 'POST'), '/r/app/api/posts/[id]/constructor/route.ts', 'send', 'notification/')).toBe(
      'notification/post.constructored',
    );
  });

  it('falls back to the callee in kebab case, with the configured prefix', () => {
    expect(deriveEventName(handler('route', 'anonymous'), '/r/lib/x.ts', 'notifyFollowers', 'app/')).toBe('app/notify-followers');
  });
});

describe('pastTense', () => {
  it.each([
    ['like', 'liked'],
    ['follow', 'followed'],
    ['tag', 'tagged'],
    ['reply', 'replied'],
    ['send', 'sent'],
    ['mentioned', 'mentioned'],
    // Words that name properties of every object are words all the same.
    ['constructor', 'constructored'],
    ['toString', 'toStringed'],
  ])('%s → %s', (verb, expected) => {
    expect(pastTense(verb)).toBe(expected);
  });
});
