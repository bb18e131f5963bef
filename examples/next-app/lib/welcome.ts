import { inngest } from './inngest';

// The name says "send email", the body only enqueues: this is the fix, not the problem.
export async function sendWelcomeEmail(userId: string) {
  await inngest.send({ name: 'notification/user.signed-up', data: { userId } });
}
