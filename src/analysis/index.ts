import type { TSESLint } from '@typescript-eslint/utils';

import type { ResolvedOptions } from '../options.js';
import { CallGraph } from './call-graph.js';
import { getEndpointKind } from './delivery-endpoints.js';
import { collectAllFunctions, dedupeHandlers, findHandlers } from './handlers.js';
import type { EndpointKind, Finding, Handler, PathStep } from './model.js';
import type { ClassifyEnv } from './notification-work.js';
import { registerProgram } from './path-mapped-imports.js';
import { getEstreeView } from './views/estree.js';
import { getTypeTools } from './types-or-syntax.js';
import { createServerOnlyTest } from './worker-guards.js';

export type { EndpointKind, Finding, FunctionRef, Handler, NotificationWork, Channel, HandlerKind } from './model.js';
export { findOrphanEvents, mightSendEvents } from './inngest-events.js';
export type { OrphanEvent } from './inngest-events.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const fileResults = new WeakMap<object, Map<string, Finding[]>>();

export { mightAnalyze } from './gate.js';

/**
 * The key of the options that the analysis's cached conclusions depend on: every option but
 * `ignoreDeliveryEndpoints`, which only drops findings at the end.
 */
export function getOptionsKey(options: ResolvedOptions): string {
  const { ignoreDeliveryEndpoints: _ignored, ...rest } = options;
  return JSON.stringify(rest);
}

/**
 * The findings of the linted file: each handler call that leads to notification work (memoised per
 * file), less a delivery endpoint's awaited work under `ignoreDeliveryEndpoints`.
 */
export function analyzeFile(context: AnyContext, options: ResolvedOptions): Finding[] {
  return memoised(context, options, 'handlers');
}

/**
 * Internal, for the crash sweep (`src/internal/every-function.ts`): the findings when every
 * function of the file is taken for a handler. No shipped rule calls this.
 */
export function analyzeEveryFunction(context: AnyContext, options: ResolvedOptions): Finding[] {
  return memoised(context, options, 'everyFunction');
}

interface OptionsKeys {
  /** The key of a file's findings, per scope. */
  findings: Record<'handlers' | 'everyFunction', string>;
  conclusions: string;
}

// The rule hands every file of one configuration the same options object: its keys are computed once
// (a key built per file would be hashed anew for every look-up).
const optionsKeys = new WeakMap<ResolvedOptions, OptionsKeys>();

function optionsKeysOf(options: ResolvedOptions): OptionsKeys {
  let keys = optionsKeys.get(options);
  if (keys === undefined) {
    const text = JSON.stringify(options);
    keys = { findings: { handlers: `handlers ${text}`, everyFunction: `everyFunction ${text}` }, conclusions: getOptionsKey(options) };
    optionsKeys.set(options, keys);
  }
  return keys;
}

function memoised(context: AnyContext, options: ResolvedOptions, scope: 'handlers' | 'everyFunction'): Finding[] {
  const keys = optionsKeysOf(options);
  const key = keys.findings[scope];
  let byOptions = fileResults.get(context.sourceCode);
  const cached = byOptions?.get(key);
  if (cached) return cached;
  const { sourceCode, filename } = context;
  const handlers =
    scope === 'handlers' ? findHandlers(sourceCode.ast, filename, sourceCode, options.workerPaths) : collectAllFunctions(sourceCode.ast, sourceCode.visitorKeys);
  const findings = computeFindings(context, options, keys.conclusions, handlers);
  if (!byOptions) fileResults.set(context.sourceCode, (byOptions = new Map<string, Finding[]>()));
  byOptions.set(key, findings);
  return findings;
}

function computeFindings(context: AnyContext, options: ResolvedOptions, optionsKey: string, found: Handler[]): Finding[] {
  const { sourceCode, filename } = context;
  const handlers = dedupeHandlers(found);
  if (handlers.length === 0) return [];
  const tools = getTypeTools(context);
  // Path-mapped imports are resolved once per program only where the checker's program is known.
  if (tools) registerProgram(tools.checker, tools.program);
  const env: ClassifyEnv = { options, tools, optionsKey };
  const view = getEstreeView(sourceCode, tools?.services ?? null);
  const graph = new CallGraph(env, view, filename, context.cwd);
  const findings: Finding[] = [];
  const reported = new Set<object>();
  for (const handler of handlers) {
    // What follows a guard that only servers pass (an internal secret, a queue's signature) is a worker's.
    const isServerOnly = createServerOnlyTest(handler, sourceCode, tools);
    const calls = graph.summarize({ kind: 'estree', node: handler.node, name: handler.name }).calls;
    // Asked only of a handler with a finding: most handlers have none.
    let endpoint: EndpointKind | undefined | null = null;
    for (const call of calls) {
      const estree = call.estree;
      if (!estree || reported.has(estree)) continue;
      const { trace, followed } = graph.followCall(call, options.maxDepth, new Set<object>([handler.node]));
      if (!trace || isServerOnly(estree.range[0])) continue;
      if (endpoint === null) endpoint = getEndpointKind(filename, handler, calls, graph);
      // The option leaves a delivery endpoint's awaited delivery unreported; dropped work is lost either way.
      if (options.ignoreDeliveryEndpoints && endpoint === 'delivery' && trace.usage === 'awaited') continue;
      findings.push({
        handler,
        call: { ...call, estree },
        ...(followed ? { target: graph.resolveTarget(call) } : {}),
        usage: trace.usage,
        work: trace.work,
        path: [{ text: handler.name }, { text: call.text }, ...trace.path],
        inTransaction: trace.inTransaction,
        ...(endpoint ? { endpoint } : {}),
      });
      reported.add(estree);
    }
  }
  return findings;
}


/** The chain of a finding as text: `POST -> notifyFollowers -> resend.emails.send (lib/notify.ts)`. */
export function describePath(path: readonly PathStep[]): string {
  let previousFile: string | undefined;
  return path
    .map((step) => {
      const where = step.fileName && step.fileName !== previousFile ? ` (${step.fileName})` : '';
      previousFile = step.fileName;
      return `${step.text}${where}`;
    })
    .join(' -> ');
}

// The audit command's facts (src/cli/audit.ts): per linted file, over the same analysis.
export { collectAuditFacts, getRouteLabel } from './audit-facts.js';
export type { FileAuditFacts, HandlerFact, HandlerWorkFact, WorkerFact } from './audit-facts.js';
export { buildAuditReport } from './audit-verdict.js';
export type { AuditReport, Evidence, Failure, HandlerReport, UnitReport, Verdict } from './audit-verdict.js';
export { findWebhookSignatureCheck, getEndpointKind, isDeliveryEndpoint, isWebhookPath } from './delivery-endpoints.js';
export { collectProjectFileFacts, findApps } from './project-files.js';
