import { db } from './db';

// A neutral name: only reading the body shows that it writes a notification row.
export async function recordActivity(userId: string, type: string) {
  await db.notification.create({ data: { userId, type } });
}
