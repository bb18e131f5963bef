import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';
import ts from '../analysis/typescript.cjs';
import { TypeFlags } from '../analysis/ts-enums.js';

import type { Finding } from '../analysis/index.js';
import { getDeclaredSlotType, getDeclaredType, isPrimitiveOnly } from '../analysis/declared-types.js';
import { isDeclaredPrimitive } from '../analysis/declared-syntax.js';
import { getTypeTools } from '../analysis/types-or-syntax.js';
import type { TypeTools } from '../analysis/types-or-syntax.js';
import type { ResolvedOptions } from '../options.js';
import { deriveEventName } from './event-name.js';

const { DefinitionType, ScopeType } = TSESLint.Scope;

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Variable = TSESLint.Scope.Variable;

/** A value the moved work reads from the handler: it travels in the event's `data`. */
export interface MovedValue {
  /** Its key in `event.data`: the variable's name, or the last property of a member chain (`params.id` → `id`). */
  key: string;
  /** Its text in the handler: `userId`, `params.id`. */
  text: string;
  /** Where the work reads it (identifiers or member chains inside the moved expression). */
  reads: TSESTree.Node[];
  /** A Date arrives in the worker as an ISO string; the worker revives it. */
  revive?: 'date';
  /** The value's type as the worker can write it (primitives, literals, arrays and objects of them), with types. */
  typeText?: string;
  /** A method the work calls on the value (`tx.notification` in `tx.notification.create()`). */
  calledMethod?: string;
}

/** A module-level import the moved work needs in its new home. */
export interface NeededImport {
  source: string;
  /** `default`, `*` (a namespace import) or the exported name. */
  imported: string;
  local: string;
  typeOnly: boolean;
}

/** What the moved work is: one place for the facts the suggestion and `migrate` both use. */
export interface MovePlan {
  finding: Finding;
  /** The moved call. */
  node: Finding['call']['estree'];
  /** Its source text, as the handler has it. */
  text: string;
  eventName: string;
  /** The handler's values the work reads (free variables and member chains of them), keys unique. */
  values: MovedValue[];
  /** The imports the work reads (module-level names stay with the work). */
  imports: NeededImport[];
  /** Module-level constants with literal values that the work reads: copied next to the work. */
  constants: string[];
  /** What the work reads that does not survive JSON: the worker must load it again. */
  reload: { text: string; what: string }[];
  /** Why the work cannot be moved as it is (empty when it can). */
  blockers: string[];
  /** The statement whose whole expression is the work (`await work();`), when it is one. */
  statement: TSESTree.ExpressionStatement | undefined;
}

/** What a plan computes beyond what the suggestions need. */
export interface PlanExtras {
  /** Each value's `typeText` (only `migrate` writes the worker's types; it costs a `typeToString` per value). */
  typeText?: boolean;
}

/** Builds the plan of moving a finding's call into an Inngest function. */
export function planMove(context: AnyContext, finding: Finding, options: ResolvedOptions, extras: PlanExtras = {}): MovePlan {
  const { sourceCode } = context;
  const node = finding.call.estree;
  const { text: calleeText } = finding.call;
  // The last link of the dotted text (`send` of `resend.emails.send`); a chain text never ends with a dot.
  const calleeName = calleeText.slice(calleeText.lastIndexOf('.') + 1);
  const eventName = deriveEventName(finding.handler, context.filename, calleeName, options.eventPrefix);
  const tools = getTypeTools(context);
  const blockers: string[] = [];
  const reload: MovePlan['reload'] = [];
  const imports: NeededImport[] = [];
  const constants: string[] = [];
  const reads = new Map<Variable, { bare: TSESTree.Identifier[]; chains: Map<string, TSESTree.MemberExpression[]> }>();
  const seenModuleVariables = new Set<Variable>();

  for (const reference of referencesWithin(sourceCode, node)) {
    const variable = reference.resolved;
    // Globals (`console`, `process`, `JSON`) exist wherever the work runs.
    if (!variable || (variable.scope.type === ScopeType.global && variable.defs.length === 0)) continue;
    if (variable.defs.some((def) => isWithin(def.name, node))) continue;
    if (variable.scope.type === ScopeType.module || variable.scope.type === ScopeType.global) {
      if (seenModuleVariables.has(variable)) continue;
      seenModuleVariables.add(variable);
      collectModuleName(sourceCode, variable, node, imports, constants, blockers);
      continue;
    }
    if (reference.isTypeReference) {
      blockers.push(`it names the type ${variable.name}, declared inside the handler`);
      continue;
    }
    if (reference.isWrite()) {
      blockers.push(`it assigns ${variable.name}, a variable of the handler`);
      continue;
    }
    let entry = reads.get(variable);
    if (!entry) reads.set(variable, (entry = { bare: [], chains: new Map() }));
    const chain = memberChainOf(reference.identifier as TSESTree.Identifier);
    if (chain) {
      const text = sourceCode.getText(chain);
      entry.chains.set(text, [...(entry.chains.get(text) ?? []), chain]);
    } else {
      entry.bare.push(reference.identifier as TSESTree.Identifier);
    }
  }
  if (readsThis(sourceCode, node)) blockers.push('it reads `this`');

  const values: MovedValue[] = [];
  const variableOf = new Map<MovedValue, Variable>();
  // The variable each value's reads start from (`session` of `session.userId`).
  const rootOf = new Map<MovedValue, Variable>();
  for (const [variable, entry] of reads) {
    // A variable read whole travels whole; its member chains then read the traveled value.
    if (entry.bare.length > 0) {
      const identifiers = [...entry.bare, ...[...entry.chains.values()].flat().map(chainRoot)];
      const calledMethod = entry.bare.map(calledMethodOf).find((m) => m !== undefined);
      const value: MovedValue = { key: variable.name, text: variable.name, reads: identifiers, ...(calledMethod ? { calledMethod } : {}) };
      values.push(value);
      variableOf.set(value, variable);
      rootOf.set(value, variable);
      continue;
    }
    for (const [text, chains] of entry.chains) {
      const [first] = chains;
      if (!first) continue;
      const last = first.property as TSESTree.Identifier;
      const calledMethod = chains.map(calledMethodOf).find((m) => m !== undefined);
      const value: MovedValue = { key: last.name, text, reads: chains, ...(calledMethod ? { calledMethod } : {}) };
      values.push(value);
      rootOf.set(value, variable);
    }
  }
  assignUniqueKeys(values);

  const travelling: MovedValue[] = [];
  const slots = tools ? slotTyper(tools, finding) : undefined;
  for (const value of values) {
    const problem = jsonProblemOf(sourceCode, tools, value, variableOf.get(value), rootOf.get(value), slots);
    if (problem === 'date') {
      travelling.push({ ...value, revive: 'date', typeText: 'string' });
    } else if (problem) {
      reload.push({ text: value.text, what: problem });
      blockers.push(`it reads ${value.text}, ${problem}, which does not survive JSON`);
    } else {
      const [read] = value.reads;
      const typeText = extras.typeText && tools && read ? portableTypeText(tools, read) : undefined;
      travelling.push(typeText ? { ...value, typeText } : value);
    }
  }

  if (finding.inTransaction) blockers.unshift("it runs inside the action's own transaction");
  const statement = statementOf(node);
  if (!statement) blockers.unshift(isInArray(node) ? 'it waits together with other work (an element of an array, as in Promise.all([...]))' : 'the handler uses its result');

  return { finding, node, text: sourceCode.getText(node), eventName, values: travelling, imports, constants, reload, blockers, statement };
}

/** The references inside `node`, in source order, from every scope that overlaps it. */
function referencesWithin(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESLint.Scope.Reference[] {
  const references: TSESLint.Scope.Reference[] = [];
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    if (scope.block.range[1] < node.range[0] || scope.block.range[0] > node.range[1]) continue;
    for (const reference of scope.references) {
      if (isWithin(reference.identifier, node)) references.push(reference);
    }
  }
  return references.sort((a, b) => a.identifier.range[0] - b.identifier.range[0]);
}

function isWithin(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** A module-level name the work reads: an import to repeat, a literal constant to copy, or a blocker. */
function collectModuleName(
  sourceCode: Readonly<TSESLint.SourceCode>,
  variable: Variable,
  work: TSESTree.Node,
  imports: NeededImport[],
  constants: string[],
  blockers: string[],
): void {
  const def = variable.defs[0];
  if (def?.type === DefinitionType.ImportBinding && def.parent.type === AST_NODE_TYPES.ImportDeclaration && def.node.type !== AST_NODE_TYPES.TSImportEqualsDeclaration) {
    const specifier = def.node;
    const declaration = def.parent;
    const imported =
      specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
        ? 'default'
        : specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier
          ? '*'
          : specifier.imported.type === AST_NODE_TYPES.Identifier
            ? specifier.imported.name
            : specifier.imported.value;
    // The work names it only in types (`as Prisma.X`): a type import is enough there.
    const typeOnly =
      declaration.importKind === 'type' ||
      (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type') ||
      variable.references.filter((r) => isWithin(r.identifier, work)).every((r) => !r.isValueReference);
    imports.push({ source: declaration.source.value, imported, local: variable.name, typeOnly });
    return;
  }
  if (
    def?.type === DefinitionType.Variable &&
    def.parent.kind === 'const' &&
    def.node.id.type === AST_NODE_TYPES.Identifier &&
    def.node.init &&
    isLiteralValue(def.node.init)
  ) {
    constants.push(`const ${sourceCode.getText(def.node)};`);
    return;
  }
  blockers.push(`it reads ${variable.name}, declared in this file, which the functions module cannot import`);
}

/** A literal, a template without expressions, or an array or object of those. */
function isLiteralValue(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0;
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return isLiteralValue(node.expression);
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.every((e) => e !== null && e.type !== AST_NODE_TYPES.SpreadElement && isLiteralValue(e));
    case AST_NODE_TYPES.ObjectExpression:
      return node.properties.every((p) => p.type === AST_NODE_TYPES.Property && !p.computed && isLiteralValue(p.value));
    default:
      return false;
  }
}

/** `params.id.value` for the identifier `params`: the longest plain member chain read (not called) from it. */
function memberChainOf(identifier: TSESTree.Identifier): TSESTree.MemberExpression | undefined {
  let top: TSESTree.Node = identifier;
  let chain: TSESTree.MemberExpression | undefined;
  for (let parent = top.parent; parent.type === AST_NODE_TYPES.MemberExpression; parent = parent.parent) {
    if (parent.object !== top || parent.computed || parent.optional || parent.property.type !== AST_NODE_TYPES.Identifier) break;
    // `user.greet()` calls a method: the object itself must be there, not a copy of a field.
    if (parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) break;
    top = parent;
    chain = parent;
  }
  if (chain && isAssigned(chain)) return undefined;
  return chain;
}

function isAssigned(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) ||
    parent?.type === AST_NODE_TYPES.UpdateExpression ||
    (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete')
  );
}

/** `create` for `tx.notification` in `tx.notification.create(...)`: the value is the receiver of a method call. */
function calledMethodOf(node: TSESTree.Node): string | undefined {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node || parent.computed) return undefined;
  if (parent.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  const call = parent.parent;
  return call.type === AST_NODE_TYPES.CallExpression && call.callee === parent ? parent.property.name : undefined;
}

/** Methods of strings, numbers and arrays: a value read from JSON still has them. */
/** The methods of the values JSON carries, and of a Date (sent as its ISO string). */
const BUILT_IN_METHODS: ReadonlySet<string> = new Set(
  [String, Number, Boolean, Array, Object, Date].flatMap((type) => Object.getOwnPropertyNames(type.prototype)),
);

const JSON_VALUE_METHODS = new Set([
  'toString', 'toUpperCase', 'toLowerCase', 'trim', 'trimStart', 'trimEnd', 'split', 'slice', 'substring', 'replace',
  'replaceAll', 'startsWith', 'endsWith', 'includes', 'indexOf', 'padStart', 'padEnd', 'at', 'concat', 'join', 'map',
  'filter', 'find', 'some', 'every', 'forEach', 'reduce', 'flatMap', 'toFixed', 'localeCompare', 'charAt',
]);

function chainRoot(chain: TSESTree.MemberExpression): TSESTree.Identifier {
  let current: TSESTree.Expression = chain;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
  return current as TSESTree.Identifier;
}

function readsThis(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  // Text before the walk: most work never spells `this`.
  if (!sourceCode.text.slice(node.range[0], node.range[1]).includes('this')) return false;
  const keys = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  const visit = (current: TSESTree.Node, inFunction: boolean): boolean => {
    if (current.type === AST_NODE_TYPES.ThisExpression) return !inFunction;
    // A non-arrow function has its own `this`.
    const inner = inFunction || current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration;
    for (const key of keys[current.type] ?? []) {
      const child = (current as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object' && typeof (item as TSESTree.Node).type === 'string' && visit(item as TSESTree.Node, inner)) return true;
      }
    }
    return false;
  };
  return visit(node, false);
}

/** Two chains ending in the same property (`params.id`, `body.id`) are named by their whole chain (`paramsId`, `bodyId`). */
function assignUniqueKeys(values: MovedValue[]): void {
  const count = new Map<string, number>();
  for (const value of values) count.set(value.key, (count.get(value.key) ?? 0) + 1);
  for (const value of values) {
    if ((count.get(value.key) ?? 0) > 1 && value.text !== value.key) value.key = camelChain(value.text);
  }
  const used = new Set<string>();
  for (const value of values) value.key = uniqueName(used, value.key);
}

function camelChain(text: string): string {
  return text
    .split('.')
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

/** `name`, else `name2`, `name3`..., recorded in `used`. */
export function uniqueName(used: Set<string>, name: string): string {
  let candidate = name;
  for (let i = 2; used.has(candidate); i++) candidate = `${name}${i}`;
  used.add(candidate);
  return candidate;
}

const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'ReadonlyMap', 'ReadonlySet', 'Promise', 'ReadableStream', 'Blob', 'File', 'FormData']);

/**
 * Why a value does not survive JSON (`a function`, `a Map`), `'date'` for a Date (it arrives as a
 * string), or undefined. Without types only the syntax speaks: a function the handler declares.
 */
function jsonProblemOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  tools: TypeTools | null,
  value: MovedValue,
  variable: Variable | undefined,
  root: Variable | undefined,
  slots: SlotTyper | undefined,
): string | undefined {
  const [read] = value.reads;
  if (!read) return undefined;
  // A method that no built-in value has (`tx.insert`, `mail.sendMail`) says the value is a live
  // object, with or without types: the syntax decides. It spares the checker the costliest question
  // of a suggestion, the contextual type of a callback's parameter (a transaction's `tx`), a few
  // milliseconds each. A built-in's method (`createdAt.toISOString()`) is left to the types.
  if (value.calledMethod && !BUILT_IN_METHODS.has(value.calledMethod)) return `an object the work calls ${value.calledMethod}() on`;
  if (!tools) {
    // Without types any method but those of strings and arrays says so (a Date's too: no type tells it is one).
    if (value.calledMethod && !JSON_VALUE_METHODS.has(value.calledMethod)) return `an object the work calls ${value.calledMethod}() on`;
    const def = variable?.defs[0];
    if (def?.type === DefinitionType.FunctionName) return 'a function';
    if (def?.type === DefinitionType.Variable && def.node.init && isFunctionNode(def.node.init)) return 'a function';
    return undefined;
  }
  // Declared a primitive in the handler's own syntax (`{ params }: { params: Promise<{ id: string }> }`):
  // the checker is not asked about the handler's file (see declared-syntax.ts).
  if (isDeclaredPrimitive(read, sourceCode, tools, root)) return undefined;
  const tsNode = tools.services.esTreeNodeToTSNodeMap.get(read) as ts.Node | undefined;
  if (!tsNode) return undefined;
  // Passed where the called function declares a primitive (`teamId: string`), it is that primitive:
  // the parameter's annotation says so before the value's own declarations are followed.
  if (slots && value.reads.some((r) => isPrimitiveOnly(slots(r)))) return undefined;
  const type = getDeclaredType(tools.checker, tsNode, 'shape') ?? tools.checker.getTypeAtLocation(tsNode);
  const problem = jsonProblemOfType(tools.checker, type, 0);
  // The same words as without types where they are true: the work calls a method of a live object.
  if (problem?.endsWith(' with methods') && value.calledMethod) return `an object the work calls ${value.calledMethod}() on`;
  return problem;
}

/** The type the moved call's declaration gives a read of the work (see getDeclaredSlotType). */
type SlotTyper = (read: TSESTree.Node) => ts.Type | undefined;

/** Slot types of the function the finding's call was followed into, when it has a declaration. */
function slotTyper(tools: TypeTools, finding: Finding): SlotTyper | undefined {
  const { target } = finding;
  const call = finding.call.tsNode;
  const fn = target?.kind === 'ts' ? target.node : target ? (tools.services.esTreeNodeToTSNodeMap.get(target.node) as ts.Node | undefined) : undefined;
  if (!call || !fn || !ts.isFunctionLike(fn)) return undefined;
  return (read) => {
    const tsNode = tools.services.esTreeNodeToTSNodeMap.get(read) as ts.Node | undefined;
    return tsNode && getDeclaredSlotType(tools.checker, tsNode, call, fn);
  };
}

function isFunctionNode(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
}

// A type's verdict does not depend on where it is asked: a session or a row type shared by many
// handlers is walked once per checker (and depth).
const typeVerdicts = new WeakMap<ts.TypeChecker, WeakMap<ts.Type, (string | undefined)[]>>();

function jsonProblemOfType(checker: ts.TypeChecker, type: ts.Type, depth: number): string | undefined {
  let byType = typeVerdicts.get(checker);
  if (!byType) typeVerdicts.set(checker, (byType = new WeakMap()));
  let byDepth = byType.get(type);
  if (!byDepth) byType.set(type, (byDepth = []));
  if (depth in byDepth) return byDepth[depth];
  const problem = computeJsonProblemOfType(checker, type, depth);
  byDepth[depth] = problem;
  return problem;
}

function computeJsonProblemOfType(checker: ts.TypeChecker, type: ts.Type, depth: number): string | undefined {
  if (type.isUnion()) {
    for (const member of type.types) {
      const problem = jsonProblemOfType(checker, member, depth);
      if (problem) return problem;
    }
    return undefined;
  }
  if (type.flags & (TypeFlags.BigInt | TypeFlags.BigIntLiteral)) return 'a bigint';
  if (type.flags & TypeFlags.ESSymbolLike) return 'a symbol';
  if (!(type.flags & TypeFlags.Object)) return undefined;
  const name = type.getSymbol()?.getName();
  if (name === 'Date') return depth === 0 ? 'date' : undefined;
  if (name && COLLECTIONS.has(name)) return `a ${name}`;
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return 'a function';
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    if (depth >= 2) return undefined;
    for (const element of checker.getTypeArguments(type as ts.TypeReference)) {
      const problem = jsonProblemOfType(checker, element, depth + 1);
      if (problem && problem !== 'date') return `an array holding ${problem}`;
    }
    return undefined;
  }
  const properties = type.getProperties();
  const withMethods = properties.some((p) =>
    (p.getDeclarations() ?? []).some((d) => ts.isMethodDeclaration(d) || ts.isMethodSignature(d)),
  );
  if (withMethods) return `${article(typeName(checker, type))} with methods`;
  if (depth >= 2) return undefined;
  for (const property of properties.slice(0, 50)) {
    const declaration = property.valueDeclaration ?? property.getDeclarations()?.[0];
    if (!declaration) continue;
    const problem = jsonProblemOfType(checker, checker.getTypeOfSymbolAtLocation(property, declaration), depth + 1);
    if (problem && problem !== 'date') return `an object whose ${property.getName()} is ${problem}`;
  }
  return undefined;
}

function article(name: string): string {
  return /^[AEIOUaeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

/** A type's short name: `NotificationDelegate` rather than its full text with type arguments. */
function typeName(checker: ts.TypeChecker, type: ts.Type): string {
  const name = type.aliasSymbol?.getName() ?? type.getSymbol()?.getName();
  return name && !name.startsWith('__') ? name : checker.typeToString(type).length <= 40 ? checker.typeToString(type) : 'object';
}

const PORTABLE_WORDS = new Set(['string', 'number', 'boolean', 'null', 'undefined', 'true', 'false']);

/** The value's type as text the worker can write without imports, or undefined. */
function portableTypeText(tools: TypeTools, read: TSESTree.Node): string | undefined {
  const tsNode = tools.services.esTreeNodeToTSNodeMap.get(read) as ts.Node | undefined;
  if (!tsNode) return undefined;
  const text = tools.checker.typeToString(tools.checker.getTypeAtLocation(tsNode), undefined, ts.TypeFormatFlags.NoTruncation);
  if (text.length > 200) return undefined;
  const withoutStrings = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  // Identifiers followed by `:` or `?:` are property names of an object type.
  const words = withoutStrings.replace(/[A-Za-z_$][\w$]*\??:/g, '').match(/[A-Za-z_$][\w$]*/g) ?? [];
  return words.every((word) => PORTABLE_WORDS.has(word)) ? text : undefined;
}

function isInArray(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  while (current.parent?.type === AST_NODE_TYPES.AwaitExpression || current.parent?.type === AST_NODE_TYPES.ChainExpression) current = current.parent;
  return current.parent?.type === AST_NODE_TYPES.ArrayExpression;
}

/** The expression statement whose whole expression is the work (awaited, voided or bare). */
export function statementOf(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
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

/** One event for several pieces of work: each value once, under a key unique across the pieces. */
export interface MergedEvent {
  eventName: string;
  /** Each travelling value once (same text, same value), keys unique. */
  values: MovedValue[];
  /** Per plan: the key each of its values travels under. */
  keysByPlan: Map<MovePlan, Map<MovedValue, string>>;
}

/** Merges the plans of one handler's work into one event (named as the first piece's). */
export function mergePlans(plans: readonly MovePlan[]): MergedEvent {
  const byText = new Map<string, MovedValue>();
  const used = new Set<string>();
  const values: MovedValue[] = [];
  const keysByPlan = new Map<MovePlan, Map<MovedValue, string>>();
  for (const plan of plans) {
    const keys = new Map<MovedValue, string>();
    for (const value of plan.values) {
      let merged = byText.get(value.text);
      if (!merged) {
        merged = { ...value, key: uniqueName(used, value.key), reads: [...value.reads] };
        byText.set(value.text, merged);
        values.push(merged);
      }
      keys.set(value, merged.key);
    }
    keysByPlan.set(plan, keys);
  }
  return { eventName: plans[0]?.eventName ?? '', values, keysByPlan };
}

/** The event's `data` as the handler writes it: `{ userId, id: params.id }`. */
export function dataObjectText(values: readonly MovedValue[]): string {
  if (values.length === 0) return '{}';
  return `{ ${values.map((v) => (v.key === v.text ? v.key : `${v.key}: ${v.text}`)).join(', ')} }`;
}

/** The sentence a suggestion leaves for the worker about values that cannot travel. */
export function reloadNote(plans: readonly MovePlan[]): string | undefined {
  const items = plans.flatMap((p) => p.reload);
  if (items.length === 0) return undefined;
  const unique = [...new Map(items.map((item) => [item.text, item])).values()];
  const they = unique.length === 1 ? 'it does' : 'they do';
  return `The worker must load ${unique.map((item) => `${item.text} (${item.what})`).join(', ')} again: ${they} not survive JSON.`;
}

/** Notes on values that arrive changed: a Date arrives as a string. */
export function dateNote(values: readonly MovedValue[]): string | undefined {
  const dates = values.filter((v) => v.revive === 'date');
  if (dates.length === 0) return undefined;
  return `${dates.map((v) => `data.${v.key}`).join(', ')} ${dates.length === 1 ? 'arrives' : 'arrive'} in the worker as ${dates.length === 1 ? 'an ISO string' : 'ISO strings'}: new Date(...) revives it.`;
}

/**
 * The work as the worker writes it: each value it reads from the handler becomes the local `key`
 * (or `new Date(key)` for a Date); `locals` maps a key to a different local name where needed.
 */
export function workerExpressionText(
  sourceCode: Readonly<TSESLint.SourceCode>,
  plan: MovePlan,
  keys: ReadonlyMap<MovedValue, string>,
  locals: ReadonlyMap<string, string> = new Map(),
): string {
  const [start, end] = plan.node.range;
  const edits: { range: [number, number]; text: string }[] = [];
  for (const value of plan.values) {
    const key = keys.get(value) ?? value.key;
    const local = locals.get(key) ?? key;
    const isWhole = value.text === value.key && value.reads.every((r) => r.type === AST_NODE_TYPES.Identifier);
    for (const read of value.reads) {
      const replacement = value.revive === 'date' ? `new Date(${local})` : local;
      if (isWhole && replacement === value.text) continue;
      const property = read.parent;
      if (property?.type === AST_NODE_TYPES.Property && property.shorthand && property.value === read) {
        edits.push({ range: read.range, text: `${(read as TSESTree.Identifier).name}: ${replacement}` });
      } else {
        edits.push({ range: read.range, text: replacement });
      }
    }
  }
  edits.sort((a, b) => b.range[0] - a.range[0]);
  let text = sourceCode.text.slice(start, end);
  for (const edit of edits) text = text.slice(0, edit.range[0] - start) + edit.text + text.slice(edit.range[1] - start);
  return text;
}

/**
 * The pieces of one handler's work that can become one event with `plan`: statements of their own
 * in the same block as its statement, outside the action's transaction, in source order. Fewer
 * than two: there is nothing to merge.
 */
export function findEventGroup(plan: MovePlan, plans: Iterable<MovePlan>, canJoin: (p: MovePlan) => boolean = () => true): MovePlan[] {
  const joins = (p: MovePlan): boolean =>
    p.finding.handler.node === plan.finding.handler.node &&
    p.statement !== undefined &&
    p.statement.parent === plan.statement?.parent &&
    !p.finding.inTransaction &&
    canJoin(p);
  if (!joins(plan)) return [];
  const group = [...plans].filter(joins).sort((a, b) => a.node.range[0] - b.node.range[0]);
  // Two findings of one statement (`await a(); ` can hold only one) would overlap: keep the first.
  const distinct = group.filter((p, i) => group.findIndex((q) => q.statement === p.statement) === i);
  return distinct.length >= 2 && distinct.includes(plan) ? distinct : [];
}
