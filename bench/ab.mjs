// A/B-compares two builds of the plugin on one generated project, interleaved A, B, A, B, ... in
// fresh processes: per configuration the rule's own time, process CPU, wall, peak RSS and the
// reports (which must be the same for both builds), then editor latency.
//
//   node bench/ab.mjs --a dist/index.js --b /path/to/other/dist/index.js --size 1000 --runs 2
//   node bench/ab.mjs --b bench/.generated/base/dist/index.js --configs untyped-rule,untyped-none --corpus light --no-editor
//
// --configs a,b (default typed-rule): lint-worker configurations; a `-none` configuration runs once
//   per round (it does not load the plugin) as the floor the overheads are taken against.
// --corpus full|light (default full)  --app <dir> (a real app instead)  --editor-iterations N (40)  --no-editor
// A build outside the repository needs its package.json next to its dist/ (dist/index.js reads
// ../package.json) and must resolve the repository's node_modules: copy it under bench/.generated/.

import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { generateProject } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]?.startsWith('--') ? true : all[i + 1] ?? true]] : pairs), []),
);
const builds = { A: path.resolve(root, args.a ?? 'dist/index.js'), B: path.resolve(root, args.b) };
const size = Number(args.size ?? 100);
const runs = Number(args.runs ?? 2);
const iterations = String(args['editor-iterations'] ?? 40);
const configs = String(args.configs ?? 'typed-rule').split(',');
const corpus = args.corpus === 'light' ? 'light' : 'full';
// --app <dir>: a real app (with its own node_modules) instead of a generated corpus.
const { dir } = args.app ? { dir: path.resolve(String(args.app)) } : generateProject(size, { profile: corpus });

function worker(build, workerArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', path.join(here, 'lint-worker.mjs'), ...workerArgs], {
      env: { ...process.env, BENCH_PLUGIN_DIST: build },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code !== 0 || !line) reject(new Error(`worker exited with ${code}`));
      else resolve(JSON.parse(line.slice(13)));
    });
  });
}

const fmt = (ms) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
const results = {};
console.log(`A = ${builds.A}\nB = ${builds.B}\n${args.app ? `app ${dir}` : `n=${size} corpus ${corpus}`}, ${runs} rounds, configs ${configs.join(', ')}`);
for (let r = 0; r < runs; r++) {
  for (const config of configs) {
    const order = config.endsWith('-none') ? [['-', builds.A]] : Object.entries(builds);
    for (const [name, build] of order) {
      const load = os.loadavg()[0];
      const lint = await worker(build, ['--mode', 'lint', '--dir', dir, '--config', config]);
      (results[`${config} ${name}`] ??= []).push(lint);
      console.log(
        `n=${size} ${config.padEnd(12)} ${name} rule ${fmt(lint.ruleMs).padStart(9)}  cpu ${fmt(lint.cpuMs).padStart(9)}  wall ${fmt(lint.wallMs).padStart(9)}  rss ${Math.round(lint.maxRssKb / 1024)} MB  load ${load.toFixed(1)}  reports ${lint.messages} ${JSON.stringify(lint.messageIds)}`,
      );
    }
  }
  if (args['no-editor']) continue;
  for (const [name, build] of Object.entries(builds)) {
    const ed = await worker(build, ['--mode', 'editor', '--dir', dir, '--config', 'typed-rule', '--iterations', iterations]);
    const reports = ed.samples.reduce((sum, s) => sum + s.messages, 0);
    console.log(`n=${size} editor ${name} rule p50 ${fmt(ed.rule.p50)}  p95 ${fmt(ed.rule.p95)}  max ${fmt(ed.rule.max)}  lintText p50 ${fmt(ed.lint.p50)}  reports ${reports}`);
  }
}

// Medians per configuration and build, and the overhead of each build over the -none floor of its kind.
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
console.log('\nmedians:');
for (const [key, list] of Object.entries(results)) {
  const floor = results[`${key.split('-')[0]}-none -`];
  const over = floor && !key.endsWith(' -') ? `  CPU over ${key.split('-')[0]}-none: ${((median(list.map((x) => x.cpuMs)) / median(floor.map((x) => x.cpuMs)) - 1) * 100).toFixed(1)}%` : '';
  console.log(`  ${key.padEnd(16)} rule ${fmt(median(list.map((x) => x.ruleMs)))}  cpu ${fmt(median(list.map((x) => x.cpuMs)))}  rss ${Math.round(median(list.map((x) => x.maxRssKb)) / 1024)} MB${over}`);
}
