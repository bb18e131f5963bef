import path from 'node:path';

import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

import { analyzeFile, mightAnalyze } from '../analysis/index.js';
import type { Channel } from '../analysis/index.js';
import { isInAsyncFunction, planFindings, resolveClientName, sendText, statementLineRange } from '../fix/inngest-send.js';
import { findEventGroup, mergePlans, uniqueName, workerExpressionText } from '../fix/move-plan.js';
import type { MovePlan, NeededImport } from '../fix/move-plan.js';
import type { ResolvedOptions, RuleOptions } from '../options.js';
import { resolveOptions } from '../options.js';

const { DefinitionType, ScopeType } = TSESLint.Scope;

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** An import the worker needs: a package or alias as written, or an absolute file path for a relative import. */
export interface WorkerImport extends Omit<NeededImport, 'source'> {
  source: { specifier: string } | { file: string };
}

/** One piece of moved work: one `step.run` in the worker. */
export interface WorkerStep {
  id: string;
  /** The work as the worker writes it, reading the event's data through the destructured locals. */
  text: string;
  awaited: boolean;
  /** The indentation of the handler's statement, to re-indent a work that spans lines. */
  indent: string;
}

/** One event the handler now sends, and what its Inngest function does. */
export interface MovedEvent {
  /** Stands for the event name in the rewritten handler until names are made unique across the project. */
  placeholder: string;
  derivedName: string;
  handler: string;
  file: string;
  /** `event.data` as the worker destructures it. */
  data: { key: string; local: string; typeText?: string }[];
  steps: WorkerStep[];
  imports: WorkerImport[];
  constants: string[];
  /** The callees moved, for the summary. */
  callees: string[];
}

/** Work that stays where it is, and why. */
export interface NotMoved {
  file: string;
  line: number;
  column: number;
  callee: string;
  reason: string;
}

/** What migrate learns from one linted file. */
export interface FileMigration {
  file: string;
  before: string;
  /** The rewritten file, with event-name placeholders; equal to `before` when nothing moves. */
  after: string;
  events: MovedEvent[];
  notMoved: NotMoved[];
  /** Event names the file already spells out (sent or consumed), for unique names. */
  eventNames: string[];
  /** The file serves Inngest functions: `serve(...)` imported from `inngest/next`. */
  servesInngest: boolean;
  options: ResolvedOptions;
}

let placeholderCount = 0;

/** Collects a file's migration from its lint context: the handler rewrite and the workers' pieces. */
export function collectMigration(context: AnyContext, ruleOptions: RuleOptions): FileMigration {
  const options = resolveOptions(ruleOptions);
  const { sourceCode } = context;
  const file = context.filename;
  const base: FileMigration = {
    file,
    before: sourceCode.text,
    after: sourceCode.text,
    events: [],
    notMoved: [],
    eventNames: literalEventNames(sourceCode.text, options.eventPrefix),
    servesInngest: servesInngest(sourceCode.ast),
    options,
  };
  if (!mightAnalyze(context)) return base;
  const findings = analyzeFile(context, options);
  if (findings.length === 0) return base;
  // The worker's code declares the types of event.data: the plans carry each value's type text.
  const plans = [...planFindings(context, findings, options, { typeText: true }).values()];
  const blockersOf = new Map<MovePlan, string[]>();
  for (const plan of plans) {
    const blockers = [...plan.blockers];
    if (blockers.length === 0 && !isInAsyncFunction(plan.node)) blockers.push('the handler is not async, so the event could not be awaited');
    blockersOf.set(plan, blockers);
    if (blockers.length > 0) {
      base.notMoved.push({ file, line: plan.node.loc.start.line, column: plan.node.loc.start.column + 1, callee: plan.finding.call.text, reason: blockers.join('; ') });
    }
  }
  const movable = plans.filter((p) => blockersOf.get(p)?.length === 0);
  const groups: MovePlan[][] = [];
  const grouped = new Set<MovePlan>();
  for (const plan of movable) {
    if (grouped.has(plan)) continue;
    const group = findEventGroup(plan, movable);
    const members = group.length > 0 ? group : [plan];
    for (const member of members) grouped.add(member);
    groups.push(members);
  }
  const first = groups[0]?.[0];
  if (!first) return base;

  const edits: Edit[] = [];
  const removed: [number, number][] = [];
  const { localName, importStatement } = resolveClientName(context, options, first.node);
  for (const group of groups) {
    const event = buildEvent(context, group, options);
    base.events.push(event);
    const merged = mergePlans(group);
    const last = statementOf(group.at(-1));
    edits.push({ range: last.expression.range, text: `await ${sendText(localName, event.placeholder, merged.values)}` });
    removed.push(last.range);
    for (const plan of group.slice(0, -1)) {
      const range = statementLineRange(sourceCode, statementOf(plan));
      edits.push({ range, text: '' });
      removed.push(range);
    }
  }
  edits.push(...importEdits(sourceCode, removed, importStatement));
  base.after = applyEdits(sourceCode.text, edits);
  return base;
}

/** The statement of a plan that moves: a plan without one has a blocker and is not moved. */
function statementOf(plan: MovePlan | undefined): TSESTree.ExpressionStatement {
  if (!plan?.statement) throw new Error('migrate: a movable call has its own statement');
  return plan.statement;
}

interface Edit {
  range: readonly [number, number];
  text: string;
}

/** Applies non-overlapping edits; at one position a replacement goes before an insertion. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.range[0]) + edit.text + result.slice(edit.range[1]);
  return result;
}

function buildEvent(context: AnyContext, group: MovePlan[], options: ResolvedOptions): MovedEvent {
  const { sourceCode } = context;
  const merged = mergePlans(group);
  const imports: WorkerImport[] = [];
  const seenImports = new Set<string>();
  for (const plan of group) {
    for (const needed of plan.imports) {
      const source = needed.source.startsWith('.') ? { file: path.resolve(path.dirname(context.filename), needed.source) } : { specifier: needed.source };
      const key = `${needed.local}\0${JSON.stringify(source)}\0${needed.imported}`;
      if (seenImports.has(key)) continue;
      seenImports.add(key);
      imports.push({ ...needed, source });
    }
  }
  // A key that would shadow a name the worker uses (an import, `event`, `step`, the client) gets another local name.
  const reserved = new Set(['event', 'step', options.inngestClient.name, ...imports.map((i) => i.local)]);
  const locals = new Map<string, string>();
  const usedLocals = new Set(reserved);
  for (const value of merged.values) {
    const local = reserved.has(value.key) ? uniqueName(usedLocals, `${value.key}Value`) : value.key;
    usedLocals.add(local);
    locals.set(value.key, local);
  }
  const stepIds = new Set<string>();
  const steps: WorkerStep[] = group.map((plan) => {
    const statement = statementOf(plan);
    const line = sourceCode.lines[statement.loc.start.line - 1] ?? '';
    return {
      // A helper's call is named after the helper (`record-activity`), the work itself after its channel.
      id: uniqueName(stepIds, stepIdOf(plan.finding.path.length > 2 ? 'notification helper' : plan.finding.work.channel, plan.finding.call.text)),
      text: workerExpressionText(sourceCode, plan, merged.keysByPlan.get(plan) ?? new Map(), locals),
      awaited: statement.expression.type === AST_NODE_TYPES.AwaitExpression || plan.finding.usage === 'floating',
      indent: /^\s*/.exec(line)?.[0] ?? '',
    };
  });
  const first = group[0];
  if (!first) throw new Error('migrate: an event group has at least one call');
  return {
    placeholder: `\u0000event${++placeholderCount}\u0000`,
    derivedName: first.eventName,
    handler: first.finding.handler.name,
    file: context.filename,
    data: merged.values.map((v) => ({ key: v.key, local: locals.get(v.key) ?? v.key, ...(v.typeText ? { typeText: v.typeText } : {}) })),
    steps,
    imports,
    constants: [...new Set(group.flatMap((p) => p.constants))],
    callees: group.map((p) => p.finding.call.text),
  };
}

const STEP_IDS: Partial<Record<Channel, string>> = {
  'notification record': 'create-notification',
  email: 'send-email',
  push: 'send-push',
  SMS: 'send-sms',
  'notification platform': 'notify',
  'chat webhook': 'post-to-chat',
};

function stepIdOf(channel: Channel, callee: string): string {
  const named = STEP_IDS[channel];
  if (named) return named;
  const last = callee.split('.').filter(Boolean).at(-1) ?? 'work';
  return last.replace(/[^A-Za-z0-9]+/g, '-').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase() || 'work';
}

/**
 * The import edits: imports that only the moved work used are dropped (a declaration rebuilt with
 * what it still imports), and the client's import is added after the last import that stays.
 */
function importEdits(sourceCode: Readonly<TSESLint.SourceCode>, removed: readonly [number, number][], clientImport: string | undefined): Edit[] {
  const edits: Edit[] = [];
  const inRemoved = (node: TSESTree.Node): boolean => removed.some(([start, end]) => node.range[0] >= start && node.range[1] <= end);
  const moduleScope = sourceCode.scopeManager?.globalScope?.childScopes.find((s) => s.type === ScopeType.module);
  const unused = new Set<TSESTree.Node>();
  for (const variable of moduleScope?.variables ?? []) {
    const def = variable.defs[0];
    const onlyMoved = variable.references.length > 0 && variable.references.every((r) => r.init === true || inRemoved(r.identifier));
    if (!onlyMoved || !def) continue;
    if (def.type === DefinitionType.ImportBinding) unused.add(def.node);
    // A literal constant that only the moved work read went with it (the worker has its copy).
    else if (
      def.type === DefinitionType.Variable &&
      def.parent.kind === 'const' &&
      def.parent.declarations.length === 1 &&
      def.parent.parent.type === AST_NODE_TYPES.Program &&
      variable.references.some((r) => r.init !== true)
    ) {
      edits.push({ range: withoutDoubleBlank(sourceCode.text, statementLineRange(sourceCode, def.parent)), text: '' });
    }
  }
  const imports = sourceCode.ast.body.filter((s): s is TSESTree.ImportDeclaration => s.type === AST_NODE_TYPES.ImportDeclaration);
  let lastKept: TSESTree.ImportDeclaration | undefined;
  for (const declaration of imports) {
    const kept = declaration.specifiers.filter((s) => !unused.has(s));
    if (kept.length === declaration.specifiers.length) {
      lastKept = declaration;
      continue;
    }
    if (kept.length === 0) {
      edits.push({ range: statementLineRange(sourceCode, declaration), text: '' });
      continue;
    }
    edits.push({ range: declaration.range, text: rebuildImport(sourceCode, declaration, kept) });
    lastKept = declaration;
  }
  if (clientImport) {
    if (lastKept) {
      edits.push({ range: [lastKept.range[1], lastKept.range[1]], text: `\n${clientImport}` });
    } else {
      const body = sourceCode.ast.body;
      const directives = body.filter((s, i) => s.type === AST_NODE_TYPES.ExpressionStatement && s.directive !== undefined && body.slice(0, i).every((p) => p.type === AST_NODE_TYPES.ExpressionStatement && p.directive !== undefined));
      const lastDirective = directives.at(-1);
      if (lastDirective) edits.push({ range: [lastDirective.range[1], lastDirective.range[1]], text: `\n\n${clientImport}` });
      else edits.push({ range: [0, 0], text: `${clientImport}\n` });
    }
  }
  return edits;
}

/** A removed line range, and the blank line after it when a blank line (or the file's start) is before it. */
function withoutDoubleBlank(text: string, [start, end]: [number, number]): [number, number] {
  const blankBefore = start === 0 || (text[start - 1] === '\n' && (start === 1 || text[start - 2] === '\n'));
  if (blankBefore && text[end] === '\n') return [start, end + 1];
  if (blankBefore && text[end] === '\r' && text[end + 1] === '\n') return [start, end + 2];
  return [start, end];
}

function rebuildImport(sourceCode: Readonly<TSESLint.SourceCode>, declaration: TSESTree.ImportDeclaration, kept: TSESTree.ImportClause[]): string {
  const parts: string[] = [];
  const named: string[] = [];
  for (const specifier of kept) {
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier) named.push(sourceCode.getText(specifier));
    else parts.push(sourceCode.getText(specifier));
  }
  if (named.length > 0) parts.push(`{ ${named.join(', ')} }`);
  return `import ${declaration.importKind === 'type' ? 'type ' : ''}${parts.join(', ')} from ${sourceCode.getText(declaration.source)};`;
}

function literalEventNames(text: string, prefix: string): string[] {
  if (!prefix) return [];
  const names = new Set<string>();
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of text.matchAll(new RegExp(`(['"\`])(${escaped}[^'"\`\\s]*)\\1`, 'g'))) {
    const [, , name] = match;
    if (name) names.add(name);
  }
  return [...names];
}

function servesInngest(program: TSESTree.Program): boolean {
  return program.body.some(
    (s) =>
      s.type === AST_NODE_TYPES.ImportDeclaration &&
      s.source.value === 'inngest/next' &&
      s.specifiers.some((sp) => sp.type === AST_NODE_TYPES.ImportSpecifier && sp.imported.type === AST_NODE_TYPES.Identifier && sp.imported.name === 'serve'),
  );
}
