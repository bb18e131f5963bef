import { db } from '@/lib/db';
import { resend } from '@/lib/mail';

// ❌ The like waits for a notification row and an email before it answers.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = (await request.json()) as { userId: string };
  await db.like.create({ data: { postId: id, userId } });
  await db.notification.create({ data: { userId, type: 'post.liked' } });
  await resend.emails.send({ from: 'noreply@example.com', to: 'author@example.com', subject: 'New like', html: '<p>Someone liked your post</p>' });
  return Response.json({ ok: true });
}
