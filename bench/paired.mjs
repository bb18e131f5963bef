// Paired per-file measurement of what the rule adds to a lint, for a machine too loaded for the
// interleaved whole-lint rounds of run.mjs to resolve a few per cent: in one process, each file is
// linted with no rules and with the rule, back to back (the order alternating per file and round),
// with ESLint's Linter, so that whatever slows the machine down slows both lints of a pair alike.
// The difference of the two sums is the rule's whole cost: its listeners, its lazy load, the
// type checker's work it asks for, and the garbage collection its allocations cause (spread over
// both lints of a pair, summed over all). Round 1 is what a CLI run pays (cold caches and JIT);
// later rounds re-lint the same texts, warm.
//
//   node bench/paired.mjs --dir bench/.generated/n1000 [--typed] [--rounds 3]
//
// Untyped: the same parser with `projectService: false`. Typed: one TypeScript program of the
// project's tsconfig, built once before the rounds and given to the parser (`programs`), so both
// lints of a pair share it; building it is every typed lint's floor, not the rule's, and is
// printed apart. Prints one line per round and a JSON line (PAIRED_RESULT) at the end.

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { Linter } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

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
  console.error('usage: node bench/paired.mjs --dir <project> [--typed] [--rounds N]');
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

const floorPlugin = { rules: { floor: { meta: { type: 'problem', schema: [] }, create: () => ({}) } } };
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
const linter = new Linter({ cwd: dir });
const results = [];
for (let round = 0; round < rounds; round++) {
  let noneMs = 0;
  let ruleMs = 0;
  let reports = 0;
  for (let i = 0; i < files.length; i++) {
    for (const config of (i + round) % 2 === 0 ? [none, withRule] : [withRule, none]) {
      const start = performance.now();
      const messages = linter.verify(texts[i], config, { filename: files[i] });
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
