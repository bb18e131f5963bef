// Import time of a plugin, in a fresh process that has already loaded ESLint and typescript-eslint's
// parser (as a lint has when it reads the config that imports the plugin). Prints one BENCH_RESULT
// line: wall and CPU time of the `import()`, and whether TypeScript was loaded by then.
//
//   node bench/import-time.mjs [--plugin this|typescript-eslint]
// BENCH_PLUGIN_DIST=path/to/index.js measures another build of this plugin (as lint-worker.mjs).

import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const DIST = process.env.BENCH_PLUGIN_DIST ? path.resolve(process.env.BENCH_PLUGIN_DIST) : path.resolve(here, '..', 'dist', 'index.js');
const require = createRequire(import.meta.url);
const which = process.argv.includes('typescript-eslint') ? 'typescript-eslint' : 'this';

await import('eslint');
await import('@typescript-eslint/parser');
const loaded = (name) => Object.keys(require.cache).includes(require.resolve(name));
const typeUtilsBefore = loaded('@typescript-eslint/type-utils');
const target = which === 'typescript-eslint' ? pathToFileURL(require.resolve('@typescript-eslint/eslint-plugin')).href : pathToFileURL(DIST).href;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const plugin = (await import(target)).default;
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
if (!plugin?.rules) throw new Error(`no plugin at ${target}`);
const result = { mode: 'import', plugin: which, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, loadsTypeUtils: !typeUtilsBefore && loaded('@typescript-eslint/type-utils') };
process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
