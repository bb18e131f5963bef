import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';
import { resend } from '@/lib/mail';

// ✅ The worker side of the hand-off: retried by Inngest, invisible to the user's request.
export const sendFollowEmail = inngest.createFunction(
  { id: 'send-follow-email', retries: 5, triggers: [{ event: 'notification/user.followed' }] },
  async ({ event, step }) => {
    const { followerId, followeeId } = event.data as { followerId: string; followeeId: string };
    await step.run('insert-notification', () => db.notification.create({ data: { userId: followeeId, type: 'user.followed' } }));
    await step.run('send-email', () =>
      resend.emails.send({ from: 'noreply@example.com', to: `${followeeId}@example.com`, subject: `${followerId} follows you`, html: '' }),
    );
  },
);

// ✅ The worker of lib/welcome.ts's hand-off: without it the welcome event would be heard by nothing
// (async-notifications/no-orphan-event).
export const welcomeNewUser = inngest.createFunction(
  { id: 'welcome-new-user', triggers: [{ event: 'notification/user.signed-up' }] },
  async ({ event, step }) => {
    const { userId } = event.data as { userId: string };
    await step.run('send-welcome-email', () =>
      resend.emails.send({ from: 'noreply@example.com', to: `${userId}@example.com`, subject: 'Welcome', html: '' }),
    );
  },
);
