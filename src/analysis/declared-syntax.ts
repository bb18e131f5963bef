import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint as Lint } from '@typescript-eslint/utils';
import type ts from 'typescript';

import { awaitedTypeOf, getDeclaredReturnType, isPrimitiveOnly, propertyTypeOf } from './declared-types.js';
import { getKnownImport } from './path-mapped-imports.js';
import type { TypeTools } from './types-or-syntax.js';
import { findVariable } from './views/estree.js';

// Whether a value of the linted file is declared a primitive, read from the file's own syntax: its
// annotations (`{ params }: { params: Promise<{ id: string }> }`), `String(...)`, and the declared
// return type of a function it imports through a path-mapped import another file has already
// resolved (`await getSession()`). The same declarations as `getDeclaredType` reads, without
// asking the checker about the linted file: each route file declares its own parameter types, so
// there every answer would be the checker's first about that file (resolving its names,
// instantiating `Promise<{ id: string }>` anew), a sixth of the typed rule's time on the bench's
// corpora. Anything else is left to the checker.

const { DefinitionType } = Lint.Scope;

/** What is known of a value's declared type: an annotation of the linted file, a type another file declares, or a primitive. */
type Declared = { kind: 'annotation'; node: TSESTree.TypeNode } | { kind: 'type'; type: ts.Type } | { kind: 'primitive' };

/** A step from a value to the one read: `await`, or a property. */
type Step = { kind: 'await' } | { kind: 'property'; name: string };

interface Env {
  sourceCode: Readonly<TSESLint.SourceCode>;
  tools: TypeTools | null;
}

const MAX_DEPTH = 8;

/** Built-in conversions that return a primitive whatever their argument: `String(formData.get('id'))`. */
const PRIMITIVE_CONVERSIONS = new Set(['String', 'Number', 'Boolean']);

/**
 * Whether the declarations of a value the linted file reads (`id`, `session.userId`) make it a
 * string, number, boolean, null or undefined (or a union of them), read without the checker's
 * inference; false when they do not say.
 */
export function isDeclaredPrimitive(
  read: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  tools: TypeTools | null,
  root?: TSESLint.Scope.Variable,
): boolean {
  const steps: Step[] = [];
  let node = read;
  while (node.type === AST_NODE_TYPES.MemberExpression) {
    if (node.computed || node.property.type !== AST_NODE_TYPES.Identifier) return false;
    steps.unshift({ kind: 'property', name: node.property.name });
    node = node.object;
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const env = { sourceCode, tools };
  const declared = follow(declaredOfVariable(root ?? findVariable(node, sourceCode), env, 0), steps, env);
  if (!declared) return false;
  if (declared.kind === 'primitive') return true;
  return declared.kind === 'annotation' ? isPrimitiveAnnotation(declared.node) : isPrimitiveOnly(declared.type);
}

function declaredOfVariable(variable: TSESLint.Scope.Variable | undefined, env: Env, depth: number): Declared | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def || (def.type !== DefinitionType.Parameter && def.type !== DefinitionType.Variable)) return undefined;
  // From the declared name up to the parameter or declarator: the properties a destructuring takes.
  const steps: Step[] = [];
  let current: TSESTree.Node = def.name;
  while (current.parent.type === AST_NODE_TYPES.Property && current.parent.value === current && current.parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
    const property: TSESTree.Property = current.parent;
    if (property.computed || property.key.type !== AST_NODE_TYPES.Identifier) return undefined;
    steps.unshift({ kind: 'property', name: property.key.name });
    current = property.parent;
  }
  const pattern = current;
  if (pattern.type !== AST_NODE_TYPES.Identifier && pattern.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  const annotation = pattern.typeAnnotation?.typeAnnotation;
  if (annotation) return follow({ kind: 'annotation', node: annotation }, steps, env);
  // A parameter without an annotation is typed by its context (a wrapper's declaration): the checker's to say.
  const declarator = pattern.parent;
  if (def.type !== DefinitionType.Variable || declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== pattern || !declarator.init) return undefined;
  return follow(declaredOfExpression(declarator.init, env, depth + 1), steps, env);
}

function declaredOfExpression(expression: TSESTree.Expression, env: Env, depth: number): Declared | undefined {
  if (depth > MAX_DEPTH) return undefined;
  switch (expression.type) {
    case AST_NODE_TYPES.Identifier:
      return declaredOfVariable(findVariable(expression, env.sourceCode), env, depth + 1);
    case AST_NODE_TYPES.AwaitExpression:
      return follow(declaredOfExpression(expression.argument, env, depth + 1), [{ kind: 'await' }], env);
    case AST_NODE_TYPES.MemberExpression:
      if (expression.computed || expression.property.type !== AST_NODE_TYPES.Identifier) return undefined;
      return follow(declaredOfExpression(expression.object, env, depth + 1), [{ kind: 'property', name: expression.property.name }], env);
    case AST_NODE_TYPES.CallExpression:
      return expression.callee.type === AST_NODE_TYPES.Identifier && !expression.optional ? declaredReturnOf(expression.callee, env) : undefined;
    default:
      return undefined;
  }
}

/** What a call of `callee` returns, by its declaration: a global conversion, a local function's annotation, an imported function's declared type. */
function declaredReturnOf(callee: TSESTree.Identifier, env: Env): Declared | undefined {
  const variable = findVariable(callee, env.sourceCode);
  // `String` of the standard library (no declaration in the file), not a local one.
  if (!variable || variable.defs.length === 0) return PRIMITIVE_CONVERSIONS.has(callee.name) ? { kind: 'primitive' } : undefined;
  const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === DefinitionType.FunctionName && def.node.type === AST_NODE_TYPES.FunctionDeclaration) {
    const fn = def.node;
    return fn.returnType && !fn.typeParameters ? { kind: 'annotation', node: fn.returnType.typeAnnotation } : undefined;
  }
  if (def?.type !== DefinitionType.ImportBinding || !env.tools || def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const specifier = def.node;
  const imported =
    specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
      ? 'default'
      : specifier.type === AST_NODE_TYPES.ImportSpecifier
        ? specifier.imported.type === AST_NODE_TYPES.Identifier
          ? specifier.imported.name
          : specifier.imported.value
        : undefined;
  if (imported === undefined) return undefined;
  const { checker } = env.tools;
  const symbol = getKnownImport(checker, def.parent.source.value, imported);
  const type = symbol && getDeclaredReturnType(checker, symbol, 'shape');
  return type ? { kind: 'type', type } : undefined;
}

/** The declared type after each step, or undefined where the declaration does not say. */
function follow(declared: Declared | undefined, steps: readonly Step[], env: Env): Declared | undefined {
  let current = declared;
  for (const step of steps) {
    if (!current) return undefined;
    current = current.kind === 'annotation' ? stepAnnotation(current.node, step, env) : current.kind === 'type' ? stepType(current.type, step, env) : undefined;
  }
  return current;
}

function stepType(type: ts.Type, step: Step, env: Env): Declared | undefined {
  const checker = env.tools?.checker;
  if (!checker) return undefined;
  const next = step.kind === 'await' ? awaitedTypeOf(checker, type) : propertyTypeOf(checker, type, step.name);
  return next ? { kind: 'type', type: next } : undefined;
}

function stepAnnotation(node: TSESTree.TypeNode, step: Step, env: Env): Declared | undefined {
  if (step.kind === 'await') {
    // `await` of a primitive is that primitive; of the standard `Promise<T>`, its `T`.
    if (isPrimitiveAnnotation(node)) return { kind: 'annotation', node };
    if (node.type !== AST_NODE_TYPES.TSTypeReference || node.typeArguments?.params.length !== 1) return undefined;
    const [argument] = node.typeArguments.params;
    return argument && isStandardPromiseName(node, env) ? { kind: 'annotation', node: argument } : undefined;
  }
  // A property of `T | null | undefined` is the property of `T` (as `propertyTypeOf` reads it).
  const members = node.type === AST_NODE_TYPES.TSUnionType ? node.types.filter((member) => !isNullish(member)) : [node];
  const [literal] = members;
  if (members.length !== 1 || literal?.type !== AST_NODE_TYPES.TSTypeLiteral) return undefined;
  // Only a property signature of that name says; a method, an index signature or none leaves it to the checker.
  let found: TSESTree.TypeNode | undefined;
  for (const member of literal.members) {
    const key = 'key' in member ? member.key : undefined;
    const name = key && !('computed' in member && member.computed) ? (key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined) : undefined;
    if (name !== step.name) continue;
    if (member.type !== AST_NODE_TYPES.TSPropertySignature || !member.typeAnnotation || found) return undefined;
    found = member.typeAnnotation.typeAnnotation;
  }
  return found && { kind: 'annotation', node: found };
}

/** `Promise<...>` naming the standard library's `Promise`: the file declares and imports nothing of that name. */
function isStandardPromiseName(node: TSESTree.TSTypeReference, env: Env): boolean {
  if (node.typeName.type !== AST_NODE_TYPES.Identifier || node.typeName.name !== 'Promise') return false;
  let declares = declaresPromise.get(env.sourceCode);
  if (declares === undefined) {
    declares = (env.sourceCode.scopeManager?.scopes ?? []).some((scope) => (scope.set.get('Promise')?.defs.length ?? 0) > 0);
    declaresPromise.set(env.sourceCode, declares);
  }
  return !declares;
}

const declaresPromise = new WeakMap<object, boolean>();

function isNullish(node: TSESTree.TypeNode): boolean {
  return node.type === AST_NODE_TYPES.TSNullKeyword || node.type === AST_NODE_TYPES.TSUndefinedKeyword;
}

/** `string`, `number`, `boolean`, `null`, `undefined`, a string, number or boolean literal type, or a union of them. */
function isPrimitiveAnnotation(node: TSESTree.TypeNode): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.TSStringKeyword:
    case AST_NODE_TYPES.TSNumberKeyword:
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
      return true;
    case AST_NODE_TYPES.TSLiteralType:
      return node.literal.type === AST_NODE_TYPES.Literal && ['string', 'number', 'boolean'].includes(typeof node.literal.value);
    case AST_NODE_TYPES.TSUnionType:
      return node.types.every(isPrimitiveAnnotation);
    default:
      return false;
  }
}
