import path from 'node:path';

import type { TSESTree } from '@typescript-eslint/utils';

import { isThenableType, isTypeFlagSet } from './ts-api-utils.js';
import ts from './typescript.cjs';
import { ModifierFlags, TypeFlags } from './ts-enums.js';

import { TRANSACTION_METHODS } from './catalogue.js';
import { findHandOff, isHandOffHelperName } from './hand-offs.js';
import { getClassification, getConclusionCache, getTarget, setClassification, setTarget } from './conclusion-cache.js';
import type { ConclusionCache, KeyedCache } from './conclusion-cache.js';
import { calleeName } from './match-client.js';
import type { CallKind, CallSummary, FunctionRef, FunctionSummary, NotificationWork, PathStep } from './model.js';
import type { ClassifyEnv } from './notification-work.js';
import { findNotificationWork, isNotificationHelperName } from './notification-work.js';
import { mightMatterWithoutTypes } from './call-relevance.js';
import { summarizeFunction } from './summarize.js';
import type { KeepCall } from './summarize.js';
import type { EstreeView } from './views/estree.js';
import { getProjectSourceFiles, hasNoBodyToFollow, resolveWithChecker } from './resolve-target.js';
import { getTypeScriptView } from './views/typescript.js';

const OTHER: CallKind = { kind: 'other' };

/** The use of a call once its enclosing calls are taken into account. */
interface EffectiveUsage {
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
  /** The depth bound stopped the search below: a negative answer does not disprove a callee's name. */
  cut?: true;
}

/** What one call leads to: its own work (empty path) or the work of the function it runs (`followed`). */
export interface StepResult extends TraceResult {
  followed?: true;
}

/** Walks from a handler's calls into the functions they reach, over cached call summaries. */
export class CallGraph {
  private readonly cache: ConclusionCache;

  constructor(
    private readonly env: ClassifyEnv,
    private readonly estreeView: EstreeView,
    private readonly lintedFile: string,
    private readonly cwd: string,
  ) {
    this.cache = getConclusionCache(env.tools?.program, env.optionsKey);
    // Without types and without functions named in the options, a call matters only by what
    // call-relevance.ts reads: the others are left out of the linted file's summaries.
    const { queueFunctions, notificationFunctions } = env.options;
    this.keep = !env.tools && queueFunctions.length === 0 && notificationFunctions.length === 0 ? mightMatterWithoutTypes : undefined;
  }

  private readonly keep: KeepCall<TSESTree.Node> | undefined;

  /** Whether a function verifies a webhook's signature, per depth: conclusions of the program, like traces. */
  get signatureVerdicts(): KeyedCache<object, Map<number, boolean>> {
    return this.cache.signatureVerdicts;
  }

  /** The files a followed function can be in: the program's own files with types; without, the linted file alone. */
  get helperFiles(): readonly { readonly text: string }[] {
    const program = this.env.tools?.program;
    return program ? getProjectSourceFiles(program) : this.estreeView.files;
  }

  /** Summary of a function, from whichever AST holds it. */
  summarize(ref: FunctionRef): FunctionSummary {
    if (ref.kind === 'estree') return summarizeFunction<TSESTree.Node>(ref.node, this.estreeView, this.keep);
    // Only the checker hands out TypeScript nodes of other files, so it is there when one is followed.
    const checker = this.env.tools?.checker;
    return checker ? summarizeFunction<ts.Node>(ref.node, getTypeScriptView(checker)) : { calls: [] };
  }

  /** Classifies a call once per program (per lint without types). */
  classify(call: CallSummary): CallKind {
    const cached = getClassification(this.cache, call);
    if (cached) return cached;
    const handOff = findHandOff(call, this.env);
    const work = handOff ? undefined : findNotificationWork(call, this.env);
    const kind: CallKind = handOff ? { kind: 'handOff', handOff } : work ? { kind: 'work', work } : OTHER;
    setClassification(this.cache, call, kind);
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
    // An async function of the program returns a promise (one declared to return void too): it
    // floats, whatever its type says, and the call's type need not be inferred to know it.
    const target = isWork ? undefined : this.resolveTarget(call);
    if (target && isAsyncFunction(target)) return false;
    const { checker } = this.env.tools;
    const type = checker.getTypeAtLocation(node);
    if (isTypeFlagSet(type, TypeFlags.Any | TypeFlags.Unknown) || isThenableType(checker, node, type)) return false;
    // A library call given a callback (`transporter.sendMail(mail, (err) => ...)`) reports back later: nothing waits for it.
    if (isWork) return !ts.isTaggedTemplateExpression(node) && !(node.arguments ?? []).some((arg) => checker.getTypeAtLocation(arg).getCallSignatures().length > 0);
    return true;
  }

  /**
   * The one step of the walk, for a handler's call and for a call inside a followed function alike:
   * classify the call, settle how its result is used, and follow it into the function it runs
   * (within `budget` more calls) when it is neither work nor a hand-off.
   */
  followCall(call: CallSummary, budget: number, visited: Set<object>): StepResult {
    const syntactic = this.effectiveUsage(call);
    if (syntactic.usage !== 'awaited' && syntactic.usage !== 'floating') return { trace: undefined, truncated: false };
    const kind = this.classify(call);
    if (kind.kind === 'handOff') return { trace: undefined, truncated: false };
    if (kind.kind === 'work') {
      const effective = this.settleUsage(call, syntactic, true);
      if (effective.usage !== 'awaited' && effective.usage !== 'floating') return { trace: undefined, truncated: false };
      return { trace: { work: kind.work, usage: effective.usage, inTransaction: effective.inTransaction, path: [] }, truncated: false };
    }
    const deeper = this.traceInto(call, budget, visited);
    if (!deeper.trace) return deeper;
    const effective = this.settleUsage(call, syntactic, false);
    if (effective.usage !== 'awaited' && effective.usage !== 'floating') return { trace: undefined, truncated: deeper.truncated };
    return {
      trace: {
        work: deeper.trace.work,
        usage: effective.usage === 'floating' ? 'floating' : deeper.trace.usage,
        inTransaction: effective.inTransaction || deeper.trace.inTransaction,
        path: deeper.trace.path,
      },
      truncated: deeper.truncated,
      followed: true,
    };
  }

  /** The work a non-work call leads to through the function it calls, within `budget` more calls. */
  private traceInto(call: CallSummary, budget: number, visited: Set<object>): TraceResult {
    const target = this.resolveTarget(call);
    if (!target) return { trace: this.traceByName(call), truncated: false };
    // A generator's body runs only when its result is iterated: a dropped generator object does nothing.
    if (isGenerator(target) && this.effectiveUsage(call).usage === 'floating') return { trace: undefined, truncated: false };
    // Past the depth bound the body is not read: it disproves nothing, so the callee's name decides.
    if (budget <= 0) return this.judgedPastTheBound(call);
    if (visited.has(target.node)) return { trace: undefined, truncated: true };
    const cache = this.traceCache(target);
    const cached = cache.get(budget);
    // Cached per function; the name judged is the call's (an alias names the same body otherwise).
    if (cached === 'cut') return this.judgedPastTheBound(call);
    if (cached !== undefined) return { trace: cached ?? undefined, truncated: false };

    visited.add(target.node);
    let truncated = false;
    let cut = false;
    let found: WorkTrace | undefined;
    for (const inner of this.summarize(target).calls) {
      const step = this.followCall(inner, budget - 1, visited);
      truncated ||= step.truncated;
      cut ||= step.cut === true;
      if (step.trace) {
        found = { ...step.trace, path: [{ text: inner.text, fileName: this.fileOf(target) }, ...step.trace.path] };
        break;
      }
    }
    visited.delete(target.node);
    if (!found && cut) {
      if (!truncated) cache.set(budget, 'cut');
      return { ...this.judgedPastTheBound(call), truncated };
    }
    if (found || !truncated) cache.set(budget, found ?? null);
    return { trace: found, truncated };
  }

  /**
   * A callee whose body the depth bound keeps from being read in full. Where syntax alone cannot
   * follow the call (an import, a method of another file's object) it judges the callee by its name,
   * and so does this: the unread body disproves nothing. A same-file chain is walked alike in both
   * modes, and there the bound decides.
   */
  private judgedPastTheBound(call: CallSummary): TraceResult {
    const trace = call.localTarget === undefined ? this.traceByName(call, true) : undefined;
    return trace ? { trace, truncated: false } : { trace: undefined, truncated: false, cut: true };
  }

  /**
   * A callee with no body to follow is judged by its name: without types, any unresolved callee;
   * with types, one the checker cannot reach (an unresolved import, a declaration-only function of
   * a package the catalogue does not know, an `any` receiver), so types never find less than names.
   */
  private traceByName(call: CallSummary, pastTheBound = false): WorkTrace | undefined {
    const typed = this.env.tools !== null && call.tsNode !== undefined;
    const name = calleeName(call);
    if (!name || isHandOffHelperName(name) || !isNotificationHelperName(name)) return undefined;
    if (pastTheBound) return { work: { channel: 'notification helper', label: `${name} (judged by its name: deeper than maxDepth)` }, usage: 'awaited', inTransaction: false, path: [] };
    // Names before types: the checker is asked only about callees named like notification work.
    if (this.env.tools && !hasNoBodyToFollow(call, this.env.tools)) return undefined;
    const label = typed ? `${name} (judged by its name: no body to follow)` : `${name} (judged by its name)`;
    return { work: { channel: 'notification helper', label }, usage: 'awaited', inTransaction: false, path: [] };
  }

  /** The function a call runs: through the checker (any file of the program), or by scope in the linted file. */
  resolveTarget(call: CallSummary): FunctionRef | undefined {
    const cached = getTarget(this.cache, call);
    if (cached !== undefined) return cached ?? undefined;
    let target = call.localTarget;
    if (this.env.tools && call.tsNode) target = resolveWithChecker(call, this.env.tools.checker, this.env.tools.program) ?? target;
    // A cached target is a node of its file: the editor's next program may inherit it only if that
    // file is unchanged. A call into its own file does not count: an edited file brings new nodes,
    // so nothing cached about its old ones is found again (typed, a handler's local helpers resolve
    // to the TypeScript nodes of the linted file, which would keep every re-lint of it from inheriting).
    if (target?.kind === 'ts' && target.node.getSourceFile() !== call.tsNode?.getSourceFile()) this.cache.walkedFiles.add(target.fileName);
    setTarget(this.cache, call, target ?? null);
    return target;
  }

  private fileOf(ref: FunctionRef): string | undefined {
    const fileName = ref.kind === 'ts' ? ref.fileName : this.lintedFile;
    // ESLint's Linter may be given a file name relative to its cwd (RuleTester with projectService does).
    if (path.resolve(this.cwd, fileName) === path.resolve(this.cwd, this.lintedFile)) return undefined;
    return path.relative(this.cwd, fileName).replace(/\\/g, '/');
  }

  private traceCache(target: FunctionRef): Map<number, WorkTrace | null | 'cut'> {
    let cache = this.cache.traces.get(target.node);
    if (!cache) this.cache.traces.set(target.node, (cache = new Map<number, WorkTrace | null | 'cut'>()));
    return cache;
  }
}

function isAsyncFunction(ref: FunctionRef): boolean {
  if (ref.kind === 'estree') return ref.node.async;
  return ts.getCombinedModifierFlags(ref.node) & ModifierFlags.Async ? true : false;
}

function isGenerator(ref: FunctionRef): boolean {
  return ref.kind === 'estree' ? ref.node.generator : (ref.node as ts.FunctionLikeDeclaration).asteriskToken !== undefined;
}

function isTransactionCall(call: CallSummary): boolean {
  const name = calleeName(call);
  return name !== undefined && TRANSACTION_METHODS.has(name);
}
