import path from 'node:path';

import { isThenableType, isTypeFlagSet } from 'ts-api-utils';
import ts from 'typescript';

import { TRANSACTION_METHODS } from './catalogue.js';
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

/** Conclusions about calls and functions, valid for one program and one set of options. */
interface ConclusionCache {
  classifications: WeakMap<CallSummary, CallKind>;
  /** The function each call runs, once resolved (null: none of the program's). */
  targets: WeakMap<CallSummary, FunctionRef | null>;
  traces: WeakMap<object, Map<number, WorkTrace | null>>;
  /** Files whose functions a cached trace walked: a conclusion may depend on their text. */
  walkedFiles: Set<string>;
}

// Conclusions use the checker, so they are cached per program (and per options); a dropped program
// takes its cache with it.
const programCaches = new WeakMap<ts.Program, Map<string, ConclusionCache>>();
/** The files of the last program seen, and its caches: the editor's next program may inherit them. */
let latest: { files: readonly ts.SourceFile[]; byOptions: Map<string, ConclusionCache> } | undefined;

function newConclusionCache(): ConclusionCache {
  return { classifications: new WeakMap(), targets: new WeakMap(), traces: new WeakMap(), walkedFiles: new Set() };
}

function getConclusionCache(program: ts.Program | undefined, optionsKey: string, lintedFile: string): ConclusionCache {
  if (!program) return newConclusionCache();
  let byOptions = programCaches.get(program);
  if (!byOptions) {
    byOptions = inheritedCaches(program, lintedFile) ?? new Map();
    programCaches.set(program, byOptions);
    latest = { files: program.getSourceFiles(), byOptions };
  }
  let cache = byOptions.get(optionsKey);
  if (!cache) byOptions.set(optionsKey, (cache = newConclusionCache()));
  return cache;
}

/**
 * An editor builds a new program for every edit, with the same `SourceFile` objects for the files
 * that did not change. When the only changed file is the one being linted, and no cached trace
 * walked through it, the conclusions about the other files still hold: the new program inherits
 * them instead of asking a fresh checker again (the linted file's own findings are recomputed).
 */
function inheritedCaches(program: ts.Program, lintedFile: string): Map<string, ConclusionCache> | undefined {
  if (!latest) return undefined;
  const files = program.getSourceFiles();
  if (files.length !== latest.files.length) return undefined;
  const linted = path.resolve(lintedFile);
  for (let i = 0; i < files.length; i++) {
    if (files[i] !== latest.files[i] && path.resolve(files[i]!.fileName) !== linted) return undefined;
  }
  for (const cache of latest.byOptions.values()) if (cache.walkedFiles.has(linted)) return undefined;
  return latest.byOptions;
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
    this.cache = getConclusionCache(env.tools?.program, env.optionsKey, lintedFile);
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
  effectiveUsage(call: CallSummary, ownUsage: CallSummary['usage'] = call.usage): EffectiveUsage {
    let inTransaction = false;
    let usage = ownUsage;
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

  /**
   * Settles a floating use with the checker. The syntax calls a call floating when nothing awaits
   * its result, but only a promise or another thenable can float. A call the checker types as
   * neither has run to completion before the next statement (`db.prepare(sql).run()` of a
   * synchronous driver, a helper that returns void): then its enclosing call decides, or, for a
   * helper, the body it runs. Only the call's own floating use is settled: one that comes from an
   * enclosing call (`items.forEach(async ...)`) stays. Without types nothing changes.
   */
  settleUsage(call: CallSummary, effective: EffectiveUsage, isWork: boolean): EffectiveUsage {
    if (effective.usage !== 'floating' || call.usage !== 'floating' || !this.completesSynchronously(call, isWork)) return effective;
    return this.effectiveUsage(call, call.enclosing ? 'viaEnclosing' : 'awaited');
  }

  private completesSynchronously(call: CallSummary, isWork: boolean): boolean {
    const node = call.tsNode;
    if (!this.env.tools || !node) return false;
    const { checker } = this.env.tools;
    const type = checker.getTypeAtLocation(node);
    if (isTypeFlagSet(type, ts.TypeFlags.Any | ts.TypeFlags.Unknown) || isThenableType(checker, node, type)) return false;
    // A library call given a callback (`transporter.sendMail(mail, (err) => ...)`) reports back later: nothing waits for it.
    if (isWork) return !ts.isTaggedTemplateExpression(node) && !(node.arguments ?? []).some((arg) => checker.getTypeAtLocation(arg).getCallSignatures().length > 0);
    // A function declared to return void may still be async: its promise floats all the same.
    const target = this.resolveTarget(call);
    return target === undefined || !isAsyncFunction(target);
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
      const syntactic = this.effectiveUsage(inner);
      if (syntactic.usage === 'handedOff' || syntactic.usage === 'unknown') continue;
      const kind = this.classify(inner);
      if (kind.kind === 'handOff') continue;
      const step: PathStep = { text: inner.text, fileName: this.fileOf(target) };
      if (kind.kind === 'work') {
        const effective = this.settleUsage(inner, syntactic, true);
        if (effective.usage !== 'awaited' && effective.usage !== 'floating') continue;
        found = { work: kind.work, usage: effective.usage, inTransaction: effective.inTransaction, path: [step] };
        break;
      }
      const deeper = this.traceInto(inner, budget - 1, visited);
      truncated ||= deeper.truncated;
      const effective = deeper.trace ? this.settleUsage(inner, syntactic, false) : syntactic;
      if (deeper.trace && (effective.usage === 'awaited' || effective.usage === 'floating')) {
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
    const cached = this.cache.targets.get(call);
    if (cached !== undefined) return cached ?? undefined;
    let target = call.localTarget;
    if (this.env.tools && call.tsNode) target = resolveWithChecker(call, this.env.tools.checker, this.env.tools.program) ?? target;
    // A cached target is a node of its file: the editor's next program may inherit it only if that file is unchanged.
    if (target?.kind === 'ts') this.cache.walkedFiles.add(path.resolve(target.fileName));
    this.cache.targets.set(call, target ?? null);
    return target;
  }

  private fileOf(ref: FunctionRef): string | undefined {
    const fileName = ref.kind === 'ts' ? ref.fileName : this.lintedFile;
    // ESLint's Linter may be given a file name relative to its cwd (RuleTester with projectService does).
    if (path.resolve(this.cwd, fileName) === path.resolve(this.cwd, this.lintedFile)) return undefined;
    return path.relative(this.cwd, fileName).replace(/\\/g, '/');
  }

  private traceCache(target: FunctionRef): Map<number, WorkTrace | null> {
    if (target.kind === 'ts') this.cache.walkedFiles.add(path.resolve(target.fileName));
    let cache = this.cache.traces.get(target.node);
    if (!cache) this.cache.traces.set(target.node, (cache = new Map()));
    return cache;
  }
}

function isAsyncFunction(ref: FunctionRef): boolean {
  if (ref.kind === 'estree') return ref.node.async;
  return ts.getCombinedModifierFlags(ref.node as ts.Declaration) & ts.ModifierFlags.Async ? true : false;
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
  // Syntax and names before types: the symbol of a method needs the type of its receiver, which for
  // a query builder (`db.select().from(t).where(...)`) costs hundreds of milliseconds in a fresh
  // checker. A receiver rooted in a library value cannot lead to a function of the program.
  if ((ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) && isLibraryExpression(callee.expression, checker, program)) {
    return undefined;
  }
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

function isLibraryFile(sourceFile: ts.SourceFile, program: ts.Program): boolean {
  return sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile);
}

function skipOuterExpressions(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAwaitExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isNonNullExpression(current)) {
    current = current.expression;
  }
  return current;
}

/** The declaration a symbol stands for, through imports (name resolution only, no type inference). */
function declarationOfSymbol(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): ts.Declaration | undefined {
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

function isLibraryTypeReference(typeNode: ts.TypeNode, checker: ts.TypeChecker, program: ts.Program): boolean {
  if (!ts.isTypeReferenceNode(typeNode)) return false;
  const name = ts.isQualifiedName(typeNode.typeName) ? typeNode.typeName.right : typeNode.typeName;
  let symbol = checker.getSymbolAtLocation(name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declarations = symbol?.declarations ?? [];
  return declarations.length > 0 && declarations.every((d) => isLibraryFile(d.getSourceFile(), program));
}

/** Whether an argument could carry a function of the program into a library call (DI tokens, wrapped objects). */
function mayCarryProjectFunctions(arg: ts.Expression, checker: ts.TypeChecker, program: ts.Program): boolean {
  const node = skipOuterExpressions(arg);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node)) return true;
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.some((p) => {
      if (ts.isPropertyAssignment(p)) return mayCarryProjectFunctions(p.initializer, checker, program);
      if (ts.isSpreadAssignment(p)) return mayCarryProjectFunctions(p.expression, checker, program);
      if (ts.isShorthandPropertyAssignment(p)) return mayHoldProjectFunctions(checker.getShorthandAssignmentValueSymbol(p), checker, program);
      return true;
    });
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.some((e) => mayCarryProjectFunctions(e, checker, program));
  return ts.isIdentifier(node) && mayHoldProjectFunctions(checker.getSymbolAtLocation(node), checker, program);
}

/** Whether a value of the program may hold its functions: a function, a class, an object, or a module exporting one. */
function mayHoldProjectFunctions(symbol: ts.Symbol | undefined, checker: ts.TypeChecker, program: ts.Program, inModule = false): boolean {
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!symbol || !declaration || isLibraryFile(declaration.getSourceFile(), program)) return false;
  if (ts.isSourceFile(declaration)) {
    // `import * as schema from './schema'`: a namespace holds functions when the module exports some.
    return !inModule && checker.getExportsOfModule(symbol).some((s) => mayHoldProjectFunctions(s, checker, program, true));
  }
  if (ts.isClassDeclaration(declaration) || ts.isFunctionDeclaration(declaration)) return true;
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  const init = skipOuterExpressions(declaration.initializer);
  return !ts.isCallExpression(init) && !ts.isNewExpression(init) && !ts.isLiteralExpression(init) && !ts.isTemplateExpression(init);
}

/**
 * Whether an expression's value comes from a library, judged from names and declarations only
 * (no type inference): its chain starts at a library import or global (`NextResponse`, `Promise`),
 * at a parameter or variable annotated with a library type (`req: NextApiRequest`), at a variable
 * made by a library call or constructor (`db = drizzle(...)`, `resend = new Resend()`,
 * `rows = await db.select()...`), or at the callback parameter of a library call
 * (`db.transaction(async (tx) => ...)`), and no argument along the way can carry a function of the
 * program (`container.get(NotifierService)` and `Object.freeze({ notify })` are still asked about).
 */
function isLibraryExpression(expression: ts.Expression, checker: ts.TypeChecker, program: ts.Program, depth = 0): boolean {
  let node = skipOuterExpressions(expression);
  for (;;) {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      if ((node.arguments ?? []).some((a) => mayCarryProjectFunctions(a, checker, program))) return false;
      node = skipOuterExpressions(node.expression);
    } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      node = skipOuterExpressions(node.expression);
    } else {
      break;
    }
  }
  if (!ts.isIdentifier(node) || depth > 3) return false;
  const declaration = declarationOfSymbol(checker.getSymbolAtLocation(node), checker);
  if (!declaration) return false;
  if (isLibraryFile(declaration.getSourceFile(), program)) return true;
  if ((ts.isParameter(declaration) || ts.isVariableDeclaration(declaration)) && declaration.type) {
    return isLibraryTypeReference(declaration.type, checker, program);
  }
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = skipOuterExpressions(declaration.initializer);
    return (ts.isCallExpression(init) || ts.isNewExpression(init)) && isLibraryExpression(init, checker, program, depth + 1);
  }
  if (ts.isParameter(declaration) && ts.isIdentifier(declaration.name)) {
    // The callback parameter of a library call: its value comes from the library.
    let fn: ts.Node = declaration.parent;
    while (ts.isParenthesizedExpression(fn.parent)) fn = fn.parent;
    const call = fn.parent;
    if ((ts.isArrowFunction(declaration.parent) || ts.isFunctionExpression(declaration.parent)) && ts.isCallExpression(call) && call.arguments.includes(fn as ts.Expression)) {
      const others = call.arguments.filter((a) => a !== fn);
      if (!others.some((a) => mayCarryProjectFunctions(a, checker, program)) && isLibraryExpression(call.expression, checker, program, depth + 1)) return true;
      // The callback of a project function (`withAuth(async (request) => ...)`) whose declared
      // parameter types the callback's parameter with a library type (`(request: NextRequest) => ...`).
      const declared = declaredCallbackParameterType(call, call.arguments.indexOf(fn as ts.Expression), declaration.parent.parameters.indexOf(declaration), checker);
      return declared !== undefined && isLibraryTypeReference(declared, checker, program);
    }
  }
  return false;
}

/**
 * The type annotation that a called function's declaration gives to a parameter of the callback
 * passed at `argIndex` (`withAuth(handler: AuthedHandler)` with `type AuthedHandler = (request:
 * NextRequest) => ...`), read from declarations only: the callee and type aliases are resolved by
 * name, nothing is inferred.
 */
function declaredCallbackParameterType(call: ts.CallExpression, argIndex: number, paramIndex: number, checker: ts.TypeChecker): ts.TypeNode | undefined {
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isIdentifier(callee) || argIndex < 0 || paramIndex < 0) return undefined;
  const declaration = declarationOfSymbol(checker.getSymbolAtLocation(callee), checker);
  let fn: ts.SignatureDeclaration | undefined;
  if (declaration && ts.isFunctionDeclaration(declaration)) fn = declaration;
  else if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = skipOuterExpressions(declaration.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) fn = init;
  }
  let type = fn?.parameters[argIndex]?.type;
  for (let depth = 0; type && depth < 3; depth++) {
    if (ts.isFunctionTypeNode(type)) return type.parameters[paramIndex]?.type;
    if (ts.isParenthesizedTypeNode(type)) type = type.type;
    else if (ts.isTypeReferenceNode(type) && !type.typeArguments) {
      const alias = declarationOfSymbol(checker.getSymbolAtLocation(ts.isQualifiedName(type.typeName) ? type.typeName.right : type.typeName), checker);
      type = alias && ts.isTypeAliasDeclaration(alias) && !alias.typeParameters ? alias.type : undefined;
    } else return undefined;
  }
  return undefined;
}
