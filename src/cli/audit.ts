import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import type { FileAuditFacts } from '../analysis/index.js';
import { buildAuditReport, collectAuditFacts, collectProjectFileFacts, findApps } from '../analysis/index.js';
import { resolveOptions } from '../options.js';
import type { AuditFormat } from './audit-format.js';
import { AUDIT_FORMATS, formatJson, formatMarkdown, formatText } from './audit-format.js';
import type { Command } from './io.js';
import { EXIT_FAIL, EXIT_OK, UsageError } from './io.js';
import type { Collect } from './project-lint.js';
import { lintProject } from './project-lint.js';

/** The flat-config file names ESLint looks for. */
const CONFIG_FILES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

export const AUDIT_USAGE = `Usage: async-notifications audit [dir] [--format text|json|md]

Answers the audit "are notifications decoupled from user actions?" for the project in dir
(default: the current directory), with the project's own ESLint config and the plugin's analysis.

Options:
  --format <text|json|md>  output format (default: text)
  -h, --help               show this help

Exit codes: 0 pass or n/a, 1 fail, 2 usage or configuration error.
`;

interface AuditArgs {
  dir: string;
  format: AuditFormat;
  help: boolean;
}

function parseFormat(value: string | undefined): AuditFormat {
  if (value === undefined || value === '') throw new UsageError(`--format needs a value: ${AUDIT_FORMATS.join(', ')}`);
  if (!(AUDIT_FORMATS as readonly string[]).includes(value)) throw new UsageError(`unknown format "${value}" (--format takes ${AUDIT_FORMATS.join(', ')})`);
  return value as AuditFormat;
}

/** Parses `[dir] [--format x | --format=x] [--help]`. */
export function parseAuditArgs(args: readonly string[]): AuditArgs {
  let dir: string | undefined;
  let format: AuditFormat = 'text';
  let help = false;
  const queue = [...args];
  for (let arg = queue.shift(); arg !== undefined; arg = queue.shift()) {
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--format') format = parseFormat(queue.shift());
    else if (arg.startsWith('--format=')) format = parseFormat(arg.slice('--format='.length));
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}" (see "async-notifications audit --help")`);
    else if (dir !== undefined) throw new UsageError(`one directory at a time (got "${dir}" and "${arg}")`);
    else dir = arg;
  }
  return { dir: dir ?? '.', format, help };
}

/** `async-notifications audit [dir]`: lints the project, gathers the audit's facts per file, prints the verdict. */
export const audit: Command = async (args, io) => {
  const { dir, format, help } = parseAuditArgs(args);
  if (help) {
    io.stdout(AUDIT_USAGE);
    return EXIT_OK;
  }
  const root = path.resolve(io.cwd, dir);
  let isDirectory = false;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    throw new UsageError(`no such directory: ${dir}`);
  }
  if (!isDirectory) throw new UsageError(`not a directory: ${dir}`);

  const relative = (file: string): string => path.relative(root, file).replace(/\\/g, '/');
  const unanalysed: string[] = [];
  const collect: Collect<FileAuditFacts> = (context, options) => {
    // A bug on one odd file should not hide the rest of the audit: it is named, and the file left out.
    try {
      return collectAuditFacts(context, resolveOptions(options));
    } catch (error) {
      unanalysed.push(`async-notifications audit: could not analyse ${relative(context.filename)}: ${(error as Error).message}\n`);
      return undefined;
    }
  };
  const apps = findApps(root);
  const rootLint = await lintProject({ cwd: root, collect });
  let facts = [...rootLint.collected.values()];
  let results = rootLint.results;
  if (rootLint.configFile === undefined) {
    // No config above the apps: `eslint .` would use each app's own config, so each app that has
    // one is linted from its folder with it (typed when it is), in place of the recommended config.
    for (const app of apps.filter((a) => a !== '.' && CONFIG_FILES.some((name) => existsSync(path.join(root, a, name))))) {
      const appLint = await lintProject({ cwd: path.join(root, app), collect });
      const prefix = `${path.join(root, app)}${path.sep}`;
      facts = [...facts.filter((f) => !f.file.startsWith(prefix)), ...appLint.collected.values()];
      results = [...results.filter((r) => !r.filePath.startsWith(prefix)), ...appLint.results];
    }
  }
  const skipped = new Map<string, string>();
  for (const result of results) {
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) skipped.set(result.filePath, fatal.message);
  }
  for (const [file, message] of skipped) io.stderr(`async-notifications audit: skipped ${relative(file)}: ${message}\n`);
  for (const line of new Set(unanalysed)) io.stderr(line);
  const report = buildAuditReport(root, apps, facts, collectProjectFileFacts(root));
  const shown = dir.replace(/\\/g, '/');
  io.stdout(format === 'json' ? formatJson(report, shown) : format === 'md' ? formatMarkdown(report, shown) : formatText(report, shown));
  return report.verdict === 'fail' ? EXIT_FAIL : EXIT_OK;
};
