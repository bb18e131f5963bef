import { after } from 'next/server';

import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
import { notifyFollowers } from '@/lib/notify';

// ✅ The follow is recorded; the notification goes to a queue or runs after the response.
export async function POST(request: Request) {
  const { followerId, followeeId } = (await request.json()) as { followerId: string; followeeId: string };
  await db.follow.create({ data: { followerId, followeeId } });
  await inngest.send({ name: 'notification/user.followed', data: { followerId, followeeId } });
  after(() => notifyFollowers(followeeId, ''));
  return Response.json({ ok: true });
}
