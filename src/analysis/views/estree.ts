import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils, TSESLint } from '@typescript-eslint/utils';

import type { CallSummary, FunctionRef } from '../model.js';
import type { Binding, NodeKind, Role, SummarizedKind, SyntaxView } from './syntax-view.js';
import { isSummarizedKind } from './syntax-view.js';

type Node = TSESTree.Node;

/** Keys of type annotations and decorators: nothing there runs as part of the function. */
const SKIPPED_KEYS = new Set(['typeAnnotation', 'typeArguments', 'typeParameters', 'returnType', 'decorators']);

const KINDS: Partial<Record<AST_NODE_TYPES, NodeKind>> = {
  [AST_NODE_TYPES.CallExpression]: 'call',
  [AST_NODE_TYPES.NewExpression]: 'new',
  [AST_NODE_TYPES.TaggedTemplateExpression]: 'taggedTemplate',
  [AST_NODE_TYPES.MemberExpression]: 'member',
  [AST_NODE_TYPES.Identifier]: 'identifier',
  [AST_NODE_TYPES.ThisExpression]: 'this',
  [AST_NODE_TYPES.AwaitExpression]: 'await',
  [AST_NODE_TYPES.ChainExpression]: 'wrapper',
  [AST_NODE_TYPES.TSAsExpression]: 'wrapper',
  [AST_NODE_TYPES.TSSatisfiesExpression]: 'wrapper',
  [AST_NODE_TYPES.TSNonNullExpression]: 'wrapper',
  [AST_NODE_TYPES.TSTypeAssertion]: 'wrapper',
  [AST_NODE_TYPES.FunctionDeclaration]: 'function',
  [AST_NODE_TYPES.FunctionExpression]: 'function',
  [AST_NODE_TYPES.ArrowFunctionExpression]: 'function',
  [AST_NODE_TYPES.ClassDeclaration]: 'declaration',
  [AST_NODE_TYPES.ClassExpression]: 'declaration',
  [AST_NODE_TYPES.TSInterfaceDeclaration]: 'declaration',
  [AST_NODE_TYPES.TSTypeAliasDeclaration]: 'declaration',
  [AST_NODE_TYPES.TemplateLiteral]: 'string',
  [AST_NODE_TYPES.ObjectExpression]: 'object',
};

/** The node types of the kinds the summarizer's walk stops at (`walkSummarized`), from the table above. */
const SUMMARIZED_KINDS: ReadonlyMap<string, SummarizedKind> = new Map(
  Object.entries(KINDS).flatMap(([type, kind]) => (isSummarizedKind(kind) ? [[type, kind] as const] : [])),
);

/** The linted file through ESTree: scopes from ESLint's scope manager, TypeScript nodes from the parser's map. */
export class EstreeView implements SyntaxView<Node> {
  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly services: ParserServicesWithTypeInformation | null,
  ) {
    this.files = [sourceCode];
  }

  readonly findsOriginsAtOnce = false;

  /** The linted file, as the list of files a same-file walk can enter. */
  readonly files: readonly Readonly<TSESLint.SourceCode>[];

  kindOf(node: Node): NodeKind {
    // Asked of every node of every summarised function: a switch for the common kinds, the table for the rest.
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return 'identifier';
      case AST_NODE_TYPES.MemberExpression:
        return 'member';
      case AST_NODE_TYPES.CallExpression:
        return 'call';
      case AST_NODE_TYPES.Literal:
        return typeof node.value === 'string' ? 'string' : 'other';
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.VariableDeclaration:
      case AST_NODE_TYPES.VariableDeclarator:
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.ObjectPattern:
        return 'other';
      default:
        return KINDS[node.type] ?? 'other';
    }
  }

  parentOf(node: Node): Node | undefined {
    return node.parent ?? undefined;
  }

  walkSummarized(node: Node, enter: (node: Node, kind: SummarizedKind) => boolean): void {
    const { visitorKeys } = this.sourceCode;
    const common = hasStandardKeys(visitorKeys);
    // One call per node: the kind from one table, the children of the common types read directly.
    const step = (current: Node): void => {
      const kind = SUMMARIZED_KINDS.get(current.type);
      if (kind !== undefined && !enter(current, kind)) return;
      if (common && visitCommonChildren(current, step)) return;
      const record = current as unknown as Record<string, Node | readonly (Node | null)[] | null | undefined>;
      for (const key of keysOf(current.type, visitorKeys)) {
        const value = record[key];
        if (Array.isArray(value)) {
          for (const item of value as readonly (Node | null)[]) if (item) step(item);
        } else if (value) {
          step(value as Node);
        }
      }
    };
    step(node);
  }

  roleOf(child: Node, parent: Node): Role {
    switch (parent.type) {
      case AST_NODE_TYPES.AwaitExpression:
        return 'awaited';
      case AST_NODE_TYPES.ReturnStatement:
        return 'returned';
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === child ? 'arrowBody' : 'other';
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.SpreadElement:
        return 'passedThrough';
      case AST_NODE_TYPES.ConditionalExpression:
        return parent.test === child ? 'conditionTest' : 'passedThrough';
      case AST_NODE_TYPES.SequenceExpression:
        return parent.expressions.at(-1) === child ? 'passedThrough' : 'discarded';
      case AST_NODE_TYPES.ExpressionStatement:
        return 'discarded';
      case AST_NODE_TYPES.UnaryExpression:
        return parent.operator === 'void' ? 'discarded' : 'other';
      case AST_NODE_TYPES.ForOfStatement:
        return parent.right === child && parent.await ? 'forAwaitIterable' : 'other';
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === child ? 'variableInit' : 'other';
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return parent.callee === child ? 'callee' : (parent.arguments as Node[]).includes(child) ? 'argument' : 'other';
      case AST_NODE_TYPES.MemberExpression:
        return parent.object === child ? 'memberObject' : 'other';
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return parent.tag === child ? 'tag' : 'other';
      default:
        return 'other';
    }
  }

  innerOf(node: Node): Node {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return node.callee;
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return node.tag;
      case AST_NODE_TYPES.MemberExpression:
        return node.object;
      case AST_NODE_TYPES.AwaitExpression:
        return node.argument;
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return node.expression;
      default:
        return node;
    }
  }

  argumentsOf(node: Node): readonly Node[] {
    return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression ? node.arguments : [];
  }

  memberNameOf(member: Node): string | undefined {
    return member.type === AST_NODE_TYPES.MemberExpression ? memberName(member) : undefined;
  }

  nameOf(identifier: Node): string {
    return identifier.type === AST_NODE_TYPES.Identifier ? identifier.name : '';
  }

  textOf(node: Node): string {
    if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : '';
    const template = node.type === AST_NODE_TYPES.TaggedTemplateExpression ? node.quasi : node;
    if (template.type !== AST_NODE_TYPES.TemplateLiteral) return '';
    return template.quasis.map((q) => q.value.cooked ?? q.value.raw).join('${}');
  }

  bindingOf(declarator: Node): Node | undefined {
    return declarator.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id : undefined;
  }

  // The last identifier looked up and its variable: a bare call's root is asked for its binding and
  // then for the local function it names, one scope look-up for both.
  private lastIdentifier: TSESTree.Identifier | undefined;
  private lastVariable: TSESLint.Scope.Variable | undefined;

  private variableOf(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    if (identifier !== this.lastIdentifier) {
      this.lastVariable = this.outerVariableOf(identifier) ?? findVariable(identifier, this.sourceCode);
      this.lastIdentifier = identifier;
    }
    return this.lastVariable;
  }

  private outerScopes: readonly TSESLint.Scope.Scope[] | undefined;

  /**
   * The module-level (or global) variable an identifier is a reference of. Most callee roots are
   * imports and module-level clients: their variable's own references say so, without the walk up
   * the identifier's ancestors that finding its scope takes (a look-up per ancestor, in tables the
   * parser and ESLint have long left by the time the rule runs). Anything else is found by scope.
   */
  private outerVariableOf(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    this.outerScopes ??= outerScopesOf(this.sourceCode.scopeManager);
    for (const scope of this.outerScopes) {
      const variable = scope.set.get(identifier.name);
      if (variable?.references.some((reference) => reference.identifier === identifier)) return variable;
    }
    return undefined;
  }

  readsOf(identifier: Node): readonly Node[] {
    if (identifier.type !== AST_NODE_TYPES.Identifier) return [];
    const variable = this.variableOf(identifier);
    return variable?.references.filter((ref) => ref.isRead()).map((ref) => ref.identifier) ?? [];
  }

  bindingOfIdentifier(identifier: Node): Binding<Node> | undefined {
    if (identifier.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = this.variableOf(identifier);
    const def = variable?.defs[0];
    if (!def) return undefined;
    const origin = importOriginOf(variable);
    if (origin) return { kind: 'import', origin };
    if (def.type === TSESLint.Scope.DefinitionType.Variable) return { kind: 'variable', init: def.node.init ?? undefined };
    return { kind: 'other' };
  }

  partsOf(fn: Node): { params: readonly Node[]; body: Node | undefined } {
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.type === AST_NODE_TYPES.FunctionExpression || fn.type === AST_NODE_TYPES.ArrowFunctionExpression) {
      return { params: fn.params, body: fn.body };
    }
    return { params: [], body: undefined };
  }

  localFunctionOf(identifier: Node): FunctionRef | undefined {
    return identifier.type === AST_NODE_TYPES.Identifier ? functionOfVariable(identifier, this.variableOf(identifier)) : undefined;
  }

  localMethodOf(member: Node): FunctionRef | undefined {
    if (member.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const name = memberName(member);
    const owner =
      member.object.type === AST_NODE_TYPES.ThisExpression
        ? classOfThis(member)
        : member.object.type === AST_NODE_TYPES.Identifier && this.mayDeclareClasses()
          ? classOfInstance(member.object, this.sourceCode)
          : undefined;
    const fn = owner && name !== undefined ? findClassMethod(owner, name) : undefined;
    return fn && name !== undefined ? { kind: 'estree', node: fn, name } : undefined;
  }

  private declaresClasses: boolean | undefined;

  /**
   * Whether the file's text spells `class` at all: without it no instance of a class of the file
   * exists, and the member calls of a handler (`NextResponse.json`, `db.insert`) need no look-up of
   * their receiver's variable.
   */
  private mayDeclareClasses(): boolean {
    return (this.declaresClasses ??= this.sourceCode.text.includes('class'));
  }

  thisFieldValueOf(member: Node): Node | undefined {
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
    const name = memberName(member);
    const owner = classOfThis(member);
    if (!owner || name === undefined) return undefined;
    for (const element of owner.body.body) {
      if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && keyName(element.key) === name && element.value) return element.value;
    }
    const constructor = owner.body.body.find((e) => e.type === AST_NODE_TYPES.MethodDefinition && e.kind === 'constructor');
    const statements = constructor?.type === AST_NODE_TYPES.MethodDefinition ? (constructor.value.body?.body ?? []) : [];
    for (const statement of statements) {
      const assigned = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
      if (
        assigned?.type === AST_NODE_TYPES.AssignmentExpression &&
        assigned.operator === '=' &&
        assigned.left.type === AST_NODE_TYPES.MemberExpression &&
        assigned.left.object.type === AST_NODE_TYPES.ThisExpression &&
        memberName(assigned.left) === name
      ) {
        return assigned.right;
      }
    }
    return undefined;
  }

  nodesOf(call: Node): { estree: CallSummary['estree']; tsNode: CallSummary['tsNode'] } {
    const estree = call as NonNullable<CallSummary['estree']>;
    return { estree, tsNode: this.services?.esTreeNodeToTSNodeMap.get(estree) };
  }
}

const views = new WeakMap<object, EstreeView>();

/** The view of a linted file (one per `SourceCode`). */
export function getEstreeView(sourceCode: Readonly<TSESLint.SourceCode>, services: ParserServicesWithTypeInformation | null): EstreeView {
  let view = views.get(sourceCode);
  if (!view) views.set(sourceCode, (view = new EstreeView(sourceCode, services)));
  return view;
}

function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') return node.property.value;
  if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return node.property.name;
  return undefined;
}

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** The class whose instance `this` is at `node`: through arrows, up to a non-static method or field of a class. */
function classOfThis(node: Node): ClassNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.PropertyDefinition) return current.static ? undefined : current.parent.parent;
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const method = current.parent;
      return method.type === AST_NODE_TYPES.MethodDefinition && !method.static ? method.parent.parent : undefined;
    }
    if (current.type === AST_NODE_TYPES.StaticBlock) return undefined;
  }
  return undefined;
}

/** The same-file class of `x` in `const x = new X()`. */
function classOfInstance(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): ClassNode | undefined {
  const def = findVariable(identifier, sourceCode)?.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.Variable || def.node.init?.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const callee = def.node.init.callee;
  if (callee.type === AST_NODE_TYPES.ClassExpression) return callee;
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const classDef = findVariable(callee, sourceCode)?.defs[0];
  if (classDef?.type === TSESLint.Scope.DefinitionType.ClassName) return classDef.node;
  return classDef?.type === TSESLint.Scope.DefinitionType.Variable && classDef.node.init?.type === AST_NODE_TYPES.ClassExpression ? classDef.node.init : undefined;
}

/** An instance method of a class by name: a method, or a field holding a function. */
function findClassMethod(owner: ClassNode, name: string): TSESTree.FunctionLike | undefined {
  for (const element of owner.body.body) {
    if ((element.type !== AST_NODE_TYPES.MethodDefinition && element.type !== AST_NODE_TYPES.PropertyDefinition) || element.static || keyName(element.key) !== name) continue;
    if (element.type === AST_NODE_TYPES.MethodDefinition) return element.kind === 'method' ? element.value : undefined;
    return unwrapFunction(element.value);
  }
  return undefined;
}

function keyName(key: Node | undefined): string | undefined {
  if (key?.type === AST_NODE_TYPES.Identifier || key?.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  return key?.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

/** The module scope (when the file is a module) and the global scope, innermost first. */
function outerScopesOf(manager: TSESLint.Scope.ScopeManager | null): readonly TSESLint.Scope.Scope[] {
  const global = manager?.globalScope;
  if (!global) return [];
  const module = global.childScopes.find((scope) => scope.type === TSESLint.Scope.ScopeType.module);
  return module ? [module, global] : [global];
}

/** The variable an identifier refers to, looked up through the scopes that enclose it. */
export function findVariable(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Variable | undefined {
  return ASTUtils.findVariable(sourceCode.getScope(identifier), identifier) ?? undefined;
}

/** The same-file function a bare identifier call names, through its scope. */
export function findLocalFunction(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): FunctionRef | undefined {
  return functionOfVariable(identifier, findVariable(identifier, sourceCode));
}

/** The import a variable is bound by: its source and the name imported (`default`, `*` for a namespace). */
export function importOriginOf(variable: TSESLint.Scope.Variable | undefined): { importSource: string; importedName: string } | undefined {
  const def = variable?.defs[0];
  if (def?.type !== TSESLint.Scope.DefinitionType.ImportBinding || def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const spec = def.node;
  const importedName =
    spec.type === AST_NODE_TYPES.ImportSpecifier
      ? spec.imported.type === AST_NODE_TYPES.Identifier
        ? spec.imported.name
        : spec.imported.value
      : spec.type === AST_NODE_TYPES.ImportDefaultSpecifier
        ? 'default'
        : '*';
  return { importSource: def.parent.source.value, importedName };
}

/** A function of the file a variable holds: a function declaration's name, or a `const` initialised with a function. */
export function functionOfVariable(identifier: TSESTree.Identifier, variable: TSESLint.Scope.Variable | undefined): FunctionRef | undefined {
  const def = variable?.defs[0];
  if (!def) return undefined;
  if (def.type === TSESLint.Scope.DefinitionType.FunctionName && def.node.type === AST_NODE_TYPES.FunctionDeclaration) {
    return { kind: 'estree', node: def.node, name: identifier.name };
  }
  if (def.type === TSESLint.Scope.DefinitionType.Variable) {
    const fn = unwrapFunction(def.node.init);
    if (fn) return { kind: 'estree', node: fn, name: identifier.name };
  }
  return undefined;
}

/** A function expression, possibly wrapped in `as`/`satisfies`. */
export function unwrapFunction(node: TSESTree.Node | null | undefined): TSESTree.FunctionLike | undefined {
  let current = node;
  while (current && (current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSSatisfiesExpression)) {
    current = current.expression;
  }
  if (current?.type === AST_NODE_TYPES.ArrowFunctionExpression || current?.type === AST_NODE_TYPES.FunctionExpression) return current;
  return undefined;
}

// The visitor keys of each node type without the skipped ones, per visitor-keys object (one per parser).
const keyLists = new WeakMap<object, Map<string, readonly string[]>>();

// Every file of a lint has the same parser's keys: the last object's lists are at hand without a WeakMap look-up.
let lastVisitorKeys: object | undefined;
let lastKeyLists: Map<string, readonly string[]> | undefined;
const NO_CHILDREN: readonly TSESTree.Node[] = [];

function keysOf(type: string, visitorKeys: TSESLint.SourceCode.VisitorKeys): readonly string[] {
  let byType = visitorKeys === lastVisitorKeys ? lastKeyLists : keyLists.get(visitorKeys);
  if (!byType) keyLists.set(visitorKeys, (byType = new Map<string, readonly string[]>()));
  lastVisitorKeys = visitorKeys;
  lastKeyLists = byType;
  let keys = byType.get(type);
  if (!keys) byType.set(type, (keys = (visitorKeys[type] ?? []).filter((key) => !SKIPPED_KEYS.has(key))));
  return keys;
}

/**
 * The children of the node types most of a handler is made of, in the order of their visitor keys
 * (type annotations left out): property reads a node type at a time, where the keyed reads of the
 * generic walk see every node shape at one site. False for other types, which the generic walk takes.
 */
function visitCommonChildren(node: Node, visit: (child: Node) => void): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.ThisExpression:
    case AST_NODE_TYPES.TemplateElement:
      return true;
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
      visit(node.expression);
      return true;
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.SpreadElement:
      visit(node.argument);
      return true;
    case AST_NODE_TYPES.ReturnStatement:
      if (node.argument) visit(node.argument);
      return true;
    case AST_NODE_TYPES.MemberExpression:
      visit(node.object);
      visit(node.property);
      return true;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      visit(node.callee);
      for (const arg of node.arguments) visit(arg);
      return true;
    case AST_NODE_TYPES.BlockStatement:
      for (const statement of node.body) visit(statement);
      return true;
    case AST_NODE_TYPES.VariableDeclaration:
      for (const declarator of node.declarations) visit(declarator);
      return true;
    case AST_NODE_TYPES.VariableDeclarator:
      visit(node.id);
      if (node.init) visit(node.init);
      return true;
    case AST_NODE_TYPES.ObjectExpression:
      for (const property of node.properties) visit(property);
      return true;
    case AST_NODE_TYPES.Property:
      visit(node.key);
      visit(node.value);
      return true;
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      visit(node.test);
      visit(node.consequent);
      if (node.alternate) visit(node.alternate);
      return true;
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.AssignmentExpression:
      visit(node.left);
      visit(node.right);
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      for (const quasi of node.quasis) visit(quasi);
      for (const expression of node.expressions) visit(expression);
      return true;
    default:
      return false;
  }
}

/** The keys `visitCommonChildren` reads, per type: a parser whose visitor keys say otherwise is walked generically. */
const COMMON_KEYS: Readonly<Record<string, readonly string[]>> = {
  Identifier: [],
  Literal: [],
  ThisExpression: [],
  TemplateElement: [],
  ExpressionStatement: ['expression'],
  ChainExpression: ['expression'],
  TSNonNullExpression: ['expression'],
  AwaitExpression: ['argument'],
  UnaryExpression: ['argument'],
  SpreadElement: ['argument'],
  ReturnStatement: ['argument'],
  MemberExpression: ['object', 'property'],
  CallExpression: ['callee', 'arguments'],
  NewExpression: ['callee', 'arguments'],
  BlockStatement: ['body'],
  VariableDeclaration: ['declarations'],
  VariableDeclarator: ['id', 'init'],
  ObjectExpression: ['properties'],
  Property: ['key', 'value'],
  IfStatement: ['test', 'consequent', 'alternate'],
  ConditionalExpression: ['test', 'consequent', 'alternate'],
  BinaryExpression: ['left', 'right'],
  LogicalExpression: ['left', 'right'],
  AssignmentExpression: ['left', 'right'],
  TemplateLiteral: ['quasis', 'expressions'],
};

const standardKeys = new WeakMap<object, boolean>();
let lastStandardKeys: object | undefined;

/** Whether a parser's visitor keys (type annotations left out) are the ones `visitCommonChildren` reads; asked once per keys object. */
function hasStandardKeys(visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  if (visitorKeys === lastStandardKeys) return true;
  let standard = standardKeys.get(visitorKeys);
  if (standard === undefined) {
    standard = Object.entries(COMMON_KEYS).every(([type, expected]) => {
      // A type the parser has no keys for is one it never makes (espree and TypeScript's nodes).
      if (!(type in visitorKeys)) return true;
      const keys = keysOf(type, visitorKeys);
      return keys.length === expected.length && keys.every((key, i) => key === expected[i]);
    });
    standardKeys.set(visitorKeys, standard);
  }
  if (standard) lastStandardKeys = visitorKeys;
  return standard;
}

/**
 * The child nodes of an ESTree node by the parser's visitor keys, without type annotations. An
 * array, not a generator: the summarizer and the guards walk every node of a handler through it.
 */
export function childNodes(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): readonly TSESTree.Node[] {
  const keys = keysOf(node.type, visitorKeys);
  // Leaves (identifiers, literals, `this`) are most of the nodes walked.
  if (keys.length === 0) return NO_CHILDREN;
  const children: TSESTree.Node[] = [];
  const record = node as unknown as Record<string, TSESTree.Node | readonly (TSESTree.Node | null)[] | null | undefined>;
  for (const key of keys) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const item of value as readonly (TSESTree.Node | null)[]) if (item) children.push(item);
    } else if (value) {
      children.push(value as TSESTree.Node);
    }
  }
  return children;
}
