// npm run demo: lints the bundled example Next.js app with the plugin, typed and untyped,
// and prints the findings, the suggestions offered for each, and what only one mode sees.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const app = path.join(root, 'examples', 'next-app');

if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}

const { ESLint } = await import('eslint');
const { default: tsParser } = await import('@typescript-eslint/parser');
const { default: plugin } = await import('eslint-plugin-async-notifications');

const ruleId = 'async-notifications/no-sync-notification-in-handler';

async function lint(typed) {
  const eslint = new ESLint({
    cwd: app,
    overrideConfigFile: typed ? path.join(app, 'eslint.config.mjs') : true,
    overrideConfig: typed
      ? []
      : [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } }, plugin.configs.recommended],
  });
  return eslint.lintFiles(['.']);
}

function findingsOf(results) {
  return results.flatMap((result) =>
    result.messages
      .filter((m) => m.ruleId === ruleId)
      .map((m) => ({ file: path.relative(app, result.filePath), ...m })),
  );
}

const key = (f) => `${f.file}:${f.line}:${f.column}`;

const typedResults = await lint(true);
const untypedResults = await lint(false);
const typed = findingsOf(typedResults);
const untyped = findingsOf(untypedResults);

const eslint = new ESLint({ cwd: app });
const formatter = await eslint.loadFormatter('stylish');
console.log(`Linting ${path.relative(process.cwd(), app) || app} with ${ruleId} (typed, parserOptions.projectService):`);
console.log(await formatter.format(typedResults));

console.log('Suggestions offered (editor quick fixes; never applied by --fix):');
for (const f of typed) {
  for (const s of f.suggestions ?? []) {
    const before = readFileSync(path.join(app, f.file), 'utf8');
    const after = before.slice(0, s.fix.range[0]) + s.fix.text + before.slice(s.fix.range[1]);
    const old = new Set(before.split('\n'));
    console.log(`  ${f.file}:${f.line}:${f.column}  ${s.desc}`);
    for (const line of after.split('\n').filter((l) => !old.has(l))) console.log(`      + ${line.trim()}`);
  }
}

const untypedKeys = new Set(untyped.map(key));
const typedKeys = new Set(typed.map(key));
console.log('\nOnly the typed mode finds (it follows calls into other files):');
for (const f of typed.filter((f) => !untypedKeys.has(key(f)))) console.log(`  ${key(f)}  ${f.message.split(':')[1]?.split('(')[0]?.trim()}`);
console.log('\nFalse alarms of the untyped mode that types avoid (names judged without reading the body):');
for (const f of untyped.filter((f) => !typedKeys.has(key(f)))) console.log(`  ${key(f)}  ${f.message.split(':')[1]?.split('(')[0]?.trim()}`);
console.log(`\n${typed.length} findings with types, ${untyped.length} without.`);

// no-orphan-event: the like route with its first useInngestSend suggestion applied and no worker
// written yet. The event is sent, nothing is triggered by it: the warning is the safety net.
const orphanRuleId = 'async-notifications/no-orphan-event';
const liked = typed.find((f) => f.file.endsWith(path.join('like', 'route.ts')) && f.suggestions?.length);
if (liked) {
  const before = readFileSync(path.join(app, liked.file), 'utf8');
  const { fix } = liked.suggestions[0];
  const applied = before.slice(0, fix.range[0]) + fix.text + before.slice(fix.range[1]);
  const [result] = await new ESLint({ cwd: app }).lintText(applied, { filePath: path.join(app, liked.file) });
  console.log(`\n${orphanRuleId}, after applying ${liked.file}:${liked.line}:${liked.column}'s first suggestion without a worker:`);
  for (const m of result.messages.filter((m) => m.ruleId === orphanRuleId)) console.log(`  ${liked.file}:${m.line}:${m.column}  ${m.message.split(',')[0]}`);
}
