// Runs ONE lint configuration over one generated project, in its own process, and prints one JSON
// line (prefixed with BENCH_RESULT) on stdout. A fresh process per configuration keeps peak memory
// (`process.resourceUsage().maxRSS`) and the TypeScript program per configuration, with no warm
// caches carried from another configuration.
//
//   node bench/lint-worker.mjs --mode lint   --dir <project> --config typed-rule
//   node bench/lint-worker.mjs --mode editor --dir <project> --config typed-rule --iterations 50
//
// Configurations: typed-none, typed-nfp (typescript-eslint no-floating-promises), typed-rule
// (this plugin's rule), untyped-rule (same parser, no projectService), untyped-none.

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import { editOneLine, pickOpenFiles, readKinds } from './editor-session.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// BENCH_PLUGIN_DIST points the bench at another build (for A/B-testing a change without touching dist/).
const DIST = process.env.BENCH_PLUGIN_DIST ? path.resolve(process.env.BENCH_PLUGIN_DIST) : path.resolve(here, '..', 'dist', 'index.js');

export const RULE_ID = 'async-notifications/no-sync-notification-in-handler';
export const NFP_ID = '@typescript-eslint/no-floating-promises';
/**
 * A control rule that reads the file name and returns `{}`: ESLint's own cost of running any rule
 * on a file. It goes first in every configuration, so that it, not the measured rule, pays what the
 * first rule of a file pays once (about 5-20 µs of lazy set-up in ESLint), and it is the floor the
 * rule's time on non-handler files is compared with. It also notes the order in which ESLint lints
 * the files (it reads them concurrently, and sorts the results by path), so that the first handler
 * file, which pays the plugin's lazy load and its first run, can be found.
 */
export const FLOOR_ID = 'bench/floor';
const lintOrder = [];
const floorPlugin = {
  rules: {
    floor: {
      meta: { type: 'problem', schema: [] },
      create: (context) => {
        lintOrder.push(context.filename);
        return {};
      },
    },
  },
};
const HANDLER_KINDS = new Set(['route', 'pagesApi', 'serverAction']);

/** The CPU time all processes have used (Linux's /proc/stat, in its 10 ms ticks), or undefined elsewhere. */
function machineBusyMs() {
  let line;
  try {
    line = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
  } catch {
    return undefined;
  }
  // cpu user nice system idle iowait irq softirq steal ...: all but idle and iowait are busy.
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return [user, nice, system, irq, softirq, steal].reduce((sum, ticks) => sum + (ticks ?? 0), 0) * 10;
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args[key.slice(2)] = true;
    else {
      args[key.slice(2)] = next;
      i++;
    }
  }
  return args;
}

async function buildConfig(name, dir) {
  const plugin = (await import(pathToFileURL(DIST).href)).default;
  const typed = name.startsWith('typed-');
  const languageOptions = {
    parser: tseslint.parser,
    parserOptions: typed ? { projectService: true, tsconfigRootDir: dir } : { projectService: false, project: false },
  };
  const base = { files: ['**/*.ts', '**/*.tsx'], languageOptions, linterOptions: { reportUnusedDisableDirectives: 'off' } };
  const floor = { bench: floorPlugin };
  switch (name) {
    case 'typed-none':
    case 'untyped-none':
      return [{ ...base, plugins: floor, rules: { [FLOOR_ID]: 'error' } }];
    case 'typed-nfp':
      return [{ ...base, plugins: { ...floor, '@typescript-eslint': tseslint.plugin }, rules: { [FLOOR_ID]: 'error', [NFP_ID]: 'error' } }];
    case 'typed-rule':
    case 'untyped-rule':
      return [{ ...base, plugins: { ...floor, 'async-notifications': plugin }, rules: { [FLOOR_ID]: 'error', [RULE_ID]: 'error' } }];
    default:
      throw new Error(`unknown config ${name}`);
  }
}

function ruleTime(result, ruleId) {
  let total = 0;
  for (const pass of result.stats?.times?.passes ?? []) total += pass.rules?.[ruleId]?.total ?? 0;
  return total;
}

function parseTime(result) {
  let total = 0;
  for (const pass of result.stats?.times?.passes ?? []) total += pass.parse?.total ?? 0;
  return total;
}

async function lintMode(args) {
  const dir = path.resolve(args.dir);
  const config = args.config;
  const kinds = readKinds(dir);
  const overrideConfig = await buildConfig(config, dir);
  const cpu0 = process.cpuUsage();
  const busy0 = machineBusyMs();
  const t0 = performance.now();
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig, stats: true, cache: false });
  const results = await eslint.lintFiles(['.']);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const busy1 = machineBusyMs();
  // What other processes ran meanwhile, in cores: the machine's busy CPU time less this worker's own.
  const otherLoad = busy0 !== undefined && busy1 !== undefined ? Math.max(0, busy1 - busy0 - cpuMs) / wallMs : undefined;

  const ruleId = config === 'typed-nfp' ? NFP_ID : config.endsWith('-none') ? null : RULE_ID;
  const byKind = {};
  let ruleMs = 0;
  let parseMs = 0;
  let messages = 0;
  let fatal = 0;
  const messageIds = {};
  const perFile = [];
  for (const result of results) {
    const rel = path.relative(dir, result.filePath).split(path.sep).join('/');
    const kind = kinds[rel] ?? 'other';
    const t = ruleId ? ruleTime(result, ruleId) : 0;
    ruleMs += t;
    parseMs += parseTime(result);
    const entry = (byKind[kind] ??= { files: 0, ruleMs: 0, maxRuleMs: 0, times: [], floorTimes: [] });
    entry.files++;
    entry.ruleMs += t;
    entry.maxRuleMs = Math.max(entry.maxRuleMs, t);
    entry.times.push(t);
    entry.floorTimes.push(ruleTime(result, FLOOR_ID));
    if (args["per-file"]) perFile.push({ file: rel, kind, ruleMs: t, parseMs: parseTime(result) });
    for (const message of result.messages) {
      if (message.fatal) {
        fatal++;
        if (fatal <= 3) console.error(`fatal in ${rel}: ${message.message}`);
        continue;
      }
      messages++;
      const key = `${message.ruleId}:${message.messageId ?? ''}`;
      messageIds[key] = (messageIds[key] ?? 0) + 1;
    }
  }
  // The first handler file linted: the rule's lazy load (the analysis, TypeScript's helpers) and the
  // first run of its code are in its time; for no-floating-promises, its first checker questions.
  const byFile = new Map(results.map((result) => [result.filePath, result]));
  const firstHandlerPath = lintOrder.find((file) => HANDLER_KINDS.has(kinds[path.relative(dir, file).split(path.sep).join('/')] ?? ''));
  const firstHandlerResult = firstHandlerPath === undefined ? undefined : byFile.get(firstHandlerPath);
  const firstHandler =
    ruleId && firstHandlerResult ? { file: path.relative(dir, firstHandlerResult.filePath).split(path.sep).join('/'), ruleMs: ruleTime(firstHandlerResult, ruleId) } : undefined;
  for (const entry of Object.values(byKind)) {
    const sorted = entry.times.sort((a, b) => a - b);
    entry.p50RuleMs = percentile(sorted, 50);
    entry.p95RuleMs = percentile(sorted, 95);
    entry.p50FloorMs = percentile(entry.floorTimes.sort((a, b) => a - b), 50);
    delete entry.times;
    delete entry.floorTimes;
  }
  return {
    mode: 'lint',
    config,
    files: results.length,
    wallMs,
    cpuMs,
    ruleMs,
    parseMs,
    byKind,
    messages,
    messageIds,
    fatal,
    maxRssKb: process.resourceUsage().maxRSS,
    otherLoad,
    perFile: args['per-file'] ? perFile : undefined,
    firstHandler,
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

/**
 * The editor's situation: one long-lived ESLint instance (one project service) lints a few open
 * handler files, then re-lints one of them after each one-line edit, via lintText with its path.
 */
async function editorMode(args) {
  const dir = path.resolve(args.dir);
  const config = args.config ?? 'typed-rule';
  const iterations = Number(args.iterations ?? 50);
  const kinds = readKinds(dir);
  const ruleId = config === 'typed-nfp' ? NFP_ID : RULE_ID;
  const open = pickOpenFiles(dir, kinds);
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: await buildConfig(config, dir), stats: true, cache: false });
  const texts = new Map(open.map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
  const tWarm = performance.now();
  const warm = [];
  for (const file of open) {
    const [result] = await eslint.lintText(texts.get(file), { filePath: path.join(dir, file) });
    warm.push({ file, ruleMs: ruleTime(result, ruleId) });
  }
  const warmMs = performance.now() - tWarm;
  const samples = [];
  for (let k = 0; k < iterations; k++) {
    const file = open[k % open.length];
    const text = editOneLine(texts.get(file), k, file);
    const t0 = performance.now();
    const [result] = await eslint.lintText(text, { filePath: path.join(dir, file) });
    const lintMs = performance.now() - t0;
    if (result.messages.some((m) => m.fatal)) throw new Error(`fatal while editing ${file}: ${result.messages[0].message}`);
    samples.push({ file, kind: kinds[file], ruleMs: ruleTime(result, ruleId), lintMs, messages: result.messages.length });
  }
  const rule = samples.map((s) => s.ruleMs).sort((a, b) => a - b);
  const lint = samples.map((s) => s.lintMs).sort((a, b) => a - b);
  return {
    mode: 'editor',
    config,
    openFiles: open,
    warmMs,
    firstFileRuleMs: warm[0]?.ruleMs,
    iterations,
    rule: { p50: percentile(rule, 50), p95: percentile(rule, 95), max: rule.at(-1), min: rule[0] },
    lint: { p50: percentile(lint, 50), p95: percentile(lint, 95), max: lint.at(-1), min: lint[0] },
    samples,
    maxRssKb: process.resourceUsage().maxRSS,
  };
}

const args = parseArgs(process.argv.slice(2));
const output = args.mode === 'editor' ? await editorMode(args) : await lintMode(args);
process.stdout.write(`BENCH_RESULT ${JSON.stringify(output)}\n`);
