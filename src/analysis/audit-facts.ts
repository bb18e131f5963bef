import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from './typescript.cjs';

import type { ResolvedOptions } from '../options.js';
import { CallGraph } from './call-graph.js';
import type { WorkTrace } from './call-graph.js';
import { getEndpointKind } from './delivery-endpoints.js';
import { dedupeHandlers, findHandlers, functionName, getFileKind } from './handlers.js';
import { analyzeFile, describePath, getOptionsKey } from './index.js';
import type { CallSummary, Channel, Finding, Handler, HandlerKind, PathStep } from './model.js';
import type { ClassifyEnv } from './notification-work.js';
import { NOTIFICATION_NAME } from './notification-work.js';
import { findLocalFunction } from './summarize-estree.js';
import { summarizeFunction } from './summarize.js';
import { getEstreeView } from './views/estree.js';
import { getTypeTools } from './types-or-syntax.js';
import type { TypeTools } from './types-or-syntax.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** What a handler does with one piece of notification work. */
export type WorkOutcome = 'waits' | 'drops' | 'handsOff';

/** One piece of notification work a handler reaches (or hands off), at the handler's own call. */
export interface HandlerWorkFact {
  outcome: WorkOutcome;
  /** The channel of the work, when the work itself was seen (not for a bare queued event). */
  channel?: Channel;
  /** What was recognised: `notification.create`, `Resend`; for a hand-off, the queue (`inngest.send`). */
  label: string;
  /** From the handler's call to the work: `recordActivity -> db.notification.create (lib/activity.ts)`. */
  chain: string;
  line: number;
  inTransaction: boolean;
  /** The hand-off that takes the work: `inngest.send`, `BullMQ`, `after()`. */
  via?: string;
  /** The event, job or task name the hand-off carries, when it is a literal. */
  event?: string;
  /** Whether the hand-off names notification work itself (event, job, queue or callee name), before any worker is joined. */
  namesNotification?: boolean;
}

/** A handler of the file, as the audit lists it. */
export interface HandlerFact {
  kind: HandlerKind;
  name: string;
  /** `POST /api/posts/[id]/like`, `/api/follow` (Pages API), `commentOnPost` (Server Action). */
  route: string;
  file: string;
  line: number;
  /** Whether its action is the delivery itself (contact form, OTP, verification...). */
  delivery: boolean;
  /** Whether it receives a third party's webhooks (Stripe, Svix, Clerk...): its sender retries a slow answer. */
  webhook: boolean;
  work: HandlerWorkFact[];
}

/** The kinds of queue worker the audit recognises. */
export type WorkerKind = 'Inngest function' | 'BullMQ worker' | 'Trigger.dev task' | 'worker route';

/** A queue worker, and the notification work it does (if any). */
export interface WorkerFact {
  kind: WorkerKind;
  /** The function id, queue name or task id; the route for a worker route. */
  name: string;
  file: string;
  line: number;
  /** The events an Inngest function is triggered by. */
  events: string[];
  work?: { channel: Channel; label: string; chain: string; line: number };
}

/** A notification model or table declared in code. */
export interface ModelFact {
  kind: 'Drizzle table' | 'Mongoose model' | 'Sequelize model' | 'TypeORM entity';
  name: string;
  file: string;
  line: number;
}

/** A call anywhere in the file: notification work, or a hand-off that carries an event. */
export interface SiteFact {
  file: string;
  line: number;
  text: string;
  label: string;
  /** The named function the call sits in (`sendWelcomeEmail`), when it has a name. */
  inFunction?: string;
  channel?: Channel;
  event?: string;
  namesNotification?: boolean;
}

/** What the audit learns from one linted file. */
export interface FileAuditFacts {
  file: string;
  /** Whether the file was linted with type information. */
  typed: boolean;
  handlers: HandlerFact[];
  workers: WorkerFact[];
  models: ModelFact[];
  /** Notification work anywhere in the file outside delivery endpoints (for the n/a decision). */
  workSites: SiteFact[];
  /** Event-carrying hand-offs and `after()`-wrapped work outside handlers (helpers, scripts). */
  handOffSites: SiteFact[];
}

/** Hand-offs that only defer work (their callback is the work) rather than carry an event. */
const DEFERRING_HAND_OFFS = new Set(['after()', 'waitUntil()']);
/** Event, job, queue and task names that say "notification work" (`notification/user.followed`, `emailQueue`). */
const NOTIFICATION_TOPIC = /notif|e-?mail|mail|sms|push|digest|alert|remind|invit|welcome/i;

/** Whether an event, job, queue or callee name says it carries notification work. */
export function namesNotificationWork(text: string): boolean {
  return NOTIFICATION_TOPIC.test(text);
}

/**
 * The route a handler serves, as users read it: `POST /api/posts/[id]/like` for an App Router
 * handler (route groups `(x)` and parallel-route slots `@x` dropped), `/api/follow` for a Pages API
 * route (`index` dropped), the function's name for a Server Action.
 */
export function getRouteLabel(filename: string, handler: Pick<Handler, 'kind' | 'name'>): string {
  if (handler.kind === 'serverAction') return handler.name;
  const segments = filename.replace(/\\/g, '/').split('/').filter(Boolean);
  const base = (segments.pop() ?? '').replace(/\.[^.]+$/, '');
  const visible = (list: string[]): string[] => list.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'));
  if (handler.kind === 'route') {
    const app = segments.lastIndexOf('app');
    return `${handler.name} /${visible(segments.slice(app + 1)).join('/')}`;
  }
  const pages = segments.findIndex((s, i) => s === 'pages' && segments[i + 1] === 'api');
  const route = [...segments.slice(pages + 1), ...(base === 'index' ? [] : [base])];
  return `/${visible(route).join('/')}`;
}

/**
 * What the audit asks of the analysis core, in one place: the calls of a linted file's function
 * and the rule's own call graph over them. The rest of this module reads only what these return.
 */
interface AuditCore {
  graph: CallGraph;
  /** The calls a function of the linted file makes, summarised as the rule summarises them. */
  callsOf(fn: TSESTree.FunctionLike): readonly CallSummary[];
  /** The notification work a call leads to through the function it runs, whatever the use of its own result. */
  traceWork(call: CallSummary, budget: number, visited: Set<object>): WorkTrace | undefined;
}

function createAuditCore(context: AnyContext, env: ClassifyEnv, tools: TypeTools | null): AuditCore {
  const view = getEstreeView(context.sourceCode, tools?.services ?? null);
  const graph = new CallGraph(env, view, context.filename, context.cwd);
  return {
    graph,
    callsOf: (fn) => summarizeFunction<TSESTree.Node>(fn, view).calls,
    // followCall steps only into a call whose result is awaited or dropped; the audit also asks
    // about work deferred to after() and about a worker's calls, so it asks as if it were awaited.
    traceWork: (call, budget, visited) => graph.followCall({ ...call, usage: 'awaited', enclosing: undefined }, budget, visited).trace,
  };
}

/** Collects the audit's facts about the linted file with the rule's own analysis (memoised findings, same call graph). */
export function collectAuditFacts(context: AnyContext, options: ResolvedOptions): FileAuditFacts {
  const { sourceCode, filename } = context;
  const tools = getTypeTools(context);
  const core = createAuditCore(context, { options, tools, optionsKey: getOptionsKey(options) }, tools);
  const { graph } = core;
  const handlers = dedupeHandlers(findHandlers(sourceCode.ast, filename, sourceCode, options.workerPaths));
  // The audit lists a delivery endpoint's awaited delivery whatever the lint option says (it never fails on it).
  const findings = handlers.length > 0 ? analyzeFile(context, { ...options, ignoreDeliveryEndpoints: false }) : [];
  const facts: FileAuditFacts = { file: filename, typed: tools !== null, handlers: [], workers: [], models: [], workSites: [], handOffSites: [] };
  const inHandler = new Set<TSESTree.Node>();
  const deliveryNodes = new Set<TSESTree.Node>();

  for (const handler of handlers) {
    const endpoint = getEndpointKind(filename, handler, core.callsOf(handler.node), graph);
    const fact: HandlerFact = {
      kind: handler.kind,
      name: handler.name,
      route: getRouteLabel(filename, handler),
      file: filename,
      line: handler.node.loc.start.line,
      delivery: endpoint === 'delivery',
      webhook: endpoint === 'webhook',
      work: [],
    };
    const own = findings.filter((f) => f.handler.node === handler.node);
    for (const finding of own) fact.work.push(fromFinding(finding));
    fact.work.push(...collectHandOffs(core, handler, new Set(own.map((f) => f.call.estree)), options.maxDepth, context.cwd));
    fact.work.sort((a, b) => a.line - b.line);
    facts.handlers.push(fact);
    inHandler.add(handler.node);
    if (fact.delivery) deliveryNodes.add(handler.node);
  }

  const functions = collectFunctions(sourceCode.ast, sourceCode.visitorKeys);
  markInside(sourceCode, functions, inHandler, deliveryNodes);
  const fileKind = getFileKind(filename, options.workerPaths);
  // A route file whose exports are not handlers (it serves Inngest functions, verifies a queue's
  // signature, sits under a cron path) is the queue's side of a hand-off.
  const isWorkerRoute = fileKind === 'workerRoute' || ((fileKind === 'route' || fileKind === 'pagesApi') && handlers.length === 0);
  for (const { node, insideHandler, insideDelivery } of functions) {
    for (const call of core.callsOf(node)) {
      if (!call.estree) continue;
      const kind = graph.classify(call);
      const line = call.estree.loc.start.line;
      if (kind.kind === 'work' && !insideDelivery) {
        facts.workSites.push({ file: filename, line, text: call.text, label: kind.work.label, channel: kind.work.channel });
      }
      if (insideHandler) continue;
      const owner = functionName(node);
      const inFunction = owner === 'anonymous' ? {} : { inFunction: owner };
      if (kind.kind === 'handOff' && !DEFERRING_HAND_OFFS.has(kind.handOff.label)) {
        const event = eventName(call, kind.handOff.label);
        facts.handOffSites.push({ file: filename, line, text: call.text, label: kind.handOff.label, ...inFunction, event, namesNotification: handOffNamesNotification(call, event) });
      } else if (kind.kind === 'work' && graph.effectiveUsage(call).usage === 'handedOff') {
        const via = enclosingHandOff(graph, call);
        facts.handOffSites.push({ file: filename, line, text: call.text, label: via ?? 'after()', ...inFunction, channel: kind.work.channel, namesNotification: true });
      }
    }
  }
  facts.workSites = dedupeSites(facts.workSites);
  facts.handOffSites = dedupeSites(facts.handOffSites);

  facts.workers.push(...findQueueWorkers(sourceCode, core, options.maxDepth, filename));
  if (isWorkerRoute) {
    const work = firstWork(
      core,
      functions.filter((f) => f.topLevel).map((f) => f.node),
      options.maxDepth,
    );
    facts.workers.push({ kind: 'worker route', name: routeOfFile(filename, fileKind), file: filename, line: 1, events: [], ...(work ? { work } : {}) });
  }
  facts.models.push(...findModels(sourceCode, filename));
  return facts;
}

function fromFinding(finding: Finding): HandlerWorkFact {
  return {
    outcome: finding.usage === 'awaited' ? 'waits' : 'drops',
    channel: finding.work.channel,
    label: finding.work.label,
    chain: describePath(finding.path.slice(1)),
    line: finding.call.estree.loc.start.line,
    inTransaction: finding.inTransaction,
  };
}


/** A callback's calls are also its enclosing function's: each site once, in line order. */
function dedupeSites(sites: readonly SiteFact[]): SiteFact[] {
  const seen = new Set<string>();
  return sites
    .filter((site) => {
      const key = `${site.line}:${site.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}

/**
 * The hand-offs a handler makes: work wrapped in `after()` / `waitUntil()`, events sent to a
 * queue (`inngest.send`, `queue.add`, `tasks.trigger`, `publishJSON`), directly or in a helper
 * the call graph follows (`sendWelcomeEmail` whose body only calls `inngest.send`).
 */
function collectHandOffs(core: AuditCore, handler: Handler, reported: Set<object>, maxDepth: number, cwd: string): HandlerWorkFact[] {
  const { graph } = core;
  const found: HandlerWorkFact[] = [];
  for (const call of core.callsOf(handler.node)) {
    if (!call.estree || reported.has(call.estree)) continue;
    const line = call.estree.loc.start.line;
    const usage = graph.effectiveUsage(call);
    const kind = graph.classify(call);
    if (usage.usage === 'handedOff') {
      const via = enclosingHandOff(graph, call) ?? 'after()';
      if (kind.kind === 'work') {
        found.push({ outcome: 'handsOff', channel: kind.work.channel, label: via, chain: call.text, line, inTransaction: false, via, namesNotification: true });
        continue;
      }
      if (kind.kind === 'handOff') continue;
      const trace = core.traceWork(call, maxDepth, new Set<object>([handler.node]));
      if (trace) {
        const chain = describePath([{ text: call.text }, ...trace.path]);
        found.push({ outcome: 'handsOff', channel: trace.work.channel, label: via, chain, line, inTransaction: false, via, namesNotification: true });
      }
      continue;
    }
    if (kind.kind === 'handOff') {
      if (DEFERRING_HAND_OFFS.has(kind.handOff.label)) continue;
      const event = eventName(call, kind.handOff.label);
      found.push({ outcome: 'handsOff', label: kind.handOff.label, chain: call.text, line, inTransaction: false, via: kind.handOff.label, event, namesNotification: handOffNamesNotification(call, event) });
      continue;
    }
    if (kind.kind === 'work' || usage.usage === 'unknown') continue;
    const through = findHandOffThrough(graph, call, maxDepth, new Set<object>([handler.node]), cwd);
    if (through) {
      const chain = describePath([{ text: call.text }, ...through.path]);
      const { handOff } = through;
      found.push({ outcome: 'handsOff', label: handOff.via, chain, line, inTransaction: false, via: handOff.via, event: handOff.event, namesNotification: handOff.namesNotification, ...(handOff.channel ? { channel: handOff.channel } : {}) });
    }
  }
  return found;
}

interface HandOffThrough {
  handOff: { via: string; event?: string; namesNotification: boolean; channel?: Channel };
  path: PathStep[];
}

/** A hand-off inside the function a call runs (followed like the rule follows work, to the same depth). */
function findHandOffThrough(graph: CallGraph, call: CallSummary, budget: number, visited: Set<object>, cwd: string): HandOffThrough | undefined {
  if (budget <= 0) return undefined;
  const target = graph.resolveTarget(call);
  if (!target || visited.has(target.node)) return undefined;
  visited.add(target.node);
  const fileName = target.kind === 'ts' ? target.fileName : undefined;
  try {
    for (const inner of graph.summarize(target).calls) {
      const kind = graph.classify(inner);
      const step: PathStep = { text: inner.text, ...(fileName ? { fileName: path.relative(cwd, fileName).replace(/\\/g, '/') } : {}) };
      if (kind.kind === 'handOff' && !DEFERRING_HAND_OFFS.has(kind.handOff.label)) {
        const event = eventName(inner, kind.handOff.label);
        return { handOff: { via: kind.handOff.label, event, namesNotification: handOffNamesNotification(inner, event) }, path: [step] };
      }
      if (kind.kind === 'work' && graph.effectiveUsage(inner).usage === 'handedOff') {
        return { handOff: { via: enclosingHandOff(graph, inner) ?? 'after()', namesNotification: true, channel: kind.work.channel }, path: [step] };
      }
      if (kind.kind !== 'other') continue;
      const deeper = findHandOffThrough(graph, inner, budget - 1, visited, cwd);
      if (deeper) return { handOff: deeper.handOff, path: [step, ...deeper.path] };
    }
  } finally {
    visited.delete(target.node);
  }
  return undefined;
}

function enclosingHandOff(graph: CallGraph, call: CallSummary): string | undefined {
  for (let enclosing = call.enclosing, guard = 0; enclosing && guard < 50; enclosing = enclosing.enclosing, guard++) {
    const kind = graph.classify(enclosing);
    if (kind.kind === 'handOff') return kind.handOff.label;
  }
  return undefined;
}

function handOffNamesNotification(call: CallSummary, event: string | undefined): boolean {
  return namesNotificationWork(call.text) || (event !== undefined && namesNotificationWork(event));
}

/** The literal event, job or task name a hand-off carries: `send({ name })`, `add('job', ...)`, `trigger('task', ...)`, `publishJSON({ url })`. */
function eventName(call: CallSummary, handOff: string): string | undefined {
  // Only the keys that name the event: a task's payload (`myTask.trigger({ name })`) is data, not a name.
  const keys = EVENT_KEYS[handOff] ?? NO_KEYS;
  if (call.estree && call.estree.type !== AST_NODE_TYPES.TaggedTemplateExpression) return estreeEventName(call.estree.arguments[0], keys);
  if (call.tsNode && !ts.isTaggedTemplateExpression(call.tsNode)) return tsEventName(call.tsNode.arguments?.[0], keys);
  return undefined;
}

/** The property that names the event in a hand-off's first argument, by hand-off: `inngest.send({ name })`, `addBulk([{ name }])`, `publishJSON({ url })`. */
const EVENT_KEYS: Readonly<Record<string, ReadonlySet<string>>> = {
  'inngest.send': new Set(['name']),
  BullMQ: new Set(['name']),
  QStash: new Set(['url', 'topic']),
};
const NO_KEYS: ReadonlySet<string> = new Set();

function estreeEventName(arg: TSESTree.Node | undefined, keys: ReadonlySet<string>): string | undefined {
  if (!arg) return undefined;
  if (arg.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string') return arg.value;
  if (arg.type === AST_NODE_TYPES.TemplateLiteral && arg.expressions.length === 0) return arg.quasis[0]?.value.cooked ?? undefined;
  if (arg.type === AST_NODE_TYPES.ArrayExpression) return estreeEventName(arg.elements[0] ?? undefined, keys);
  if (arg.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of arg.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
      if (keys.has(keyName(property))) {
        const value = estreeEventName(property.value, NO_KEYS);
        if (value !== undefined) return value;
      }
    }
  }
  return undefined;
}

function tsEventName(arg: ts.Expression | undefined, keys: ReadonlySet<string>): string | undefined {
  if (!arg) return undefined;
  if (ts.isStringLiteralLike(arg)) return arg.text;
  if (ts.isArrayLiteralExpression(arg)) return tsEventName(arg.elements[0], keys);
  if (ts.isObjectLiteralExpression(arg)) {
    for (const property of arg.properties) {
      if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && keys.has(property.name.text)) {
        const value = tsEventName(property.initializer, NO_KEYS);
        if (value !== undefined) return value;
      }
    }
  }
  return undefined;
}

type VisitorKeys = Readonly<TSESLint.SourceCode>['visitorKeys'];

/** The child nodes of a node, by the parser's visitor keys (type annotations included: decorators live there too). */
function* childrenOf(node: TSESTree.Node, keys: VisitorKeys): Iterable<TSESTree.Node> {
  for (const key of keys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'object' && item !== null && typeof (item as { type?: unknown }).type === 'string') yield item as TSESTree.Node;
    }
  }
}

/** A function expression, possibly wrapped in `as` / `satisfies`. */
function functionExpressionOf(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  let current = node;
  while (current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSSatisfiesExpression) current = current.expression;
  return current.type === AST_NODE_TYPES.ArrowFunctionExpression || current.type === AST_NODE_TYPES.FunctionExpression ? current : undefined;
}

interface FunctionSite {
  node: TSESTree.FunctionLike;
  /** Not nested in another function (worker routes: the module's own functions). */
  topLevel: boolean;
  insideHandler: boolean;
  insideDelivery: boolean;
}

/** Every function of the file; whether each sits inside a handler is marked once the handlers are known. */
function collectFunctions(program: TSESTree.Program, keys: VisitorKeys): FunctionSite[] {
  const found: FunctionSite[] = [];
  const visit = (node: TSESTree.Node, depth: number): void => {
    let nextDepth = depth;
    if (node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression) {
      found.push({ node, topLevel: depth === 0, insideHandler: false, insideDelivery: false });
      nextDepth++;
    }
    for (const child of childrenOf(node, keys)) visit(child, nextDepth);
  };
  visit(program, 0);
  return found;
}

/**
 * Work sites inside a delivery endpoint are its purpose, not a notification feature: marked after
 * the handlers are known, by containment.
 */
function markInside(sourceCode: Readonly<TSESLint.SourceCode>, functions: FunctionSite[], handlers: Set<TSESTree.Node>, delivery: Set<TSESTree.Node>): void {
  for (const site of functions) {
    for (const node of [site.node, ...sourceCode.getAncestors(site.node)]) {
      if (handlers.has(node)) site.insideHandler = true;
      if (delivery.has(node)) site.insideDelivery = true;
    }
  }
}

function routeOfFile(filename: string, kind: ReturnType<typeof getFileKind>): string {
  const segments = filename.replace(/\\/g, '/').split('/').filter(Boolean);
  if (kind === 'pagesApi' || segments.some((s, i) => s === 'pages' && segments[i + 1] === 'api')) return getRouteLabel(filename, { kind: 'pagesApi', name: '' });
  return getRouteLabel(filename, { kind: 'route', name: '' }).trim();
}

/** The notification work a set of functions does, directly or through the functions they call. */
function firstWork(core: AuditCore, functions: readonly TSESTree.FunctionLike[], maxDepth: number): WorkerFact['work'] {
  const { graph } = core;
  for (const fn of functions) {
    for (const call of core.callsOf(fn)) {
      const line = call.estree?.loc.start.line ?? fn.loc.start.line;
      const kind = graph.classify(call);
      if (kind.kind === 'work') return { channel: kind.work.channel, label: kind.work.label, chain: call.text, line };
      if (kind.kind === 'handOff') continue;
      const trace = core.traceWork(call, maxDepth, new Set<object>([fn]));
      if (trace) return { channel: trace.work.channel, label: trace.work.label, chain: describePath([{ text: call.text }, ...trace.path]), line };
    }
  }
  return undefined;
}

function calleeNameOf(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier) return callee.property.name;
  return undefined;
}

function functionArgument(node: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.FunctionLike | undefined {
  if (!node) return undefined;
  const fn = functionExpressionOf(node);
  if (fn) return fn;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const local = findLocalFunction(node, sourceCode);
    return local?.kind === 'estree' ? local.node : undefined;
  }
  return undefined;
}

function propertyOf(node: TSESTree.Node | undefined, key: string): TSESTree.Node | undefined {
  if (node?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    if (keyName(property) === key) return property.value;
  }
  return undefined;
}

/** The name of a non-computed property's key: `name` in `{ name: ... }` and `{ 'name': ... }`. */
function keyName(property: TSESTree.Property & { computed: false }): string {
  return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String(property.key.value);
}

function stringOf(node: TSESTree.Node | undefined): string | undefined {
  if (node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node?.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The events an Inngest function's configuration names: `{ event }` (v3) or `triggers: [{ event }]` (v4). */
function inngestEvents(args: readonly TSESTree.Node[]): string[] {
  const events: string[] = [];
  const read = (node: TSESTree.Node | undefined): void => {
    if (!node) return;
    if (node.type === AST_NODE_TYPES.ArrayExpression) for (const element of node.elements) read(element ?? undefined);
    if (node.type !== AST_NODE_TYPES.ObjectExpression) return;
    const event = stringOf(propertyOf(node, 'event'));
    if (event !== undefined) events.push(event);
    read(propertyOf(node, 'triggers'));
    read(propertyOf(node, 'trigger'));
  };
  for (const arg of args) read(arg);
  return events;
}

function variableNameOf(node: TSESTree.Node): string | undefined {
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
}

/**
 * Queue workers by their registration's shape: `createFunction(config, [trigger,] handler)`
 * (Inngest v3 and v4), `new Worker(queue, processor)` (BullMQ), `task({ id, run })` /
 * `schemaTask` / `schedules.task` (Trigger.dev). The same shapes make handlers.ts turn them away.
 */
function findQueueWorkers(sourceCode: Readonly<TSESLint.SourceCode>, core: AuditCore, maxDepth: number, filename: string): WorkerFact[] {
  if (!/createFunction|Worker|task/.test(sourceCode.text)) return [];
  const workers: WorkerFact[] = [];
  const add = (kind: WorkerKind, node: TSESTree.Node, name: string | undefined, fn: TSESTree.FunctionLike, events: string[]): void => {
    const work = firstWork(core, [fn], maxDepth);
    workers.push({ kind, name: name ?? variableNameOf(node) ?? 'anonymous', file: filename, line: node.loc.start.line, events, ...(work ? { work } : {}) });
  };
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const name = calleeNameOf(node.callee);
      if (name === 'createFunction') {
        const fn = [...node.arguments].reverse().map((a) => functionArgument(a, sourceCode)).find(Boolean);
        const first = node.arguments[0];
        if (fn) add('Inngest function', node, stringOf(propertyOf(first, 'id')) ?? stringOf(propertyOf(first, 'name')) ?? stringOf(first), fn, inngestEvents(node.arguments.slice(0, -1)));
      } else if ((name === 'task' || name === 'schemaTask') && node.arguments[0]?.type === AST_NODE_TYPES.ObjectExpression) {
        const fn = functionArgument(propertyOf(node.arguments[0], 'run'), sourceCode);
        if (fn) add('Trigger.dev task', node, stringOf(propertyOf(node.arguments[0], 'id')), fn, []);
      }
    } else if (node.type === AST_NODE_TYPES.NewExpression && calleeNameOf(node.callee) === 'Worker') {
      // A Web Worker takes a URL and options, never a function: only a processor makes a queue worker.
      const fn = functionArgument(node.arguments[1], sourceCode);
      if (fn) add('BullMQ worker', node, stringOf(node.arguments[0]), fn, []);
    }
    for (const child of childrenOf(node, sourceCode.visitorKeys)) visit(child);
  };
  visit(sourceCode.ast);
  return workers;
}

const TABLE_FUNCTIONS = new Set(['pgTable', 'mysqlTable', 'sqliteTable']);

/** Notification models and tables declared in code: Drizzle tables, Mongoose and Sequelize models, TypeORM entities. */
function findModels(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): ModelFact[] {
  const models: ModelFact[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const name = calleeNameOf(node.callee);
      const first = stringOf(node.arguments[0]);
      if (first !== undefined && NOTIFICATION_NAME.test(first)) {
        if (name && TABLE_FUNCTIONS.has(name)) models.push({ kind: 'Drizzle table', name: first, file: filename, line: node.loc.start.line });
        else if (name === 'model' && node.arguments.length >= 2) models.push({ kind: 'Mongoose model', name: first, file: filename, line: node.loc.start.line });
        else if (name === 'define' && node.arguments.length >= 2) models.push({ kind: 'Sequelize model', name: first, file: filename, line: node.loc.start.line });
      }
    }
    if ((node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) && node.id) {
      for (const decorator of node.decorators) {
        const expression = decorator.expression;
        const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
        if (calleeNameOf(callee) !== 'Entity') continue;
        const table = expression.type === AST_NODE_TYPES.CallExpression ? stringOf(expression.arguments[0]) : undefined;
        if (NOTIFICATION_NAME.test(table ?? node.id.name)) models.push({ kind: 'TypeORM entity', name: table ?? node.id.name, file: filename, line: node.loc.start.line });
      }
    }
    for (const child of childrenOf(node, sourceCode.visitorKeys)) visit(child);
  };
  visit(sourceCode.ast);
  return models;
}
