// Paired per-file measurement of what the rule adds to a lint, for a machine too loaded for the
// interleaved whole-lint rounds of run.mjs to resolve a few per cent: in one process, each file is
// linted with no rules and with the rule, back to back (the order alternating per file and round),
// with one `ESLint` per configuration (`lintText`, as `eslint .` and the editor's ESLint server
// lint), so that whatever slows the machine down slows both lints of a pair alike.
// The difference of the two sums is the rule's whole cost: its listeners, its lazy load, the
// type checker's work it asks for, and the garbage collection its allocations cause (spread over
// both lints of a pair, summed over all). Round 1 is what a CLI run pays (cold caches and JIT);
// later rounds re-lint the same texts, warm.
//
//   node bench/paired.mjs --dir bench/.generated/n1000 [--typed] [--rounds 3]
//   node bench/paired.mjs --dir <project> --editor [--typed] [--iterations 60]
//
// Untyped: the same parser with `projectService: false`. Typed: one TypeScript program of the
// project's tsconfig, built once before the rounds and given to the parser (`programs`), so both
// lints of a pair share it; building it is every typed lint's floor, not the rule's, and is
// printed apart. Prints one line per round and a JSON line (PAIRED_RESULT) at the end.
//
// `--editor` pairs the editor's re-lints instead (the target: the re-lint wall with the rule ≤ 1.25x
// the same re-lint with no rules): the open handler files and the one-line edit of lint-worker.mjs's
// editor mode, typed through the project service as an editor's ESLint server lints (one service
// for both configurations), each lint of a pair given its own edit so that each pays a program
// update, the order alternating. Separate processes, as run.mjs's editor rows, put minutes between
// the two loops; here both see the same machine within milliseconds. Prints the percentiles of each
// configuration and a JSON line (PAIRED_EDITOR_RESULT).

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ESLint } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

import { editOneLine, pickOpenFiles } from './editor-session.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// The same ids as lint-worker.mjs (a script: importing it would run it).
const RULE_ID = 'async-notifications/no-sync-notification-in-handler';
const FLOOR_ID = 'bench/floor';
const DIST = process.env.BENCH_PLUGIN_DIST ? path.resolve(process.env.BENCH_PLUGIN_DIST) : path.resolve(here, '..', 'dist', 'index.js');

const args = {};
for (let i = 2; i < process.argv.length; i++) {
  const key = process.argv[i];
  if (!key.startsWith('--')) continue;
  const next = process.argv[i + 1];
  if (next === undefined || next.startsWith('--')) args[key.slice(2)] = true;
  else args[key.slice(2)] = process.argv[++i];
}
if (!args.dir) {
  console.error('usage: node bench/paired.mjs --dir <project> [--typed] [--rounds N] | --editor [--typed] [--iterations N]');
  process.exit(2);
}
const dir = path.resolve(String(args.dir));
const typed = Boolean(args.typed);
const rounds = Number(args.rounds ?? 3);

function sourceFiles(root) {
  const files = [];
  const visit = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(file);
    }
  };
  visit(root);
  return files.sort();
}

const loadStart = performance.now();
const plugin = (await import(pathToFileURL(DIST).href)).default;
const importMs = performance.now() - loadStart;

const floorPlugin = { rules: { floor: { meta: { type: 'problem', schema: [] }, create: () => ({}) } } };

/**
 * One ESLint per configuration, as `eslint .` and the editor's ESLint server use it: the configuration
 * is normalised and the rules' options validated once, not for every file (as `Linter#verify` does
 * when it is handed a plain array).
 */
function createEngine(config) {
  return new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, ignore: false });
}

if (args.editor) {
  await editorPairs();
  process.exit(0);
}

let programMs = 0;
let parserOptions = { projectService: false, project: false };
if (typed) {
  const start = performance.now();
  const configFile = ts.getParsedCommandLineOfConfigFile(path.join(dir, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!configFile) throw new Error(`no tsconfig.json in ${dir}`);
  const program = ts.createProgram(configFile.fileNames, configFile.options);
  program.getTypeChecker();
  programMs = performance.now() - start;
  parserOptions = { programs: [program] };
}

const base = {
  files: ['**/*.ts', '**/*.tsx'],
  languageOptions: { parser: tseslint.parser, parserOptions },
  linterOptions: { reportUnusedDisableDirectives: 'off' },
  plugins: { bench: floorPlugin, 'async-notifications': plugin },
};
const none = [{ ...base, rules: { [FLOOR_ID]: 'error' } }];
const withRule = [{ ...base, rules: { [FLOOR_ID]: 'error', [RULE_ID]: 'error' } }];

const files = sourceFiles(dir);
const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
const engines = new Map([[none, createEngine(none)], [withRule, createEngine(withRule)]]);
const results = [];
for (let round = 0; round < rounds; round++) {
  let noneMs = 0;
  let ruleMs = 0;
  let reports = 0;
  for (let i = 0; i < files.length; i++) {
    for (const config of (i + round) % 2 === 0 ? [none, withRule] : [withRule, none]) {
      const start = performance.now();
      const [{ messages }] = await engines.get(config).lintText(texts[i], { filePath: files[i] });
      const ms = performance.now() - start;
      if (config === withRule) {
        ruleMs += ms;
        reports += messages.filter((m) => m.ruleId === RULE_ID).length;
      } else {
        noneMs += ms;
      }
      const fatal = messages.find((m) => m.fatal);
      if (fatal) throw new Error(`${files[i]}: ${fatal.message}`);
    }
  }
  const addedMs = ruleMs - noneMs;
  results.push({ round: round + 1, noneMs, ruleMs, addedMs, overhead: addedMs / noneMs, reports });
  console.log(
    `round ${round + 1}${round === 0 ? ' (cold)' : ' (warm)'}: ${files.length} files, no rules ${noneMs.toFixed(0)} ms, with the rule ${ruleMs.toFixed(0)} ms: +${addedMs.toFixed(0)} ms (${(100 * (addedMs / noneMs)).toFixed(1)}%), ${reports} reports`,
  );
}
console.log(`plugin import ${importMs.toFixed(1)} ms${typed ? `; program built once before the rounds: ${programMs.toFixed(0)} ms (every typed lint's floor)` : ''}`);
console.log(`PAIRED_RESULT ${JSON.stringify({ dir, typed, files: files.length, importMs, programMs, rounds: results })}`);

/** The editor's re-lints, paired (see the header). */
async function editorPairs() {
  const iterations = Number(args.iterations ?? 60);
  const parserOptions = typed ? { projectService: true, tsconfigRootDir: dir } : { projectService: false, project: false };
  const base = {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser, parserOptions },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { bench: floorPlugin, 'async-notifications': plugin },
  };
  const configs = { none: [{ ...base, rules: { [FLOOR_ID]: 'error' } }], rule: [{ ...base, rules: { [FLOOR_ID]: 'error', [RULE_ID]: 'error' } }] };
  const open = pickOpenFiles(dir);
  const texts = new Map(open.map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
  const engines = { none: createEngine(configs.none), rule: createEngine(configs.rule) };
  const lint = async (config, file, text) => {
    const start = performance.now();
    const [{ messages }] = await engines[config].lintText(text, { filePath: path.join(dir, file) });
    const ms = performance.now() - start;
    const fatal = messages.find((m) => m.fatal);
    if (fatal) throw new Error(`${file}: ${fatal.message}`);
    return { ms, reports: messages.filter((m) => m.ruleId === RULE_ID).length };
  };
  // Opening the files builds the project's program and loads the rule: an editor pays that once.
  const warmStart = performance.now();
  for (const file of open) for (const config of ['none', 'rule']) await lint(config, file, texts.get(file));
  const warmMs = performance.now() - warmStart;
  const samples = { none: [], rule: [] };
  let reports = 0;
  for (let k = 0; k < iterations; k++) {
    const file = open[k % open.length];
    const order = k % 2 === 0 ? ['none', 'rule'] : ['rule', 'none'];
    for (const [i, config] of order.entries()) {
      const result = await lint(config, file, editOneLine(texts.get(file), 2 * k + i, file));
      samples[config].push(result.ms);
      if (config === 'rule') reports += result.reports;
    }
  }
  const summary = {};
  for (const [config, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
    summary[config] = { p50: at(50), p95: at(95), mean: values.reduce((a, b) => a + b, 0) / values.length, max: sorted.at(-1) };
  }
  const { none, rule } = summary;
  console.log(`${open.length} open handler files, ${iterations} edits${typed ? ' (typed, project service)' : ' (untyped)'}; opening them: ${warmMs.toFixed(0)} ms`);
  for (const [config, s] of Object.entries(summary)) console.log(`${config === 'none' ? 'no rules' : 'the rule'}: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, mean ${s.mean.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`);
  console.log(`re-lint with the rule ÷ without: p50 ${(rule.p50 / none.p50).toFixed(2)}x, p95 ${(rule.p95 / none.p95).toFixed(2)}x, mean ${(rule.mean / none.mean).toFixed(2)}x (+${(rule.mean - none.mean).toFixed(1)} ms per re-lint); ${reports} reports`);
  console.log(`PAIRED_EDITOR_RESULT ${JSON.stringify({ dir, typed, open, iterations, warmMs, importMs, ...summary, reports, samples })}`);
}
