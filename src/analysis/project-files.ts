import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { NOTIFICATION_NAME } from './notification-work.js';

/**
 * What the audit reads outside JavaScript: Prisma schemas and SQL migrations (ESLint never sees
 * them), and the apps of a monorepo. This is the one home of SQL and Prisma-schema recognition.
 */

/** A notification model or table declared in a schema or a migration. */
export interface SchemaModelFact {
  kind: 'Prisma model' | 'SQL table';
  name: string;
  file: string;
  line: number;
}

/** A database trigger that creates notifications. */
export interface TriggerFact {
  /** The trigger's name. */
  name: string;
  /** The table it is attached to. */
  table: string;
  /** The trigger function it executes (PostgreSQL), when it names one. */
  function?: string;
  /** Why it counts: it fires on a notifications table, or its body inserts into one. */
  reason: 'on a notifications table' | 'inserts into a notifications table';
  file: string;
  line: number;
}

/** What the audit found in the files ESLint does not lint. */
export interface ProjectFileFacts {
  models: SchemaModelFact[];
  triggers: TriggerFact[];
}

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', '.next', '.git', '.turbo', '.vercel']);

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** `model Notification {` blocks of a Prisma schema whose name is notification-like. */
export function findPrismaModels(text: string, file: string): SchemaModelFact[] {
  const found: SchemaModelFact[] = [];
  for (const match of text.matchAll(/^[ \t]*model[ \t]+(\w+)[ \t]*\{/gm)) {
    const name = match[1] ?? '';
    // `@@map("notifications")` names the table; the model's own name is what the code uses.
    if (NOTIFICATION_NAME.test(name)) found.push({ kind: 'Prisma model', name, file, line: lineAt(text, match.index) });
  }
  return found;
}

/** An identifier of SQL, possibly quoted and schema-qualified: `"public"."notifications"` → notifications. */
const SQL_NAME = String.raw`(?:[\`"\[]?\w+[\`"\]]?\.)?[\`"\[]?(\w+)[\`"\]]?`;
const CREATE_TABLE = new RegExp(String.raw`\bcreate\s+(?:(?:global\s+|local\s+)?(?:temp|temporary)\s+|unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?${SQL_NAME}`, 'gi');
const CREATE_TRIGGER = new RegExp(
  String.raw`\bcreate\s+(?:or\s+replace\s+)?(?:constraint\s+)?trigger\s+(?:if\s+not\s+exists\s+)?${SQL_NAME}[\s\S]*?\bon\s+${SQL_NAME}`,
  'gi',
);
const CREATE_FUNCTION = new RegExp(String.raw`\bcreate\s+(?:or\s+replace\s+)?function\s+${SQL_NAME}\s*\(`, 'gi');
const EXECUTES = new RegExp(String.raw`\bexecute\s+(?:function|procedure)\s+${SQL_NAME}`, 'i');
const INSERTS_NOTIFICATION = new RegExp(String.raw`\binsert\s+into\s+${SQL_NAME}`, 'gi');

/** Whether a piece of SQL inserts into a notifications table. */
function insertsIntoNotifications(sql: string): boolean {
  for (const match of sql.matchAll(INSERTS_NOTIFICATION)) if (NOTIFICATION_NAME.test(match[1] ?? '')) return true;
  return false;
}

/** The statement (or function body) that starts at `start`: up to the next `CREATE` at the start of a line. */
function statementAt(text: string, start: number): string {
  const rest = text.slice(start + 1);
  const next = rest.search(/^\s*create\s/im);
  return next === -1 ? text.slice(start) : text.slice(start, start + 1 + next);
}

/**
 * Notification tables and the triggers that create notifications, in SQL: `CREATE TRIGGER ... ON
 * notifications`, or a trigger whose body (MySQL) or function (PostgreSQL `EXECUTE FUNCTION f()`,
 * defined in the same SQL) inserts into a notifications table.
 */
export function findSqlFacts(text: string, file: string, functionsElsewhere: ReadonlyMap<string, boolean> = new Map()): ProjectFileFacts {
  const models: SchemaModelFact[] = [];
  const triggers: TriggerFact[] = [];
  for (const match of text.matchAll(CREATE_TABLE)) {
    const name = match[1] ?? '';
    if (NOTIFICATION_NAME.test(name)) models.push({ kind: 'SQL table', name, file, line: lineAt(text, match.index) });
  }
  const notifyingFunctions = new Map(functionsElsewhere);
  for (const [name, inserts] of findTriggerFunctions(text)) notifyingFunctions.set(name, inserts);
  for (const match of text.matchAll(CREATE_TRIGGER)) {
    const [, name, table] = match as unknown as [string, string, string];
    const statement = statementAt(text, match.index);
    const executes = EXECUTES.exec(statement)?.[1];
    const base = { name, table, file, line: lineAt(text, match.index), ...(executes ? { function: executes } : {}) };
    if (NOTIFICATION_NAME.test(table)) triggers.push({ ...base, reason: 'on a notifications table' });
    else if (executes ? notifyingFunctions.get(executes.toLowerCase()) === true : insertsIntoNotifications(statement)) {
      triggers.push({ ...base, reason: 'inserts into a notifications table' });
    }
  }
  return { models, triggers };
}

/** The functions a piece of SQL defines (lower-cased names), and whether each inserts into a notifications table. */
export function findTriggerFunctions(text: string): Map<string, boolean> {
  const functions = new Map<string, boolean>();
  for (const match of text.matchAll(CREATE_FUNCTION)) {
    functions.set((match[1] ?? '').toLowerCase(), insertsIntoNotifications(statementAt(text, match.index)));
  }
  return functions;
}

/** Whether a file is one the audit reads: a Prisma schema, or SQL under a `migrations` folder (Prisma, Supabase, Drizzle, Knex...). */
function isSchemaFile(relative: string): 'prisma' | 'sql' | undefined {
  const segments = relative.split('/');
  const base = segments.at(-1) ?? '';
  if (base.endsWith('.prisma')) return 'prisma';
  if (base.endsWith('.sql') && segments.slice(0, -1).some((s) => s === 'migrations' || s === 'supabase')) return 'sql';
  return undefined;
}

/** The files under `root` that match, relative to it with `/` separators, skipping dependencies, build output and hidden folders. */
function walk(root: string, accept: (relative: string) => boolean): string[] {
  const found: string[] = [];
  const visit = (dir: string, relative: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) visit(path.join(dir, entry.name), rel);
      } else if (entry.isFile() && accept(rel)) {
        found.push(rel);
      }
    }
  };
  visit(root, '');
  return found;
}

/** Reads the Prisma schemas and SQL migrations under `root`: notification models, tables and triggers (file names relative to `root`). */
export function collectProjectFileFacts(root: string): ProjectFileFacts {
  const facts: ProjectFileFacts = { models: [], triggers: [] };
  const files = walk(root, (rel) => isSchemaFile(rel) !== undefined);
  const texts = new Map(files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
  // A trigger function is often defined in one migration and attached in a later one.
  const functions = new Map<string, boolean>();
  for (const [file, text] of texts) if (isSchemaFile(file) === 'sql') for (const [name, inserts] of findTriggerFunctions(text)) functions.set(name, inserts);
  for (const [file, text] of texts) {
    if (isSchemaFile(file) === 'prisma') {
      facts.models.push(...findPrismaModels(text, file));
    } else {
      const sql = findSqlFacts(text, file, functions);
      facts.models.push(...sql.models);
      facts.triggers.push(...sql.triggers);
    }
  }
  return facts;
}

/** A monorepo's apps under `root` (relative, `/` separated): folders whose package.json depends on `next`, or `apps/*` with an `app/` or `pages/` folder. */
export function findApps(root: string): string[] {
  const apps = new Set<string>();
  for (const manifest of walk(root, (rel) => rel.split('/').at(-1) === 'package.json')) {
    try {
      const json = JSON.parse(readFileSync(path.join(root, manifest), 'utf8')) as Record<string, Record<string, unknown> | undefined>;
      if (json.dependencies?.next !== undefined || json.devDependencies?.next !== undefined) apps.add(path.posix.dirname(manifest));
    } catch {
      // An unreadable package.json says nothing about apps.
    }
  }
  let children: string[] = [];
  try {
    children = readdirSync(path.join(root, 'apps'));
  } catch {
    // No apps folder.
  }
  for (const child of children) {
    const dir = path.join(root, 'apps', child);
    if (['app', 'pages', 'src/app', 'src/pages'].some((sub) => isDirectory(path.join(dir, sub)))) apps.add(`apps/${child}`);
  }
  return [...apps].sort();
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
