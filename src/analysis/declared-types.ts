import ts from './typescript.cjs';
import { IndexKind, ObjectFlags, SymbolFlags, SyntaxKind, TypeFlags } from './ts-enums.js';

import { symbolOfName } from './path-mapped-imports.js';
import { getDeclaredCallbackParameterType } from './resolve-target.js';

// Types read from declarations, without inference: a parameter's or variable's annotation, the
// type a wrapper's declaration gives its callback's parameters, a member's declared type, a
// non-generic function's declared return type, a class's instance type. The type at a node would
// be inferred through the calls around it: for a callback's parameter the whole callback is
// checked, for a query builder's client its generics are instantiated (milliseconds to hundreds of
// milliseconds each in a fresh checker, paid again on every edit). Where declarations do not say,
// the answer is undefined and the caller asks the checker.

/**
 * The type declarations give an expression (`session.userId` of `withAuth(async (req, { session })
 * => ...)`, `id` of `const { id } = await params` there, `prisma.chatMessage` of `prisma = new
 * PrismaClient()`), or undefined. It can differ from the type at the node only by narrowing (which
 * removes `null` and `undefined`) and by a generic's type arguments, which neither the JSON check of
 * a suggestion's value nor matching a client by its declared type reads.
 */
export function getDeclaredType(checker: ts.TypeChecker, node: ts.Node, use: DeclaredTypeUse): ts.Type | undefined {
  const type = declaredTypeOf(checker, node, use, 0);
  // A type parameter (`identity<T>(x: T): T`, `Box<T>.value`) is what inference would have filled in.
  return type && !isOpen(type) ? type : undefined;
}

/**
 * The type the declaration a call runs gives the value at `node`: an argument of `call`, a value of
 * an object literal there (at any depth), or the left side of `??` / `||` in such a place. So
 * `view.link.teamId` of `notify({ teamId: view.link.teamId })` for `notify(data: { teamId: string })`
 * is a `string` without inferring `view` (a query's result, a few hundred milliseconds in a fresh
 * checker: each re-lint in an editor). The value's own type is assignable to it, so a type made of
 * primitives only is the value's. Undefined where the declaration does not say: a rest or generic
 * parameter, a member it does not declare.
 */
export function getDeclaredSlotType(checker: ts.TypeChecker, node: ts.Node, call: ts.Node, fn: ts.SignatureDeclaration): ts.Type | undefined {
  if (fn.typeParameters?.length || !(ts.isCallExpression(call) || ts.isNewExpression(call))) return undefined;
  const keys: string[] = [];
  let current = node;
  let index = -1;
  for (let depth = 0; index === -1; depth++) {
    const parent = current.parent;
    if (depth > 10) return undefined;
    if (parent === call) {
      index = call.arguments?.indexOf(current as ts.Expression) ?? -1;
      if (index === -1) return undefined;
    } else if (ts.isParenthesizedExpression(parent)) {
      current = parent;
    } else if (ts.isBinaryExpression(parent) && parent.left === current && isFallbackOperator(parent.operatorToken.kind)) {
      // `a ?? b` is `a` unless it is nullish, `a || b` unless it is falsy: what of `a` travels into the slot is of its type.
      current = parent;
    } else if ((ts.isPropertyAssignment(parent) && parent.initializer === current) || (ts.isShorthandPropertyAssignment(parent) && parent.name === current)) {
      if (!ts.isIdentifier(parent.name) && !ts.isStringLiteral(parent.name)) return undefined;
      keys.unshift(parent.name.text);
      current = parent.parent;
    } else {
      return undefined;
    }
  }
  // A `this` parameter is declared first but passed as the receiver, not as an argument.
  const [first] = fn.parameters;
  const offset = first && ts.isIdentifier(first.name) && first.name.text === 'this' ? 1 : 0;
  const parameter = fn.parameters[index + offset];
  if (!parameter?.type || parameter.dotDotDotToken) return undefined;
  let type: ts.Type | undefined = checker.getTypeFromTypeNode(parameter.type);
  for (const key of keys) type = type && propertyTypeOf(checker, type, key);
  return type && !isOpen(type) ? type : undefined;
}

function isFallbackOperator(kind: ts.SyntaxKind): boolean {
  return kind === SyntaxKind.QuestionQuestionToken || kind === SyntaxKind.BarBarToken;
}

/**
 * What the caller reads of the type: `'shape'` its members and their types (the JSON check), so a
 * generic declaration is left to inference; `'symbol'` only the declaration it names (matching a
 * client by package and name), which a generic's type arguments do not change.
 */
export type DeclaredTypeUse = 'shape' | 'symbol';

// The same declared types are asked about from every handler file (a session helper's return type,
// its `userId`), and each answer is a computation of the checker (instantiating, filtering out
// `null`), not a cached read: the answers are kept per checker. Types and the declaration symbols
// of one program's checker are its own; an editor's next program brings a new checker.
interface TypeAnswers {
  awaited: WeakMap<ts.Type, ts.Type | null>;
  properties: WeakMap<ts.Type, Map<string, ts.Type | null>>;
  returns: Record<DeclaredTypeUse, WeakMap<ts.Symbol, ts.Type | null>>;
}

const answersByChecker = new WeakMap<ts.TypeChecker, TypeAnswers>();

function answersOf(checker: ts.TypeChecker): TypeAnswers {
  let answers = answersByChecker.get(checker);
  if (!answers) {
    answers = { awaited: new WeakMap(), properties: new WeakMap(), returns: { shape: new WeakMap(), symbol: new WeakMap() } };
    answersByChecker.set(checker, answers);
  }
  return answers;
}

/**
 * The type `await` gives a value of `type`: the argument of the standard library's `Promise<T>`
 * read off the reference (`params: Promise<{ id: string }>`, declared anew in every route file), and
 * the checker's answer for anything else (a union, a thenable of another kind, a type parameter).
 */
export function awaitedTypeOf(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  const { awaited } = answersOf(checker);
  let answer = awaited.get(type);
  if (answer === undefined) awaited.set(type, (answer = computeAwaitedType(checker, type) ?? null));
  return answer ?? undefined;
}

function computeAwaitedType(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  let current = type;
  for (let depth = 0; depth < 5 && isStandardPromise(current); depth++) {
    const [argument] = checker.getTypeArguments(current as ts.TypeReference);
    if (!argument) break;
    current = argument;
  }
  if (current === type) return checker.getAwaitedType(type);
  // `Promise<Session | null>`: a union of values that are not thenables is its own awaited type.
  const members = current.isUnion() ? current.types : [current];
  return members.every((member) => isSettled(checker, member)) ? current : checker.getAwaitedType(current);
}

/** A value `await` returns as it is: not a thenable, nor a type whose members could be one. */
function isSettled(checker: ts.TypeChecker, type: ts.Type): boolean {
  if (type.flags & (TypeFlags.UnionOrIntersection | TypeFlags.Instantiable | TypeFlags.Any | TypeFlags.Unknown)) return false;
  return !(type.flags & TypeFlags.Object) || !isThenable(checker, type);
}

function isStandardPromise(type: ts.Type): boolean {
  if (!(type.flags & TypeFlags.Object) || !((type as ts.ObjectType).objectFlags & ObjectFlags.Reference)) return false;
  const symbol = type.getSymbol();
  // The global `Promise` is declared in TypeScript's `lib.*.d.ts` files (augmentations merge into the
  // same symbol); a module's own `Promise` class is another symbol, never declared there.
  return symbol?.getName() === 'Promise' && (symbol.declarations ?? []).some((declaration) => isDefaultLibraryFile(declaration.getSourceFile()));
}

function isDefaultLibraryFile(file: ts.SourceFile): boolean {
  return file.isDeclarationFile && /[\\/]lib\.[\w.]+\.d\.ts$/.test(file.fileName);
}

function isThenable(checker: ts.TypeChecker, type: ts.Type): boolean {
  return checker.getPropertyOfType(type, 'then') !== undefined;
}

function isOpen(type: ts.Type): boolean {
  if (type.flags & (TypeFlags.TypeParameter | TypeFlags.Index | TypeFlags.IndexedAccess | TypeFlags.Conditional | TypeFlags.Substitution)) return true;
  return type.isUnionOrIntersection() && type.types.some(isOpen);
}

function declaredTypeOf(checker: ts.TypeChecker, node: ts.Node, use: DeclaredTypeUse, depth: number): ts.Type | undefined {
  if (depth > 10) return undefined;
  if (ts.isParenthesizedExpression(node)) return declaredTypeOf(checker, node.expression, use, depth);
  if (ts.isAwaitExpression(node)) {
    const type = declaredTypeOf(checker, node.expression, use, depth + 1);
    return type && awaitedTypeOf(checker, type);
  }
  if (ts.isPropertyAccessExpression(node)) {
    const type = declaredTypeOf(checker, node.expression, use, depth + 1);
    return type && propertyTypeOf(checker, type, node.name.text);
  }
  if (ts.isCallExpression(node)) return declaredReturnTypeOf(checker, node, use);
  if (ts.isNewExpression(node)) return instanceTypeOf(checker, node, use);
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === SyntaxKind.BarBarToken || node.operatorToken.kind === SyntaxKind.QuestionQuestionToken)) {
    // `global.prisma || new PrismaClient()`: both sides the same class, whichever is taken.
    const left = declaredTypeOf(checker, node.left, use, depth + 1);
    const right = left && declaredTypeOf(checker, node.right, use, depth + 1);
    if (!left || !right) return undefined;
    const symbol = checker.getNonNullableType(right).getSymbol();
    return symbol && checker.getNonNullableType(left).getSymbol() === symbol ? right : undefined;
  }
  if (!ts.isIdentifier(node)) return undefined;
  let symbol = symbolOfName(node, checker);
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  return declaration ? declaredTypeOfBinding(checker, declaration, use, depth + 1) : undefined;
}

/** The return type a called function declares (`getSession(): Promise<Session | null>`), when it is not overloaded (nor generic, for its shape). */
function declaredReturnTypeOf(checker: ts.TypeChecker, call: ts.CallExpression, use: DeclaredTypeUse): ts.Type | undefined {
  if (!ts.isIdentifier(call.expression)) return undefined;
  return getDeclaredReturnType(checker, symbolOfName(call.expression, checker), use);
}

/**
 * The return type that a call of the function `symbol` names gets from declarations: its one
 * declaration's return type (not generic, for its shape), or a callable type's (see below).
 */
export function getDeclaredReturnType(checker: ts.TypeChecker, symbol: ts.Symbol | undefined, use: DeclaredTypeUse): ts.Type | undefined {
  if (!symbol) return computeDeclaredReturnType(checker, symbol, use);
  const returns = answersOf(checker).returns[use];
  let answer = returns.get(symbol);
  if (answer === undefined) returns.set(symbol, (answer = computeDeclaredReturnType(checker, symbol, use) ?? null));
  return answer ?? undefined;
}

function computeDeclaredReturnType(checker: ts.TypeChecker, symbol: ts.Symbol | undefined, use: DeclaredTypeUse): ts.Type | undefined {
  const fn = functionDeclarationOfSymbol(checker, symbol, 0);
  if (!fn) return callableReturnTypeOf(checker, symbol);
  if (!fn.type || (fn.typeParameters && use === 'shape')) return undefined;
  return checker.getTypeFromTypeNode(fn.type);
}

/**
 * The return type of a value declared with a callable type whose call signatures all declare the
 * same one, none generic: `String(x)` of `declare var String: StringConstructor` is a `string`
 * (inferring the call checks its arguments, `formData.get('id') ?? ''`, a few tenths of a millisecond).
 */
function callableReturnTypeOf(checker: ts.TypeChecker, callee: ts.Symbol | undefined): ts.Type | undefined {
  let symbol = callee;
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.type || !ts.isTypeReferenceNode(declaration.type)) return undefined;
  const signatures = checker.getTypeFromTypeNode(declaration.type).getCallSignatures();
  let returned: ts.Type | undefined;
  for (const signature of signatures) {
    const node = signature.getDeclaration() as ts.SignatureDeclaration | undefined;
    if (!node?.type || signature.getTypeParameters()?.length) return undefined;
    const type = checker.getTypeFromTypeNode(node.type);
    if (returned && returned !== type) return undefined;
    returned = type;
  }
  return returned;
}

/** The one declaration of a function a name stands for: `function f`, `const f = (): T => ...`, or `const task: typeof createTask`. */
function functionDeclarationOf(checker: ts.TypeChecker, name: ts.EntityName, depth: number): ts.SignatureDeclaration | undefined {
  return functionDeclarationOfSymbol(checker, ts.isIdentifier(name) ? symbolOfName(name, checker) : checker.getSymbolAtLocation(name), depth);
}

function functionDeclarationOfSymbol(checker: ts.TypeChecker, named: ts.Symbol | undefined, depth: number): ts.SignatureDeclaration | undefined {
  let symbol = named;
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declarations = symbol?.declarations ?? [];
  const [declaration] = declarations;
  if (declarations.length !== 1 || !declaration) return undefined;
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (!ts.isVariableDeclaration(declaration)) return undefined;
  if (declaration.type) return ts.isTypeQueryNode(declaration.type) && depth < 3 ? functionDeclarationOf(checker, declaration.type.exprName, depth + 1) : undefined;
  const init = declaration.initializer;
  return init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? init : undefined;
}

/** The declared type of a parameter, variable or destructured name, or undefined when only inference gives it. */
function declaredTypeOfBinding(checker: ts.TypeChecker, declaration: ts.Declaration, use: DeclaredTypeUse, depth: number): ts.Type | undefined {
  if (ts.isBindingElement(declaration)) {
    const pattern = declaration.parent;
    const key = declaration.propertyName ?? declaration.name;
    if (!ts.isObjectBindingPattern(pattern) || declaration.dotDotDotToken || !ts.isIdentifier(key)) return undefined;
    const type = declaredTypeOfBinding(checker, pattern.parent, use, depth + 1);
    return type && propertyTypeOf(checker, type, key.text);
  }
  if (ts.isParameter(declaration)) {
    const typeNode = declaration.type ?? getDeclaredCallbackParameterType(declaration, checker);
    return typeNode && checker.getTypeFromTypeNode(typeNode);
  }
  if (ts.isVariableDeclaration(declaration)) {
    if (declaration.type) return checker.getTypeFromTypeNode(declaration.type);
    return declaration.initializer ? declaredTypeOf(checker, declaration.initializer, use, depth + 1) : undefined;
  }
  return undefined;
}

/** The instance type of `new X(...)` for a class `X` (generic only for its symbol: its type parameters stay open). */
function instanceTypeOf(checker: ts.TypeChecker, node: ts.NewExpression, use: DeclaredTypeUse): ts.Type | undefined {
  if (!ts.isIdentifier(node.expression)) return undefined;
  let symbol = symbolOfName(node.expression, checker);
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (!symbol || !(symbol.flags & SymbolFlags.Class)) return undefined;
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  return use === 'symbol' || !(type as ts.InterfaceType).typeParameters?.length ? type : undefined;
}

/** The declared type of a member of `type` (less `null` and `undefined`), or of its string index signature. */
export function propertyTypeOf(checker: ts.TypeChecker, type: ts.Type, name: string): ts.Type | undefined {
  const { properties } = answersOf(checker);
  let byName = properties.get(type);
  if (!byName) properties.set(type, (byName = new Map<string, ts.Type | null>()));
  let answer = byName.get(name);
  if (answer === undefined) byName.set(name, (answer = computePropertyType(checker, type, name) ?? null));
  return answer ?? undefined;
}

function computePropertyType(checker: ts.TypeChecker, type: ts.Type, name: string): ts.Type | undefined {
  const object = checker.getNonNullableType(type);
  const property = checker.getPropertyOfType(object, name);
  // `Record<string, string>`: an index signature types every name.
  return property ? checker.getTypeOfSymbol(property) : checker.getIndexInfoOfType(object, IndexKind.String)?.type;
}

const PRIMITIVE_FLAGS =
  TypeFlags.StringLike | TypeFlags.NumberLike | TypeFlags.BooleanLike | TypeFlags.EnumLike | TypeFlags.Null | TypeFlags.Undefined | TypeFlags.Void;

/** A string, number, boolean, enum, null or undefined, or a union of them: JSON carries it as it is. */
export function isPrimitiveOnly(type: ts.Type | undefined): boolean {
  if (!type) return false;
  const members = type.isUnion() ? type.types : [type];
  return members.every((member) => (member.flags & PRIMITIVE_FLAGS) !== 0 && (member.flags & TypeFlags.Object) === 0);
}
