import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type {
  ArgumentFact,
  CallSummary,
  ChainLink,
  FunctionRef,
  FunctionSummary,
  RootOrigin,
} from './model.js';
import { findVariable } from './estree-scope.js';

type CallLike = TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.TaggedTemplateExpression;
type RelativeUsage = CallSummary['usage'];

/** What the ESTree summariser needs from the lint: scopes, and the TypeScript node map when types exist. */
export interface EstreeSource {
  sourceCode: Readonly<TSESLint.SourceCode>;
  services: ParserServicesWithTypeInformation | null;
}

const THEN_METHODS = new Set(['then', 'catch', 'finally']);
const summaries = new WeakMap<TSESTree.Node, FunctionSummary>();

/** Summarises the calls a function of the linted file makes (memoised per function node). */
export function summarizeEstreeFunction(fn: TSESTree.FunctionLike, source: EstreeSource): FunctionSummary {
  const cached = summaries.get(fn);
  if (cached) return cached;
  const summary: FunctionSummary = { calls: [] };
  summaries.set(fn, summary);
  if (fn.body) new EstreeSummarizer(source, fn, summary.calls).walkFunctionBody(fn);
  return summary;
}

class EstreeSummarizer {
  private readonly byNode = new Map<TSESTree.Node, CallSummary>();

  constructor(
    private readonly source: EstreeSource,
    private readonly root: TSESTree.FunctionLike,
    private readonly calls: CallSummary[],
  ) {}

  walkFunctionBody(fn: TSESTree.FunctionLike): void {
    for (const param of fn.params) this.walk(param);
    if (fn.body) this.walk(fn.body);
  }

  private walk(node: TSESTree.Node | null | undefined): void {
    if (!node) return;
    switch (node.type) {
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
      case AST_NODE_TYPES.TSInterfaceDeclaration:
      case AST_NODE_TYPES.TSTypeAliasDeclaration:
        // Nested declarations are work only when called; the call graph follows them then.
        return;
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
        // Callbacks passed to a call (and IIFEs) run as part of that call; other function values do not.
        if (isCallbackOrIife(node)) this.walkFunctionBody(node);
        return;
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.TaggedTemplateExpression:
        this.visitCall(node);
        return;
      default:
        break;
    }
    for (const child of childNodes(node, this.source.sourceCode.visitorKeys)) this.walk(child);
  }

  /** Records a chain head and walks the arguments of every link of its chain. */
  private visitCall(node: CallLike): void {
    if (!isChainHead(node)) {
      // A link inside a longer chain (`db.insert(t)` in `db.insert(t).values(v)`): the head records it.
      this.walkChainParts(node);
      return;
    }
    this.record(node);
    this.walkChainParts(node);
  }

  private walkChainParts(node: CallLike): void {
    if (node.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      this.walk(node.tag);
      for (const expression of node.quasi.expressions) this.walk(expression);
      return;
    }
    this.walk(node.callee);
    for (const arg of node.arguments) this.walk(arg);
  }

  private record(node: CallLike): CallSummary {
    const existing = this.byNode.get(node);
    if (existing) return existing;
    const { chain, rootNode } = buildChain(node);
    const { usage, enclosing } = this.usageOf(node, 0);
    const summary: CallSummary = {
      chain,
      text: chainText(chain),
      usage,
      rootOrigin: rootNode ? findRootOrigin(rootNode, this.source.sourceCode) : undefined,
      estree: node,
      tsNode: this.source.services?.esTreeNodeToTSNodeMap.get(node) as CallSummary['tsNode'],
      localTarget: rootNode && chain.length === 2 ? findLocalFunction(rootNode, this.source.sourceCode) : undefined,
    };
    this.byNode.set(node, summary);
    if (enclosing) summary.enclosing = this.record(enclosing);
    this.calls.push(summary);
    return summary;
  }

  /**
   * How the value of `node` is used, relative to the summarised function: awaited (or returned)
   * by it, floating, unknown, or flowing into an enclosing call whose own use decides.
   */
  private usageOf(node: TSESTree.Node, depth: number): { usage: RelativeUsage; enclosing?: CallLike } {
    let current: TSESTree.Node = node;
    for (;;) {
      const parent = current.parent;
      if (!parent) return { usage: 'unknown' };
      switch (parent.type) {
        case AST_NODE_TYPES.AwaitExpression:
          return this.insideCallback(parent, 'awaited');
        case AST_NODE_TYPES.ReturnStatement:
          return this.insideCallback(parent, 'awaited');
        case AST_NODE_TYPES.ArrowFunctionExpression:
          return parent.body === current ? this.functionResult(parent) : { usage: 'unknown' };
        case AST_NODE_TYPES.ChainExpression:
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSSatisfiesExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSTypeAssertion:
        case AST_NODE_TYPES.LogicalExpression:
        case AST_NODE_TYPES.ArrayExpression:
        case AST_NODE_TYPES.SpreadElement:
          current = parent;
          continue;
        case AST_NODE_TYPES.ConditionalExpression:
          if (parent.test === current) return { usage: 'unknown' };
          current = parent;
          continue;
        case AST_NODE_TYPES.SequenceExpression:
          if (parent.expressions.at(-1) !== current) return this.insideCallback(parent, 'floating');
          current = parent;
          continue;
        case AST_NODE_TYPES.ExpressionStatement:
          return this.insideCallback(parent, 'floating');
        case AST_NODE_TYPES.UnaryExpression:
          return parent.operator === 'void' ? this.insideCallback(parent, 'floating') : { usage: 'unknown' };
        case AST_NODE_TYPES.ForOfStatement:
          return parent.right === current && parent.await ? this.insideCallback(parent, 'awaited') : { usage: 'unknown' };
        case AST_NODE_TYPES.VariableDeclarator:
          return parent.init === current ? this.usageOfStored(parent, depth) : { usage: 'unknown' };
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression: {
          if (parent.callee === current) return { usage: 'unknown' };
          const collection = depth <= 3 ? this.collectedInto(parent) : undefined;
          if (collection) return this.usageOfReads(collection, parent, depth + 1);
          return { usage: 'viaEnclosing', enclosing: chainHeadOf(parent) };
        }
        case AST_NODE_TYPES.MemberExpression: {
          const call = parent.parent;
          const name = memberName(parent);
          if (parent.object === current && name && THEN_METHODS.has(name) && call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent) {
            return { usage: 'viaEnclosing', enclosing: chainHeadOf(call) };
          }
          return { usage: 'unknown' };
        }
        default:
          return { usage: 'unknown' };
      }
    }
  }

  /** A use inside a callback passed to a call takes the enclosing call's use when it completes with the callback. */
  private insideCallback(at: TSESTree.Node, usage: 'awaited' | 'floating'): { usage: RelativeUsage; enclosing?: CallLike } {
    const fn = enclosingFunction(at);
    if (!fn || fn === this.root) return { usage };
    const call = callbackCall(fn);
    if (!call) return { usage: 'unknown' };
    return usage === 'awaited' ? { usage: 'viaEnclosing', enclosing: call } : { usage: 'floating', enclosing: call };
  }

  private functionResult(fn: TSESTree.ArrowFunctionExpression): { usage: RelativeUsage; enclosing?: CallLike } {
    if (fn === this.root) return { usage: 'awaited' };
    const call = callbackCall(fn);
    return call ? { usage: 'viaEnclosing', enclosing: call } : { usage: 'unknown' };
  }

  /** `const p = send()`: the use of `p` decides; never read means floating. */
  private usageOfStored(declarator: TSESTree.VariableDeclarator, depth: number): { usage: RelativeUsage; enclosing?: CallLike } {
    if (declarator.id.type !== AST_NODE_TYPES.Identifier || depth > 3) return { usage: 'unknown' };
    const variable = this.source.sourceCode
      .getDeclaredVariables(declarator)
      .find((v) => v.name === (declarator.id as TSESTree.Identifier).name);
    return this.usageOfReads(variable, declarator, depth);
  }

  /** The use of a value through the later reads of the variable holding it; never read means floating. */
  private usageOfReads(variable: TSESLint.Scope.Variable | undefined, anchor: TSESTree.Node, depth: number): { usage: RelativeUsage; enclosing?: CallLike } {
    // Adding to a collection (`list.push(...)`) is not a use of what it holds.
    const reads = variable?.references.filter((ref) => ref.isRead() && !isCollectionAdd(ref.identifier)) ?? [];
    let best: { usage: RelativeUsage; enclosing?: CallLike } = { usage: 'floating' };
    for (const ref of reads) {
      const use = this.usageOf(ref.identifier, depth + 1);
      if (use.usage === 'awaited') return use;
      if (use.usage === 'viaEnclosing' || (use.usage === 'unknown' && best.usage === 'floating')) best = use;
    }
    return best.usage === 'floating' ? this.insideCallback(anchor, 'floating') : best;
  }

  /** `promises.push(send())`: the array's own use decides (`await Promise.all(promises)`). */
  private collectedInto(call: TSESTree.CallExpression | TSESTree.NewExpression): TSESLint.Scope.Variable | undefined {
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const name = memberName(call.callee);
    if ((name !== 'push' && name !== 'unshift') || call.callee.object.type !== AST_NODE_TYPES.Identifier) return undefined;
    return findVariable(call.callee.object, this.source.sourceCode);
  }

}

function isCollectionAdd(identifier: TSESTree.Node): boolean {
  const member = identifier.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return false;
  const name = memberName(member);
  return (name === 'push' || name === 'unshift') && member.parent?.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member;
}

/** A function that is an argument of a call, or called on the spot, runs as part of that call. */
function isCallbackOrIife(fn: TSESTree.Node): boolean {
  return callbackCall(fn) !== undefined;
}

function callbackCall(fn: TSESTree.Node): CallLike | undefined {
  let current = fn;
  let parent = fn.parent;
  while (parent && (parent.type === AST_NODE_TYPES.TSAsExpression || parent.type === AST_NODE_TYPES.TSSatisfiesExpression)) {
    current = parent;
    parent = parent.parent;
  }
  if (!parent) return undefined;
  if (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) {
    if (parent.callee === current || (parent.arguments as TSESTree.Node[]).includes(current)) return chainHeadOf(parent);
  }
  return undefined;
}

function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionDeclaration
    ) {
      return current;
    }
  }
  return undefined;
}

/** A call is the head of its chain unless it is the object of a further member call (`.then` splits chains). */
function isChainHead(node: CallLike): boolean {
  let current: TSESTree.Node = node;
  let parent = node.parent;
  while (parent?.type === AST_NODE_TYPES.ChainExpression || parent?.type === AST_NODE_TYPES.TSNonNullExpression) {
    current = parent;
    parent = parent.parent;
  }
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
    const name = memberName(parent);
    if (name && THEN_METHODS.has(name)) return true;
    const call = parent.parent;
    return !(call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent);
  }
  if (parent?.type === AST_NODE_TYPES.TaggedTemplateExpression && parent.tag === current) return false;
  return true;
}

function chainHeadOf(node: CallLike): CallLike {
  let head: CallLike = node;
  while (!isChainHead(head)) {
    let parent: TSESTree.Node | undefined = head.parent;
    while (parent && parent.type !== AST_NODE_TYPES.CallExpression && parent.type !== AST_NODE_TYPES.TaggedTemplateExpression) {
      parent = parent.parent;
    }
    if (!parent) break;
    head = parent as CallLike;
  }
  return head;
}

function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') return node.property.value;
  if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return node.property.name;
  return undefined;
}

/** The links of a callee chain, root first, and the root identifier when there is one. */
export function buildChain(node: CallLike): { chain: ChainLink[]; rootNode?: TSESTree.Identifier } {
  const links: ChainLink[] = [];
  let rootNode: TSESTree.Identifier | undefined;
  let current: TSESTree.Node = node;
  for (let guard = 0; guard < 64; guard++) {
    switch (current.type) {
      case AST_NODE_TYPES.CallExpression:
        if (current !== node && isThenCall(current)) {
          links.push({ kind: 'opaque' });
          return { chain: links.reverse() };
        }
        links.push({ kind: 'call', args: current.arguments.map(argumentFact) });
        current = current.callee;
        continue;
      case AST_NODE_TYPES.TaggedTemplateExpression:
        links.push({ kind: 'template', text: current.quasi.quasis.map((q) => q.value.cooked ?? q.value.raw).join('${}') });
        current = current.tag;
        continue;
      case AST_NODE_TYPES.NewExpression: {
        const callee: TSESTree.Expression = current.callee;
        const name =
          callee.type === AST_NODE_TYPES.Identifier
            ? callee.name
            : callee.type === AST_NODE_TYPES.MemberExpression
              ? memberName(callee)
              : undefined;
        if (!name) {
          links.push({ kind: 'opaque' });
          return { chain: links.reverse() };
        }
        links.push({ kind: 'new', name, args: current.arguments.map(argumentFact) });
        if (callee.type === AST_NODE_TYPES.Identifier) return { chain: links.reverse(), rootNode: callee };
        // `new OneSignal.DefaultApi()`: the namespace is the root.
        current = (callee as TSESTree.MemberExpression).object;
        continue;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberName(current);
        links.push(name === undefined ? { kind: 'opaque' } : { kind: 'member', name });
        current = current.object;
        continue;
      }
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        continue;
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        current = current.expression;
        continue;
      case AST_NODE_TYPES.Identifier:
        links.push({ kind: 'root', name: current.name });
        rootNode = current;
        return { chain: links.reverse(), rootNode };
      case AST_NODE_TYPES.ThisExpression:
        links.push({ kind: 'root', name: 'this' });
        return { chain: links.reverse() };
      case AST_NODE_TYPES.AwaitExpression:
        current = current.argument;
        continue;
      default:
        links.push({ kind: 'opaque' });
        return { chain: links.reverse() };
    }
  }
  links.push({ kind: 'opaque' });
  return { chain: links.reverse() };
}

function isThenCall(node: TSESTree.CallExpression): boolean {
  const callee = node.callee.type === AST_NODE_TYPES.ChainExpression ? node.callee.expression : node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = memberName(callee);
  return name !== undefined && THEN_METHODS.has(name);
}

/** Short dotted text of a chain, for messages: `db.notification.create`, `db.insert().values`. */
export function chainText(chain: readonly ChainLink[]): string {
  let text = '';
  chain.forEach((link, index) => {
    const isLastCall = index === chain.length - 1 && link.kind === 'call';
    switch (link.kind) {
      case 'root':
        text += link.name;
        break;
      case 'member':
        text += text ? `.${link.name}` : link.name;
        break;
      case 'call':
        if (!isLastCall) text += '()';
        break;
      case 'new':
        text += `new ${link.name}()`;
        break;
      case 'template':
        text += '``';
        break;
      case 'opaque':
        text += text ? '.…' : '…';
        break;
    }
  });
  return text;
}

function argumentFact(node: TSESTree.CallExpressionArgument): ArgumentFact {
  let arg: TSESTree.Node = node;
  while (arg.type === AST_NODE_TYPES.TSNonNullExpression || arg.type === AST_NODE_TYPES.TSAsExpression || arg.type === AST_NODE_TYPES.TSSatisfiesExpression) {
    arg = arg.expression;
  }
  const fact: ArgumentFact = {
    isObject: arg.type === AST_NODE_TYPES.ObjectExpression,
    isFunction: arg.type === AST_NODE_TYPES.ArrowFunctionExpression || arg.type === AST_NODE_TYPES.FunctionExpression,
  };
  if (arg.type === AST_NODE_TYPES.NewExpression && arg.callee.type === AST_NODE_TYPES.Identifier) fact.newName = arg.callee.name;
  if (arg.type === AST_NODE_TYPES.Literal && typeof arg.value === 'string') fact.string = arg.value;
  else if (arg.type === AST_NODE_TYPES.TemplateLiteral) fact.string = arg.quasis.map((q) => q.value.cooked ?? q.value.raw).join('${}');
  else {
    const path = dottedPath(arg);
    if (path) fact.identifier = path;
  }
  return fact;
}

function dottedPath(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(node);
    const object = dottedPath(node.object);
    return name && object ? `${object}.${name}` : undefined;
  }
  return undefined;
}

/** Where a callee's root identifier comes from: an import, directly or through `new X()` / `X()`. */
function findRootOrigin(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): RootOrigin | undefined {
  const def = findVariable(identifier, sourceCode)?.defs[0];
  if (!def) return undefined;
  if (def.type === 'ImportBinding') {
    const declaration = def.parent as TSESTree.ImportDeclaration;
    const spec = def.node;
    const importedName =
      spec.type === AST_NODE_TYPES.ImportSpecifier
        ? spec.imported.type === AST_NODE_TYPES.Identifier
          ? spec.imported.name
          : String(spec.imported.value)
        : spec.type === AST_NODE_TYPES.ImportDefaultSpecifier
          ? 'default'
          : '*';
    return { importSource: declaration.source.value, importedName };
  }
  if (def.type === 'Variable' && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init && depth < 2) {
    let init: TSESTree.Node = def.node.init;
    if (init.type === AST_NODE_TYPES.AwaitExpression) init = init.argument;
    const { rootNode } =
      init.type === AST_NODE_TYPES.NewExpression || init.type === AST_NODE_TYPES.CallExpression
        ? buildChain(init)
        : init.type === AST_NODE_TYPES.MemberExpression || init.type === AST_NODE_TYPES.Identifier
          ? { rootNode: rootIdentifier(init) }
          : { rootNode: undefined };
    return rootNode && rootNode !== identifier ? findRootOrigin(rootNode, sourceCode, depth + 1) : undefined;
  }
  return undefined;
}

function rootIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node;
  if (node.type === AST_NODE_TYPES.MemberExpression) return rootIdentifier(node.object);
  return undefined;
}

/** The same-file function a bare identifier call names, through its scope. */
export function findLocalFunction(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): FunctionRef | undefined {
  const def = findVariable(identifier, sourceCode)?.defs[0];
  if (!def) return undefined;
  if (def.type === 'FunctionName' && def.node.type === AST_NODE_TYPES.FunctionDeclaration) {
    return { kind: 'estree', node: def.node, name: identifier.name };
  }
  if (def.type === 'Variable' && def.node.type === AST_NODE_TYPES.VariableDeclarator) {
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

/** Keys of type annotations: types hold no calls that run. */
const TYPE_KEYS = new Set(['typeAnnotation', 'typeArguments', 'typeParameters', 'returnType', 'decorators']);

/** The child nodes of an ESTree node by the parser's visitor keys, without type annotations. */
export function* childNodes(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): Iterable<TSESTree.Node> {
  for (const key of visitorKeys[node.type] ?? []) {
    if (TYPE_KEYS.has(key)) continue;
    const value = (node as unknown as Record<string, TSESTree.Node | readonly (TSESTree.Node | null)[] | null | undefined>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item) yield item;
    } else if (value) {
      yield value as TSESTree.Node;
    }
  }
}
