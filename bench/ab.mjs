// A/B-compares two builds of the plugin on one generated project: typed lint with the rule alone
// (rule's own time, CPU, reports) and editor latency, interleaved A, B, A, B, ...
//
//   node bench/ab.mjs --a dist/index.js --b /path/to/other/dist/index.js --size 1000 --runs 2
//
// A build outside the repository needs its package.json next to its dist/ (dist/index.js reads
// ../package.json) and must resolve the repository's node_modules: copy it under bench/.generated/.

import { spawn } from 'node:child_process';
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
const { dir } = generateProject(size);

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
for (let r = 0; r < runs; r++) {
  for (const [name, build] of Object.entries(builds)) {
    const lint = await worker(build, ['--mode', 'lint', '--dir', dir, '--config', 'typed-rule']);
    console.log(`n=${size} ${name} lint   rule ${fmt(lint.ruleMs)}  cpu ${fmt(lint.cpuMs)}  wall ${fmt(lint.wallMs)}  reports ${lint.messages} ${JSON.stringify(lint.messageIds)}`);
  }
  for (const [name, build] of Object.entries(builds)) {
    const ed = await worker(build, ['--mode', 'editor', '--dir', dir, '--config', 'typed-rule', '--iterations', iterations]);
    const reports = ed.samples.reduce((sum, s) => sum + s.messages, 0);
    console.log(`n=${size} ${name} editor rule p50 ${fmt(ed.rule.p50)}  p95 ${fmt(ed.rule.p95)}  max ${fmt(ed.rule.max)}  lintText p50 ${fmt(ed.lint.p50)}  reports ${reports}`);
  }
}
