import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { mayMatterByName, mightMatterWithoutTypes } from '../../src/analysis/call-relevance.js';
import type { CallSummary } from '../../src/analysis/model.js';
import { lint, ruleReports } from '../robustness/lint.js';
import { fixtureRoot } from '../rule-tester.js';
import { summarizeProbe } from './probe-summaries.js';

// Without types, the linted file's summaries leave out the calls that no classifier can recognise
// and nothing can follow (call-relevance.ts). What they keep, and proof that leaving the others out
// changes no report: the same lint with a `queueFunctions` entry that names nothing summarises every
// call, and must report the same, suggestions included.

const rows = (calls: CallSummary[]): { text: string; usage: CallSummary['usage']; enclosing?: string }[] =>
  calls.map((c) => ({ text: c.text, usage: c.usage, ...(c.enclosing ? { enclosing: c.enclosing.text } : {}) }));

function kept(code: string): ReturnType<typeof rows> {
  return rows(summarizeProbe(code, mightMatterWithoutTypes).calls);
}

describe('calls kept without types', () => {
  it('leaves out calls whose names no classifier knows and that run nothing of the file', () => {
    const code = [
      "import { NextResponse } from 'next/server';",
      "import { getSession } from '@/lib/auth';",
      'export async function probe(request: Request) {',
      '  const session = await getSession(request);',
      "  if (!session) throw new Error('unauthorized');",
      "  const id = String(new URL(request.url).searchParams.get('id'));",
      '  return NextResponse.json({ id }, { status: 200 });',
      '}',
    ].join('\n');
    expect(kept(code)).toEqual([]);
  });

  it('keeps catalogue clients, record writes, HTTP senders, hand-offs and helpers named for the work', () => {
    const code = [
      "import { after } from 'next/server';",
      'export async function probe() {',
      '  await resend.emails.send({});',
      '  await db.insert(notifications).values({});',
      "  await fetch('https://hooks.slack.com/services/x', { method: 'POST' });",
      '  after(() => log());',
      '  await notifyFollowers(1);',
      '  await prisma.$transaction(async (tx) => tx.like.count());',
      '}',
    ].join('\n');
    expect(kept(code).map((row) => row.text)).toEqual([
      'resend.emails.send',
      'db.insert().values',
      'fetch',
      'after',
      'notifyFollowers',
      'prisma.$transaction',
    ]);
  });

  it('keeps a raw insert into notifications by its SQL, whatever the function', () => {
    const code = [
      'export async function probe() {',
      "  await pool.query('INSERT INTO notifications (user_id) VALUES ($1)', [1]);",
      "  await pool.query('SELECT 1');",
      '  await sql`INSERT INTO likes VALUES (1)`;',
      '}',
    ].join('\n');
    // A tagged template is kept whatever it says: the classifier reads its text.
    expect(kept(code).map((row) => row.text)).toEqual(['pool.query', 'sql``']);
  });

  it('keeps calls of the functions and class methods of the file, and renamed imports of known names', () => {
    const code = [
      "import { send as deliver } from 'mailer';",
      "import { format as fmt } from 'date-fns';",
      'class Mailer { greet() {} }',
      'const mailer = new Mailer();',
      'function helper() {}',
      'export async function probe() {',
      '  helper();',
      '  mailer.greet();',
      '  deliver();',
      '  fmt(new Date());',
      '  this.flush();',
      '}',
    ].join('\n');
    expect(kept(code).map((row) => row.text)).toEqual(['helper', 'mailer.greet', 'deliver', 'this.flush']);
  });

  it('still summarises a call that a kept call flows into, with its own use', () => {
    const code = [
      'export async function probe() {',
      '  await Promise.all([resend.emails.send({}), getSession()]);',
      '  const results = items.map(async (item) => { await notifyOwner(item); });',
      '  void results;',
      '}',
    ].join('\n');
    expect(kept(code)).toEqual([
      { text: 'Promise.all', usage: 'awaited' },
      { text: 'resend.emails.send', usage: 'viaEnclosing', enclosing: 'Promise.all' },
      // `void results`: the array of promises is dropped.
      { text: 'items.map', usage: 'floating' },
      { text: 'notifyOwner', usage: 'viaEnclosing', enclosing: 'items.map' },
    ]);
  });

  it('judges names by the catalogue: its clients, methods and helper patterns', () => {
    for (const name of ['send', 'emails', 'waitUntil', 'after', 'insert', 'transaction', 'constructEvent', 'verifyWebhookSignature', 'enqueueDigest', 'sendWelcomeEmail']) {
      expect(mayMatterByName(name), name).toBe(true);
    }
    for (const name of ['json', 'getSession', 'NextResponse', 'Error', 'String', 'revalidatePath', 'map']) {
      expect(mayMatterByName(name), name).toBe(false);
    }
  });
});

const here = path.dirname(fileURLToPath(import.meta.url));
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;

/** The source files of a fixture directory, relative to the fixture project (the lint's root). */
function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  const visit = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  visit(dir);
  return files.sort();
}

// Every fixture app of the repository, each function of each file taken for a handler too (the
// sweep's rule): far more calls than the handlers alone make.
const FIXTURE_DIRS = [fixtureRoot, path.join(here, '..', 'fixtures', 'audit'), path.join(here, '..', '..', 'examples', 'next-app')];
const EVERY_FILE = FIXTURE_DIRS.flatMap(sourceFiles);
const NAMES_NOTHING = { queueFunctions: ['noSuchQueue.neverCalled'] };

describe('leaving calls out changes no report', () => {
  it('finds the fixture apps', () => {
    expect(EVERY_FILE.length).toBeGreaterThan(50);
  });

  for (const everyFunction of [false, true]) {
    it(everyFunction ? 'every function taken for a handler' : 'the handlers', () => {
      let reports = 0;
      for (const file of EVERY_FILE) {
        const code = fs.readFileSync(file, 'utf8');
        const filename = path.relative(fixtureRoot, file);
        const summarise = (messages: ReturnType<typeof ruleReports>): unknown[] =>
          messages.map((m) => [m.line, m.column, m.messageId, m.message, (m.suggestions ?? []).map((s) => [s.messageId, s.desc, s.fix])]);
        const withLeftOut = summarise(ruleReports(lint(code, filename, { everyFunction })));
        const withEveryCall = summarise(ruleReports(lint(code, filename, { everyFunction, options: NAMES_NOTHING })));
        expect(withLeftOut, filename).toEqual(withEveryCall);
        reports += withLeftOut.length;
      }
      // Not vacuous: the fixtures have findings.
      expect(reports).toBeGreaterThanOrEqual(everyFunction ? 40 : 10);
    });
  }
});
