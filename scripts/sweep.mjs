#!/usr/bin/env node
// Crash sweep (issue #7): lint a large body of real code from node_modules with the built plugin,
// every function treated as a handler, with and without type information. Zero exceptions allowed.
//
//   node scripts/sweep.mjs [--limit N] [--mode typed|untyped|both] [--jobs N] [--batch N]
//                          [--include-dts] [--max-bytes N] [--show-reports N] [--verbose]
//
// What is linted: every .ts, .tsx, .mts, .cts, .js, .jsx, .mjs and .cjs file (declaration files
// only with --include-dts; files over --max-bytes, 1 MB by default, never) of the installed
// devDependencies, of every package that shares a scope with one (`@aws-sdk/*`, `@prisma/*`, ...)
// and of `@typescript-eslint/*`. Nested node_modules folders belong to other packages and are
// skipped; real paths are deduplicated. `--limit N` keeps N files in runs of 10 neighbours spread
// evenly over the sorted list (so over the packages, in proportion to their size), and a typed batch
// still holds files that import one another. The list is deterministic for a given node_modules.
//
// Untyped mode: @typescript-eslint/parser on syntax alone. Typed mode: files are grouped by package
// and cut into batches of --batch files; each batch becomes one `ts.Program` (allowJs, the batch as
// root files, imports resolved the usual way) handed to the parser through `parserOptions.programs`,
// so the rule gets a real checker. A probe rule counts the files that really had a program and how
// many of their callees the checker resolved to a declaration.
//
// A crash is any exception whose stack passes through the plugin's dist/ (or that ESLint tags with
// the rule's id). A file the parser rejects is a parse failure, counted apart. Every suggestion is
// applied and the result re-parsed: an unparsable suggestion counts as a crash too ("never break a
// file"). Exit code 1 on any crash.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = fs.realpathSync(path.join(root, 'dist'));
const RULE_ID = 'async-notifications/no-sync-notification-in-handler';
const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SAMPLE_RUN = 10;
const SHARED_SOURCE_FILES = 4000;
const DECLARATION_FILE = /\.d\.(ts|mts|cts)$|\.d\.[^/]*\.ts$/;

function parseArgs(argv) {
  const args = { limit: Infinity, mode: 'both', jobs: Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8)), batch: 150, includeDts: false, maxBytes: 1024 * 1024, verbose: false, showReports: 0 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--limit') args.limit = Number(value());
    else if (flag === '--mode') args.mode = value();
    else if (flag === '--jobs') args.jobs = Number(value());
    else if (flag === '--batch') args.batch = Number(value());
    else if (flag === '--max-bytes') args.maxBytes = Number(value());
    else if (flag === '--include-dts') args.includeDts = true;
    else if (flag === '--verbose') args.verbose = true;
    else if (flag === '--show-reports') args.showReports = Number(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 6).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown flag ${flag}`);
  }
  if (!['typed', 'untyped', 'both'].includes(args.mode)) throw new Error('--mode must be typed, untyped or both');
  if (!(args.limit > 0)) throw new Error('--limit must be a positive number');
  if (!(args.jobs >= 1) || !(args.batch >= 1)) throw new Error('--jobs and --batch must be at least 1');
  return args;
}

// ---------------------------------------------------------------------------------------------
// Main thread: collect files, shard them over workers, print the summary.

/**
 * The package folders to sweep: the devDependencies and the typed fixture's dependencies
 * (tests/fixtures/project, where the notification libraries live), their scopes, and
 * typescript-eslint's packages.
 */
function collectPackageRoots() {
  const roots = [];
  const seen = new Set();
  for (const projectDir of [root, path.join(root, 'tests', 'fixtures', 'project')]) {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
    const nodeModules = path.join(projectDir, 'node_modules');
    const names = new Set(Object.keys((projectDir === root ? pkg.devDependencies : pkg.dependencies) ?? {}));
    for (const name of [...names]) {
      if (!name.startsWith('@')) continue;
      const scope = name.split('/')[0];
      for (const entry of fs.readdirSync(path.join(nodeModules, scope), { withFileTypes: true })) names.add(`${scope}/${entry.name}`);
    }
    if (projectDir === root) for (const entry of fs.readdirSync(path.join(nodeModules, '@typescript-eslint'))) names.add(`@typescript-eslint/${entry}`);
    for (const name of [...names].sort()) {
      const dir = path.join(nodeModules, name);
      if (seen.has(name) || !fs.existsSync(path.join(dir, 'package.json'))) continue;
      seen.add(name);
      roots.push({ name, dir: fs.realpathSync(dir) });
    }
  }
  return roots.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function collectFiles(args) {
  const seen = new Set();
  const seenDirs = new Set();
  const files = [];
  let tooLarge = 0;
  let declarations = 0;
  for (const { name, dir } of collectPackageRoots()) {
    const stack = [dir];
    while (stack.length > 0) {
      const current = stack.pop();
      let entries;
      try {
        entries = fs.readdirSync(current, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const full = path.join(current, entry.name);
        if (entry.name === 'node_modules' || entry.name === '.git') continue;
        let stat;
        try {
          stat = fs.statSync(full);
        } catch {
          continue;
        }
        if (stat.isDirectory()) {
          // A symlinked folder is walked once, whatever links to it (and a link cycle ends).
          const realDir = fs.realpathSync(full);
          if (!seenDirs.has(realDir)) stack.push(full);
          seenDirs.add(realDir);
          continue;
        }
        if (!stat.isFile() || !SOURCE_EXTENSIONS.test(entry.name)) continue;
        if (DECLARATION_FILE.test(entry.name) && !args.includeDts) {
          declarations++;
          continue;
        }
        if (stat.size > args.maxBytes) {
          tooLarge++;
          continue;
        }
        const real = fs.realpathSync(full);
        if (seen.has(real)) continue;
        seen.add(real);
        files.push({ file: real, pkg: name });
      }
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  let selected = files;
  if (Number.isFinite(args.limit) && args.limit < files.length) {
    // Runs of neighbouring files, spread evenly: every package is touched, and a typed batch still
    // holds files that import one another.
    const run = Math.min(SAMPLE_RUN, args.limit);
    const runs = Math.ceil(args.limit / run);
    const step = files.length / runs;
    selected = [];
    for (let r = 0; r < runs && selected.length < args.limit; r++) {
      const start = Math.floor(r * step);
      selected.push(...files.slice(start, start + Math.min(run, args.limit - selected.length)));
    }
  }
  return { files: selected, available: files.length, tooLarge, declarations };
}

/** Typed batches: files of one package, in path order, `size` at a time. */
function makeBatches(files, size) {
  const byPackage = new Map();
  for (const entry of files) {
    let list = byPackage.get(entry.pkg);
    if (!list) byPackage.set(entry.pkg, (list = []));
    list.push(entry.file);
  }
  const batches = [];
  for (const list of byPackage.values()) {
    for (let i = 0; i < list.length; i += size) batches.push(list.slice(i, i + size));
  }
  return batches;
}

function emptyTotals() {
  return {
    files: 0,
    linted: 0,
    typedFiles: 0,
    probedCalls: 0,
    resolvedCalls: 0,
    notInProgram: 0,
    reports: 0,
    byMessage: {},
    suggestions: 0,
    parseFailures: 0,
    parseFailureSamples: [],
    reportSamples: [],
    crashes: [],
    otherErrors: [],
    workerDeaths: [],
    ms: 0,
    programMs: 0,
    checkMs: 0,
    slowest: [],
  };
}

function merge(into, from) {
  for (const key of ['files', 'linted', 'typedFiles', 'probedCalls', 'resolvedCalls', 'notInProgram', 'reports', 'suggestions', 'parseFailures', 'ms', 'programMs', 'checkMs']) into[key] += from[key];
  for (const [id, n] of Object.entries(from.byMessage)) into.byMessage[id] = (into.byMessage[id] ?? 0) + n;
  into.parseFailureSamples.push(...from.parseFailureSamples.slice(0, 5 - into.parseFailureSamples.length));
  into.reportSamples.push(...from.reportSamples);
  into.slowest = [...into.slowest, ...from.slowest].sort((a, b) => b[0] - a[0]).slice(0, 3);
  into.crashes.push(...from.crashes);
  into.otherErrors.push(...from.otherErrors);
  into.workerDeaths.push(...(from.workerDeaths ?? []));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(distDir, 'index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first');
  const started = Date.now();
  const { files, available, tooLarge, declarations } = collectFiles(args);
  const modes = args.mode === 'both' ? ['untyped', 'typed'] : [args.mode];
  console.log(
    `sweep: ${files.length} files from ${new Set(files.map((f) => f.pkg)).size} packages (of ${available} found; skipped ${tooLarge} over ${args.maxBytes} bytes` +
      `${args.includeDts ? '' : `, ${declarations} declaration files`}), modes: ${modes.join(', ')}, jobs: ${args.jobs}`,
  );
  const results = {};
  for (const mode of modes) {
    const units = mode === 'typed' ? makeBatches(files, args.batch) : makeBatches(files, 200);
    // Largest units first keeps the workers evenly busy.
    const queue = units.map((list, index) => ({ index, list })).reverse();
    const totals = emptyTotals();
    const modeStarted = Date.now();
    let done = 0;
    // One slot per job; a worker that dies (out of memory, a native crash) is recorded with the unit
    // it was linting and replaced, so one bad file cannot hide the rest of the sweep.
    const runSlot = () =>
      new Promise((resolve) => {
        let current;
        const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { mode }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
        const next = () => {
          current = queue.pop();
          worker.postMessage(current ?? null);
        };
        worker.on('message', (message) => {
          if (message.type === 'ready') return next();
          merge(totals, message.totals);
          done += message.totals.files;
          if (args.verbose) process.stderr.write(`  ${mode}: ${done}/${files.length}\r`);
          next();
        });
        let failure;
        worker.on('error', (error) => (failure = error));
        worker.on('exit', (code) => {
          if (code === 0 && !failure) return resolve();
          if (current) {
            totals.workerDeaths.push({ file: current.list[0], stack: `a worker died (exit ${code}) while linting ${current.list.length} files from ${current.list[0]}:\n${failure?.stack ?? failure ?? ''}` });
            totals.files += current.list.length;
          }
          resolve(queue.length > 0 ? runSlot() : undefined);
        });
      });
    await Promise.all(Array.from({ length: Math.min(args.jobs, queue.length) }, runSlot));
    totals.wallMs = Date.now() - modeStarted;
    results[mode] = totals;
    printSummary(mode, totals, args);
  }
  const crashes = Object.values(results).reduce((n, t) => n + t.crashes.length + t.workerDeaths.length, 0);
  const cpu = process.cpuUsage();
  console.log(`\nsweep finished in ${((Date.now() - started) / 1000).toFixed(1)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s): ${crashes === 0 ? 'no crashes' : `${crashes} crash(es)`}`);
  process.exitCode = crashes === 0 ? 0 : 1;
}

function printSummary(mode, t, args) {
  const typed = mode === 'typed'
    ? `\n  typed files:    ${t.typedFiles} with a ts.Program and checker (${t.notInProgram} not in a program, linted without types); ` +
      `checker resolved ${t.resolvedCalls} of ${t.probedCalls} sampled callees to a declaration; programs built in ${(t.programMs / 1000).toFixed(1)} s`
    : '';
  console.log(
    `\n[${mode}] ${(t.wallMs / 1000).toFixed(1)} s\n` +
      `  files:          ${t.files} (${t.linted} parsed and linted)${typed}\n` +
      `  reports:        ${t.reports} ${JSON.stringify(t.byMessage)}; suggestions applied and re-parsed: ${t.suggestions} (${(t.checkMs / 1000).toFixed(1)} s of re-parsing)\n` +
      `  parse failures: ${t.parseFailures} (fatal messages from the parser or ESLint core, not crashes)\n` +
      `  crashes:        ${t.crashes.length}\n` +
      `  worker deaths:  ${t.workerDeaths.length} (counted as crashes: a lint run died)\n` +
      `  other errors:   ${t.otherErrors.length} (exceptions outside the plugin, not counted as crashes)`,
  );
  for (const sample of t.reportSamples.slice(0, args.showReports)) console.log(`    report: ${sample}`);
  for (const [ms, file] of t.slowest) console.log(`    slowest lint: ${ms} ms ${path.relative(root, file)}`);
  for (const sample of t.parseFailureSamples.slice(0, 3)) console.log(`    parse failure: ${sample}`);
  for (const crash of t.crashes.slice(0, 5)) console.log(`\n  CRASH in ${crash.file}:\n${indent(crash.stack)}`);
  for (const death of t.workerDeaths.slice(0, 3)) console.log(`\n  WORKER DEATH:\n${indent(death.stack)}`);
  for (const error of t.otherErrors.slice(0, 3)) console.log(`\n  other error in ${error.file}:\n${indent(error.stack)}`);
}

function indent(text) {
  return String(text)
    .split('\n')
    .slice(0, 14)
    .map((line) => `    ${line}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Worker: lint the files of each unit it is given.

async function runWorker() {
  const { mode } = workerData;
  const [{ Linter }, tsParserModule, tsModule, pluginModule] = await Promise.all([
    import('eslint'),
    import('@typescript-eslint/parser'),
    import('typescript'),
    // The internal entry (not in the package's exports): the rule with every function taken for a handler.
    import(pathToFileURL(path.join(distDir, 'internal', 'every-function.js')).href),
  ]);
  const tsParser = tsParserModule.default ?? tsParserModule;
  const ts = tsModule.default ?? tsModule;
  const plugin = pluginModule.everyFunctionPlugin;
  const linter = new Linter({ configType: 'flat', cwd: root });
  const probe = createProbe(ts);
  const packageTypes = new Map();
  const sharedSourceFiles = new Map();

  const typeOfPackage = (file) => {
    // The nearest package.json decides whether a .js file is ESM or CommonJS.
    for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (packageTypes.has(dir)) return packageTypes.get(dir);
      const manifest = path.join(dir, 'package.json');
      if (fs.existsSync(manifest)) {
        let type = 'commonjs';
        try {
          type = JSON.parse(fs.readFileSync(manifest, 'utf8')).type === 'module' ? 'module' : 'commonjs';
        } catch {
          // An unreadable manifest (a template, a fixture): assume CommonJS.
        }
        packageTypes.set(dir, type);
        return type;
      }
    }
    return 'commonjs';
  };

  const sourceTypeOf = (file) => {
    if (/\.(ts|tsx|mts|mjs)$/.test(file)) return 'module';
    if (/\.(cts|cjs)$/.test(file)) return 'commonjs';
    return typeOfPackage(file);
  };

  const configFor = (file, sourceType, program) => [
    // Flat config ignores node_modules by default; the sweep lints nothing else.
    { ignores: ['!**/node_modules/'] },
    {
      // Not `**/*`: a universal pattern alone does not make ESLint lint a .ts file.
      files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
      plugins: { 'async-notifications': plugin, sweep: probe.plugin },
      languageOptions: {
        parser: tsParser,
        sourceType,
        ecmaVersion: 'latest',
        parserOptions: program
          ? { programs: [program], ecmaFeatures: { jsx: /\.(jsx?|mjs|cjs|tsx)$/.test(file) } }
          : { ecmaFeatures: { jsx: /\.(jsx?|mjs|cjs|tsx)$/.test(file) }, project: false, projectService: false },
      },
      rules: { [RULE_ID]: 'error', 'sweep/probe': program ? 'error' : 'off' },
      linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
    },
  ];

  const makeProgram = (list) => {
    const options = {
      allowJs: true,
      checkJs: false,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.Preserve,
      allowArbitraryExtensions: true,
      resolveJsonModule: false,
      types: [],
      // Imports are resolved (types flow between the batch and the packages it uses), but only the
      // batch's own files are linted.
      noResolve: false,
      maxNodeModuleJsDepth: 0,
    };
    const host = ts.createCompilerHost(options, true);
    const getSourceFile = host.getSourceFile.bind(host);
    // Parsed files are shared by the worker's programs (all built with the same options), as a
    // language service's document registry does: a batch's imports are parsed and bound once.
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      let sourceFile = sharedSourceFiles.get(fileName);
      if (!sourceFile) {
        sourceFile = getSourceFile(fileName, languageVersion, onError, shouldCreate);
        if (sourceFile) sharedSourceFiles.set(fileName, sourceFile);
        if (sharedSourceFiles.size > SHARED_SOURCE_FILES) sharedSourceFiles.delete(sharedSourceFiles.keys().next().value);
      }
      return sourceFile;
    };
    return ts.createProgram({ rootNames: list, options, host });
  };

  const lintOne = (file, text, totals, program) => {
    const attempts = [sourceTypeOf(file)];
    attempts.push(attempts[0] === 'module' && !/\.(ts|tsx|mts)$/.test(file) ? 'commonjs' : attempts[0] === 'commonjs' ? 'module' : undefined);
    let messages;
    let usedSourceType;
    let lintMs = 0;
    for (const sourceType of attempts.filter(Boolean)) {
      probe.reset();
      try {
        const lintStarted = Date.now();
        messages = linter.verify(text, configFor(file, sourceType, program), { filename: file });
        lintMs += Date.now() - lintStarted;
      } catch (error) {
        const stack = String(error?.stack ?? error);
        const isCrash = stack.includes(distDir) || error?.ruleId === RULE_ID || stack.includes(RULE_ID);
        (isCrash ? totals.crashes : totals.otherErrors).push({ file, stack: `${stack}${error?.currentNode ? `\n(at line ${error.currentNode.loc?.start.line})` : ''}` });
        return lintMs;
      }
      usedSourceType = sourceType;
      if (!messages.some((m) => m.fatal)) break;
    }
    const fatal = messages.find((m) => m.fatal);
    if (fatal) {
      totals.parseFailures++;
      if (totals.parseFailureSamples.length < 5) totals.parseFailureSamples.push(`${file}:${fatal.line}: ${fatal.message}`);
      return lintMs;
    }
    const unmatched = messages.find((m) => m.ruleId === null && /No matching configuration/.test(m.message));
    if (unmatched) {
      totals.otherErrors.push({ file, stack: `not linted: ${unmatched.message}` });
      return lintMs;
    }
    totals.linted++;
    if (program) {
      if (probe.state.typed) totals.typedFiles++;
      totals.probedCalls += probe.state.probed;
      totals.resolvedCalls += probe.state.resolved;
    }
    const checkStarted = Date.now();
    for (const message of messages) {
      if (message.ruleId !== RULE_ID) continue;
      totals.reports++;
      totals.byMessage[message.messageId] = (totals.byMessage[message.messageId] ?? 0) + 1;
      if (totals.reportSamples.length < 50) totals.reportSamples.push(`${path.relative(root, file)}:${message.line}:${message.column} ${message.messageId}: ${message.message.split(':').slice(1).join(':').split('. ')[0].trim()}`);
      for (const suggestion of message.suggestions ?? []) {
        totals.suggestions++;
        const output = applyFix(text, suggestion.fix);
        const problem = parseProblem(tsParser, output, file, usedSourceType);
        if (problem) {
          totals.crashes.push({
            file,
            stack: `unparsable ${suggestion.messageId} suggestion for the report at ${message.line}:${message.column}: ${problem}\n--- suggestion output near the fix ---\n${excerpt(output, suggestion.fix.range[0])}`,
          });
        }
      }
    }
    totals.checkMs += Date.now() - checkStarted;
    return lintMs;
  };

  parentPort.on('message', (unit) => {
    if (unit === null) {
      parentPort.close();
      return;
    }
    const totals = emptyTotals();
    const started = Date.now();
    let program;
    if (mode === 'typed') {
      const programStarted = Date.now();
      try {
        program = makeProgram(unit.list);
      } catch (error) {
        totals.otherErrors.push({ file: unit.list[0], stack: `creating the program: ${error?.stack ?? error}` });
      }
      totals.programMs += Date.now() - programStarted;
    }
    for (const file of unit.list) {
      totals.files++;
      let text;
      try {
        text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        continue;
      }
      const inProgram = program?.getSourceFile(file);
      if (program && (!inProgram || inProgram.text !== text)) totals.notInProgram++;
      const lintMs = lintOne(file, text, totals, inProgram && inProgram.text === text ? program : undefined);
      totals.slowest.push([lintMs, file]);
      totals.slowest = totals.slowest.sort((a, b) => b[0] - a[0]).slice(0, 3);
    }
    totals.ms = Date.now() - started;
    parentPort.postMessage({ totals });
  });
  parentPort.postMessage({ type: 'ready' });
}

/** A rule that only observes: whether the file has a program, and whether the checker resolves its callees. */
function createProbe(ts) {
  const state = { typed: false, probed: 0, resolved: 0 };
  const plugin = {
    rules: {
      probe: {
        meta: { type: 'suggestion', schema: [] },
        create(context) {
          const services = context.sourceCode.parserServices;
          const program = services?.program;
          if (!program || !services.esTreeNodeToTSNodeMap) return {};
          state.typed = Boolean(program.getSourceFile(context.filename));
          const checker = program.getTypeChecker();
          return {
            CallExpression(node) {
              if (state.probed >= 25) return;
              state.probed++;
              const callee = services.esTreeNodeToTSNodeMap.get(node.callee);
              const at = callee && ts.isPropertyAccessExpression(callee) ? callee.name : callee;
              const symbol = at && checker.getSymbolAtLocation(at);
              if (symbol?.declarations?.length) state.resolved++;
            },
          };
        },
      },
    },
  };
  return {
    plugin,
    state,
    reset() {
      state.typed = false;
      state.probed = 0;
      state.resolved = 0;
    },
  };
}

function applyFix(text, fix) {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

function parseProblem(parser, code, file, sourceType) {
  try {
    parser.parseForESLint(code, {
      filePath: file,
      sourceType: sourceType ?? 'module',
      ecmaVersion: 'latest',
      ecmaFeatures: { jsx: /\.(jsx?|mjs|cjs|tsx)$/.test(file) },
      range: true,
      loc: true,
    });
    return undefined;
  } catch (error) {
    return String(error?.message ?? error);
  }
}

function excerpt(text, at) {
  const start = text.lastIndexOf('\n', Math.max(0, at - 200));
  return text.slice(start + 1, text.indexOf('\n', at + 300) === -1 ? undefined : text.indexOf('\n', at + 300));
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error?.stack ?? error);
    process.exit(2);
  });
} else {
  runWorker().catch((error) => {
    console.error(error?.stack ?? error);
    process.exit(3);
  });
}
