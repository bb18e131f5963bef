import type { NextApiRequest, NextApiResponse } from 'next';

import { db } from '@/lib/db';
import { notifyFollowers } from '@/lib/notify';

// ❌ A Pages Router API route that starts an email and does not wait for it or hand it off.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { followerId, followeeId } = req.body as { followerId: string; followeeId: string };
  await db.follow.create({ data: { followerId, followeeId } });
  notifyFollowers(followeeId, '');
  res.status(200).json({ ok: true });
}
