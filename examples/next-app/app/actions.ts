'use server';

import { recordActivity } from '@/lib/activity';
import { db } from '@/lib/db';
import { sendWelcomeEmail } from '@/lib/welcome';

// ❌ Only type information shows that recordActivity writes a notification row.
export async function commentOnPost(postId: string, userId: string, body: string) {
  await db.comment.create({ data: { postId, userId, body } });
  await recordActivity(userId, 'post.commented');
}

// ✅ sendWelcomeEmail only enqueues; without types its name alone would raise a false alarm.
export async function signUp(userId: string) {
  await sendWelcomeEmail(userId);
}
