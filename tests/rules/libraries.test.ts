import rule from '../../src/rules/no-sync-notification-in-handler.js';
import { strictAssertions, untypedConfig } from '../rule-tester.js';
import { AFTER, AfterRuleTester } from './derived-after.js';

const untypedRuleTester = new AfterRuleTester(untypedConfig);

// Notification work by library, recognised by syntax alone (import sources, client names, member paths, model and table names).
untypedRuleTester.run('libraries', rule, {
  assertionOptions: strictAssertions,
  valid: [
    {
      name: "fetch to an ordinary API is not work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `
export async function POST() {
  await fetch('https://api.example.com/likes', { method: 'POST' });
  return Response.json({ ok: true });
}`,
    },
    {
      name: "other Prisma models and reads are not work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { prisma } from '@/lib/db';
export async function POST() {
  await prisma.like.create({ data: {} });
  await prisma.notificationPreference.upsert({ where: { id: '1' }, create: {}, update: {} });
  await prisma.notification.findMany();
  return Response.json({ ok: true });
}`,
    },
    {
      name: "Supabase reads and updates of notifications are not work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { supabase } from '@/lib/supabase';
export async function POST() {
  await supabase.from('notifications').select('*');
  await supabase.from('notifications').update({ read: true }).eq('id', 1);
  return Response.json({ ok: true });
}`,
    },
    {
      name: "a send method on an unrelated object is not work",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { analytics } from '@/lib/analytics';
export async function POST() {
  await analytics.send({ event: 'like' });
  await analytics.track('like');
  return Response.json({ ok: true });
}`,
    },
  ],
  invalid: [
    {
      name: "Prisma: create on the notification model",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { prisma } from '@/lib/db';
export async function POST() {
  await prisma.notification.create({ data: { userId: 'u1' } });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 63,
          data: {"handler":"POST","chain":"POST -> prisma.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { prisma } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Prisma: createMany and upsert",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { prisma } from '@/lib/db';
export async function POST() {
  await prisma.notification.createMany({ data: [] });
  await prisma.userNotification.upsert({ where: { id: '1' }, create: {}, update: {} });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 53,
          data: {"handler":"POST","chain":"POST -> prisma.notification.createMany","work":"notification record via notification.createMany","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { prisma } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await prisma.userNotification.upsert({ where: { id: '1' }, create: {}, update: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { prisma } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 87,
          data: {"handler":"POST","chain":"POST -> prisma.userNotification.upsert","work":"notification record via userNotification.upsert","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { prisma } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await prisma.notification.createMany({ data: [] });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { prisma } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Prisma: optional chaining and computed member",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { prisma } from '@/lib/db';
export async function POST() {
  await prisma?.notification?.create({ data: {} });
  await prisma['notification'].create({ data: {} });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 51,
          data: {"handler":"POST","chain":"POST -> prisma.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { prisma } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await prisma['notification'].create({ data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { prisma } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 52,
          data: {"handler":"POST","chain":"POST -> prisma.notification.create","work":"notification record via notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { prisma } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await prisma?.notification?.create({ data: {} });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { prisma } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Drizzle: insert(notifications)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { db } from '@/lib/drizzle';
import { notifications } from '@/lib/drizzle-schema';
export async function POST() {
  await db.insert(notifications).values({ userId: 'u1' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 58,
          data: {"handler":"POST","chain":"POST -> db.insert().values","work":"notification record via insert(notifications)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { db } from '@/lib/drizzle';
import { notifications } from '@/lib/drizzle-schema';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Drizzle: insert(schema.notifications).returning()",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { db } from '@/lib/drizzle';
import * as schema from '@/lib/drizzle-schema';
export async function POST() {
  await db.insert(schema.notifications).values({ userId: 'u1' }).returning();
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 77,
          data: {"handler":"POST","chain":"POST -> db.insert().values().returning","work":"notification record via insert(notifications)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { db } from '@/lib/drizzle';
import * as schema from '@/lib/drizzle-schema';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Kysely: insertInto(notifications)",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { db } from '@/lib/kysely';
export async function POST() {
  await db.insertInto('notifications').values({ user_id: 'u1' }).execute();
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 75,
          data: {"handler":"POST","chain":"POST -> db.insertInto().values().execute","work":"notification record via insertInto(notifications)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { db } from '@/lib/kysely';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Supabase: from(notifications).insert",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { supabase } from '@/lib/supabase';
export async function POST() {
  await supabase.from('notifications').insert({ user_id: 'u1' }).select();
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 74,
          data: {"handler":"POST","chain":"POST -> supabase.from().insert().select","work":"notification record via from(notifications).insert","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { supabase } from '@/lib/supabase';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Mongoose or Sequelize model: Notification.create / bulkCreate",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { Notification } from '@/lib/models';
export async function POST() {
  await Notification.create({ userId: 'u1' });
  await Notification.bulkCreate([]);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 46,
          data: {"handler":"POST","chain":"POST -> Notification.create","work":"notification record via Notification.create","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { Notification } from '@/lib/models';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await Notification.bulkCreate([]);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { Notification } from '@/lib/models';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 36,
          data: {"handler":"POST","chain":"POST -> Notification.bulkCreate","work":"notification record via Notification.bulkCreate","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { Notification } from '@/lib/models';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await Notification.create({ userId: 'u1' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { Notification } from '@/lib/models';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Mongoose document: new Notification().save()",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { Notification } from '@/lib/models';
export async function POST() {
  await new Notification({ userId: 'u1' }).save();
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 50,
          data: {"handler":"POST","chain":"POST -> new Notification().save","work":"notification record via Notification.save","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { Notification } from '@/lib/models';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "TypeORM: repository and entity manager",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { dataSource } from '@/lib/typeorm';
import { Notification } from '@/lib/entities';
export async function POST() {
  await dataSource.getRepository(Notification).save({ userId: 'u1' });
  await dataSource.manager.insert(Notification, { userId: 'u1' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 70,
          data: {"handler":"POST","chain":"POST -> dataSource.getRepository().save","work":"notification record via getRepository(Notification)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { dataSource } from '@/lib/typeorm';
import { Notification } from '@/lib/entities';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await dataSource.manager.insert(Notification, { userId: 'u1' });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { dataSource } from '@/lib/typeorm';
import { Notification } from '@/lib/entities';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 66,
          data: {"handler":"POST","chain":"POST -> dataSource.manager.insert","work":"notification record via insert(Notification)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { dataSource } from '@/lib/typeorm';
import { Notification } from '@/lib/entities';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await dataSource.getRepository(Notification).save({ userId: 'u1' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { dataSource } from '@/lib/typeorm';
import { Notification } from '@/lib/entities';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Knex: knex(notifications).insert",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { knex } from '@/lib/knex';
export async function POST() {
  await knex('notifications').insert({ user_id: 'u1' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 56,
          data: {"handler":"POST","chain":"POST -> knex().insert","work":"notification record via knex(notifications).insert","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { knex } from '@/lib/knex';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "raw SQL: tagged template and query string",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { sql, pool } from '@/lib/sql';
export async function POST() {
  await sql\`INSERT INTO notifications (user_id) VALUES (\${'u1'})\`;
  await pool.query('insert into public."notifications" (user_id) values ($1)', ['u1']);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 66,
          data: {"handler":"POST","chain":"POST -> sql``","work":"notification record via raw SQL insert into notifications","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sql, pool } from '@/lib/sql';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await pool.query('insert into public."notifications" (user_id) values ($1)', ['u1']);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { sql, pool } from '@/lib/sql';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 87,
          data: {"handler":"POST","chain":"POST -> pool.query","work":"notification record via raw SQL insert into notifications","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sql, pool } from '@/lib/sql';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await sql\`INSERT INTO notifications (user_id) VALUES (\${'u1'})\`;
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { sql, pool } from '@/lib/sql';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "raw SQL: Prisma $executeRaw",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { prisma } from '@/lib/db';
export async function POST() {
  await prisma.$executeRaw\`INSERT INTO "Notification" ("userId") VALUES (\${'u1'})\`;
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 83,
          data: {"handler":"POST","chain":"POST -> prisma.$executeRaw``","work":"notification record via raw SQL insert into notifications","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { prisma } from '@/lib/db';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Resend: emails.send and batch.send",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { Resend } from 'resend';
const resend = new Resend('key');
export async function POST() {
  await resend.emails.send({ to: 'a' });
  await resend.batch.send([]);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 40,
          data: {"handler":"POST","chain":"POST -> resend.emails.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { Resend } from 'resend';
import { inngest } from '@/lib/inngest';
const resend = new Resend('key');
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await resend.batch.send([]);
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { Resend } from 'resend';
import { inngest } from '@/lib/inngest';
const resend = new Resend('key');
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 30,
          data: {"handler":"POST","chain":"POST -> resend.batch.send","work":"email via Resend","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { Resend } from 'resend';
import { inngest } from '@/lib/inngest';
const resend = new Resend('key');
export async function POST() {
  await resend.emails.send({ to: 'a' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { Resend } from 'resend';
import { inngest } from '@/lib/inngest';
const resend = new Resend('key');
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Nodemailer: transporter.sendMail",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({});
export async function POST() {
  await transporter.sendMail({ to: 'a' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 42,
          data: {"handler":"POST","chain":"POST -> transporter.sendMail","work":"email via Nodemailer","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import nodemailer from 'nodemailer';
import { inngest } from '@/lib/inngest';
const transporter = nodemailer.createTransport({});
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "SendGrid: sgMail.send",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import sgMail from '@sendgrid/mail';
export async function POST() {
  await sgMail.send({ to: 'a' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 33,
          data: {"handler":"POST","chain":"POST -> sgMail.send","work":"email via SendGrid","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import sgMail from '@sendgrid/mail';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Postmark: client.sendEmail, client named by its import",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { ServerClient } from 'postmark';
const client = new ServerClient('token');
export async function POST() {
  await client.sendEmail({ To: 'a' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 38,
          data: {"handler":"POST","chain":"POST -> client.sendEmail","work":"email via Postmark","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { ServerClient } from 'postmark';
import { inngest } from '@/lib/inngest';
const client = new ServerClient('token');
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "AWS SES: ses.sendEmail",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { SES } from '@aws-sdk/client-ses';
const ses = new SES({});
export async function POST() {
  await ses.sendEmail({ Destination: {} });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 43,
          data: {"handler":"POST","chain":"POST -> ses.sendEmail","work":"email via AWS SES","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { SES } from '@aws-sdk/client-ses';
import { inngest } from '@/lib/inngest';
const ses = new SES({});
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Mailgun: mg.messages.create",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { mg } from '@/lib/clients';
export async function POST() {
  await mg.messages.create('example.com', { to: 'a' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 55,
          data: {"handler":"POST","chain":"POST -> mg.messages.create","work":"email via Mailgun","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { mg } from '@/lib/clients';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "web-push: sendNotification",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import webpush from 'web-push';
export async function POST() {
  await webpush.sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 90,
          data: {"handler":"POST","chain":"POST -> webpush.sendNotification","work":"push via web-push","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import webpush from 'web-push';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "web-push: named import",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { sendNotification } from 'web-push';
export async function POST() {
  await sendNotification({ endpoint: 'e', keys: { p256dh: '', auth: '' } }, 'hi');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 82,
          data: {"handler":"POST","chain":"POST -> sendNotification","work":"push via web-push","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { sendNotification } from 'web-push';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Firebase Cloud Messaging: getMessaging().send",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { getMessaging } from 'firebase-admin/messaging';
export async function POST() {
  await getMessaging().send({ token: 't' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> getMessaging().send","work":"push via Firebase Cloud Messaging","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { getMessaging } from 'firebase-admin/messaging';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Firebase Cloud Messaging: admin.messaging().sendEachForMulticast",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import admin from 'firebase-admin';
export async function POST() {
  await admin.messaging().sendEachForMulticast({ tokens: [] });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 63,
          data: {"handler":"POST","chain":"POST -> admin.messaging().sendEachForMulticast","work":"push via Firebase Cloud Messaging","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import admin from 'firebase-admin';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Expo push",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { Expo } from 'expo-server-sdk';
const expo = new Expo();
export async function POST() {
  await expo.sendPushNotificationsAsync([]);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 44,
          data: {"handler":"POST","chain":"POST -> expo.sendPushNotificationsAsync","work":"push via Expo push","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { Expo } from 'expo-server-sdk';
import { inngest } from '@/lib/inngest';
const expo = new Expo();
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "OneSignal",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import * as OneSignal from '@onesignal/node-onesignal';
const client = new OneSignal.DefaultApi(OneSignal.createConfiguration({}));
export async function POST() {
  await client.createNotification({} as never);
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 47,
          data: {"handler":"POST","chain":"POST -> client.createNotification","work":"push via OneSignal","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import * as OneSignal from '@onesignal/node-onesignal';
import { inngest } from '@/lib/inngest';
const client = new OneSignal.DefaultApi(OneSignal.createConfiguration({}));
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Twilio: messages.create",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import twilio from 'twilio';
const client = twilio('sid', 'token');
export async function POST() {
  await client.messages.create({ to: '+1', body: 'hi' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 57,
          data: {"handler":"POST","chain":"POST -> client.messages.create","work":"SMS via Twilio","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import twilio from 'twilio';
import { inngest } from '@/lib/inngest';
const client = twilio('sid', 'token');
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Novu: trigger",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { Novu } from '@novu/api';
const novu = new Novu({ secretKey: 'k' });
export async function POST() {
  await novu.trigger({ workflowId: 'w', to: 'u1' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 52,
          data: {"handler":"POST","chain":"POST -> novu.trigger","work":"notification platform via Novu","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { Novu } from '@novu/api';
import { inngest } from '@/lib/inngest';
const novu = new Novu({ secretKey: 'k' });
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Knock: workflows.trigger",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { Knock } from '@knocklabs/node';
const knock = new Knock();
export async function POST() {
  await knock.workflows.trigger('new-like', { recipients: ['u1'] });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 68,
          data: {"handler":"POST","chain":"POST -> knock.workflows.trigger","work":"notification platform via Knock","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { Knock } from '@knocklabs/node';
import { inngest } from '@/lib/inngest';
const knock = new Knock();
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Courier: send",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { CourierClient } from '@trycourier/courier';
const courier = new CourierClient();
export async function POST() {
  await courier.send({ message: {} });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 38,
          data: {"handler":"POST","chain":"POST -> courier.send","work":"notification platform via Courier","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { CourierClient } from '@trycourier/courier';
import { inngest } from '@/lib/inngest';
const courier = new CourierClient();
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Slack: IncomingWebhook.send",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { IncomingWebhook } from '@slack/webhook';
const webhook = new IncomingWebhook('url');
export async function POST() {
  await webhook.send({ text: 'liked' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 40,
          data: {"handler":"POST","chain":"POST -> webhook.send","work":"chat webhook via Slack webhook","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { IncomingWebhook } from '@slack/webhook';
import { inngest } from '@/lib/inngest';
const webhook = new IncomingWebhook('url');
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "Slack and Discord webhooks through fetch",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `
export async function POST() {
  await fetch('https://hooks.slack.com/services/T/B/X', { method: 'POST' });
  await fetch(process.env.DISCORD_WEBHOOK_URL!, { method: 'POST' });
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 76,
          data: {"handler":"POST","chain":"POST -> fetch","work":"chat webhook via chat webhook request","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { inngest } from '@/lib/inngest';


export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await fetch(process.env.DISCORD_WEBHOOK_URL!, { method: 'POST' });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { inngest } from '@/lib/inngest';


export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 68,
          data: {"handler":"POST","chain":"POST -> fetch","work":"chat webhook via chat webhook request","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { inngest } from '@/lib/inngest';


export async function POST() {
  await fetch('https://hooks.slack.com/services/T/B/X', { method: 'POST' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { inngest } from '@/lib/inngest';


export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "notificationFunctions option: a dotted member name",
      filename: "app/api/posts/[id]/like/route.ts",
      options: [{"notificationFunctions":["mailer.deliver","pingAuthor"]}],
      code: `import { mailer, pingAuthor } from '@/lib/mailer';
export async function POST() {
  await mailer.deliver({ to: 'a' });
  pingAuthor();
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 36,
          data: {"handler":"POST","chain":"POST -> mailer.deliver","work":"notification helper via mailer.deliver (notificationFunctions)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { mailer, pingAuthor } from '@/lib/mailer';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  pingAuthor();
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { mailer, pingAuthor } from '@/lib/mailer';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "floatingNotification",
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 15,
          data: {"handler":"POST","chain":"POST -> pingAuthor","work":"notification helper via pingAuthor (notificationFunctions)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { mailer, pingAuthor } from '@/lib/mailer';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await mailer.deliver({ to: 'a' });
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"2","handler":"POST"},
              output: `import { mailer, pingAuthor } from '@/lib/mailer';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "AWS SES v3: client.send(new SendEmailCommand())",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { SESClient, SendEmailCommand, ListIdentitiesCommand } from '@aws-sdk/client-ses';
const sesClient = new SESClient({});
export async function POST() {
  await sesClient.send(new SendEmailCommand({} as never));
  await sesClient.send(new ListIdentitiesCommand({}));
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 58,
          data: {"handler":"POST","chain":"POST -> sesClient.send","work":"email via AWS SES","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { SESClient, SendEmailCommand, ListIdentitiesCommand } from '@aws-sdk/client-ses';
import { inngest } from '@/lib/inngest';
const sesClient = new SESClient({});
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await sesClient.send(new ListIdentitiesCommand({}));
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
    {
      name: "helper names: email/text/sms + audience, and trigger/dispatch with a channel, are work without types",
      filename: "app/api/posts/[id]/like/route.ts",
      code: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
export async function POST() {
  await emailFollowers('p1');
  await textUser('u1');
  await triggerEmail('a');
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
      errors: [
        {
          messageId: "syncNotification",
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 29,
          data: {"handler":"POST","chain":"POST -> emailFollowers","work":"notification helper via emailFollowers (judged by its name)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await textUser('u1');
  await triggerEmail('a');
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 23,
          data: {"handler":"POST","chain":"POST -> textUser","work":"notification helper via textUser (judged by its name)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await emailFollowers('p1');
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await triggerEmail('a');
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 26,
          data: {"handler":"POST","chain":"POST -> triggerEmail","work":"notification helper via triggerEmail (judged by its name)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await emailFollowers('p1');
  await textUser('u1');
  await inngest.send({ name: 'notification/post.liked', data: {} });
  await dispatchNotification('n');
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
        {
          messageId: "syncNotification",
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 34,
          data: {"handler":"POST","chain":"POST -> dispatchNotification","work":"notification helper via dispatchNotification (judged by its name)","transaction":"","context":""},
          suggestions: [
            {
              messageId: "useInngestSend",
              data: {"eventName":"notification/post.liked"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await emailFollowers('p1');
  await textUser('u1');
  await triggerEmail('a');
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            {
              messageId: "useOneInngestEvent",
              data: {"eventName":"notification/post.liked","count":"4","handler":"POST"},
              output: `import { emailFollowers, textUser, triggerEmail, dispatchNotification } from '@/lib/helpers';
import { inngest } from '@/lib/inngest';
export async function POST() {
  await inngest.send({ name: 'notification/post.liked', data: {} });
  return Response.json({ ok: true });
}`,
            },
            AFTER,
          ],
        },
      ],
    },
  ],
});
