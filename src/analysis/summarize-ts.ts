import ts from 'typescript';

import type { ArgumentFact, CallSummary, ChainLink, FunctionSummary, RootOrigin } from './model.js';
import { chainText } from './summarize-estree.js';

type CallLike = ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression;
type Use = { usage: CallSummary['usage']; enclosing?: CallLike };

const THEN_METHODS = new Set(['then', 'catch', 'finally']);
// Keyed by the function node: an edited file gets new nodes, so stale summaries are never read.
const summaries = new WeakMap<ts.Node, FunctionSummary>();

/** Summarises the calls a function of another file makes, from TypeScript nodes (memoised per node). */
export function summarizeTsFunction(fn: ts.SignatureDeclaration, checker: ts.TypeChecker): FunctionSummary {
  const cached = summaries.get(fn);
  if (cached) return cached;
  const summary: FunctionSummary = { calls: [] };
  summaries.set(fn, summary);
  new TsSummarizer(checker, fn, summary.calls).walkFunction(fn);
  return summary;
}

/** A function-like declaration with a body. */
export function isFunctionWithBody(node: ts.Node): node is ts.FunctionLikeDeclaration & { body: ts.Node } {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isConstructorDeclaration(node)) &&
    node.body !== undefined
  );
}

class TsSummarizer {
  private readonly byNode = new Map<ts.Node, CallSummary>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly root: ts.SignatureDeclaration,
    private readonly calls: CallSummary[],
  ) {}

  walkFunction(fn: ts.SignatureDeclaration): void {
    for (const param of fn.parameters) this.walk(param.initializer);
    if (isFunctionWithBody(fn)) this.walk(fn.body);
  }

  private walk(node: ts.Node | undefined): void {
    if (!node) return;
    if (ts.isFunctionDeclaration(node) || ts.isClassLike(node) || ts.isInterfaceDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      if (callbackCall(node)) this.walkFunction(node);
      return;
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) {
      if (isChainHead(node)) this.record(node);
      if (ts.isTaggedTemplateExpression(node)) {
        this.walk(node.tag);
        this.walk(node.template);
      } else {
        this.walk(node.expression);
        node.arguments?.forEach((arg) => this.walk(arg));
      }
      return;
    }
    ts.forEachChild(node, (child) => this.walk(child));
  }

  private record(node: CallLike): CallSummary {
    const existing = this.byNode.get(node);
    if (existing) return existing;
    const { chain, rootNode } = buildTsChain(node);
    const { usage, enclosing } = this.usageOf(node, 0);
    const summary: CallSummary = {
      chain,
      text: chainText(chain),
      usage,
      rootOrigin: rootNode ? findTsRootOrigin(rootNode, this.checker) : undefined,
      tsNode: node,
    };
    this.byNode.set(node, summary);
    if (enclosing) summary.enclosing = this.record(enclosing);
    this.calls.push(summary);
    return summary;
  }

  private usageOf(node: ts.Node, depth: number): Use {
    let current: ts.Node = node;
    for (;;) {
      const parent: ts.Node | undefined = current.parent;
      if (!parent) return { usage: 'unknown' };
      if (ts.isAwaitExpression(parent) || ts.isReturnStatement(parent)) return this.insideCallback(parent, 'awaited');
      if (ts.isArrowFunction(parent)) return parent.body === current ? this.functionResult(parent) : { usage: 'unknown' };
      if (
        ts.isParenthesizedExpression(parent) ||
        ts.isAsExpression(parent) ||
        ts.isSatisfiesExpression(parent) ||
        ts.isNonNullExpression(parent) ||
        ts.isTypeAssertionExpression(parent) ||
        ts.isArrayLiteralExpression(parent) ||
        ts.isSpreadElement(parent) ||
        (ts.isBinaryExpression(parent) && isLogicalOperator(parent.operatorToken.kind))
      ) {
        current = parent;
        continue;
      }
      if (ts.isConditionalExpression(parent)) {
        if (parent.condition === current) return { usage: 'unknown' };
        current = parent;
        continue;
      }
      if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.CommaToken) {
        if (parent.left === current) return this.insideCallback(parent, 'floating');
        current = parent;
        continue;
      }
      if (ts.isExpressionStatement(parent)) return this.insideCallback(parent, 'floating');
      if (ts.isVoidExpression(parent)) return this.insideCallback(parent, 'floating');
      if (ts.isForOfStatement(parent)) {
        return parent.expression === current && parent.awaitModifier ? this.insideCallback(parent, 'awaited') : { usage: 'unknown' };
      }
      if (ts.isVariableDeclaration(parent)) return parent.initializer === current ? this.usageOfStored(parent, depth) : { usage: 'unknown' };
      if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
        if (parent.expression === current) return { usage: 'unknown' };
        // `promises.push(send())`: the array's own use decides (`await Promise.all(promises)`).
        const callee = parent.expression;
        if (depth <= 3 && ts.isPropertyAccessExpression(callee) && (callee.name.text === 'push' || callee.name.text === 'unshift') && ts.isIdentifier(callee.expression)) {
          return this.usageOfReads(callee.expression, parent, depth + 1);
        }
        return { usage: 'viaEnclosing', enclosing: chainHeadOf(parent) };
      }
      if (ts.isPropertyAccessExpression(parent) && parent.expression === current && THEN_METHODS.has(parent.name.text)) {
        const call = parent.parent;
        if (ts.isCallExpression(call) && call.expression === parent) return { usage: 'viaEnclosing', enclosing: chainHeadOf(call) };
      }
      return { usage: 'unknown' };
    }
  }

  private insideCallback(at: ts.Node, usage: 'awaited' | 'floating'): Use {
    const fn = ts.findAncestor(at.parent, ts.isFunctionLike);
    if (!fn || fn === this.root) return { usage };
    const call = callbackCall(fn);
    if (!call) return { usage: 'unknown' };
    return usage === 'awaited' ? { usage: 'viaEnclosing', enclosing: call } : { usage: 'floating', enclosing: call };
  }

  private functionResult(fn: ts.ArrowFunction): Use {
    if (fn === this.root) return { usage: 'awaited' };
    const call = callbackCall(fn);
    return call ? { usage: 'viaEnclosing', enclosing: call } : { usage: 'unknown' };
  }

  private usageOfStored(declaration: ts.VariableDeclaration, depth: number): Use {
    if (!ts.isIdentifier(declaration.name) || depth > 3) return { usage: 'unknown' };
    return this.usageOfReads(declaration.name, declaration, depth);
  }

  /** The use of a value through the later reads of the variable `name` declares; never read means floating. */
  private usageOfReads(name: ts.Identifier, anchor: ts.Node, depth: number): Use {
    const symbol = this.checker.getSymbolAtLocation(name);
    const declaration = symbol?.valueDeclaration;
    const scope = declaration && ts.findAncestor(declaration, (n) => ts.isBlock(n) || ts.isSourceFile(n) || ts.isFunctionLike(n));
    const reads: ts.Identifier[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === name.text && node !== (declaration as ts.NamedDeclaration | undefined)?.name) {
        // Adding to a collection (`list.push(...)`) is not a use of what it holds.
        if (this.checker.getSymbolAtLocation(node) === symbol && !isCollectionAdd(node)) reads.push(node);
      }
      ts.forEachChild(node, visit);
    };
    if (scope && symbol) visit(scope);
    let best: Use = { usage: 'floating' };
    for (const read of reads) {
      const use = this.usageOf(read, depth + 1);
      if (use.usage === 'awaited') return use;
      if (use.usage === 'viaEnclosing' || (use.usage === 'unknown' && best.usage === 'floating')) best = use;
    }
    return best.usage === 'floating' ? this.insideCallback(anchor, 'floating') : best;
  }

}

function isCollectionAdd(identifier: ts.Identifier): boolean {
  const member = identifier.parent;
  return (
    ts.isPropertyAccessExpression(member) &&
    member.expression === identifier &&
    (member.name.text === 'push' || member.name.text === 'unshift') &&
    ts.isCallExpression(member.parent) &&
    member.parent.expression === member
  );
}

function isLogicalOperator(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken;
}

function skipWrappers(node: ts.Node): ts.Node {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isNonNullExpression(current)) {
    current = current.expression;
  }
  return current;
}

function outerOf(node: ts.Node): { current: ts.Node; parent: ts.Node | undefined } {
  let current = node;
  let parent = node.parent;
  while (parent && (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent) || ts.isNonNullExpression(parent))) {
    current = parent;
    parent = parent.parent;
  }
  return { current, parent };
}

function callbackCall(fn: ts.Node): CallLike | undefined {
  const { current, parent } = outerOf(fn);
  if (parent && (ts.isCallExpression(parent) || ts.isNewExpression(parent))) {
    const args: readonly ts.Node[] = parent.arguments ?? [];
    if (parent.expression === current || args.includes(current)) return chainHeadOf(parent);
  }
  return undefined;
}

function isChainHead(node: CallLike): boolean {
  const { current, parent } = outerOf(node);
  if (parent && (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === current) {
    if (ts.isPropertyAccessExpression(parent) && THEN_METHODS.has(parent.name.text)) return true;
    const call = parent.parent;
    return !(call && ts.isCallExpression(call) && call.expression === parent);
  }
  if (parent && ts.isTaggedTemplateExpression(parent) && parent.tag === current) return false;
  return true;
}

function chainHeadOf(node: CallLike): CallLike {
  let head: CallLike = node;
  while (!isChainHead(head)) {
    const next = ts.findAncestor(head.parent, (n) => ts.isCallExpression(n) || ts.isTaggedTemplateExpression(n));
    if (!next) break;
    head = next as CallLike;
  }
  return head;
}

function memberName(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : undefined;
}

function isThenCall(node: ts.CallExpression): boolean {
  const callee = skipWrappers(node.expression);
  return ts.isPropertyAccessExpression(callee) && THEN_METHODS.has(callee.name.text);
}

/** The links of a callee chain from TypeScript nodes, in the same shape as the ESTree chain. */
export function buildTsChain(node: CallLike): { chain: ChainLink[]; rootNode?: ts.Identifier } {
  const links: ChainLink[] = [];
  let current: ts.Node = node;
  for (let guard = 0; guard < 64; guard++) {
    if (ts.isCallExpression(current)) {
      if (current !== node && isThenCall(current)) break;
      links.push({ kind: 'call', args: current.arguments.map(argumentFact) });
      current = current.expression;
    } else if (ts.isTaggedTemplateExpression(current)) {
      links.push({ kind: 'template', text: templateText(current.template) });
      current = current.tag;
    } else if (ts.isNewExpression(current)) {
      const callee = current.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      if (!name) break;
      links.push({ kind: 'new', name, args: (current.arguments ?? []).map(argumentFact) });
      if (ts.isIdentifier(callee)) return { chain: links.reverse(), rootNode: callee };
      // `new OneSignal.DefaultApi()`: the namespace is the root.
      current = (callee as ts.PropertyAccessExpression).expression;
    } else if (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) {
      const name = memberName(current);
      links.push(name === undefined ? { kind: 'opaque' } : { kind: 'member', name });
      current = current.expression;
    } else if (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isNonNullExpression(current) || ts.isAwaitExpression(current)) {
      current = current.expression;
    } else if (ts.isIdentifier(current)) {
      links.push({ kind: 'root', name: current.text });
      return { chain: links.reverse(), rootNode: current };
    } else if (current.kind === ts.SyntaxKind.ThisKeyword) {
      links.push({ kind: 'root', name: 'this' });
      return { chain: links.reverse() };
    } else {
      break;
    }
  }
  links.push({ kind: 'opaque' });
  return { chain: links.reverse() };
}

function templateText(template: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join('${}');
}

function argumentFact(arg: ts.Expression): ArgumentFact {
  const inner = skipWrappers(arg);
  const fact: ArgumentFact = {
    isObject: ts.isObjectLiteralExpression(inner),
    isFunction: ts.isArrowFunction(inner) || ts.isFunctionExpression(inner),
  };
  if (ts.isNewExpression(inner) && ts.isIdentifier(inner.expression)) fact.newName = inner.expression.text;
  if (ts.isStringLiteralLike(inner)) fact.string = inner.text;
  else if (ts.isTemplateExpression(inner)) fact.string = templateText(inner);
  else {
    const path = dottedPath(inner);
    if (path) fact.identifier = path;
  }
  return fact;
}

function dottedPath(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) {
    const object = dottedPath(node.expression);
    return object ? `${object}.${node.name.text}` : undefined;
  }
  return undefined;
}

/** The import a root identifier comes from, through the checker's alias symbols. */
function findTsRootOrigin(identifier: ts.Identifier, checker: ts.TypeChecker, depth = 0): RootOrigin | undefined {
  const declaration = checker.getSymbolAtLocation(identifier)?.declarations?.[0];
  if (!declaration) return undefined;
  const importDeclaration = ts.findAncestor(declaration, ts.isImportDeclaration);
  if (importDeclaration && ts.isStringLiteral(importDeclaration.moduleSpecifier)) {
    const importedName = ts.isImportSpecifier(declaration)
      ? (declaration.propertyName ?? declaration.name).text
      : ts.isImportClause(declaration)
        ? 'default'
        : '*';
    return { importSource: importDeclaration.moduleSpecifier.text, importedName };
  }
  if (ts.isVariableDeclaration(declaration) && declaration.initializer && depth < 2) {
    const init = skipWrappers(declaration.initializer);
    const base = ts.isAwaitExpression(init) ? skipWrappers(init.expression) : init;
    const root =
      ts.isCallExpression(base) || ts.isNewExpression(base)
        ? buildTsChain(base).rootNode
        : rootIdentifier(base);
    return root && root !== identifier ? findTsRootOrigin(root, checker, depth + 1) : undefined;
  }
  return undefined;
}

function rootIdentifier(node: ts.Node): ts.Identifier | undefined {
  if (ts.isIdentifier(node)) return node;
  if (ts.isPropertyAccessExpression(node)) return rootIdentifier(node.expression);
  return undefined;
}
