import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

import { QUEUE_SERVE_SOURCES, WORKER_FACTORIES, WORKER_WRAPPERS } from './catalogue.js';
import { getFileKind } from './gate.js';
import type { Handler, HandlerKind } from './model.js';
import { childNodes, findLocalFunction, findVariable, unwrapFunction } from './views/estree.js';

// What a file's path says (route, Pages API route, worker route) is the gate's, so that the rule
// can gate a file without loading this module: it is answered there and re-exported here.
export { getFileKind, mightContainHandlers } from './gate.js';
export type { FileKind } from './gate.js';

const ROUTE_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

function hasDirective(body: readonly TSESTree.Node[], directive: string): boolean {
  for (const statement of body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

/** Finds the handlers of the linted file: route exports, Pages API default exports, Server Actions. */
export function findHandlers(
  program: TSESTree.Program,
  filename: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
  workerPaths: readonly string[],
): Handler[] {
  // Client modules cannot hold server code; what they call runs in the browser.
  if (hasDirective(program.body, 'use client')) return [];
  const handlers: Handler[] = [];
  const kind = getFileKind(filename, workerPaths);
  if (kind === 'route' && !servesQueueFunctions(program)) handlers.push(...findRouteHandlers(program, sourceCode));
  if (kind === 'pagesApi' && !servesQueueFunctions(program)) handlers.push(...findPagesApiHandlers(program, sourceCode));
  if (hasDirective(program.body, 'use server')) handlers.push(...findModuleActions(program, sourceCode));
  if (mayHoldInlineActions(program, sourceCode.text)) handlers.push(...findInlineActions(program, handlers, sourceCode.visitorKeys));
  return handlers;
}

/**
 * Whether a function of the file may begin with `'use server'`: each such directive spells it out,
 * so a module whose only occurrence is its own directive (a Server Action module) has none, and its
 * whole tree need not be walked for them.
 */
function mayHoldInlineActions(program: TSESTree.Program, text: string): boolean {
  const first = text.indexOf('use server');
  if (first === -1) return false;
  return text.includes('use server', first + 1) || !hasDirective(program.body, 'use server');
}

function servesQueueFunctions(program: TSESTree.Program): boolean {
  return program.body.some((s) => s.type === AST_NODE_TYPES.ImportDeclaration && QUEUE_SERVE_SOURCES.has(s.source.value));
}

function findRouteHandlers(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>): Handler[] {
  return collectExports(program, sourceCode, 'route').filter((h) => h.exportName !== undefined && ROUTE_METHODS.has(h.exportName));
}

function findPagesApiHandlers(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>): Handler[] {
  return collectExports(program, sourceCode, 'pagesApi').filter((h) => h.exportName === 'default');
}

function findModuleActions(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>): Handler[] {
  // A Server Action module may export only async functions; each is an action.
  return collectExports(program, sourceCode, 'serverAction').filter((h) => h.node.async);
}

/** Every exported function of a module, through wrappers and `export { x as Y }`. */
function collectExports(program: TSESTree.Program, sourceCode: Readonly<TSESLint.SourceCode>, kind: HandlerKind): Handler[] {
  const handlers: Handler[] = [];
  const add = (name: string, node: TSESTree.FunctionLike | undefined): void => {
    if (node) handlers.push({ kind, name, node, exportName: name });
  };
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      const declaration = statement.declaration;
      if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) add(declaration.id.name, declaration);
      if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === AST_NODE_TYPES.Identifier) add(declarator.id.name, handlerFunctionOf(declarator.init, sourceCode, 0));
        }
      }
      if (!statement.source) {
        for (const specifier of statement.specifiers) {
          const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
          add(exported, handlerFunctionOf(specifier.local, sourceCode, 0));
        }
      }
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const declaration = statement.declaration;
      // Named after the function when it has a name (`handler`), as users read it in their code.
      const fn =
        declaration.type === AST_NODE_TYPES.FunctionDeclaration ? declaration : handlerFunctionOf(declaration, sourceCode, 0);
      if (fn) handlers.push({ kind, name: functionName(fn) === 'anonymous' ? 'default' : functionName(fn), node: fn, exportName: 'default' });
    }
  }
  return handlers;
}

/**
 * The function that serves requests behind an exported value: itself, the function an identifier
 * names, or the function wrapped by higher-order calls (`withAuth(withRateLimit(async (req) => ...))`).
 * A signature-verifying wrapper marks a queue's worker, which is not a handler.
 */
function handlerFunctionOf(node: TSESTree.Node | null | undefined, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): TSESTree.FunctionLike | undefined {
  if (!node || depth > 5) return undefined;
  const fn = unwrapFunction(node);
  if (fn) return fn;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const local = findLocalFunction(node, sourceCode);
    if (local?.kind === 'estree') return local.node;
    const variable = findVariable(node, sourceCode);
    const def = variable?.defs[0];
    if (def?.type === TSESLint.Scope.DefinitionType.Variable && def.node.init !== node) {
      return handlerFunctionOf(def.node.init, sourceCode, depth + 1);
    }
    return undefined;
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const calleeName =
      node.callee.type === AST_NODE_TYPES.Identifier
        ? node.callee.name
        : node.callee.type === AST_NODE_TYPES.MemberExpression && node.callee.property.type === AST_NODE_TYPES.Identifier
          ? node.callee.property.name
          : '';
    if (WORKER_WRAPPERS.test(calleeName) || WORKER_FACTORIES.has(calleeName)) return undefined;
    for (const arg of [...node.arguments].reverse()) {
      const inner = handlerFunctionOf(arg, sourceCode, depth + 1);
      if (inner) return inner;
    }
  }
  if (node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSSatisfiesExpression) {
    return handlerFunctionOf(node.expression, sourceCode, depth + 1);
  }
  return undefined;
}

/** Functions whose own body begins with `'use server'` (actions defined inside server components). */
function findInlineActions(program: TSESTree.Program, known: readonly Handler[], visitorKeys: TSESLint.SourceCode.VisitorKeys): Handler[] {
  const found: Handler[] = [];
  const seen = new Set(known.map((h) => h.node));
  const visit = (node: TSESTree.Node): void => {
    if (
      (node.type === AST_NODE_TYPES.FunctionDeclaration ||
        node.type === AST_NODE_TYPES.FunctionExpression ||
        node.type === AST_NODE_TYPES.ArrowFunctionExpression) &&
      node.body.type === AST_NODE_TYPES.BlockStatement &&
      hasDirective(node.body.body, 'use server') &&
      !seen.has(node)
    ) {
      found.push({ kind: 'serverAction', name: functionName(node), node, exportName: undefined });
    }
    for (const child of childNodes(node, visitorKeys)) visit(child);
  };
  visit(program);
  return found;
}

/** Every function of a file, each as a handler: only for the crash sweep's internal rule, never the shipped one. */
export function collectAllFunctions(program: TSESTree.Program, visitorKeys: TSESLint.SourceCode.VisitorKeys): Handler[] {
  const found: Handler[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      found.push({ kind: 'route', name: functionName(node), node, exportName: undefined });
    }
    for (const child of childNodes(node, visitorKeys)) visit(child);
  };
  visit(program);
  return found;
}

/** A readable name for a function: its own, its variable's, its property's, or `anonymous`. */
export function functionName(node: TSESTree.FunctionLike): string {
  if (node.id) return node.id.name;
  const parent = node.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if ((parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.MethodDefinition) && parent.key.type === AST_NODE_TYPES.Identifier) {
    return parent.key.name;
  }
  return 'anonymous';
}

/** `export { handler as GET, handler as HEAD }`: one function, analysed once, named by all its exports. */
export function dedupeHandlers(handlers: readonly Handler[]): Handler[] {
  const byNode = new Map<object, Handler>();
  for (const handler of handlers) {
    const existing = byNode.get(handler.node);
    if (existing) existing.name = `${existing.name}/${handler.name}`;
    else byNode.set(handler.node, { ...handler });
  }
  return [...byNode.values()];
}
