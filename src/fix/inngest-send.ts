import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from '../analysis/typescript.cjs';

import type { Finding, FunctionRef } from '../analysis/index.js';
import { findLocalFunction } from '../analysis/summarize-estree.js';
import { getTypeTools } from '../analysis/types-or-syntax.js';
import type { ResolvedOptions } from '../options.js';
import { deriveEventName } from './event-name.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Fix = TSESLint.RuleFix;

/** What the rule needs to offer useInngestSend: the event name for its message, and the fixer. */
export interface InngestSendSuggestion {
  eventName: string;
  fix: (fixer: TSESLint.RuleFixer) => Fix[];
}

/** Builds the useInngestSend rewrite: `await inngest.send({ name, data })`, plus the client's import. */
export function buildInngestSend(context: AnyContext, finding: Finding, options: ResolvedOptions): InngestSendSuggestion {
  const node = finding.call.estree;
  const calleeName = finding.call.text.split('.').filter(Boolean).at(-1) ?? '';
  const eventName = deriveEventName(finding.handler, context.filename, calleeName, options.eventPrefix);
  return {
    eventName,
    fix: (fixer) => {
      const { localName, importFix } = ensureClientImport(context, fixer, options, node);
      const data = buildData(context, node, finding.target);
      const send = `${localName}.send({ name: ${quote(eventName)}, data: ${data} })`;
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
      if (importFix) fixes.push(importFix);
      return fixes;
    },
  };
}

/** Builds the useAfter rewrite: `after(() => work)`, when the work's value is not used. */
export function buildAfter(context: AnyContext, finding: Finding): ((fixer: TSESLint.RuleFixer) => Fix[]) | undefined {
  // Pages API routes have no after(); inside a transaction the deferred work would outlive its client.
  if (finding.handler.kind === 'pagesApi' || finding.inTransaction) return undefined;
  const statement = statementOf(finding.call.estree);
  if (!statement) return undefined;
  const { sourceCode } = context;
  const existing = findImport(sourceCode.ast, 'next/server', 'after');
  const nameTaken = !existing && isNameTaken(context, finding.call.estree, 'after');
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

/** The expression statement whose whole expression is the work (awaited, voided or bare). */
function statementOf(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  let current: TSESTree.Node = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.AwaitExpression ||
      current.parent.type === AST_NODE_TYPES.ChainExpression ||
      (current.parent.type === AST_NODE_TYPES.UnaryExpression && current.parent.operator === 'void'))
  ) {
    current = current.parent;
  }
  return current.parent?.type === AST_NODE_TYPES.ExpressionStatement ? current.parent : undefined;
}

/** For a floating call, the expression to replace: `void send()` loses its `void`. */
function floatingTarget(node: TSESTree.Node): TSESTree.Node {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void') return parent;
  return node;
}

function isInAsyncFunction(node: TSESTree.Node): boolean {
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

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The event's data: a lone object literal as written, otherwise each argument named after its parameter. */
function buildData(context: AnyContext, node: Finding['call']['estree'], target: FunctionRef | undefined): string {
  const { sourceCode } = context;
  if (node.type === AST_NODE_TYPES.TaggedTemplateExpression) return `{ query: ${sourceCode.getText(node.quasi)} }`;
  const args = node.arguments;
  // Event data travels as JSON: a callback (`sendMail(mail, (err) => ...)`) cannot go with it.
  const values = args.filter((arg) => !isFunctionExpression(arg));
  if (values.length === 0) return '{}';
  if (values.length === 1 && values[0]!.type === AST_NODE_TYPES.ObjectExpression) return sourceCode.getText(values[0]);
  const { names, restIndex } = parameterNames(context, node, target);
  const used = new Set<string>();
  const entries: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (isFunctionExpression(arg)) continue;
    if (restIndex !== undefined && index >= restIndex) {
      // A rest parameter takes the remaining arguments as one array.
      const rest = args.slice(index).filter((a) => !isFunctionExpression(a)).map((a) => argumentText(sourceCode, a));
      entries.push(`${unique(used, names[restIndex] ?? 'args')}: [${rest.join(', ')}]`);
      break;
    }
    if (arg.type === AST_NODE_TYPES.SpreadElement) {
      const rest = args.slice(index).filter((a) => !isFunctionExpression(a)).map((a) => argumentText(sourceCode, a));
      entries.push(`${unique(used, names[index] ?? 'args')}: [${rest.join(', ')}]`);
      break;
    }
    const text = argumentText(sourceCode, arg);
    const name = unique(used, names[index] ?? fallbackName(arg, index));
    entries.push(arg.type === AST_NODE_TYPES.Identifier && arg.name === name ? name : `${name}: ${text}`);
  }
  return `{ ${entries.join(', ')} }`;
}

function isFunctionExpression(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
}

/** An argument's text where a property value or an array element goes: `(a, b)` keeps its parentheses. */
function argumentText(sourceCode: Readonly<TSESLint.SourceCode>, arg: TSESTree.Node): string {
  const text = sourceCode.getText(arg);
  return arg.type === AST_NODE_TYPES.SequenceExpression ? `(${text})` : text;
}

function unique(used: Set<string>, name: string): string {
  let candidate = name;
  for (let i = 2; used.has(candidate); i++) candidate = `${name}${i}`;
  used.add(candidate);
  return candidate;
}

function fallbackName(arg: TSESTree.Node, index: number): string {
  if (arg.type === AST_NODE_TYPES.Identifier) return arg.name;
  if (arg.type === AST_NODE_TYPES.MemberExpression && !arg.computed && arg.property.type === AST_NODE_TYPES.Identifier) return arg.property.name;
  return `arg${index + 1}`;
}

/** Parameter names of the callee (the followed function's, else the checker's signature by arity, else a same-file declaration), and where a rest parameter starts. */
function parameterNames(
  context: AnyContext,
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  target: FunctionRef | undefined,
): { names: (string | undefined)[]; restIndex?: number } {
  // The function the analysis followed the call into: its parameters, with no question to the checker.
  if (target?.kind === 'ts') return namesOfTsParameters(target.node.parameters);
  if (target?.kind === 'estree') return namesOfEstreeParameters(target.node.params);
  const tools = getTypeTools(context);
  if (tools) {
    const tsNode = tools.services.esTreeNodeToTSNodeMap.get(node) as ts.CallLikeExpression;
    // The callee's declared signatures, chosen by arity: `getResolvedSignature` runs overload
    // resolution, which type-checks every argument (a large object literal against a union type).
    const signature = signatureByArity(tools.checker, tsNode);
    const declaration = signature?.getDeclaration() as ts.SignatureDeclaration | undefined;
    const params = declaration?.parameters ?? [];
    if (params.length > 0) return namesOfTsParameters(params);
  }
  if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'fetch') return { names: ['url', 'init'] };
  if (node.callee.type === AST_NODE_TYPES.Identifier) {
    const local = findLocalFunction(node.callee, context.sourceCode);
    const fn = local?.kind === 'estree' ? local.node : undefined;
    if (fn) return namesOfEstreeParameters(fn.params);
  }
  return { names: [] };
}

function namesOfTsParameters(params: readonly ts.ParameterDeclaration[]): { names: (string | undefined)[]; restIndex?: number } {
  const restIndex = params.findIndex((p) => p.dotDotDotToken !== undefined);
  return { names: params.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined)), restIndex: restIndex === -1 ? undefined : restIndex };
}

function namesOfEstreeParameters(params: readonly TSESTree.Parameter[]): { names: (string | undefined)[]; restIndex?: number } {
  const restIndex = params.findIndex((p) => p.type === AST_NODE_TYPES.RestElement);
  return { names: params.map(paramName), restIndex: restIndex === -1 ? undefined : restIndex };
}

function paramName(param: TSESTree.Parameter | undefined): string | undefined {
  if (!param) return undefined;
  if (param.type === AST_NODE_TYPES.Identifier) return param.name;
  if (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier) return param.left.name;
  if (param.type === AST_NODE_TYPES.RestElement && param.argument.type === AST_NODE_TYPES.Identifier) return param.argument.name;
  return undefined;
}

/** The local name the client has in this file, importing it (under a free name) when it is missing. */
function ensureClientImport(
  context: AnyContext,
  fixer: TSESLint.RuleFixer,
  options: ResolvedOptions,
  at: TSESTree.Node,
): { localName: string; importFix?: Fix } {
  const { sourceCode } = context;
  const { name, from } = options.inngestClient;
  const existing = findImport(sourceCode.ast, from, name) ?? findImportOfSameModule(sourceCode.ast, from, name);
  if (existing) return { localName: existing };
  let localName = name;
  for (let i = 0; isNameTaken(context, at, localName); i++) localName = i === 0 ? `${name}Client` : `${name}Client${i + 1}`;
  const specifier = localName === name ? name : `${name} as ${localName}`;
  return { localName, importFix: insertImport(fixer, sourceCode, `import { ${specifier} } from ${quote(from)};`) };
}

/** The client imported by another path to the same module (`'../lib/inngest'` for `'@/lib/inngest'`). */
function findImportOfSameModule(program: TSESTree.Program, from: string, imported: string): string | undefined {
  const tail = moduleTail(from);
  if (!tail) return undefined;
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
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
function findImport(program: TSESTree.Program, source: string, imported: string): string | undefined {
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
function isNameTaken(context: AnyContext, at: TSESTree.Node, name: string): boolean {
  const moduleScope = context.sourceCode.scopeManager?.globalScope?.childScopes[0];
  if (moduleScope?.set.has(name)) return true;
  for (let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(at); scope; scope = scope.upper) {
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

/** The callee's declared signature that fits the number of arguments, without checking the arguments. */
function signatureByArity(checker: ts.TypeChecker, node: ts.CallLikeExpression | undefined): ts.Signature | undefined {
  if (!node || !(ts.isCallExpression(node) || ts.isNewExpression(node))) return undefined;
  const type = checker.getTypeAtLocation(node.expression);
  const signatures = ts.isNewExpression(node) ? type.getConstructSignatures() : type.getCallSignatures();
  const count = node.arguments?.length ?? 0;
  const fits = (signature: ts.Signature): boolean => {
    const params = signature.getDeclaration()?.parameters ?? [];
    const required = params.filter((p) => !p.questionToken && !p.initializer && !p.dotDotDotToken).length;
    return count >= required && (params.some((p) => p.dotDotDotToken) || count <= params.length);
  };
  return signatures.find(fits) ?? signatures[0];
}
