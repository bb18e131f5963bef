// Shared by the client tests: where things are, temporary copies of the example app, running the
// real programs, and the findings that every client must show for the example app.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const exampleApp = path.join(root, 'examples', 'next-app');
export const ruleId = 'async-notifications/no-sync-notification-in-handler';

/** The file that a package's `bin` entry names, in the project's node_modules (devDependencies sit at its top). */
export function binOf(pkg: string, bin: string = pkg): string {
  const manifestPath = path.join(root, 'node_modules', pkg, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin];
  if (relative === undefined) throw new Error(`${pkg} has no bin ${bin}`);
  return path.join(path.dirname(manifestPath), relative);
}

/**
 * A fresh directory under the repository (so that Node resolves packages from its node_modules
 * and the plugin by package self-reference). Pattern: `.tmp-clients-*`.
 */
export function makeTempDir(): string {
  return mkdtempSync(path.join(root, '.tmp-clients-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Copies the example app into `dest` (which must not exist yet) and returns `dest`. */
export function copyExampleApp(dest: string): string {
  cpSync(exampleApp, dest, { recursive: true });
  return dest;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}

/**
 * The environment for a child, as in a user's terminal: no colours, no NODE_ENV=test or VITEST*
 * from the test runner (lint-staged prints JSON events under NODE_ENV=test), no GIT_* variables leaking from
 * a surrounding hook, no npm_* variables or node_modules/.bin on PATH from `npm run` (they would
 * point npx and lint-staged at this repository instead of the project under test).
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(GIT_|npm_|VITEST)/i.test(key) && !['FORCE_COLOR', 'NODE_ENV', 'TEST'].includes(key)) env[key] = value;
  }
  // `npm run` also puts node_modules/.bin directories on PATH; a terminal does not.
  const PATH = (env.PATH ?? '').split(path.delimiter).filter((dir) => !dir.includes(`node_modules${path.sep}.bin`)).join(path.delimiter);
  // NO_COLOR, not FORCE_COLOR=0: colorette (lint-staged's listr2) reads any FORCE_COLOR as "force".
  return { ...env, PATH, NO_COLOR: '1', ...extra };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to completion and returns its exit code and output; never rejects on a non-zero exit. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = { cwd: root },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} timed out\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 240_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs an ESLint CLI (`node <bin> ...args`) in `cwd`. */
export function runEslint(pkg: string, args: string[], cwd: string): Promise<RunResult> {
  return run(process.execPath, [binOf(pkg, 'eslint'), ...args], { cwd });
}

/** One reported problem, as every client must show it (1-based line and column, like the CLI). */
export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId: 'syncNotification' | 'floatingNotification';
  /** Text the message must contain: the chain from the handler to the work. */
  chain: string;
  /** The messageIds of the suggestions offered, in order. */
  suggestions: string[];
}

/** What `npm run demo` shows for the example app with types (file paths relative to the app, `/`-separated). */
export const expectedFindings: Finding[] = [
  {
    file: 'app/actions.ts',
    line: 10,
    column: 9,
    endLine: 10,
    endColumn: 49,
    messageId: 'syncNotification',
    chain: 'commentOnPost -> recordActivity -> db.notification.create',
    suggestions: ['useInngestSend', 'useAfter'],
  },
  {
    file: 'app/api/posts/[id]/like/route.ts',
    line: 9,
    column: 9,
    endLine: 9,
    endColumn: 73,
    messageId: 'syncNotification',
    chain: 'POST -> db.notification.create',
    suggestions: ['useInngestSend', 'useOneInngestEvent', 'useAfter'],
  },
  {
    file: 'app/api/posts/[id]/like/route.ts',
    line: 10,
    column: 9,
    endLine: 10,
    endColumn: 147,
    messageId: 'syncNotification',
    chain: 'POST -> resend.emails.send',
    suggestions: ['useInngestSend', 'useOneInngestEvent', 'useAfter'],
  },
  {
    file: 'pages/api/follow.ts',
    line: 10,
    column: 3,
    endLine: 10,
    endColumn: 34,
    messageId: 'floatingNotification',
    chain: 'handler -> notifyFollowers -> resend.emails.send',
    // after() belongs to the App Router; a Pages Router route gets the queue only.
    suggestions: ['useInngestSend'],
  },
];

/** The first words of each message kind (the rest names the handler and the chain). */
export const messageStart = {
  syncNotification: 'waits for notification work before it responds',
  floatingNotification: 'starts notification work and neither awaits nor hands it off',
} as const;

export interface JsonMessage {
  ruleId: string | null;
  messageId?: string;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: number;
  fatal?: boolean;
  suggestions?: { messageId?: string; desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
}

/** `--format json` output, reduced to the rule's messages with paths relative to `cwd`. */
export function findingsFromJson(stdout: string, cwd: string): (JsonMessage & { file: string })[] {
  const results = JSON.parse(stdout) as JsonResult[];
  return results
    .flatMap((result) => result.messages.map((m) => ({ ...m, file: toPosix(path.relative(cwd, result.filePath)) })))
    .sort(byPosition);
}

/** A line of the default (stylish) formatter: `  10:9  error  <message>  <ruleId>` under a file header. */
export interface StylishLine {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  ruleId: string;
}

export function findingsFromStylish(stdout: string, cwd: string): StylishLine[] {
  const lines: StylishLine[] = [];
  let file = '';
  for (const text of stdout.split('\n')) {
    const problem = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)\s{2,}(\S+)$/.exec(text);
    if (problem) {
      lines.push({
        file,
        line: Number(problem[1]),
        column: Number(problem[2]),
        severity: problem[3]!,
        message: problem[4]!,
        ruleId: problem[5]!,
      });
    } else if (text.startsWith('/')) {
      file = toPosix(path.relative(cwd, text.trim()));
    }
  }
  return lines.sort(byPosition);
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function byPosition(a: { file: string; line: number; column: number }, b: { file: string; line: number; column: number }): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/**
 * The example app's three problem files, rewritten to hand the work off, and the function that hears
 * the like route's new event (no-orphan-event): the app that lints clean.
 */
export const cleanSources: Record<string, string> = {
  'inngest/likes.ts': `import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export const notifyPostLiked = inngest.createFunction(
  { id: 'notify-post-liked', triggers: [{ event: 'notification/post.liked' }] },
  async ({ event, step }) => {
    const { userId } = event.data as { postId: string; userId: string };
    await step.run('insert-notification', () => db.notification.create({ data: { userId, type: 'post.liked' } }));
  },
);
`,
  'app/actions.ts': `'use server';

import { after } from 'next/server';

import { recordActivity } from '@/lib/activity';
import { db } from '@/lib/db';
import { sendWelcomeEmail } from '@/lib/welcome';

export async function commentOnPost(postId: string, userId: string, body: string) {
  await db.comment.create({ data: { postId, userId, body } });
  after(() => recordActivity(userId, 'post.commented'));
}

export async function signUp(userId: string) {
  await sendWelcomeEmail(userId);
}
`,
  'app/api/posts/[id]/like/route.ts': `import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { userId } = (await request.json()) as { userId: string };
  await db.like.create({ data: { postId: id, userId } });
  await inngest.send({ name: 'notification/post.liked', data: { postId: id, userId } });
  return Response.json({ ok: true });
}
`,
  'pages/api/follow.ts': `import type { NextApiRequest, NextApiResponse } from 'next';

import { db } from '@/lib/db';
import { inngest } from '@/lib/inngest';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { followerId, followeeId } = req.body as { followerId: string; followeeId: string };
  await db.follow.create({ data: { followerId, followeeId } });
  await inngest.send({ name: 'notification/user.followed', data: { followerId, followeeId } });
  res.status(200).json({ ok: true });
}
`,
};
