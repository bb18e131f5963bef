import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

import ts from './typescript.cjs';
import { SymbolFlags, SyntaxKind, TypeFlags } from './ts-enums.js';
import { SERVER_ONLY_GUARDS } from './catalogue.js';
import type { Handler } from './model.js';
import { symbolOfImport, symbolOfName } from './path-mapped-imports.js';
import { typeMatchesSomeSpecifier } from './type-utils.js';
import type { TypeTools } from './types-or-syntax.js';
import { childNodes, findLocalFunction, findVariable, functionOfVariable, importOriginOf } from './views/estree.js';
import { isFunctionWithBody } from './views/typescript.js';

const { DefinitionType } = TSESLint.Scope;

// Routes that only servers call are workers: their notification work is the queue's, not a user's.
// A guard counts where it is written: the handler's own body (what follows it is worker code), or a
// project wrapper around the handler (all of it is), followed into the wrapper's body, in other
// files with types.

const G = SERVER_ONLY_GUARDS;
const MAX_DEPTH = 3;

interface GuardEnv {
  sourceCode: Readonly<TSESLint.SourceCode>;
  tools: TypeTools | null;
}

/**
 * Whether a handler's code at a position is a worker's: it follows a guard of the handler's own
 * body that rejects requests without an internal secret or a queue's signature, or a wrapper
 * guards the whole handler. Asked only of a call that leads to work (most handlers have none),
 * and only of the statements before it: a guard after the call does not change who runs it.
 */
export function createServerOnlyTest(handler: Handler, sourceCode: Readonly<TSESLint.SourceCode>, tools: TypeTools | null): (position: number) => boolean {
  const env: GuardEnv = { sourceCode, tools };
  const body = handler.node.body;
  const statements = body?.type === AST_NODE_TYPES.BlockStatement ? body.body : [];
  let wrapped: boolean | undefined;
  let scanned = 0;
  let guardEnd: number | undefined;
  return (position) => {
    wrapped ??= findWrappers(handler, sourceCode).some((wrapper) => isGuardingWrapper(wrapper, env));
    if (wrapped) return true;
    // The first guard decides; statements are scanned once, up to the furthest position asked.
    for (let statement = statements[scanned]; guardEnd === undefined && statement && statement.range[1] <= position; statement = statements[++scanned]) {
      if (isGuardStatement(statement, env)) guardEnd = statement.range[1];
    }
    return guardEnd !== undefined && position >= guardEnd;
  };
}

/** `if (<checks a secret>) return/throw ...`, or a signature check that throws (`await receiver.verify(...)`). */
function isGuardStatement(statement: TSESTree.Statement, env: GuardEnv): boolean {
  if (statement.type === AST_NODE_TYPES.IfStatement) return exits(statement.consequent) && checksServerSecret(statement.test, env, 0);
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
    const expression = unwrapAwait(statement.expression);
    // `await verifyQstashSignature({ req, rawBody })`: a project guard that throws on a request without the signature.
    return isSignatureCall(expression, env) || (expression.type === AST_NODE_TYPES.CallExpression && isGuardHelperCall(expression, env, 0));
  }
  return false;
}

function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  return statement.type === AST_NODE_TYPES.BlockStatement && statement.body.some((s) => s.type === AST_NODE_TYPES.ReturnStatement || s.type === AST_NODE_TYPES.ThrowStatement);
}

function unwrapAwait(node: TSESTree.Expression): TSESTree.Expression {
  return node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node;
}

/** Whether an expression compares the request with an internal secret or checks a queue's signature. */
function checksServerSecret(node: TSESTree.Node, env: GuardEnv, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (node.type === AST_NODE_TYPES.BinaryExpression && ['===', '!==', '==', '!='].includes(node.operator)) {
    if (mentionsSecret(node.left, env, depth) || mentionsSecret(node.right, env, depth)) return true;
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    if (isSignatureCall(node, env) || isGuardHelperCall(node, env, depth)) return true;
    const name = calleeNameOf(node);
    if (name && G.compareFunctions.has(name) && node.arguments.some((a) => mentionsSecret(a, env, depth))) return true;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    // `const authorized = auth === expected; if (!authorized) return ...`
    const init = initializerOf(node, env);
    if (init) return checksServerSecret(unwrapAwait(init), env, depth + 1);
  }
  for (const child of childNodes(node, env.sourceCode.visitorKeys)) if (checksServerSecret(child, env, depth)) return true;
  return false;
}

/** Whether an expression reads an internal secret from the environment (`process.env.CRON_SECRET`, `env().INTERNAL_API_KEY`), maybe inside a template. */
function mentionsSecret(node: TSESTree.Node, env: GuardEnv, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = !node.computed && node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : node.property.type === AST_NODE_TYPES.Literal ? String(node.property.value) : undefined;
    if (name && isSecretEnvName(name) && isEnvObject(node.object)) return true;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = initializerOf(node, env);
    return init !== undefined && mentionsSecret(init, env, depth + 1);
  }
  for (const child of childNodes(node, env.sourceCode.visitorKeys)) if (mentionsSecret(child, env, depth)) return true;
  return false;
}

function isSecretEnvName(name: string): boolean {
  return G.secretEnvNames.test(name) && !G.webhookSecretNames.test(name);
}

/** `process.env`, `env`, `env()`, `Bun.env`, `import.meta.env`, a config object named `*env*`. */
function isEnvObject(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression) return isEnvObject(node.callee);
  if (node.type === AST_NODE_TYPES.Identifier) return /env$/i.test(node.name);
  if (node.type === AST_NODE_TYPES.MemberExpression) return !node.computed && node.property.type === AST_NODE_TYPES.Identifier && node.property.name === 'env';
  return false;
}

function initializerOf(identifier: TSESTree.Identifier, env: GuardEnv): TSESTree.Expression | undefined {
  const def = findVariable(identifier, env.sourceCode)?.defs[0];
  if (def?.type !== DefinitionType.Variable || !def.node.init || def.node.init === identifier) return undefined;
  return def.node.init;
}

function calleeNameOf(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) return callee.property.name;
  return undefined;
}

/** QStash: `verifySignature*(...)`, `receiver.verify(...)` (a `Receiver` of `@upstash/qstash` with types, a receiver's name without). */
function isSignatureCall(node: TSESTree.Node, env: GuardEnv): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = calleeNameOf(node);
  if (!name) return false;
  if (G.verifyFunctions.test(name)) return true;
  const callee = node.callee;
  if (name !== G.signatureReceivers.method || callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (env.tools) {
    const receiver = env.tools.services.esTreeNodeToTSNodeMap.get(callee.object);
    const type = env.tools.checker.getTypeAtLocation(receiver);
    if ((type.flags & (TypeFlags.Any | TypeFlags.Unknown)) === 0) return typeMatchesSomeSpecifier(type, G.signatureReceivers.types, env.tools.program);
  }
  const root = callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : callee.object.type === AST_NODE_TYPES.MemberExpression && callee.object.property.type === AST_NODE_TYPES.Identifier ? callee.object.property.name : '';
  return G.signatureReceivers.names.test(root);
}

/** A call of a project guard (`isAuthorizedCronOrInternalRequest(req)`): its body decides where it is followed, its name elsewhere. */
function isGuardHelperCall(call: TSESTree.CallExpression, env: GuardEnv, depth: number): boolean {
  const body = resolveBody(call.callee, env);
  if (body?.kind === 'estree') return checksServerSecret(body.node, env, depth + 1);
  if (body?.kind === 'ts' && env.tools) return tsBodyGuards(body.node, env.tools);
  const name = calleeNameOf(call);
  return name !== undefined && isGuardHelperName(name);
}

/** A guard named for what it checks; one named for a third-party sender (`verifyStripeSignature`) guards a webhook receiver, which stays a handler. */
function isGuardHelperName(name: string): boolean {
  return G.guardHelperNames.test(name) && !THIRD_PARTY_SENDER.test(name);
}

const THIRD_PARTY_SENDER = new RegExp(G.webhookSecretNames.source, 'i');

type Body = { kind: 'estree'; node: TSESTree.Node } | { kind: 'ts'; node: ts.Node } | undefined;

/** The body of the project function a callee names: in the linted file by scope, in other files through the checker. */
function resolveBody(callee: TSESTree.Node, env: GuardEnv): Body {
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(callee, env.sourceCode);
  const local = functionOfVariable(callee, variable);
  if (local?.kind === 'estree' && local.node.body) return { kind: 'estree', node: local.node.body };
  if (!env.tools) return undefined;
  const { checker, program, services } = env.tools;
  const name = services.esTreeNodeToTSNodeMap.get(callee);
  // An import through a path mapping (`import { getSession } from '@/lib/auth'`) is read from the file it maps to.
  const origin = importOriginOf(variable);
  const imported = origin && origin.importedName !== '*' ? symbolOfImport(checker, origin.importSource, origin.importedName) : undefined;
  let symbol = imported ?? (ts.isIdentifier(name) ? symbolOfName(name, checker) : checker.getSymbolAtLocation(name));
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  for (const declaration of symbol?.declarations ?? []) {
    const sourceFile = declaration.getSourceFile();
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) return undefined;
    let fn: ts.Node | undefined = declaration;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer) fn = declaration.initializer;
    if (isFunctionWithBody(fn)) return { kind: 'ts', node: fn.body };
  }
  return undefined;
}

/** Whether the project wrapper of a handler guards it: its body checks a secret or a signature, or (no body) its name says so. */
function isGuardingWrapper(callee: TSESTree.Node, env: GuardEnv): boolean {
  const body = resolveBody(callee, env);
  if (body?.kind === 'estree') return checksServerSecret(body.node, env, 0);
  if (body?.kind === 'ts' && env.tools) return tsBodyGuards(body.node, env.tools);
  return callee.type === AST_NODE_TYPES.Identifier && G.wrapperNames.test(callee.name);
}

// Another file's guard body, judged once per program: every handler that calls `getSession()` asks
// the same question of the same body (a new checker comes with every program, so edits are seen).
const tsBodyVerdicts = new WeakMap<ts.TypeChecker, WeakMap<ts.Node, boolean>>();

/** Whether another file's function body guards like the linted file's guards do (memoised per checker and body). */
function tsBodyGuards(body: ts.Node, tools: TypeTools): boolean {
  let verdicts = tsBodyVerdicts.get(tools.checker);
  if (!verdicts) tsBodyVerdicts.set(tools.checker, (verdicts = new WeakMap<ts.Node, boolean>()));
  let verdict = verdicts.get(body);
  if (verdict === undefined) verdicts.set(body, (verdict = tsBodyChecksServerSecret(body, tools, 0)));
  return verdict;
}

/** The same facts in another file's TypeScript nodes: a comparison with an env secret, a signature check, a guard helper. */
function tsBodyChecksServerSecret(node: ts.Node, tools: TypeTools, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (ts.isBinaryExpression(node) && isEqualityToken(node.operatorToken.kind) && (tsMentionsSecret(node.left) || tsMentionsSecret(node.right))) return true;
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    if (name && (G.verifyFunctions.test(name) || isGuardHelperName(name))) return true;
    if (name && G.compareFunctions.has(name) && node.arguments.some(tsMentionsSecret)) return true;
    if (name === G.signatureReceivers.method && ts.isPropertyAccessExpression(callee)) {
      const type = tools.checker.getTypeAtLocation(callee.expression);
      // As in the linted file: a receiver the checker cannot type (`@upstash/qstash` not installed) is known by its name.
      const known = (type.flags & (TypeFlags.Any | TypeFlags.Unknown)) === 0;
      const receiver = callee.expression;
      const receiverName = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : '';
      if (known ? typeMatchesSomeSpecifier(type, G.signatureReceivers.types, tools.program) : G.signatureReceivers.names.test(receiverName)) return true;
    }
  }
  return ts.forEachChild(node, (child) => (tsBodyChecksServerSecret(child, tools, depth) ? true : undefined)) ?? false;
}

function isEqualityToken(kind: ts.SyntaxKind): boolean {
  return (
    kind === SyntaxKind.EqualsEqualsEqualsToken ||
    kind === SyntaxKind.ExclamationEqualsEqualsToken ||
    kind === SyntaxKind.EqualsEqualsToken ||
    kind === SyntaxKind.ExclamationEqualsToken
  );
}

function tsMentionsSecret(node: ts.Node): boolean {
  if (ts.isPropertyAccessExpression(node) && isSecretEnvName(node.name.text) && /env\)?$/i.test(node.expression.getText())) return true;
  return ts.forEachChild(node, (child) => (tsMentionsSecret(child) ? true : undefined)) ?? false;
}

/**
 * The project wrappers around a handler: the calls its function is an argument of
 * (`withQstashOrInternal(async (req) => ...)`), and, for a handler named by an identifier
 * (`export default withCronAuth(handler)`), the calls in the file's exports that take it.
 */
function findWrappers(handler: Handler, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node[] {
  const wrappers: TSESTree.Node[] = [];
  let node: TSESTree.Node = handler.node;
  while (node.parent.type === AST_NODE_TYPES.CallExpression && node.parent.arguments.includes(node as TSESTree.CallExpressionArgument)) {
    wrappers.push(node.parent.callee);
    node = node.parent;
  }
  const visit = (expression: TSESTree.Node | null | undefined, depth: number): boolean => {
    if (!expression || depth > 5 || expression.type !== AST_NODE_TYPES.CallExpression) return false;
    for (const arg of expression.arguments) {
      const takesHandler =
        (arg.type === AST_NODE_TYPES.Identifier && findLocalFunction(arg, sourceCode)?.node === handler.node) || visit(arg, depth + 1);
      if (takesHandler) {
        wrappers.push(expression.callee);
        return true;
      }
    }
    return false;
  };
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) visit(statement.declaration, 0);
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declaration.declarations) visit(declarator.init, 0);
    }
  }
  return wrappers;
}
