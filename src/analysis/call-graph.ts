import path from 'node:path';

import ts from 'typescript';

import { findHandOff, isHandOffHelperName } from './hand-offs.js';
import { calleeName, getTsCallee } from './match-client.js';
import type { CallKind, CallSummary, FunctionRef, FunctionSummary, NotificationWork, PathStep } from './model.js';
import type { ClassifyEnv } from './notification-work.js';
import { findNotificationWork, isNotificationHelperName } from './notification-work.js';
import type { EstreeSource } from './summarize-estree.js';
import { summarizeEstreeFunction } from './summarize-estree.js';
import { isFunctionWithBody, summarizeTsFunction } from './summarize-ts.js';

/** The use of a call once its enclosing calls are taken into account. */
export interface EffectiveUsage {
  usage: 'awaited' | 'floating' | 'handedOff' | 'unknown';
  inTransaction: boolean;
}

/** Notification work a call leads to, with how it is waited for along the way. */
export interface WorkTrace {
  work: NotificationWork;
  usage: 'awaited' | 'floating';
  inTransaction: boolean;
  /** The steps below the call that was traced, ending at the work. */
  path: PathStep[];
}

interface TraceResult {
  trace: WorkTrace | undefined;
  /** A cycle cut the search short: a negative answer is not final and is not cached. */
  truncated: boolean;
}

const TRANSACTION_METHODS = new Set(['$transaction', 'transaction']);

/** Conclusions about calls and functions, valid for one program and one set of options. */
interface ConclusionCache {
  classifications: WeakMap<CallSummary, CallKind>;
  traces: WeakMap<object, Map<number, WorkTrace | null>>;
}

// Conclusions use the checker, so they are cached per program (and per options): a new program
// starts afresh, and a dropped program takes its cache with it.
const programCaches = new WeakMap<ts.Program, Map<string, ConclusionCache>>();

function newConclusionCache(): ConclusionCache {
  return { classifications: new WeakMap(), traces: new WeakMap() };
}

function getConclusionCache(program: ts.Program | undefined, optionsKey: string): ConclusionCache {
  if (!program) return newConclusionCache();
  let byOptions = programCaches.get(program);
  if (!byOptions) programCaches.set(program, (byOptions = new Map()));
  let cache = byOptions.get(optionsKey);
  if (!cache) byOptions.set(optionsKey, (cache = newConclusionCache()));
  return cache;
}

/** Walks from a handler's calls into the functions they reach, over cached call summaries. */
export class CallGraph {
  private readonly cache: ConclusionCache;

  constructor(
    private readonly env: ClassifyEnv,
    private readonly source: EstreeSource,
    private readonly lintedFile: string,
    private readonly cwd: string,
  ) {
    this.cache = getConclusionCache(env.tools?.program, env.optionsKey);
  }

  /** Summary of a function, from whichever AST holds it. */
  summarize(ref: FunctionRef): FunctionSummary {
    return ref.kind === 'estree' ? summarizeEstreeFunction(ref.node, this.source) : summarizeTsFunction(ref.node, this.env.tools!.checker);
  }

  /** Classifies a call once per program (per lint without types). */
  classify(call: CallSummary): CallKind {
    const cache = this.cache.classifications;
    const cached = cache.get(call);
    if (cached) return cached;
    const handOff = findHandOff(call, this.env);
    const work = handOff ? undefined : findNotificationWork(call, this.env);
    const kind: CallKind = handOff ? { kind: 'handOff', handOff } : work ? { kind: 'work', work } : { kind: 'other' };
    cache.set(call, kind);
    return kind;
  }

  /** How a call's result is used once hand-offs, `Promise.all`, `.then` and transactions around it are seen. */
  effectiveUsage(call: CallSummary): EffectiveUsage {
    let inTransaction = false;
    let usage = call.usage;
    let floating = usage === 'floating';
    for (let enclosing = call.enclosing, guard = 0; enclosing && guard < 50; enclosing = enclosing.enclosing, guard++) {
      if (this.classify(enclosing).kind === 'handOff') return { usage: 'handedOff', inTransaction };
      if (isTransactionCall(enclosing)) inTransaction = true;
      if (usage === 'viaEnclosing') {
        usage = enclosing.usage;
        floating ||= usage === 'floating';
      }
    }
    if (usage === 'unknown') return { usage: 'unknown', inTransaction };
    return { usage: floating ? 'floating' : 'awaited', inTransaction };
  }

  /** The work a non-work call leads to through the function it calls, within `budget` more calls. */
  traceInto(call: CallSummary, budget: number, visited: Set<object>): TraceResult {
    const target = this.resolveTarget(call);
    if (!target) return { trace: this.traceByName(call), truncated: false };
    // A generator's body runs only when its result is iterated: a dropped generator object does nothing.
    if (isGenerator(target) && this.effectiveUsage(call).usage === 'floating') return { trace: undefined, truncated: false };
    if (budget <= 0) return { trace: undefined, truncated: false };
    if (visited.has(target.node)) return { trace: undefined, truncated: true };
    const cache = this.traceCache(target);
    const cached = cache.get(budget);
    if (cached !== undefined) return { trace: cached ?? undefined, truncated: false };

    visited.add(target.node);
    let truncated = false;
    let found: WorkTrace | undefined;
    for (const inner of this.summarize(target).calls) {
      const effective = this.effectiveUsage(inner);
      if (effective.usage === 'handedOff' || effective.usage === 'unknown') continue;
      const kind = this.classify(inner);
      if (kind.kind === 'handOff') continue;
      const step: PathStep = { text: inner.text, fileName: this.fileOf(target) };
      if (kind.kind === 'work') {
        found = { work: kind.work, usage: effective.usage, inTransaction: effective.inTransaction, path: [step] };
        break;
      }
      const deeper = this.traceInto(inner, budget - 1, visited);
      truncated ||= deeper.truncated;
      if (deeper.trace) {
        found = {
          work: deeper.trace.work,
          usage: effective.usage === 'floating' ? 'floating' : deeper.trace.usage,
          inTransaction: effective.inTransaction || deeper.trace.inTransaction,
          path: [step, ...deeper.trace.path],
        };
        break;
      }
    }
    visited.delete(target.node);
    if (found || !truncated) cache.set(budget, found ?? null);
    return { trace: found, truncated };
  }

  /** Without types, an unresolved callee is judged by its name; with types, names never decide. */
  private traceByName(call: CallSummary): WorkTrace | undefined {
    if (this.env.tools && call.tsNode) return undefined;
    const name = calleeName(call);
    if (!name || isHandOffHelperName(name) || !isNotificationHelperName(name)) return undefined;
    return { work: { channel: 'notification helper', label: `${name} (judged by its name)` }, usage: 'awaited', inTransaction: false, path: [] };
  }

  /** The function a call runs: through the checker (any file of the program), or by scope in the linted file. */
  resolveTarget(call: CallSummary): FunctionRef | undefined {
    if (this.env.tools && call.tsNode) {
      const resolved = resolveWithChecker(call, this.env.tools.checker, this.env.tools.program);
      if (resolved) return resolved;
    }
    return call.localTarget;
  }

  private fileOf(ref: FunctionRef): string | undefined {
    const fileName = ref.kind === 'ts' ? ref.fileName : this.lintedFile;
    // ESLint's Linter may be given a file name relative to its cwd (RuleTester with projectService does).
    if (path.resolve(this.cwd, fileName) === path.resolve(this.cwd, this.lintedFile)) return undefined;
    return path.relative(this.cwd, fileName).replace(/\\/g, '/');
  }

  private traceCache(target: FunctionRef): Map<number, WorkTrace | null> {
    let cache = this.cache.traces.get(target.node);
    if (!cache) this.cache.traces.set(target.node, (cache = new Map()));
    return cache;
  }
}

function isGenerator(ref: FunctionRef): boolean {
  return ref.kind === 'estree' ? ref.node.generator : (ref.node as ts.FunctionLikeDeclaration).asteriskToken !== undefined;
}

function isTransactionCall(call: CallSummary): boolean {
  const name = calleeName(call);
  return name !== undefined && TRANSACTION_METHODS.has(name);
}

/** The declaration with a body that a call runs, when it is in the program's own files. */
function resolveWithChecker(call: CallSummary, checker: ts.TypeChecker, program: ts.Program): FunctionRef | undefined {
  const callee = getTsCallee(call);
  if (!callee || (call.tsNode && ts.isTaggedTemplateExpression(call.tsNode))) return undefined;
  const at = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isElementAccessExpression(callee) ? callee.argumentExpression : callee;
  let symbol = checker.getSymbolAtLocation(at);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  for (const declaration of symbol.declarations ?? []) {
    const fn = functionOfDeclaration(declaration, checker);
    if (!fn) continue;
    const sourceFile = fn.getSourceFile();
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) return undefined;
    return { kind: 'ts', node: fn, name: symbol.name, fileName: sourceFile.fileName };
  }
  return undefined;
}

function functionOfDeclaration(declaration: ts.Declaration, checker: ts.TypeChecker, depth = 0): ts.SignatureDeclaration | undefined {
  if (isFunctionWithBody(declaration)) return declaration;
  let initializer: ts.Expression | undefined;
  if (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) {
    initializer = declaration.initializer;
  } else if (ts.isShorthandPropertyAssignment(declaration) && depth < 3) {
    const value = checker.getShorthandAssignmentValueSymbol(declaration);
    const next = value?.valueDeclaration ?? value?.declarations?.[0];
    return next ? functionOfDeclaration(next, checker, depth + 1) : undefined;
  } else if (ts.isExportAssignment(declaration)) {
    initializer = declaration.expression;
  }
  while (initializer && (ts.isParenthesizedExpression(initializer) || ts.isAsExpression(initializer) || ts.isSatisfiesExpression(initializer))) {
    initializer = initializer.expression;
  }
  if (initializer && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer))) return initializer;
  if (initializer && ts.isIdentifier(initializer) && depth < 3) {
    let symbol = checker.getSymbolAtLocation(initializer);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const next = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    return next ? functionOfDeclaration(next, checker, depth + 1) : undefined;
  }
  return undefined;
}
