// Generates a synthetic Next.js project with N App Router route handlers (and, in proportion to N,
// Server Actions, Pages API routes, helpers, workers, client components and plain modules).
//
// The project is written under bench/.generated/n<N>/, inside the repository, so TypeScript's
// node_modules resolution walks up to bench/.generated/node_modules, a link to the typed fixture's
// libraries (tests/fixtures/project/node_modules, installed by prebench), and every import
// (next/server, resend, bullmq, inngest, drizzle-orm) resolves to real, installed declaration
// files; the tools (typescript, @typescript-eslint/*) resolve further up, from the repository's.
// Output is deterministic for a given N (seeded PRNG), and a marker file skips regeneration.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GENERATOR_VERSION = 3;
const here = path.dirname(fileURLToPath(import.meta.url));
export const GENERATED_ROOT = path.join(here, '.generated');

/** File counts for a project of `n` route handlers. */
export function plan(n) {
  return {
    routes: n,
    cronRoutes: Math.max(1, Math.round(n / 50)),
    actionFiles: Math.max(2, Math.round(n / 5)),
    pagesApi: Math.max(2, Math.round(n / 10)),
    helpers: Math.max(8, Math.round(n * 0.4)),
    modules: Math.max(6, Math.round(n * 0.5)),
    inngestFunctions: Math.max(2, Math.round(n / 20)),
    bullWorkers: Math.max(1, Math.round(n / 40)),
    components: Math.max(2, Math.round(n / 20)),
  };
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESOURCES = ['posts', 'comments', 'follows', 'likes', 'teams', 'invites', 'orders', 'projects', 'tasks', 'reviews', 'mentions', 'reports'];
const VERBS = ['like', 'follow', 'comment', 'share', 'invite', 'approve', 'assign', 'archive', 'publish', 'mention', 'review', 'close'];

/**
 * Helper kinds, by index: what each helper file's main export does. `chain` helpers call a
 * notifying helper of another file (a cross-file path of depth 2-3).
 */
const HELPER_KINDS = ['record', 'email', 'enqueue', 'read', 'chain', 'bullmq', 'format', 'read', 'chain', 'email'];

const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** Main export name of helper `i`. */
function helperName(i) {
  const kind = HELPER_KINDS[i % HELPER_KINDS.length];
  const topic = cap(VERBS[i % VERBS.length]);
  switch (kind) {
    case 'record':
      return `create${topic}Notification${i}`;
    case 'email':
      return `send${topic}Email${i}`;
    case 'enqueue':
      return `queue${topic}Notification${i}`;
    case 'bullmq':
      return `schedule${topic}Digest${i}`;
    case 'chain':
      return `notify${topic}Watchers${i}`;
    case 'format':
      return `format${topic}Summary${i}`;
    default:
      return `load${topic}Details${i}`;
  }
}

function helperKind(i) {
  return HELPER_KINDS[i % HELPER_KINDS.length];
}

/** Files shared by every project size. */
function libFiles() {
  return {
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['dom', 'dom.iterable', 'esnext'],
          allowJs: false,
          skipLibCheck: true,
          strict: true,
          noEmit: true,
          esModuleInterop: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          isolatedModules: true,
          jsx: 'preserve',
          types: ['node'],
          paths: { '@/*': ['./*'] },
        },
        include: ['**/*.ts', '**/*.tsx'],
        exclude: ['node_modules'],
      },
      null,
      2,
    ),
    'lib/db/schema.ts': `import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  emailOptIn: boolean('email_opt_in').notNull().default(true),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const posts = pgTable('posts', {
  id: uuid('id').primaryKey().defaultRandom(),
  authorId: text('author_id').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  likeCount: integer('like_count').notNull().default(0),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const likes = pgTable(
  'likes',
  {
    postId: uuid('post_id').notNull().references(() => posts.id),
    userId: text('user_id').notNull(),
    createdAt: timestamp('created_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.postId, table.userId] })],
);

export const follows = pgTable('follows', {
  followerId: text('follower_id').notNull(),
  followingId: text('following_id').notNull(),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: text('user_id').notNull(),
  type: text('type').notNull(),
  data: jsonb('data'),
  readAt: timestamp('read_at'),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});

export const activity = pgTable('activity', {
  id: uuid('id').primaryKey().defaultRandom(),
  actorId: text('actor_id').notNull(),
  verb: text('verb').notNull(),
  objectId: text('object_id').notNull(),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});
`,
    'lib/db/index.ts': `import { drizzle } from 'drizzle-orm/node-postgres';

import * as schema from './schema';

export const db = drizzle(process.env.DATABASE_URL ?? '', { schema });
export type Db = typeof db;
export * from './schema';
`,
    'lib/email.ts': `import { Resend } from 'resend';

export const resend = new Resend(process.env.RESEND_API_KEY);
export const FROM_ADDRESS = 'App <updates@example.com>';
`,
    'lib/inngest.ts': `import { Inngest } from 'inngest';

export const inngest = new Inngest({ id: 'bench-app' });
`,
    'lib/queue.ts': `import { Queue } from 'bullmq';

export const connection = { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 };
export const digestQueue = new Queue('digests', { connection });
`,
    'lib/auth.ts': `import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

export interface Session {
  userId: string;
  email: string;
  roles: readonly string[];
}

export async function getSession(request?: Request): Promise<Session | null> {
  const token = request?.headers.get('authorization') ?? '';
  if (!token) return null;
  return { userId: token.slice(7), email: 'user@example.com', roles: ['member'] };
}

type RouteContext = { params: Promise<Record<string, string>> };
type AuthedHandler = (request: NextRequest, context: RouteContext & { session: Session }) => Promise<Response>;

export function withAuth(handler: AuthedHandler) {
  return async (request: NextRequest, context: RouteContext): Promise<Response> => {
    const session = await getSession(request);
    if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
    return handler(request, { ...context, session });
  };
}
`,
    'app/api/inngest/route.ts': `import { serve } from 'inngest/next';

import { inngest } from '@/lib/inngest';
import { functions } from '@/inngest';

export const { GET, POST, PUT } = serve({ client: inngest, functions });
`,
  };
}

function moduleFile(i, rand) {
  const deps = [];
  if (i > 0) deps.push(Math.floor(rand() * i));
  if (i > 3 && rand() < 0.5) deps.push(Math.floor(rand() * i));
  const unique = [...new Set(deps)];
  const imports = unique.map((d) => `import { score${d}, type Record${d} } from './m${d}';`).join('\n');
  const uses = unique.map((d) => `  total += score${d}({ id: input.id, label: input.label, weight: input.weight, tags: input.tags } as Record${d});`).join('\n');
  return `${imports}

export interface Record${i} {
  id: string;
  label: string;
  weight: number;
  tags: readonly string[];
}

export type Ranked${i} = Record${i} & { rank: number };

export function score${i}(input: Record${i}): number {
  let total = input.weight * ${(i % 7) + 1};
${uses}
  for (const tag of input.tags) total += tag.length;
  return total;
}

export function rank${i}(items: readonly Record${i}[]): Ranked${i}[] {
  return [...items]
    .map((item) => ({ ...item, rank: score${i}(item) }))
    .sort((a, b) => b.rank - a.rank);
}

export function slug${i}(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export class Cache${i}<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();
  constructor(private readonly ttlMs = ${1000 * ((i % 5) + 1)}) {}
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || Date.now() - entry.at > this.ttlMs) return undefined;
    return entry.value;
  }
  set(key: string, value: T): void {
    this.entries.set(key, { value, at: Date.now() });
  }
}
`;
}

function helperFile(i, rand, p) {
  const kind = helperKind(i);
  const name = helperName(i);
  const topic = VERBS[i % VERBS.length];
  const mod = Math.floor(rand() * p.modules);
  const head = [`import { slug${mod} } from '@/lib/modules/m${mod}';`];
  let body;
  switch (kind) {
    case 'record':
      head.push(`import { db, notifications } from '@/lib/db';`);
      body = `export async function ${name}(userId: string, objectId: string) {
  await db.insert(notifications).values({
    userId,
    type: '${topic}',
    data: { objectId, key: slug${mod}(objectId) },
  });
}`;
      break;
    case 'email':
      head.push(`import { FROM_ADDRESS, resend } from '@/lib/email';`);
      body = `export async function ${name}(to: string, name: string, link: string) {
  const { error } = await resend.emails.send({
    from: FROM_ADDRESS,
    to,
    subject: \`\${name}: new ${topic}\`,
    html: \`<p>Hi \${name}, see <a href="\${link}">\${slug${mod}(link)}</a></p>\`,
  });
  if (error) throw new Error(error.message);
}`;
      break;
    case 'enqueue':
      head.push(`import { inngest } from '@/lib/inngest';`);
      body = `export async function ${name}(userId: string, objectId: string) {
  await inngest.send({ name: 'app/${topic}.created', data: { userId, objectId } });
}`;
      break;
    case 'bullmq':
      head.push(`import { digestQueue } from '@/lib/queue';`);
      body = `export async function ${name}(userId: string) {
  await digestQueue.add('${topic}-digest', { userId }, { delay: 60_000, removeOnComplete: true });
}`;
      break;
    case 'chain': {
      // A notifying helper of a lower index (record or email), so chains stay acyclic.
      const targets = [];
      for (let j = i - 1; j >= 0 && targets.length < 2; j--) {
        const k = helperKind(j);
        if (k === 'record' || k === 'email' || k === 'chain') targets.push(j);
      }
      const reads = [];
      for (let j = i - 1; j >= 0 && reads.length < 1; j--) if (helperKind(j) === 'read') reads.push(j);
      head.push(`import { db, follows } from '@/lib/db';`, `import { eq } from 'drizzle-orm';`);
      for (const t of [...targets, ...reads]) head.push(`import { ${helperName(t)} } from './h${t}';`);
      const calls = targets.map((t) => {
        const k = helperKind(t);
        if (k === 'email') return `      ${helperName(t)}(\`\${follower.followerId}@example.com\`, follower.followerId, objectId)`;
        return `      ${helperName(t)}(follower.followerId, objectId)`;
      });
      const readCall = reads.length ? `  await ${helperName(reads[0])}(objectId);\n` : '';
      body = `export async function ${name}(actorId: string, objectId: string) {
${readCall}  const watchers = await db.select().from(follows).where(eq(follows.followingId, actorId));
  await Promise.all(
    watchers.flatMap((follower) => [
${calls.length ? calls.join(',\n') : '      Promise.resolve(follower)'},
    ]),
  );
}`;
      break;
    }
    case 'format':
      body = `export function ${name}(title: string, count: number): string {
  return \`\${slug${mod}(title)} (\${count} ${topic}s)\`;
}`;
      break;
    default:
      head.push(`import { db, posts } from '@/lib/db';`, `import { eq } from 'drizzle-orm';`);
      body = `export async function ${name}(id: string) {
  const rows = await db.select().from(posts).where(eq(posts.id, id)).limit(1);
  return rows[0] ?? null;
}`;
  }
  return `${head.join('\n')}

${body}

export function describe${i}(value: unknown): string {
  return typeof value === 'string' ? slug${mod}(value) : JSON.stringify(value);
}
`;
}

/** Picks helper indices of the given kinds. */
function pickHelpers(rand, p, kinds, count) {
  const picked = [];
  for (let guard = 0; picked.length < count && guard < 200; guard++) {
    const i = Math.floor(rand() * p.helpers);
    if (kinds.includes(helperKind(i)) && !picked.includes(i)) picked.push(i);
  }
  return picked;
}

function helperCall(i, args = 'session.userId, id') {
  const kind = helperKind(i);
  if (kind === 'email') return `${helperName(i)}(session.email, session.userId, \`/x/\${id}\`)`;
  if (kind === 'bullmq') return `${helperName(i)}(session.userId)`;
  if (kind === 'read') return `${helperName(i)}(id)`;
  if (kind === 'format') return `${helperName(i)}(id, 1)`;
  return `${helperName(i)}(${args})`;
}

const ROUTE_VARIANTS = [
  'directEmail',
  'helperRecord',
  'enqueue',
  'after',
  'readOnly',
  'wrappedChain',
  'floating',
  'promiseAll',
  'transaction',
  'multiMethod',
];

function routeFile(i, rand, p) {
  const variant = ROUTE_VARIANTS[i % ROUTE_VARIANTS.length];
  const mod = Math.floor(rand() * p.modules);
  const imports = new Set([
    `import { NextResponse } from 'next/server';`,
    `import type { NextRequest } from 'next/server';`,
    `import { getSession } from '@/lib/auth';`,
    `import { rank${mod}, type Record${mod} } from '@/lib/modules/m${mod}';`,
  ]);
  const useHelpers = (list) => list.forEach((h) => imports.add(`import { ${helperName(h)} } from '@/lib/helpers/h${h}';`));
  const prelude = `  const session = await getSession(request);
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { id } = await context.params;
  const items: Record${mod}[] = [{ id, label: 'x', weight: 1, tags: [] }];
  const ranked = rank${mod}(items);`;
  const sig = `(request: NextRequest, context: { params: Promise<{ id: string }> })`;
  let body;
  switch (variant) {
    case 'directEmail':
      imports.add(`import { FROM_ADDRESS, resend } from '@/lib/email';`);
      body = `export async function POST${sig} {
${prelude}
  await resend.emails.send({ from: FROM_ADDRESS, to: session.email, subject: 'Done', text: \`Item \${id} updated\` });
  return NextResponse.json({ ok: true, ranked });
}`;
      break;
    case 'helperRecord': {
      const hs = pickHelpers(rand, p, ['record', 'read'], 2);
      useHelpers(hs);
      body = `export async function POST${sig} {
${prelude}
${hs.map((h) => `  await ${helperCall(h)};`).join('\n')}
  return NextResponse.json({ ok: true, ranked });
}`;
      break;
    }
    case 'enqueue': {
      const hs = pickHelpers(rand, p, ['enqueue', 'bullmq'], 2);
      useHelpers(hs);
      body = `export async function POST${sig} {
${prelude}
${hs.map((h) => `  await ${helperCall(h)};`).join('\n')}
  return NextResponse.json({ ok: true, ranked });
}`;
      break;
    }
    case 'after': {
      const hs = pickHelpers(rand, p, ['email', 'chain'], 1);
      useHelpers(hs);
      imports.add(`import { after } from 'next/server';`);
      body = `export async function POST${sig} {
${prelude}
  after(async () => {
${hs.map((h) => `    await ${helperCall(h)};`).join('\n')}
  });
  return NextResponse.json({ ok: true, ranked });
}`;
      break;
    }
    case 'readOnly': {
      const hs = pickHelpers(rand, p, ['read', 'format'], 2);
      useHelpers(hs);
      body = `export async function GET${sig} {
${prelude}
${hs.map((h, k) => `  const r${k} = await ${helperCall(h)};`).join('\n')}
  return NextResponse.json({ ${hs.map((_, k) => `r${k}`).join(', ')}, ranked });
}`;
      break;
    }
    case 'wrappedChain': {
      const hs = pickHelpers(rand, p, ['chain'], 1);
      useHelpers(hs);
      imports.add(`import { withAuth } from '@/lib/auth';`);
      body = `export const POST = withAuth(async (request, { params, session }) => {
  const { id } = await params;
  const body = (await request.json()) as { note?: string };
${hs.map((h) => `  await ${helperName(h)}(session.userId, id);`).join('\n')}
  return NextResponse.json({ ok: true, note: body.note ?? null });
});`;
      break;
    }
    case 'floating': {
      const hs = pickHelpers(rand, p, ['email'], 1);
      useHelpers(hs);
      body = `export async function POST${sig} {
${prelude}
${hs.map((h) => `  void ${helperCall(h)};`).join('\n')}
  return NextResponse.json({ ok: true, ranked });
}`;
      break;
    }
    case 'promiseAll': {
      const hs = pickHelpers(rand, p, ['record', 'email', 'read'], 3);
      useHelpers(hs);
      body = `export async function POST${sig} {
${prelude}
  await Promise.all([
${hs.map((h) => `    ${helperCall(h)},`).join('\n')}
  ]);
  return NextResponse.json({ ok: true, ranked });
}`;
      break;
    }
    case 'transaction':
      imports.add(`import { db, likes, notifications, posts } from '@/lib/db';`);
      imports.add(`import { eq, sql } from 'drizzle-orm';`);
      body = `export async function POST${sig} {
${prelude}
  await db.transaction(async (tx) => {
    await tx.insert(likes).values({ postId: id, userId: session.userId });
    await tx.update(posts).set({ likeCount: sql\`\${posts.likeCount} + 1\` }).where(eq(posts.id, id));
    await tx.insert(notifications).values({ userId: session.userId, type: 'like', data: { postId: id } });
  });
  return NextResponse.json({ ok: true, ranked });
}`;
      break;
    default: {
      const hs = pickHelpers(rand, p, ['read', 'enqueue', 'email', 'format'], 3);
      useHelpers(hs);
      body = `export async function GET${sig} {
${prelude}
  return NextResponse.json({ ranked });
}

async function update${i}(request: NextRequest, context: { params: Promise<{ id: string }> }) {
${prelude}
${hs.map((h) => `  await ${helperCall(h)};`).join('\n')}
  return NextResponse.json({ ok: true, ranked });
}

export { update${i} as PUT, update${i} as PATCH };

export async function DELETE${sig} {
  const { id } = await context.params;
  return NextResponse.json({ deleted: id });
}`;
    }
  }
  return `${[...imports].join('\n')}

export const dynamic = 'force-dynamic';

${body}
`;
}

function routePath(i) {
  const resource = RESOURCES[i % RESOURCES.length];
  const group = Math.floor(i / RESOURCES.length);
  const verb = VERBS[(i * 7) % VERBS.length];
  if (i % 5 === 0) return `app/(dashboard)/api/${resource}/g${group}/${verb}-${i}/route.ts`;
  if (i % 3 === 0) return `app/api/${resource}/g${group}/[id]/${verb}-${i}/route.ts`;
  return `app/api/${resource}/g${group}/${verb}-${i}/route.ts`;
}

function actionFile(i, rand, p) {
  const hs = [...pickHelpers(rand, p, ['record', 'email', 'chain'], 1), ...pickHelpers(rand, p, ['enqueue', 'read', 'format'], 2)];
  const imports = hs.map((h) => `import { ${helperName(h)} } from '@/lib/helpers/h${h}';`).join('\n');
  const [notify, ...rest] = hs;
  return `'use server';

import { revalidatePath } from 'next/cache';

import { getSession } from '@/lib/auth';
import { db, activity } from '@/lib/db';
${imports}

export async function act${i}(formData: FormData) {
  const session = await getSession();
  if (!session) throw new Error('unauthorized');
  const id = String(formData.get('id') ?? '');
  await db.insert(activity).values({ actorId: session.userId, verb: 'act', objectId: id });
  await ${helperCall(notify)};
  revalidatePath('/items');
}

export async function other${i}(id: string) {
  const session = await getSession();
  if (!session) throw new Error('unauthorized');
${rest.map((h) => `  await ${helperCall(h)};`).join('\n')}
  return { ok: true };
}

export async function list${i}(page: number) {
  return { page, size: 20 };
}
`;
}

function pagesApiFile(i, rand, p) {
  const hs = pickHelpers(rand, p, i % 2 ? ['email', 'record'] : ['read', 'enqueue'], 1);
  return `import type { NextApiRequest, NextApiResponse } from 'next';

import { getSession } from '@/lib/auth';
${hs.map((h) => `import { ${helperName(h)} } from '@/lib/helpers/h${h}';`).join('\n')}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const session = await getSession();
  if (!session) return res.status(401).json({ error: 'unauthorized' });
  const id = String(req.query.id ?? '');
${hs.map((h) => `  await ${helperCall(h)};`).join('\n')}
  res.status(200).json({ ok: true });
}
`;
}

function cronRouteFile(i, rand, p) {
  const hs = pickHelpers(rand, p, ['email', 'record'], 1);
  return `import { NextResponse } from 'next/server';

${hs.map((h) => `import { ${helperName(h)} } from '@/lib/helpers/h${h}';`).join('\n')}

// A scheduled job: a worker, not a user action.
export async function GET() {
  const session = { userId: 'system', email: 'ops@example.com' };
  const id = 'digest';
${hs.map((h) => `  await ${helperCall(h)};`).join('\n')}
  return NextResponse.json({ ok: true });
}
`;
}

function inngestFunctionFile(i, rand, p) {
  const hs = pickHelpers(rand, p, ['email', 'record', 'chain'], 2);
  return `import { inngest } from '@/lib/inngest';
${hs.map((h) => `import { ${helperName(h)} } from '@/lib/helpers/h${h}';`).join('\n')}

export const fn${i} = inngest.createFunction(
  { id: 'fn-${i}', triggers: [{ event: 'app/item.${i}' }] },
  async ({ event, step }) => {
    const session = { userId: String(event.data.userId ?? ''), email: 'x@example.com' };
    const id = String(event.data.objectId ?? '');
${hs.map((h, k) => `    await step.run('step-${k}', () => ${helperCall(h)});`).join('\n')}
    return { ok: true };
  },
);
`;
}

function bullWorkerFile(i, rand, p) {
  const hs = pickHelpers(rand, p, ['email', 'record'], 1);
  return `import { Worker } from 'bullmq';

import { connection } from '@/lib/queue';
${hs.map((h) => `import { ${helperName(h)} } from '@/lib/helpers/h${h}';`).join('\n')}

export const worker${i} = new Worker(
  'digests',
  async (job) => {
    const session = { userId: String(job.data.userId), email: 'x@example.com' };
    const id = String(job.id);
${hs.map((h) => `    await ${helperCall(h)};`).join('\n')}
  },
  { connection },
);
`;
}

function componentFile(i, rand, p) {
  const mod = Math.floor(rand() * p.modules);
  return `'use client';

import { useState } from 'react';

import { slug${mod} } from '@/lib/modules/m${mod}';

export function Widget${i}({ title }: { title: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)} data-slug={slug${mod}(title)}>
      {title} ({count})
    </button>
  );
}
`;
}

/** Every file of a project of size `n`: path → { text, kind }. */
export function projectFiles(n) {
  const p = plan(n);
  const rand = mulberry32(0x5eed + n);
  const files = new Map();
  const add = (file, text, kind) => files.set(file, { text, kind });
  for (const [file, text] of Object.entries(libFiles())) add(file, text, file.startsWith('app/') ? 'workerRoute' : 'lib');
  for (let i = 0; i < p.modules; i++) add(`lib/modules/m${i}.ts`, moduleFile(i, rand, p), 'module');
  for (let i = 0; i < p.helpers; i++) add(`lib/helpers/h${i}.ts`, helperFile(i, rand, p), 'helper');
  for (let i = 0; i < p.routes; i++) add(routePath(i), routeFile(i, rand, p), 'route');
  for (let i = 0; i < p.cronRoutes; i++) add(`app/api/cron/job-${i}/route.ts`, cronRouteFile(i, rand, p), 'workerRoute');
  for (let i = 0; i < p.actionFiles; i++) add(`app/(dashboard)/actions/a${i}.ts`, actionFile(i, rand, p), 'serverAction');
  for (let i = 0; i < p.pagesApi; i++) add(`pages/api/p${i}.ts`, pagesApiFile(i, rand, p), 'pagesApi');
  const fnNames = [];
  for (let i = 0; i < p.inngestFunctions; i++) {
    add(`inngest/functions/f${i}.ts`, inngestFunctionFile(i, rand, p), 'worker');
    fnNames.push(i);
  }
  add(
    'inngest/index.ts',
    `${fnNames.map((i) => `import { fn${i} } from './functions/f${i}';`).join('\n')}

export const functions = [${fnNames.map((i) => `fn${i}`).join(', ')}];
`,
    'worker',
  );
  for (let i = 0; i < p.bullWorkers; i++) add(`workers/w${i}.ts`, bullWorkerFile(i, rand, p), 'worker');
  for (let i = 0; i < p.components; i++) add(`components/c${i}.tsx`, componentFile(i, rand, p), 'component');
  return files;
}

/** The kinds a linted file can have: handler files are the ones the rule's gate lets through. */
export const HANDLER_KINDS = new Set(['route', 'serverAction', 'pagesApi']);

/** bench/.generated/node_modules → tests/fixtures/project/node_modules (the libraries' declaration files). */
function linkFixtureLibraries() {
  const link = path.join(GENERATED_ROOT, 'node_modules');
  fs.mkdirSync(GENERATED_ROOT, { recursive: true });
  if (fs.existsSync(link)) return;
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.relative(GENERATED_ROOT, path.join(here, '..', 'tests', 'fixtures', 'project', 'node_modules')), link, 'dir');
}

/**
 * The "light" corpus profile: the same code, but the libraries are small declaration files written
 * into the project's own node_modules (as in an app whose libraries ship lean types), instead of
 * the real packages. TypeScript resolves the nearest node_modules first, so the real ones stay out.
 */
const LIGHT_LIBRARIES = {
  '@types/node/index.d.ts': `declare var process: { env: Record<string, string | undefined> };\n`,
  'next/index.d.ts': `export interface NextApiRequest { body: any; query: Record<string, string | string[] | undefined>; method?: string; headers: Record<string, string | string[] | undefined> }
export interface NextApiResponse<T = any> { status(code: number): NextApiResponse<T>; json(body: T): void; end(): void; setHeader(name: string, value: string): void }
`,
  'next/server.d.ts': `export declare class NextRequest extends Request { readonly nextUrl: URL }
export declare class NextResponse<Body = unknown> extends Response {
  static json<Body>(body: Body, init?: ResponseInit): NextResponse<Body>;
  static redirect(url: string | URL, status?: number): NextResponse;
}
export declare function after(task: Promise<unknown> | (() => unknown)): void;
`,
  'next/cache.d.ts': `export declare function revalidatePath(path: string, type?: 'page' | 'layout'): void;\n`,
  'react/index.d.ts': `export declare function useState<S>(initial: S | (() => S)): [S, (value: S | ((previous: S) => S)) => void];
declare global { namespace JSX { interface Element {} interface IntrinsicElements { [name: string]: any } } }
`,
  'drizzle-orm/index.d.ts': `export interface SQL { readonly queryChunks: unknown[] }
export declare function eq(left: unknown, right: unknown): SQL;
export declare function sql(strings: TemplateStringsArray, ...values: unknown[]): SQL;
`,
  'drizzle-orm/pg-core.d.ts': `export interface Column { readonly name: string }
export interface ColumnBuilder extends Column {
  primaryKey(): ColumnBuilder; notNull(): ColumnBuilder; default(value: unknown): ColumnBuilder;
  defaultNow(): ColumnBuilder; defaultRandom(): ColumnBuilder; references(ref: () => Column): ColumnBuilder;
}
type Builder = (name: string) => ColumnBuilder;
export declare const text: Builder, boolean: Builder, integer: Builder, jsonb: Builder, timestamp: Builder, uuid: Builder;
export type PgTable<T> = { [K in keyof T]: Column } & { readonly tableName: string };
export declare function pgTable<T extends Record<string, ColumnBuilder>>(name: string, columns: T, extra?: (table: { [K in keyof T]: Column }) => unknown[]): PgTable<T>;
export declare function primaryKey(config: { columns: Column[] }): unknown;
`,
  'drizzle-orm/node-postgres.d.ts': `export interface Query extends Promise<any[]> {
  from(table: unknown): Query; where(condition: unknown): Query; limit(count: number): Query;
  values(values: unknown): Query; set(values: unknown): Query; returning(): Query;
}
export interface NodePgDatabase {
  select(fields?: Record<string, unknown>): Query; insert(table: unknown): Query; update(table: unknown): Query;
  delete(table: unknown): Query; transaction<T>(run: (tx: NodePgDatabase) => Promise<T>): Promise<T>;
}
export declare function drizzle(url: string, config?: { schema?: unknown }): NodePgDatabase;
`,
  'resend/index.d.ts': `export interface CreateEmailOptions { from: string; to: string | string[]; subject: string; html?: string; text?: string }
export declare class Emails { send(payload: CreateEmailOptions): Promise<{ data: { id: string } | null; error: { message: string } | null }> }
export declare class Resend {
  constructor(key?: string);
  readonly emails: Emails;
}
`,
  'bullmq/index.d.ts': `export interface Job<T = any> { id?: string; name: string; data: T }
export declare class Queue<T = any> { constructor(name: string, options?: { connection: unknown }); add(name: string, data: T, options?: { delay?: number; removeOnComplete?: boolean }): Promise<Job<T>> }
export declare class Worker<T = any> { constructor(name: string, processor: (job: Job<T>) => Promise<unknown>, options?: { connection: unknown }) }
`,
  'inngest/index.d.ts': `export interface InngestFunction { readonly id: string }
export interface Step { run<T>(id: string, fn: () => Promise<T> | T): Promise<T> }
export declare class Inngest {
  constructor(options: { id: string });
  send(event: { name: string; data?: Record<string, unknown> } | { name: string; data?: Record<string, unknown> }[]): Promise<{ ids: string[] }>;
  createFunction(config: { id: string; triggers: ({ event: string } | { cron: string })[] }, handler: (context: { event: { name: string; data: any }; step: Step }) => unknown): InngestFunction;
}
`,
  'inngest/next.d.ts': `type Handler = (request: Request) => Promise<Response>;
export declare function serve(options: { client: unknown; functions: unknown[] }): { GET: Handler; POST: Handler; PUT: Handler };
`,
};

function writeLightLibraries(dir) {
  for (const [file, text] of Object.entries(LIGHT_LIBRARIES)) {
    const full = path.join(dir, 'node_modules', file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    const pkgJson = path.join(dir, 'node_modules', ...file.split('/').slice(0, file.startsWith('@') ? 2 : 1), 'package.json');
    if (!fs.existsSync(pkgJson)) fs.writeFileSync(pkgJson, JSON.stringify({ name: path.basename(path.dirname(pkgJson)), version: '0.0.0', types: 'index.d.ts' }));
  }
}

/**
 * Writes (or reuses) the project of size `n`; returns its directory and a file → kind map.
 * `profile: 'light'` gives the libraries small declaration files (bench/.generated/light-nN).
 */
export function generateProject(n, { force = false, profile = 'full' } = {}) {
  linkFixtureLibraries();
  const dir = path.join(GENERATED_ROOT, profile === 'light' ? `light-n${n}` : `n${n}`);
  const marker = path.join(dir, '.bench-generated.json');
  const files = projectFiles(n);
  const kinds = Object.fromEntries([...files].map(([file, { kind }]) => [file, kind]));
  if (!force && fs.existsSync(marker)) {
    const meta = JSON.parse(fs.readFileSync(marker, 'utf8'));
    if (meta.version === GENERATOR_VERSION && meta.files === files.size && (meta.profile ?? 'full') === profile) {
      if (profile === 'light') writeLightLibraries(dir);
      return { dir, kinds, plan: plan(n), files: files.size };
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, { text }] of files) {
    const full = path.join(dir, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  if (profile === 'light') writeLightLibraries(dir);
  fs.writeFileSync(marker, JSON.stringify({ version: GENERATOR_VERSION, n, profile, files: files.size, kinds }));
  return { dir, kinds, plan: plan(n), files: files.size };
}

// `node bench/generate.mjs 100 1000 [--light]`: generate without benchmarking (to inspect or type-check).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const profile = process.argv.includes('--light') ? 'light' : 'full';
  for (const n of process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number)) {
    const { dir, files } = generateProject(n, { force: true, profile });
    console.log(`${dir}: ${files} files`);
  }
}
