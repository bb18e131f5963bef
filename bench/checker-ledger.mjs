// The checker ledger (`node bench/run.mjs --checker-ledger`): which of the plugin's functions ask
// the type checker what, and how long the answers take. The shipped plugin carries no
// instrumentation; this module makes an instrumented copy of a build and reads what it recorded.
//
// - makeInstrumentedCopy(pluginEntry): copies the build (its dist/ and package.json) to
//   bench/.generated/checker-ledger/package and rewrites the copy so that every
//   `program.getTypeChecker()` goes through a Proxy that times each checker method call,
//   `getTypeTools` notes the file being analysed (it runs once per analysed file, before any
//   question), and `typeMatchesSomeSpecifier` (type-utils asks the checker itself) counts as one
//   question. TypeScript's Type, Symbol and Signature methods that call the checker (type.getProperty,
//   signature.getReturnType, ...) are timed too. Only the outermost call is timed (a question the
//   checker asks itself on the way is part of the first), and it is charged to the first plugin
//   frame on the stack, with the plugin frame that called that one.
// - The worker that loads the copy writes the ledger (JSON) to $CHECKER_LEDGER_OUT at exit.
// - summarizeLedger(ledger, ...) condenses it (call sites by time, the slowest questions, per
//   analysed file) and renderLedger(summary) gives the markdown table.
//
//   node bench/checker-ledger.mjs <ledger.json> [--top 25]   prints the table of a saved ledger
//
// Call sites are functions and lines of the build (dist/*.js), not of src/: tsc keeps the shape of
// the code, so the function name finds the source. The timing wrapper adds its own cost (a stack
// capture per question) to the rule's time; the ledger measures it and the summary subtracts it.

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const COPY_ROOT = path.join(here, '.generated', 'checker-ledger');
const HOOKS_FILE = 'checker-ledger-hooks.js';
/** Exported functions of the build that ask the checker through code of another package. */
// `loads`: the package it loads on its first call, loaded just before (and timed apart), so that
// the first question does not carry a module load.
const QUESTIONS = [{ file: 'analysis/type-utils.js', name: 'typeMatchesSomeSpecifier', label: 'type-utils.typeMatchesSomeSpecifier', loads: '@typescript-eslint/type-utils' }];
// The forwarders wrapExport writes are on the stack of their own questions: the caller is the site.
const FORWARDERS = new Set(QUESTIONS.map((q) => `${q.name} (${q.file}`));
const SLOWEST = 15;

// ---------------------------------------------------------------------------------------------
// The instrumented copy (run.mjs's process)

/**
 * Copies the build whose entry is `pluginEntry` (…/dist/index.js) and instruments the copy.
 * Returns the copy's entry and what was instrumented; throws when the build has no checker to wrap.
 */
export function makeInstrumentedCopy(pluginEntry) {
  const distDir = path.dirname(path.resolve(pluginEntry));
  const packageDir = path.dirname(distDir);
  const target = path.join(COPY_ROOT, 'package');
  fs.rmSync(COPY_ROOT, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  fs.cpSync(distDir, path.join(target, 'dist'), { recursive: true });
  // dist/index.js reads ../package.json (name, version, "type": "module").
  const packageJson = [path.join(packageDir, 'package.json'), path.join(here, '..', 'package.json')].find((f) => fs.existsSync(f));
  fs.copyFileSync(packageJson, path.join(target, 'package.json'));
  const dist = path.join(target, 'dist');
  fs.writeFileSync(
    path.join(dist, HOOKS_FILE),
    [
      '// Written by bench/checker-ledger.mjs: the timing hooks of this instrumented copy.',
      "import { createRequire } from 'node:module';",
      `import { createLedgerHooks } from ${JSON.stringify(pathToFileURL(fileURLToPath(import.meta.url)).href)};`,
      'export const hooks = createLedgerHooks(new URL(".", import.meta.url), createRequire(import.meta.url));',
      '',
    ].join('\n'),
  );
  const done = { checkers: [], fileHook: false, questions: [] };
  for (const file of listJs(dist)) {
    const rel = path.relative(dist, file).split(path.sep).join('/');
    if (rel === HOOKS_FILE) continue;
    let text = fs.readFileSync(file, 'utf8');
    const before = text;
    text = text.replace(/\b([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\.getTypeChecker\(\)/g, (call) => {
      done.checkers.push(rel);
      return `__ledger.checker(${call})`;
    });
    if (rel === 'analysis/types-or-syntax.js') {
      const wrapped = wrapExport(text, 'getTypeTools', '__ledger.getTypeTools');
      done.fileHook = wrapped !== text;
      text = wrapped;
    }
    for (const q of QUESTIONS.filter((x) => x.file === rel)) {
      const wrapped = wrapExport(text, q.name, `__ledger.question.bind(null, ${JSON.stringify(q.label)})`);
      if (wrapped !== text) done.questions.push(q.label);
      text = wrapped;
    }
    if (text === before) continue;
    const hooks = path.relative(path.dirname(file), path.join(dist, HOOKS_FILE)).split(path.sep).join('/');
    const importLine = `import { hooks as __ledger } from ${JSON.stringify(hooks.startsWith('.') ? hooks : `./${hooks}`)};\n`;
    // After a hashbang, if any (an import may stand anywhere at the top level of a module).
    text = text.startsWith('#!') ? text.replace(/^.*\n/, (line) => line + importLine) : importLine + text;
    fs.writeFileSync(file, text);
  }
  if (done.checkers.length === 0) throw new Error(`${distDir}: no \`.getTypeChecker()\` call to instrument; is this a build of the plugin?`);
  const notes = [];
  if (!done.fileHook) notes.push('getTypeTools not found in analysis/types-or-syntax.js: no per-file figures');
  for (const q of QUESTIONS) if (!done.questions.includes(q.label)) notes.push(`${q.name} not found in ${q.file}: its checker work is not counted`);
  return { entry: path.join(dist, 'index.js'), dir: target, checkers: done.checkers, notes };
}

function listJs(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listJs(full);
    return e.name.endsWith('.js') ? [full] : [];
  });
}

/** `export function name(` becomes a forwarder to `hook(original, args)`; the original keeps its body. */
function wrapExport(text, name, hook) {
  const head = `export function ${name}(`;
  if (!text.includes(head)) return text;
  return text.replace(head, `export function ${name}(...args) { return ${hook}(__ledgerOriginal_${name}, args); }\nfunction __ledgerOriginal_${name}(`);
}

// ---------------------------------------------------------------------------------------------
// The hooks (the lint worker's process, loaded by the instrumented copy)

/** The hooks the instrumented copy calls; `distUrl` is its dist/ directory, `requireHere` its require. */
export function createLedgerHooks(distUrl, requireHere) {
  const distPath = fileURLToPath(distUrl);
  const distHref = distUrl.href;
  const sites = new Map();
  const files = new Map();
  const slowest = [];
  const totals = { calls: 0, ms: 0, overheadMs: 0, outsideCalls: 0, outsideMs: 0, loads: {} };
  const projectRoot = process.env.CHECKER_LEDGER_ROOT ? path.resolve(process.env.CHECKER_LEDGER_ROOT) : process.cwd();
  let depth = 0;
  let currentFile = null;
  let active = false;
  const proxies = new WeakMap();

  function activate() {
    if (active) return;
    active = true;
    patchPrototypes(requireHere('typescript'));
    process.on('exit', () => {
      const out = process.env.CHECKER_LEDGER_OUT;
      if (!out) return;
      const sortByMs = (m) => [...m.values()].sort((a, b) => b.ms - a.ms);
      const ledger = {
        dist: distPath,
        root: projectRoot,
        totals,
        sites: sortByMs(sites).map((s) => ({ ...s, callers: sortByMs(s.callers), methods: sortByMs(s.methods) })),
        slowest,
        files: Object.fromEntries([...files].map(([file, v]) => [path.relative(projectRoot, file).split(path.sep).join('/'), v])),
      };
      fs.writeFileSync(out, JSON.stringify(ledger));
    });
  }

  /** TypeScript's Type, Symbol and Signature methods that ask the checker (type.getProperty(...)). */
  function patchPrototypes(ts) {
    const alloc = ts.objectAllocator;
    if (!alloc) return;
    for (const [label, ctor] of [['Type', alloc.getTypeConstructor()], ['Symbol', alloc.getSymbolConstructor()], ['Signature', alloc.getSignatureConstructor()]]) {
      const proto = ctor.prototype;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const desc = Object.getOwnPropertyDescriptor(proto, name);
        const original = desc?.value;
        if (name === 'constructor' || typeof original !== 'function' || !String(original).includes('checker')) continue;
        const method = `${label}.${name}`;
        proto[name] = function (...args) {
          return timed(method, original, this, args);
        };
      }
    }
  }

  function timed(method, fn, self, args) {
    if (depth > 0) return fn.apply(self, args);
    depth++;
    const t0 = performance.now();
    try {
      return fn.apply(self, args);
    } finally {
      const ms = performance.now() - t0;
      depth--;
      record(method, self, args, ms);
    }
  }

  function record(method, self, args, ms) {
    const b0 = performance.now();
    const [first, second] = pluginFrames();
    if (!first) {
      // A question nobody in the plugin asked (another package calling a Type method).
      totals.outsideCalls++;
      totals.outsideMs += ms;
      totals.overheadMs += performance.now() - b0;
      return;
    }
    totals.calls++;
    totals.ms += ms;
    const site = sites.get(first.key) ?? { fn: first.fn, where: first.where, n: 0, ms: 0, callers: new Map(), methods: new Map() };
    sites.set(first.key, site);
    site.n++;
    site.ms += ms;
    const callerKey = second ? second.key : '(ESLint: a listener of the rule)';
    const caller = site.callers.get(callerKey) ?? { fn: second?.fn ?? '(rule listener)', where: second?.where ?? '', n: 0, ms: 0 };
    site.callers.set(callerKey, caller);
    caller.n++;
    caller.ms += ms;
    const m = site.methods.get(method) ?? { method, n: 0, ms: 0 };
    site.methods.set(method, m);
    m.n++;
    m.ms += ms;
    if (currentFile) {
      const f = files.get(currentFile);
      if (f) {
        f.calls++;
        f.ms += ms;
      }
    }
    if (slowest.length < SLOWEST || ms > slowest[slowest.length - 1].ms) {
      slowest.push({ ms, method, site: first.key, linted: currentFile ? path.relative(projectRoot, currentFile).split(path.sep).join('/') : '', node: describeQuestion(self, args) });
      slowest.sort((a, b) => b.ms - a.ms);
      if (slowest.length > SLOWEST) slowest.pop();
    }
    totals.overheadMs += performance.now() - b0;
  }

  /** The first two frames of the instrumented build on the stack, innermost first. */
  function pluginFrames() {
    // Structured call sites (no string formatting); whatever formatter was set is put back.
    const prepare = Reflect.get(Error, 'prepareStackTrace');
    const limit = Error.stackTraceLimit;
    Error.prepareStackTrace = (_error, callSites) => callSites;
    Error.stackTraceLimit = 60;
    const holder = {};
    Error.captureStackTrace(holder, pluginFrames);
    const callSites = holder.stack;
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
    const out = [];
    for (const cs of Array.isArray(callSites) ? callSites : []) {
      const file = cs.getFileName() ?? '';
      let rel;
      if (file.startsWith(distHref)) rel = file.slice(distHref.length);
      else if (file.startsWith(distPath)) rel = file.slice(distPath.length).split(path.sep).join('/');
      else continue;
      if (rel === HOOKS_FILE) continue;
      const typeName = cs.getTypeName();
      let fn = cs.getFunctionName() ?? '(anonymous)';
      if (typeName && !['Object', 'undefined', 'global'].includes(typeName) && !fn.includes('.')) fn = `${typeName}.${fn}`;
      if (FORWARDERS.has(`${fn} (${rel}`)) continue;
      const where = `${rel}:${cs.getLineNumber()}`;
      out.push({ fn, where, key: `${fn} (${where})` });
      if (out.length === 2) break;
    }
    return out;
  }

  /** What a slow question was about: the node it names (file:line and text), else its symbol or type. */
  function describeQuestion(self, args) {
    try {
      const things = [...args, self];
      const node = things.find(isTsNode) ?? (isSignature(self) && isTsNode(self.declaration) ? self.declaration : undefined);
      if (node) return describeNode(node);
      const symbol = things.find(isSymbol) ?? things.find(isType)?.symbol ?? things.find(isType)?.aliasSymbol;
      if (symbol) {
        const decl = symbol.declarations?.[0];
        return `symbol ${symbol.escapedName}${decl ? ` declared at ${describeNode(decl, false)}` : ''}`;
      }
      return things.some(isType) ? 'an anonymous type' : '';
    } catch {
      return '';
    }
  }

  function describeNode(node, withText = true) {
    const sf = node.getSourceFile();
    const rel = path.relative(projectRoot, sf.fileName).split(path.sep).join('/');
    const file = rel.includes('node_modules/') ? rel.slice(rel.lastIndexOf('node_modules/') + 'node_modules/'.length) : rel;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    if (!withText) return `${file}:${line}`;
    const text = node.getText(sf).replace(/\s+/g, ' ');
    return `${file}:${line}: ${text.length > 70 ? `${text.slice(0, 67)}...` : text}`;
  }

  return {
    /** The program's checker, each method call timed; one Proxy per checker. */
    checker(checker) {
      activate();
      let proxy = proxies.get(checker);
      if (proxy) return proxy;
      const wrapped = new Map();
      proxy = new Proxy(checker, {
        get(target, prop) {
          const value = target[prop];
          if (typeof value !== 'function') return value;
          let w = wrapped.get(prop);
          if (!w) {
            const method = String(prop);
            w = (...args) => timed(method, value, target, args);
            wrapped.set(prop, w);
          }
          return w;
        },
      });
      proxies.set(checker, proxy);
      return proxy;
    },
    /** getTypeTools(context): the rule starts on a file; its questions are charged to it from here. */
    getTypeTools(original, args) {
      activate();
      const context = args[0];
      const file = context?.physicalFilename ?? context?.filename ?? null;
      if (file) {
        currentFile = file;
        if (!files.has(file)) files.set(file, { calls: 0, ms: 0 });
      }
      return original(...args);
    },
    /** A function of the build that asks the checker through another package: one question. */
    question(label, original, args) {
      activate();
      const loads = QUESTIONS.find((q) => q.label === label)?.loads;
      if (loads && !(loads in totals.loads)) {
        // The load the rule would do inside this call, done just before it: the plugin's own time.
        const t0 = performance.now();
        requireHere(loads);
        totals.loads[loads] = performance.now() - t0;
      }
      return timed(label, original, undefined, args);
    },
  };
}

const isTsNode = (x) => Boolean(x) && typeof x === 'object' && typeof x.kind === 'number' && typeof x.pos === 'number' && typeof x.getSourceFile === 'function';
const isSymbol = (x) => Boolean(x) && typeof x === 'object' && typeof x.flags === 'number' && 'escapedName' in x;
const isType = (x) => Boolean(x) && typeof x === 'object' && typeof x.flags === 'number' && 'checker' in x && !('escapedName' in x) && !('declaration' in x);
const isSignature = (x) => Boolean(x) && typeof x === 'object' && 'checker' in x && 'declaration' in x;

// ---------------------------------------------------------------------------------------------
// The summary (run.mjs's process)

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(ms >= 10 ? 1 : 2)} ms`);
const fmtPct = (x) => `${(x * 100).toFixed(0)}%`;

/**
 * Condenses a ledger and the instrumented lint's result (`perFile` from lint-worker.mjs
 * --per-file) into what the report shows. `measuredRuleMs` is the rule's own time in the normal
 * (uninstrumented) runs, for comparison; `handlerFiles` optionally limits the per-file figures.
 */
export function summarizeLedger(ledger, { result, measuredRuleMs, handlerFiles, top = 25 } = {}) {
  const ruleOf = new Map((result?.perFile ?? []).map((f) => [f.file, f.ruleMs]));
  const analysed = Object.entries(ledger.files)
    .filter(([file]) => !handlerFiles || handlerFiles.has(file))
    .map(([file, v]) => ({ file, calls: v.calls, ms: v.ms, ruleMs: ruleOf.get(file) ?? NaN }));
  analysed.sort((a, b) => b.ms - a.ms);
  return {
    totals: ledger.totals,
    ruleMs: result?.ruleMs,
    wallMs: result?.wallMs,
    files: result?.files,
    measuredRuleMs,
    sites: ledger.sites.slice(0, top).map((s) => ({
      fn: s.fn,
      where: s.where,
      n: s.n,
      ms: s.ms,
      caller: s.callers[0] ? { fn: s.callers[0].fn, where: s.callers[0].where, ms: s.callers[0].ms } : null,
      otherCallers: s.callers.length - 1,
      methods: s.methods.slice(0, 3),
      otherMethods: s.methods.length - 3,
    })),
    rest: ledger.sites.slice(top).reduce((acc, s) => ({ sites: acc.sites + 1, n: acc.n + s.n, ms: acc.ms + s.ms }), { sites: 0, n: 0, ms: 0 }),
    slowest: ledger.slowest,
    perFile: {
      count: analysed.length,
      medianMs: median(analysed.map((f) => f.ms)),
      maxMs: analysed[0]?.ms ?? NaN,
      medianCalls: median(analysed.map((f) => f.calls)),
      medianRuleMs: median(analysed.map((f) => f.ruleMs).filter((x) => !Number.isNaN(x))),
      top: analysed.slice(0, 5),
    },
  };
}

/** The summary as markdown lines: coverage, call sites by time, the slowest questions, per file. */
export function renderLedger(s) {
  const t = s.totals;
  const lines = [];
  const ownMs = s.ruleMs === undefined ? NaN : s.ruleMs - t.overheadMs;
  lines.push(
    `Checker questions the plugin asked in one typed lint with an instrumented copy of the build${s.files === undefined ? '' : ` (${s.files.toLocaleString('en-US')} files)`}: ` +
      `${t.calls.toLocaleString('en-US')} questions, ${fmtMs(t.ms)}.`,
    '',
  );
  if (s.ruleMs !== undefined) {
    lines.push(
      `- Coverage: the rule's own time (ESLint stats) in that lint was ${fmtMs(s.ruleMs)}, of which ${fmtMs(t.overheadMs)} is the ledger's bookkeeping (a stack capture per question); ` +
        `of the remaining ${fmtMs(ownMs)}, checker questions are ${fmtMs(t.ms)} (${fmtPct(t.ms / ownMs)}) and the plugin's own code the other ${fmtMs(Math.max(0, ownMs - t.ms))}.` +
        (s.measuredRuleMs === undefined ? '' : ` Without instrumentation (the measured runs) the rule took ${fmtMs(s.measuredRuleMs)}.`) +
        Object.entries(t.loads ?? {}).map(([name, ms]) => ` Loading \`${name}\` on its first use (${fmtMs(ms)}) is the plugin's own time, not a question.`).join(''),
    );
  }
  if (t.outsideCalls) lines.push(`- Not charged to the plugin (no plugin frame on the stack): ${t.outsideCalls} calls, ${fmtMs(t.outsideMs)}.`);
  const pf = s.perFile;
  if (pf.count) {
    const top = pf.top[0];
    lines.push(
      `- Per analysed handler file (${pf.count} files; the rule's \`getTypeTools\` marks where each starts): checker time median ${fmtMs(pf.medianMs)} (${pf.medianCalls} questions), ` +
        `max ${fmtMs(pf.maxMs)} (\`${top.file}\`, ${top.calls} questions${Number.isNaN(top.ruleMs) ? '' : `, rule ${fmtMs(top.ruleMs)}`})${Number.isNaN(pf.medianRuleMs) ? '' : `; the rule's own time per such file: median ${fmtMs(pf.medianRuleMs)}`}.`,
    );
  }
  lines.push(
    '- Only the outermost call is timed (what the checker asks itself on the way is part of it); a call is charged to the first plugin frame on the stack, "called from" is the plugin frame above it (the caller that paid the most). Lines are of the build (`dist/`).',
    '',
    '| Plugin call site | Called from | Questions | Checker time | Share | Main questions (count, time) |',
    '|---|---|---|---|---|---|',
  );
  for (const site of s.sites) {
    const caller = site.caller ? `\`${site.caller.fn}\`${site.caller.where ? ` (${site.caller.where})` : ''}${site.otherCallers > 0 ? ` +${site.otherCallers} more` : ''}` : '–';
    const methods = site.methods.map((m) => `${m.method} ${m.n}, ${fmtMs(m.ms)}`).join('; ') + (site.otherMethods > 0 ? `; +${site.otherMethods} more` : '');
    lines.push(`| \`${site.fn}\` (${site.where}) | ${caller} | ${site.n.toLocaleString('en-US')} | ${fmtMs(site.ms)} | ${fmtPct(site.ms / t.ms)} | ${methods} |`);
  }
  if (s.rest.sites) lines.push(`| ${s.rest.sites} more call sites | | ${s.rest.n.toLocaleString('en-US')} | ${fmtMs(s.rest.ms)} | ${fmtPct(s.rest.ms / t.ms)} | |`);
  lines.push('', `The ${s.slowest.length} slowest single questions:`, '', '| Time | Question | Call site | Linted file | About |', '|---|---|---|---|---|');
  for (const q of s.slowest) lines.push(`| ${fmtMs(q.ms)} | ${q.method} | \`${q.site}\` | ${q.linted ? `\`${q.linted}\`` : '–'} | ${q.node ? `\`${q.node.replace(/\|/g, '\\|').replace(/`/g, "'")}\`` : '–'} |`);
  if (pf.top.length > 1) {
    lines.push('', 'Handler files with the most checker time:', '', '| File | Questions | Checker time | Rule\'s own time (instrumented) |', '|---|---|---|---|');
    for (const f of pf.top) lines.push(`| \`${f.file}\` | ${f.calls} | ${fmtMs(f.ms)} | ${Number.isNaN(f.ruleMs) ? '–' : fmtMs(f.ruleMs)} |`);
  }
  lines.push('');
  return lines;
}

// ---------------------------------------------------------------------------------------------
// CLI: the table of a saved ledger.

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const topAt = argv.indexOf('--top');
  const top = topAt === -1 ? 25 : Number(argv[topAt + 1]);
  const files = argv.filter((a, i) => !a.startsWith('--') && (topAt === -1 || i !== topAt + 1));
  if (files.length !== 1 || !fs.existsSync(files[0]) || !(top > 0)) {
    console.error('usage: node bench/checker-ledger.mjs <ledger.json> [--top N]  (a ledger that run.mjs --checker-ledger wrote, bench/.generated/checker-ledger-*.json)');
    process.exit(2);
  }
  console.log(renderLedger(summarizeLedger(JSON.parse(fs.readFileSync(files[0], 'utf8')), { top })).join('\n'));
}
