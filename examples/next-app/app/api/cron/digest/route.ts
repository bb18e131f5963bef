import { resend } from '@/lib/mail';

// A cron route is a scheduled job: sending email here is its purpose.
export async function GET() {
  await resend.emails.send({ from: 'noreply@example.com', to: 'digest@example.com', subject: 'Daily digest', html: '' });
  return Response.json({ ok: true });
}
