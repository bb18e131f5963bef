// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by owner (this plugin's dist,
// typescript, typescript-eslint, eslint, node internals, GC), the top self-time functions of the
// plugin and of TypeScript, and the time spent in TypeScript *underneath* plugin frames (checker
// work the plugin asked for, which a self-time view would credit to TypeScript).
//
//   node bench/profile-summary.mjs <file.cpuprofile> [--top 12] [--json]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// The plugin's build: dist/, or the build that BENCH_PLUGIN_DIST points the bench at.
let DIST = (process.env.BENCH_PLUGIN_DIST ? path.dirname(path.resolve(process.env.BENCH_PLUGIN_DIST)) : path.resolve(here, '..', 'dist')) + path.sep;

/** Which package a frame belongs to. */
export function ownerOf(callFrame) {
  const url = callFrame.url ? decodeURIComponent(callFrame.url.replace(/^file:\/\//, '')) : '';
  const name = callFrame.functionName;
  if (!url) {
    if (name === '(garbage collector)') return 'gc';
    if (name === '(idle)' || name === '(program)') return 'vm/idle';
    return 'node internals';
  }
  if (url.startsWith(DIST)) return 'plugin';
  if (url.includes('/node_modules/typescript/')) return 'typescript';
  if (url.includes('/node_modules/@typescript-eslint/type-utils/')) return 'type-utils';
  if (url.includes('/node_modules/@typescript-eslint/eslint-plugin/')) return 'ts-eslint rules';
  if (url.includes('/node_modules/@typescript-eslint/')) return 'typescript-eslint parser';
  if (url.includes('/node_modules/eslint/') || url.includes('/node_modules/@eslint/') || url.includes('/node_modules/espree/') || url.includes('/node_modules/eslint-scope/')) return 'eslint';
  if (url.startsWith('node:')) return 'node internals';
  return 'other';
}

/** Self times and plugin-attributed times of a profile, in ms. */
export function summarizeProfile(file, top = 12, pluginDir) {
  if (pluginDir) DIST = path.resolve(pluginDir) + path.sep;
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  // Time per sample from timeDeltas (microseconds): robust to a varying sampling interval.
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const dt = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, dt));
  }
  const underPlugin = new Map();
  const isUnderPlugin = (id) => {
    if (underPlugin.has(id)) return underPlugin.get(id);
    const node = byId.get(id);
    const parent = parentOf.get(id);
    const value = ownerOf(node.callFrame) === 'plugin' || (parent !== undefined && isUnderPlugin(parent));
    underPlugin.set(id, value);
    return value;
  };
  // The nearest plugin frame above a sample: who asked for the TypeScript work underneath.
  const nearestPlugin = new Map();
  const findNearestPlugin = (id) => {
    if (nearestPlugin.has(id)) return nearestPlugin.get(id);
    const node = byId.get(id);
    const parent = parentOf.get(id);
    const value = ownerOf(node.callFrame) === 'plugin' ? node : parent !== undefined ? findNearestPlugin(parent) : undefined;
    nearestPlugin.set(id, value);
    return value;
  };
  const askedBy = new Map();
  const owners = {};
  const pluginInclusive = {};
  const fns = new Map();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    const owner = ownerOf(node.callFrame);
    totalUs += us;
    owners[owner] = (owners[owner] ?? 0) + us;
    if (isUnderPlugin(id)) {
      pluginInclusive[owner] = (pluginInclusive[owner] ?? 0) + us;
      if (owner !== 'plugin') {
        const asker = findNearestPlugin(id).callFrame;
        const key = `${asker.functionName === '' ? '(anonymous)' : asker.functionName}\t${path.basename(asker.url)}:${asker.lineNumber + 1}`;
        askedBy.set(key, (askedBy.get(key) ?? 0) + us);
      }
    }
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${owner}\t${functionName === '' ? '(anonymous)' : functionName}\t${path.basename(url ?? '')}:${lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const ms = (us) => us / 1000;
  const topOf = (owner) =>
    [...fns]
      .filter(([key]) => key.startsWith(`${owner}\t`))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => {
        const [, fn, where] = key.split('\t');
        return { fn, where, ms: ms(us) };
      });
  return {
    totalMs: ms(totalUs),
    owners: Object.fromEntries(Object.entries(owners).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
    underPlugin: Object.fromEntries(Object.entries(pluginInclusive).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
    topPlugin: topOf('plugin'),
    topTypescript: topOf('typescript'),
    topTypeUtils: topOf('type-utils'),
    // Plugin functions that call into TypeScript / type-utils, with the time spent underneath them.
    topAskers: [...askedBy]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => {
        const [fn, where] = key.split('\t');
        return { fn, where, ms: ms(us) };
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  const topIdx = process.argv.indexOf('--top');
  const summary = summarizeProfile(file, topIdx === -1 ? 12 : Number(process.argv[topIdx + 1]));
  if (process.argv.includes('--json')) console.log(JSON.stringify(summary, null, 2));
  else {
    console.log(`total sampled: ${summary.totalMs.toFixed(0)} ms`);
    console.log('self time by owner (ms):', summary.owners);
    console.log('self time under plugin frames, by owner (ms):', summary.underPlugin);
    const tops = {
      plugin: summary.topPlugin,
      typescript: summary.topTypescript,
      'type-utils': summary.topTypeUtils,
      'plugin callers of TypeScript work (time underneath)': summary.topAskers,
    };
    for (const [label, list] of Object.entries(tops)) {
      console.log(`\ntop ${label} self time:`);
      for (const { fn, where, ms } of list) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${fn}  (${where})`);
    }
  }
}
