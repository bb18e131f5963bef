import { resend } from './mail';

export async function notifyFollowers(authorId: string, postId: string) {
  await resend.emails.send({
    from: 'noreply@example.com',
    to: `followers-of-${authorId}@example.com`,
    subject: 'New post',
    html: `<a href="/posts/${postId}">Read it</a>`,
  });
}
