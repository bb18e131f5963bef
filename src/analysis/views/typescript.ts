import ts from '../typescript.cjs';
import { SyntaxKind } from '../ts-enums.js';

import type { CallSummary, FunctionRef } from '../model.js';
import { localSymbolOf } from '../path-mapped-imports.js';
import type { Binding, NodeKind, Role, SummarizedKind, SyntaxView } from './syntax-view.js';
import { isSummarizedKind } from './syntax-view.js';

/** A function-like declaration with a body. */
export function isFunctionWithBody(node: ts.Node): node is ts.FunctionLikeDeclaration & { body: ts.Node } {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node) ||
      ts.isConstructorDeclaration(node)) &&
    node.body !== undefined
  );
}

function isWrapper(node: ts.Node): node is ts.ParenthesizedExpression | ts.AsExpression | ts.SatisfiesExpression | ts.NonNullExpression | ts.TypeAssertion {
  return ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node) || ts.isTypeAssertionExpression(node);
}

function isLogicalOperator(kind: ts.SyntaxKind): boolean {
  return kind === SyntaxKind.AmpersandAmpersandToken || kind === SyntaxKind.BarBarToken || kind === SyntaxKind.QuestionQuestionToken;
}

/** Another file of the program through TypeScript nodes: bindings and reads from the checker's name resolution. */
export class TypeScriptView implements SyntaxView<ts.Node> {
  constructor(private readonly checker: ts.TypeChecker) {}

  readonly findsOriginsAtOnce = true;

  kindOf(node: ts.Node): NodeKind {
    // Asked of every node of every followed function: one switch on the kind for the common ones.
    switch (node.kind) {
      case SyntaxKind.CallExpression:
        return 'call';
      case SyntaxKind.NewExpression:
        return 'new';
      case SyntaxKind.TaggedTemplateExpression:
        return 'taggedTemplate';
      case SyntaxKind.PropertyAccessExpression:
      case SyntaxKind.ElementAccessExpression:
        return 'member';
      case SyntaxKind.Identifier:
        return 'identifier';
      case SyntaxKind.ThisKeyword:
        return 'this';
      case SyntaxKind.AwaitExpression:
        return 'await';
      case SyntaxKind.StringLiteral:
      case SyntaxKind.NoSubstitutionTemplateLiteral:
      case SyntaxKind.TemplateExpression:
        return 'string';
      case SyntaxKind.ObjectLiteralExpression:
        return 'object';
      case SyntaxKind.ExpressionStatement:
      case SyntaxKind.VariableStatement:
      case SyntaxKind.VariableDeclarationList:
      case SyntaxKind.VariableDeclaration:
      case SyntaxKind.Block:
      case SyntaxKind.ReturnStatement:
      case SyntaxKind.IfStatement:
      case SyntaxKind.BinaryExpression:
      case SyntaxKind.PropertyAssignment:
      case SyntaxKind.ShorthandPropertyAssignment:
      case SyntaxKind.ArrayLiteralExpression:
      case SyntaxKind.NumericLiteral:
      case SyntaxKind.TemplateSpan:
      case SyntaxKind.TemplateHead:
      case SyntaxKind.TemplateMiddle:
      case SyntaxKind.TemplateTail:
        return 'other';
      default:
        break;
    }
    if (isWrapper(node)) return 'wrapper';
    if (isFunctionWithBody(node)) return 'function';
    if (ts.isFunctionLike(node) || ts.isClassLike(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isTypeNode(node)) return 'declaration';
    if (ts.isDecorator(node)) return 'declaration';
    return 'other';
  }

  parentOf(node: ts.Node): ts.Node | undefined {
    return node.parent;
  }

  walkSummarized(node: ts.Node, enter: (node: ts.Node, kind: SummarizedKind) => boolean): void {
    // ts.forEachChild stops at a truthy return: `step` returns nothing.
    const step = (current: ts.Node): void => {
      const kind = this.kindOf(current);
      if (isSummarizedKind(kind) && !enter(current, kind)) return;
      ts.forEachChild(current, step);
    };
    step(node);
  }

  roleOf(child: ts.Node, parent: ts.Node): Role {
    if (ts.isAwaitExpression(parent)) return 'awaited';
    if (ts.isReturnStatement(parent)) return 'returned';
    if (ts.isArrowFunction(parent)) return parent.body === child ? 'arrowBody' : 'other';
    if (isWrapper(parent) || ts.isArrayLiteralExpression(parent) || ts.isSpreadElement(parent)) return 'passedThrough';
    if (ts.isBinaryExpression(parent)) {
      if (isLogicalOperator(parent.operatorToken.kind)) return 'passedThrough';
      if (parent.operatorToken.kind === SyntaxKind.CommaToken) return parent.left === child ? 'discarded' : 'passedThrough';
      return 'other';
    }
    if (ts.isConditionalExpression(parent)) return parent.condition === child ? 'conditionTest' : 'passedThrough';
    if (ts.isExpressionStatement(parent) || ts.isVoidExpression(parent)) return 'discarded';
    if (ts.isForOfStatement(parent)) return parent.expression === child && parent.awaitModifier ? 'forAwaitIterable' : 'other';
    if (ts.isVariableDeclaration(parent)) return parent.initializer === child ? 'variableInit' : 'other';
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      if (parent.expression === child) return 'callee';
      return parent.arguments?.some((arg) => arg === child) ? 'argument' : 'other';
    }
    if (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) return parent.expression === child ? 'memberObject' : 'other';
    if (ts.isTaggedTemplateExpression(parent)) return parent.tag === child ? 'tag' : 'other';
    return 'other';
  }

  innerOf(node: ts.Node): ts.Node {
    if (ts.isTaggedTemplateExpression(node)) return node.tag;
    if (
      ts.isCallExpression(node) ||
      ts.isNewExpression(node) ||
      ts.isPropertyAccessExpression(node) ||
      ts.isElementAccessExpression(node) ||
      ts.isAwaitExpression(node) ||
      isWrapper(node)
    ) {
      return node.expression;
    }
    return node;
  }

  argumentsOf(node: ts.Node): readonly ts.Node[] {
    return ts.isCallExpression(node) || ts.isNewExpression(node) ? (node.arguments ?? []) : [];
  }

  memberNameOf(member: ts.Node): string | undefined {
    if (ts.isPropertyAccessExpression(member)) {
      // ESTree names a private member without its `#`.
      return ts.isPrivateIdentifier(member.name) ? member.name.text.slice(1) : member.name.text;
    }
    if (ts.isElementAccessExpression(member) && ts.isStringLiteralLike(member.argumentExpression)) return member.argumentExpression.text;
    return undefined;
  }

  nameOf(identifier: ts.Node): string {
    return ts.isIdentifier(identifier) ? identifier.text : '';
  }

  textOf(node: ts.Node): string {
    const template = ts.isTaggedTemplateExpression(node) ? node.template : node;
    if (ts.isStringLiteralLike(template)) return template.text;
    if (ts.isTemplateExpression(template)) return [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join('${}');
    return '';
  }

  bindingOf(declaration: ts.Node): ts.Node | undefined {
    return ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) ? declaration.name : undefined;
  }

  readsOf(identifier: ts.Node): readonly ts.Node[] {
    if (!ts.isIdentifier(identifier)) return [];
    const symbol = this.symbolOf(identifier);
    const declaration = symbol?.valueDeclaration;
    if (!symbol || !declaration) return [];
    const scope = ts.findAncestor(declaration, (n) => ts.isBlock(n) || ts.isSourceFile(n) || ts.isFunctionLike(n));
    const reads: ts.Node[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === identifier.text && node !== (declaration as ts.NamedDeclaration).name && !isMemberName(node) && !isWriteOnly(node)) {
        if (this.symbolOf(node) === symbol) reads.push(node);
      }
      ts.forEachChild(node, visit);
    };
    if (scope) visit(scope);
    return reads;
  }

  bindingOfIdentifier(identifier: ts.Node): Binding<ts.Node> | undefined {
    // The binding in scope (an import's own, unresolved): what it imports is asked only where it is followed.
    const symbol = ts.isIdentifier(identifier) ? localSymbolOf(identifier, this.checker) : this.checker.getSymbolAtLocation(identifier);
    let declaration: ts.Node | undefined = symbol?.declarations?.[0];
    if (!declaration) return undefined;
    const importDeclaration = ts.findAncestor(declaration, ts.isImportDeclaration);
    if (importDeclaration && ts.isStringLiteral(importDeclaration.moduleSpecifier)) {
      const importedName = ts.isImportSpecifier(declaration)
        ? (declaration.propertyName ?? declaration.name).text
        : ts.isImportClause(declaration)
          ? 'default'
          : '*';
      return { kind: 'import', origin: { importSource: importDeclaration.moduleSpecifier.text, importedName } };
    }
    // `const { emails } = resend`: ESTree's scope manager defines the name by its whole declarator.
    while (ts.isBindingElement(declaration) || ts.isObjectBindingPattern(declaration) || ts.isArrayBindingPattern(declaration)) declaration = declaration.parent;
    if (ts.isVariableDeclaration(declaration)) return { kind: 'variable', init: declaration.initializer };
    return { kind: 'other' };
  }

  partsOf(fn: ts.Node): { params: readonly ts.Node[]; body: ts.Node | undefined } {
    if (!ts.isFunctionLike(fn)) return { params: [], body: undefined };
    return { params: fn.parameters, body: isFunctionWithBody(fn) ? fn.body : undefined };
  }

  localFunctionOf(): FunctionRef | undefined {
    // The checker resolves calls of other files (`resolve-target.ts`); the scope shortcut is the linted file's.
    return undefined;
  }

  localMethodOf(): FunctionRef | undefined {
    // As for functions: the checker resolves methods in other files.
    return undefined;
  }

  thisFieldValueOf(member: ts.Node): ts.Node | undefined {
    if (!ts.isPropertyAccessExpression(member) || member.expression.kind !== SyntaxKind.ThisKeyword) return undefined;
    const name = member.name.text.replace(/^#/, '');
    const owner = classOfThis(member);
    if (!owner) return undefined;
    for (const element of owner.members) {
      if (ts.isPropertyDeclaration(element) && !isStatic(element) && element.initializer && memberKeyName(element.name) === name) return element.initializer;
    }
    const constructor = owner.members.find(ts.isConstructorDeclaration);
    for (const statement of constructor?.body?.statements ?? []) {
      const assigned = ts.isExpressionStatement(statement) ? statement.expression : undefined;
      if (
        assigned &&
        ts.isBinaryExpression(assigned) &&
        assigned.operatorToken.kind === SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(assigned.left) &&
        assigned.left.expression.kind === SyntaxKind.ThisKeyword &&
        assigned.left.name.text.replace(/^#/, '') === name
      ) {
        return assigned.right;
      }
    }
    return undefined;
  }

  nodesOf(call: ts.Node): { estree: undefined; tsNode: CallSummary['tsNode'] } {
    return { estree: undefined, tsNode: call as NonNullable<CallSummary['tsNode']> };
  }

  /** The variable an identifier names; a shorthand property (`{ p }`) reads the variable, not the property. */
  private symbolOf(identifier: ts.Identifier): ts.Symbol | undefined {
    if (ts.isShorthandPropertyAssignment(identifier.parent) && identifier.parent.name === identifier) {
      return this.checker.getShorthandAssignmentValueSymbol(identifier.parent);
    }
    return this.checker.getSymbolAtLocation(identifier);
  }
}

function isStatic(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === SyntaxKind.StaticKeyword);
}

function memberKeyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return ts.isPrivateIdentifier(name) ? name.text.replace(/^#/, '') : undefined;
}

/** The class whose instance `this` is at `node`: through arrows, up to a non-static method, accessor, constructor or field. */
function classOfThis(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current = node.parent; !ts.isSourceFile(current); current = current.parent) {
    if (ts.isArrowFunction(current)) continue;
    if (ts.isPropertyDeclaration(current) || ts.isMethodDeclaration(current) || ts.isGetAccessorDeclaration(current) || ts.isSetAccessorDeclaration(current) || ts.isConstructorDeclaration(current)) {
      return !isStatic(current) && ts.isClassLike(current.parent) ? current.parent : undefined;
    }
    if (ts.isFunctionLike(current) || ts.isClassStaticBlockDeclaration(current)) return undefined;
  }
  return undefined;
}

/** `x = value`: a write, not a read of `x` (ESTree's scope manager does not count it either). */
/**
 * A name that is not a reference to a variable: a member of `x.name`, a key of `{ name: value }`,
 * a declared member or a destructured property's key. Its symbol is a property's, which the checker
 * finds through the type of the object around it (inferred: a query's rows cost hundreds of ms).
 */
function isMemberName(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === identifier;
  if (ts.isQualifiedName(parent)) return parent.right === identifier;
  if (ts.isBindingElement(parent)) return parent.propertyName === identifier;
  if (ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodSignature(parent) || ts.isAccessor(parent) || ts.isEnumMember(parent)) {
    return parent.name === identifier;
  }
  return ts.isJsxAttribute(parent) || ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent);
}

function isWriteOnly(identifier: ts.Identifier): boolean {
  let current: ts.Node = identifier;
  while (ts.isParenthesizedExpression(current.parent)) current = current.parent;
  const parent = current.parent;
  return ts.isBinaryExpression(parent) && parent.left === current && parent.operatorToken.kind === SyntaxKind.EqualsToken;
}

const views = new WeakMap<ts.TypeChecker, TypeScriptView>();

/** The view of the program's other files (one per checker). */
export function getTypeScriptView(checker: ts.TypeChecker): TypeScriptView {
  let view = views.get(checker);
  if (!view) views.set(checker, (view = new TypeScriptView(checker)));
  return view;
}
