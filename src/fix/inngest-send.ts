import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { Finding } from '../analysis/index.js';
import type { ResolvedOptions } from '../options.js';
import { dataObjectText, dateNote, mergePlans, planMove, reloadNote, statementOf } from './move-plan.js';
import type { MovePlan, PlanExtras } from './move-plan.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Fix = TSESLint.RuleFix;

/** What the rule needs to offer useInngestSend: the event name for its message, and the fixer. */
export interface InngestSendSuggestion {
  eventName: string;
  fix: (fixer: TSESLint.RuleFixer) => Fix[];
}

/** Builds the useInngestSend rewrite: `await inngest.send({ name, data })`, plus the client's import. */
export function buildInngestSend(context: AnyContext, plan: MovePlan, options: ResolvedOptions): InngestSendSuggestion {
  const { finding, node } = plan;
  return {
    eventName: plan.eventName,
    fix: (fixer) => {
      const { localName, importFix } = ensureClientImport(context, fixer, options, node);
      const send = sendText(localName, plan.eventName, plan.values);
      const fixes: Fix[] = [];
      const target = floatingTarget(node);
      const alreadyAwaited = target.parent?.type === AST_NODE_TYPES.AwaitExpression;
      // Floating work, or synchronous work the checker saw nothing await, becomes an awaited send.
      const nothingAwaits = finding.usage === 'floating' || finding.call.usage === 'floating';
      if (nothingAwaits && !alreadyAwaited && isInAsyncFunction(node)) {
        // An un-awaited send can be dropped by a serverless runtime just like the work it replaces.
        fixes.push(fixer.replaceText(target, `await ${send}`));
      } else {
        fixes.push(fixer.replaceText(node, send));
      }
      const note = noteFix(context, fixer, node, [plan], plan.values);
      if (note) fixes.push(note);
      if (importFix) fixes.push(importFix);
      return fixes;
    },
  };
}

/**
 * Builds the useOneInngestEvent rewrite: the handler's pieces of work (`group`, in source order)
 * become one `inngest.send` where the last piece was, and the other pieces are removed.
 */
export function buildOneInngestEvent(context: AnyContext, group: readonly MovePlan[], options: ResolvedOptions): InngestSendSuggestion {
  const merged = mergePlans(group);
  const last = group.at(-1);
  return {
    eventName: merged.eventName,
    fix: (fixer) => {
      // A group holds only calls that are their own statements (findEventGroup).
      const statement = last?.statement;
      if (!last || !statement) return [];
      const { localName, importFix } = ensureClientImport(context, fixer, options, last.node);
      const send = sendText(localName, merged.eventName, merged.values);
      const fixes: Fix[] = [fixer.replaceText(statement.expression, isInAsyncFunction(last.node) ? `await ${send}` : send)];
      for (const plan of group.slice(0, -1)) {
        if (plan.statement) fixes.push(fixer.removeRange(statementLineRange(context.sourceCode, plan.statement)));
      }
      const note = noteFix(context, fixer, last.node, group, merged.values);
      if (note) fixes.push(note);
      if (importFix) fixes.push(importFix);
      return fixes;
    },
  };
}

/** The plan of each finding: what its work reads, where it goes (computed once per finding). */
export function planFindings(context: AnyContext, findings: readonly Finding[], options: ResolvedOptions, extras: PlanExtras = {}): Map<Finding, MovePlan> {
  const cached = planCache.get(context.sourceCode);
  if (cached?.findings === findings && (cached.extras.typeText || !extras.typeText)) return cached.plans;
  const plans = new Map(findings.map((finding) => [finding, planMove(context, finding, options, extras)] as const));
  planCache.set(context.sourceCode, { findings, plans, extras });
  return plans;
}

const planCache = new WeakMap<object, { findings: readonly Finding[]; plans: Map<Finding, MovePlan>; extras: PlanExtras }>();

/** A comment above the send saying what the worker must load again, or how a value arrives. */
function noteFix(
  context: AnyContext,
  fixer: TSESLint.RuleFixer,
  node: TSESTree.Node,
  plans: readonly MovePlan[],
  values: MovePlan['values'],
): Fix | undefined {
  const notes = [reloadNote(plans), dateNote(values)].filter((n): n is string => n !== undefined);
  if (notes.length === 0) return undefined;
  let statement: TSESTree.Node = node;
  while (statement.parent && !('body' in statement.parent && Array.isArray(statement.parent.body))) statement = statement.parent;
  const line = context.sourceCode.lines[statement.loc.start.line - 1] ?? '';
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  return fixer.insertTextBefore(statement, `${notes.map((n) => `// ${n}`).join(`\n${indent}`)}\n${indent}`);
}

/** A statement with its own lines (indentation and line break), or just its range when it shares a line. */
export function statementLineRange(sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node): [number, number] {
  const { text } = sourceCode;
  let [start, end] = statement.range;
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
  if ((lineStart === 0 || text[lineStart - 1] === '\n') && (lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r')) {
    start = lineStart;
    end = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : Math.min(lineEnd + 1, text.length);
  }
  return [start, end];
}

/** Builds the useAfter rewrite: `after(() => work)`, when the work's value is not used. */
export function buildAfter(context: AnyContext, finding: Finding): ((fixer: TSESLint.RuleFixer) => Fix[]) | undefined {
  // Pages API routes have no after(); inside a transaction the deferred work would outlive its client.
  if (finding.handler.kind === 'pagesApi' || finding.inTransaction) return undefined;
  const statement = statementOf(finding.call.estree);
  if (!statement) return undefined;
  const { sourceCode } = context;
  const existing = findImport(sourceCode.ast, 'next/server', 'after');
  const nameTaken = !existing && isNameTaken(context, context.sourceCode.getScope(finding.call.estree), 'after');
  if (nameTaken) return undefined;
  return (fixer) => {
    const callText = sourceCode.getText(finding.call.estree);
    const local = existing ?? 'after';
    const fixes = [fixer.replaceText(statement.expression, `${local}(() => ${callText})`)];
    if (!existing) {
      const nextServer = sourceCode.ast.body.find(
        (s): s is TSESTree.ImportDeclaration =>
          s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === 'next/server' && s.importKind !== 'type' &&
          s.specifiers.every((sp) => sp.type === AST_NODE_TYPES.ImportSpecifier),
      );
      const lastSpecifier = nextServer?.specifiers.at(-1);
      fixes.push(lastSpecifier ? fixer.insertTextAfter(lastSpecifier, ', after') : insertImport(fixer, sourceCode, `import { after } from 'next/server';`));
    }
    return fixes;
  };
}

/** For a floating call, the expression to replace: `void send()` loses its `void`. */
function floatingTarget(node: TSESTree.Node): TSESTree.Node {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void') return parent;
  return node;
}

export function isInAsyncFunction(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionDeclaration
    ) {
      return current.async;
    }
  }
  return false;
}

export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The local name the client has in this file, and the import to add when the file lacks it (under a free name). */
export function resolveClientName(context: AnyContext, options: ResolvedOptions, at: TSESTree.Node): ClientName {
  const { sourceCode } = context;
  const client = options.inngestClient;
  const { name, from } = client;
  const existing = existingClientImport(sourceCode.ast, client);
  if (existing) return { localName: existing };
  // The answer depends on the names visible where the work is: one per scope (every finding of a handler shares it).
  const scope = sourceCode.getScope(at);
  let byClient = clientNamesByScope.get(scope);
  if (!byClient) clientNamesByScope.set(scope, (byClient = new Map<InngestClientOption, ClientName>()));
  const known = byClient.get(client);
  if (known) return known;
  let localName = name;
  for (let i = 0; isNameTaken(context, scope, localName); i++) localName = i === 0 ? `${name}Client` : `${name}Client${i + 1}`;
  const specifier = localName === name ? name : `${name} as ${localName}`;
  const answer = { localName, importStatement: `import { ${specifier} } from ${quote(from)};` };
  byClient.set(client, answer);
  return answer;
}

/** The client's local name at a place in the file, and the import to add when the file lacks it. */
export interface ClientName {
  localName: string;
  importStatement?: string;
}

/** The configured client: one object per configuration (the rule shares merged options), so answers are kept by it, not by a string made of it. */
type InngestClientOption = ResolvedOptions['inngestClient'];

const clientNamesByScope = new WeakMap<TSESLint.Scope.Scope, Map<InngestClientOption, ClientName>>();

function ensureClientImport(
  context: AnyContext,
  fixer: TSESLint.RuleFixer,
  options: ResolvedOptions,
  at: TSESTree.Node,
): { localName: string; importFix?: Fix } {
  const { localName, importStatement } = resolveClientName(context, options, at);
  return importStatement ? { localName, importFix: insertImport(fixer, context.sourceCode, importStatement) } : { localName };
}

/** `inngest.send({ name: 'notification/post.liked', data: { userId } })`. */
export function sendText(localName: string, eventName: string, values: MovePlan['values']): string {
  return `${localName}.send({ name: ${quote(eventName)}, data: ${dataObjectText(values)} })`;
}

// Per file and client: each suggestion of each finding asks (null: the file does not import it).
const clientImports = new WeakMap<TSESTree.Program, Map<InngestClientOption, string | null>>();

/** The local name under which the file imports the client, by its configured path or another path to the same module. */
function existingClientImport(program: TSESTree.Program, client: InngestClientOption): string | undefined {
  let byClient = clientImports.get(program);
  if (!byClient) clientImports.set(program, (byClient = new Map<InngestClientOption, string | null>()));
  let local = byClient.get(client);
  if (local === undefined) {
    const { from, name } = client;
    byClient.set(client, (local = findImport(program, from, name) ?? findImportOfSameModule(program, from, name) ?? null));
  }
  return local ?? undefined;
}

/** The client imported by another path to the same module (`'../lib/inngest'` for `'@/lib/inngest'`). */
function findImportOfSameModule(program: TSESTree.Program, from: string, imported: string): string | undefined {
  const tail = moduleTail(from);
  if (!tail) return undefined;
  // A path to the same module spells the tail's last segment (`inngest` of `lib/inngest`): others skip the replacements.
  const last = tail.slice(tail.lastIndexOf('/') + 1);
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !statement.source.value.includes(last)) continue;
    const source = moduleTail(statement.source.value);
    if (source && (source === tail || source.endsWith(`/${tail}`) || tail.endsWith(`/${source}`))) {
      const local = findImport(program, statement.source.value, imported);
      if (local) return local;
    }
  }
  return undefined;
}

/** A module path without its alias or relative prefix and extension: `@/lib/inngest.ts` → `lib/inngest`. */
function moduleTail(source: string): string {
  return source.replace(/^(?:[@~#]\/|(?:\.\.?\/)+)/, '').replace(/\.(?:[cm]?[jt]sx?)$/, '');
}

/** The local name of `imported` from `source` when the file already imports it as a value. */
export function findImport(program: TSESTree.Program, source: string, imported: string): string | undefined {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== source || statement.importKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === 'type') continue;
      const name = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      if (name === imported) return specifier.local.name;
    }
  }
  return undefined;
}

/** Whether `name` is declared in the module or visible at `at` (so importing it would clash or be shadowed). */
function isNameTaken(context: AnyContext, innermost: TSESLint.Scope.Scope, name: string): boolean {
  const moduleScope = context.sourceCode.scopeManager?.globalScope?.childScopes[0];
  if (moduleScope?.set.has(name)) return true;
  for (let scope: TSESLint.Scope.Scope | null = innermost; scope; scope = scope.upper) {
    if (scope.set.has(name)) return true;
    if (scope.through.some((ref) => ref.identifier.name === name)) return true;
  }
  return false;
}

/** Inserts an import after the file's last import, after its directives, or at the top. */
function insertImport(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, text: string): Fix {
  const body = sourceCode.ast.body;
  const lastImport = body.filter((s) => s.type === AST_NODE_TYPES.ImportDeclaration).at(-1);
  if (lastImport) return fixer.insertTextAfter(lastImport, `\n${text}`);
  const directives = body.filter((s, i) => s.type === AST_NODE_TYPES.ExpressionStatement && s.directive !== undefined && body.slice(0, i).every((p) => p.type === AST_NODE_TYPES.ExpressionStatement && p.directive !== undefined));
  const lastDirective = directives.at(-1);
  if (lastDirective) return fixer.insertTextAfter(lastDirective, `\n\n${text}`);
  // A hashbang must stay the file's first line.
  const hashbang = /^#![^\r\n]*/.exec(sourceCode.text);
  if (hashbang) return fixer.insertTextAfterRange([0, hashbang[0].length], `\n${text}\n`);
  return fixer.insertTextBeforeRange([0, 0], `${text}\n\n`);
}
