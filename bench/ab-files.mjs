// A/B of two builds of the rule in ONE process, file by file: each handler file of a project is
// linted with build A's rule and with build B's, back to back (the order alternating per file and
// round), and the rule's own time (ESLint's stats) is summed per build. On a machine whose speed
// moves within minutes, two builds compared this way see the same machine; `ab.mjs` compares whole
// lints in fresh processes, which a few per cent of difference cannot outlast. It also checks that
// both builds report the same messages and suggestion fixes on every file.
//
//   node bench/ab-files.mjs --dir bench/.generated/light-n1000 --b bench/.generated/base/dist/index.js [--a dist/index.js] [--rounds 5] [--typed]
//
// A build outside the repository needs its package.json next to its dist/ (dist/index.js reads
// ../package.json) and must resolve the repository's node_modules: copy it under bench/.generated/.
// Typed: one program of the project's tsconfig, built once and shared by both builds (the checker's
// own caches favour whichever build asks second: the alternating order evens that out). Round 1 is
// what a CLI run pays; the median B ÷ A is taken over the later rounds.
//
// How far to trust a ratio: the same build given as A and as B (a copy under bench/.generated/) read
// 1.008 cold and 1.062 warm typed, 0.940 cold and 0.971 warm untyped, on the light corpus
// (2026-12-07). Round 1 leans towards B by a few per cent: A lints the first file first and pays
// for the first use of what both builds share (typescript-eslint's utilities, ESLint's report
// path). Run it both ways (swap --a and --b) before reading a difference under about 6%.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { Linter } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

const args = {};
for (let i = 2; i < process.argv.length; i++) {
  const key = process.argv[i];
  if (!key.startsWith('--')) continue;
  const next = process.argv[i + 1];
  if (next === undefined || next.startsWith('--')) args[key.slice(2)] = true;
  else args[key.slice(2)] = process.argv[++i];
}
if (!args.dir || !args.b) {
  console.error('usage: node bench/ab-files.mjs --dir <project> --b <other build>/dist/index.js [--a dist/index.js] [--rounds 5] [--typed]');
  process.exit(2);
}
const dir = path.resolve(String(args.dir));
const rounds = Number(args.rounds ?? 5);
const RULE_ID = 'async-notifications/no-sync-notification-in-handler';
const load = async (file) => (await import(pathToFileURL(path.resolve(String(file))).href)).default;
const builds = { A: await load(args.a ?? 'dist/index.js'), B: await load(args.b) };

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

// The files the rule analyses (its gate lets them through); the others cost both builds the same.
const files = sourceFiles(dir)
  .map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }))
  .filter(({ file, text }) => /[/\\]app[/\\].*route\.tsx?$/.test(file) || /[/\\]pages[/\\]api[/\\]/.test(file) || text.includes('use server'));

let parserOptions = { projectService: false, project: false };
if (args.typed) {
  const configFile = ts.getParsedCommandLineOfConfigFile(path.join(dir, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!configFile) throw new Error(`no tsconfig.json in ${dir}`);
  const program = ts.createProgram(configFile.fileNames, configFile.options);
  program.getTypeChecker();
  parserOptions = { programs: [program] };
}
const configOf = (plugin) => [
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser, parserOptions },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { 'async-notifications': plugin },
    rules: { [RULE_ID]: 'error' },
  },
];
const configs = { A: configOf(builds.A), B: configOf(builds.B) };

/** One lint of one file: the rule's own time, and what it reported (messages and suggestion fixes). */
function lintOnce(which, { file, text }) {
  // A Linter per lint: its stats add up across lints otherwise.
  const linter = new Linter({ cwd: dir });
  const { messages } = linter.verifyAndFix(text, configs[which], { filename: file, stats: true, fix: false });
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${file}: ${fatal.message}`);
  const ruleMs = linter.getTimes().passes.reduce((sum, pass) => sum + (pass.rules?.[RULE_ID]?.total ?? 0), 0);
  const reported = JSON.stringify(messages.map((m) => [m.line, m.column, m.messageId, m.message, (m.suggestions ?? []).map((s) => [s.desc, s.fix.range, s.fix.text])]));
  return { ruleMs, reports: messages.length, reported };
}

const ratios = [];
for (let round = 0; round < rounds; round++) {
  const sums = { A: { ruleMs: 0, reports: 0 }, B: { ruleMs: 0, reports: 0 } };
  let firstDifference;
  for (const [i, item] of files.entries()) {
    const results = {};
    for (const which of (i + round) % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
      results[which] = lintOnce(which, item);
      sums[which].ruleMs += results[which].ruleMs;
      sums[which].reports += results[which].reports;
    }
    if (results.A.reported !== results.B.reported) firstDifference ??= item.file;
  }
  const ratio = sums.B.ruleMs / sums.A.ruleMs;
  if (round > 0) ratios.push(ratio);
  console.log(
    `round ${round + 1}${round === 0 ? ' (cold)' : ''}: ${files.length} files; rule A ${sums.A.ruleMs.toFixed(0)} ms, B ${sums.B.ruleMs.toFixed(0)} ms; B ÷ A ${ratio.toFixed(3)}; reports ${sums.A.reports} / ${sums.B.reports}; ${firstDifference ? `reports differ first in ${path.relative(dir, firstDifference)}` : 'the same reports and fixes'}`,
  );
}
if (ratios.length > 0) {
  const sorted = [...ratios].sort((x, y) => x - y);
  console.log(`median B ÷ A over the warm rounds: ${sorted[Math.floor(sorted.length / 2)].toFixed(3)} (${ratios.map((r) => r.toFixed(3)).join(', ')})`);
}
