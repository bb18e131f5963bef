import { statSync } from 'node:fs';
import path from 'node:path';

import type { FileAuditFacts } from '../analysis/index.js';
import { buildAuditReport, collectAuditFacts, collectProjectFileFacts, findApps } from '../analysis/index.js';
import { resolveOptions } from '../options.js';
import type { AuditFormat } from './audit-format.js';
import { AUDIT_FORMATS, formatJson, formatMarkdown, formatText } from './audit-format.js';
import type { Command } from './io.js';
import { EXIT_FAIL, EXIT_OK, UsageError } from './io.js';
import { lintProject } from './project-lint.js';

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
  const lint = await lintProject<FileAuditFacts>({
    cwd: root,
    collect: (context, options) => {
      // A bug on one odd file should not hide the rest of the audit: it is named, and the file left out.
      try {
        return collectAuditFacts(context, resolveOptions(options));
      } catch (error) {
        unanalysed.push(`async-notifications audit: could not analyse ${relative(context.filename)}: ${(error as Error).message}\n`);
        return undefined;
      }
    },
  });
  for (const result of lint.results) {
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) io.stderr(`async-notifications audit: skipped ${relative(result.filePath)}: ${fatal.message}\n`);
  }
  for (const line of unanalysed) io.stderr(line);
  const report = buildAuditReport(root, findApps(root), [...lint.collected.values()], collectProjectFileFacts(root));
  const shown = dir.replace(/\\/g, '/');
  io.stdout(format === 'json' ? formatJson(report, shown) : format === 'md' ? formatMarkdown(report, shown) : formatText(report, shown));
  return report.verdict === 'fail' ? EXIT_FAIL : EXIT_OK;
};
