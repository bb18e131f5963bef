import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Command, CommandIo } from './io.js';
import { EXIT_FAIL, EXIT_OK, UsageError } from './io.js';
import { unifiedDiff } from './migrate-diff.js';
import {
  buildFunctionsModule,
  buildServeRoute,
  createModuleResolver,
  declaredNames,
  functionNameOf,
  installedInngestMajor,
  MigrateConflict,
  registerInServeRoute,
} from './migrate-output.js';
import type { NamedEvent } from './migrate-output.js';
import { collectMigration } from './migrate-plan.js';
import type { FileMigration } from './migrate-plan.js';
import { lintProject } from './project-lint.js';

export const MIGRATE_USAGE = `Usage: async-notifications migrate [paths...] [--write] [--functions <path>]

Moves the notification work that no-sync-notification-in-handler reports out of the handlers:
each handler sends one Inngest event, and one Inngest function per event does the work, each
piece in its own step.run. The functions are registered in the route that serves Inngest.

  paths               files or directories to migrate (default: .)
  --write             write the changes (default: print them as a unified diff)
  --functions <path>  the module that gets the Inngest functions (default: inngest/notifications.ts)
  -h, --help          show this help
`;

interface MigrateArgs {
  paths: string[];
  write: boolean;
  functions: string;
}

function parseArgs(args: string[]): MigrateArgs | 'help' {
  const parsed: MigrateArgs = { paths: [], write: false, functions: 'inngest/notifications.ts' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === undefined) break;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--write') parsed.write = true;
    else if (arg === '--functions' || arg.startsWith('--functions=')) {
      const value = arg === '--functions' ? args[++i] : arg.slice('--functions='.length);
      if (!value || value.startsWith('-')) throw new UsageError('--functions needs a path (for example --functions inngest/notifications.ts)');
      if (!/\.(?:ts|mts|js|mjs)$/.test(value)) throw new UsageError(`--functions ${value}: the functions module must be a .ts, .mts, .js or .mjs file`);
      parsed.functions = value;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}\n\n${MIGRATE_USAGE}`);
    } else parsed.paths.push(arg);
  }
  return parsed;
}

/** `async-notifications migrate [paths...] [--write] [--functions <path>]`. */
export const migrate: Command = async (args: string[], io: CommandIo): Promise<number> => {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout(MIGRATE_USAGE);
    return EXIT_OK;
  }
  const cwd = path.resolve(io.cwd);
  const lint = await lintProject<FileMigration>({
    cwd,
    patterns: parsed.paths.length > 0 ? parsed.paths : ['.'],
    collect: (context, ruleOptions) => collectMigration(context, ruleOptions),
  });
  const migrations = [...lint.collected.values()].sort((a, b) => compare(a.file, b.file));
  const relative = (file: string): string => path.relative(cwd, file).split(path.sep).join('/');
  const notMoved = migrations.flatMap((m) => m.notMoved);
  const moving = migrations.filter((m) => m.events.length > 0);
  let out = '';
  let changes: Map<string, { before: string | undefined; after: string }>;
  try {
    changes = moving.length === 0 ? new Map<string, { before: string | undefined; after: string }>() : planChanges(cwd, parsed.functions, migrations, moving);
  } catch (error) {
    if (error instanceof MigrateConflict) {
      io.stderr(`async-notifications migrate: ${error.message}. Nothing was written.\n`);
      return EXIT_FAIL;
    }
    throw error;
  }
  const files = [...changes.keys()].sort((a, b) => compare(relative(a), relative(b)));
  if (!parsed.write) {
    for (const file of files) {
      const change = changes.get(file);
      if (change) out += unifiedDiff(relative(file), change.before, change.after);
    }
  }

  const events = moving.flatMap((m) => m.events as NamedEvent[]);
  if (events.length === 0) {
    out += 'Nothing to move.\n';
  } else {
    const calls = events.reduce((n, e) => n + e.callees.length, 0);
    out += `${parsed.write ? 'Moved' : 'Would move'} ${calls} ${calls === 1 ? 'call' : 'calls'} into ${events.length} Inngest ${events.length === 1 ? 'event' : 'events'}:\n`;
    for (const event of events) out += `  ${event.name} (${relative(event.file)} ${event.handler}): ${event.callees.join(', ')} -> ${event.functionName}\n`;
  }
  if (notMoved.length > 0) {
    out += 'Not moved (left as they are):\n';
    for (const item of notMoved) out += `  ${relative(item.file)}:${item.line}:${item.column} ${item.callee}: ${item.reason}\n`;
  }
  if (parsed.write) {
    // Every file is computed before the first one is written.
    for (const file of files) {
      const change = changes.get(file);
      if (!change) continue;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, change.after);
    }
    if (files.length > 0) out += `Wrote ${files.map(relative).join(', ')}.\n`;
  } else if (files.length > 0) {
    out += 'Dry run: nothing was written. Run with --write to apply.\n';
  }
  io.stdout(out);
  return EXIT_OK;
};

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every file migrate writes, with its text before (undefined: a new file) and after. */
function planChanges(cwd: string, functionsOption: string, all: readonly FileMigration[], moving: readonly FileMigration[]): Map<string, { before: string | undefined; after: string }> {
  const changes = new Map<string, { before: string | undefined; after: string }>();
  const options = moving[0]?.options;
  if (!options) return changes;
  const inngestMajor = installedInngestMajor(cwd);
  if (inngestMajor === undefined) throw new UsageError(`inngest is not installed in ${cwd} (migrate writes Inngest functions for the installed version)`);
  const resolver = createModuleResolver(cwd);
  const functionsFile = path.resolve(cwd, functionsOption);
  const existingFunctions = existsSync(functionsFile) ? readFileSync(functionsFile, 'utf8') : undefined;

  // Event names stay unique in the project: a name already sent or consumed elsewhere gets -2, -3...
  const usedNames = new Set(all.flatMap((m) => m.eventNames));
  if (existingFunctions !== undefined) {
    for (const [, , name] of existingFunctions.matchAll(/event:\s*(['"`])([^'"`]+)\1/g)) if (name) usedNames.add(name);
  }
  const takenFunctions = existingFunctions === undefined ? new Set<string>() : declaredNames(functionsFile, existingFunctions);
  const named: NamedEvent[] = [];
  for (const migration of moving) {
    let after = migration.after;
    for (const event of migration.events as NamedEvent[]) {
      let name = event.derivedName;
      for (let i = 2; usedNames.has(name); i++) name = `${event.derivedName}-${i}`;
      usedNames.add(name);
      event.name = name;
      event.functionName = functionNameOf(name, options.eventPrefix, takenFunctions);
      after = after.split(event.placeholder).join(name);
      named.push(event);
    }
    changes.set(migration.file, { before: migration.before, after });
  }
  changes.set(functionsFile, {
    before: existingFunctions,
    after: buildFunctionsModule(functionsFile, existingFunctions, named, options, resolver, inngestMajor),
  });

  const names = named.map((e) => e.functionName);
  const serving = all.find((m) => m.servesInngest)?.file ?? findServeRouteOnDisk(cwd);
  if (serving) {
    const before = readFileSync(serving, 'utf8');
    changes.set(serving, { before, after: registerInServeRoute(serving, before, names, resolver.specifier(serving, functionsFile)) });
  } else {
    const routeFile = path.join(cwd, existsSync(path.join(cwd, 'src', 'app')) && !existsSync(path.join(cwd, 'app')) ? 'src/app' : 'app', 'api', 'inngest', 'route.ts');
    const before = existsSync(routeFile) ? readFileSync(routeFile, 'utf8') : undefined;
    if (changes.has(routeFile)) throw new MigrateConflict(`${routeFile} has notification work of its own; move it before serving Inngest there`);
    changes.set(routeFile, { before, after: buildServeRoute(routeFile, before, names, resolver.specifier(routeFile, functionsFile), options) });
  }
  return changes;
}

/** The serve route where a project usually has it, when the linted paths did not include it. */
function findServeRouteOnDisk(cwd: string): string | undefined {
  const candidates = ['app', 'src/app'].flatMap((dir) => ['ts', 'tsx', 'js', 'mjs'].map((ext) => path.join(cwd, dir, 'api', 'inngest', `route.${ext}`)));
  candidates.push(...['ts', 'js'].flatMap((ext) => [path.join(cwd, 'pages', 'api', `inngest.${ext}`), path.join(cwd, 'src', 'pages', 'api', `inngest.${ext}`)]));
  return candidates.find((file) => existsSync(file) && /from\s+['"]inngest\/next['"]/.test(readFileSync(file, 'utf8')));
}
