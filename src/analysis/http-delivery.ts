import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from './typescript.cjs';
import { SymbolFlags, SyntaxKind } from './ts-enums.js';

import { HTTP_DELIVERY } from './catalogue.js';
import { chainNames } from './match-client.js';
import { isLibraryExpression } from './resolve-target.js';
import type { CallSummary, NotificationWork } from './model.js';
import type { TypeTools } from './types-or-syntax.js';

// Delivery over plain HTTP: `fetch(url)`, `axios.post(url)`, `ky(url)`... The URL is followed
// through literals, templates, consts (other files too, with types), class fields, `??`/`||`,
// `new URL(path, base)` and env or config reads (`process.env.SLACK_WEBHOOK_URL`, `env().X`), and
// compared with the providers' endpoints, all catalogue data.

const MAX_DEPTH = 5;
/** Stands for a part of the URL that cannot be known (a path parameter, a token). */
const UNKNOWN = '\u0000';

/** The URL a value resolves to, and the name of the env variable or config property it was read from. */
interface UrlValue {
  text: string;
  names: string[];
}

/** Whether a call sends an HTTP request to a notification provider (by its URL), and which one. */
export function findHttpDelivery(call: CallSummary, tools: TypeTools | null): NotificationWork | undefined {
  if (call.chain.at(-1)?.kind !== 'call' || !isHttpSender(call)) return undefined;
  let value: UrlValue | undefined;
  if (tools && call.tsNode && !ts.isTaggedTemplateExpression(call.tsNode)) {
    const arg = call.tsNode.arguments?.[0];
    value = arg ? resolveTs(arg, tools, 0) : undefined;
  } else if (call.estree && call.estree.type !== AST_NODE_TYPES.TaggedTemplateExpression) {
    const arg = call.estree.arguments[0];
    value = arg && arg.type !== AST_NODE_TYPES.SpreadElement ? resolveEstree(arg, 0) : undefined;
  }
  if (!value) return undefined;
  const endpoint = HTTP_DELIVERY.endpoints.find((e) => e.url.test(value.text));
  if (endpoint) return { channel: endpoint.channel, label: endpoint.label };
  // The name nearest the source says most: `const webhook = process.env.SLACK_FEEDBACK_WEBHOOK_URL` is named by the env variable.
  const named = [...value.names].reverse().find((name) => HTTP_DELIVERY.webhookNames.test(name));
  return named ? { channel: 'chat webhook', label: `chat webhook request (${named})` } : undefined;
}

function isHttpSender(call: CallSummary): boolean {
  const names = chainNames(call);
  const [first] = names;
  const last = names.at(-1);
  if (names.length === 1) return first !== undefined && HTTP_DELIVERY.functions.has(first);
  return last !== undefined && HTTP_DELIVERY.methods.has(last);
}

function join(parts: (UrlValue | undefined)[]): UrlValue {
  return { text: parts.map((p) => p?.text ?? UNKNOWN).join(''), names: parts.flatMap((p) => p?.names ?? []) };
}

/** Whether a chain starts at a value whose type only inference gives: an unannotated callback parameter or `for...of` element. */
function isInferredThroughCall(expression: ts.Expression, checker: ts.TypeChecker): boolean {
  let root = expression;
  while (ts.isPropertyAccessExpression(root) || ts.isNonNullExpression(root) || ts.isParenthesizedExpression(root)) root = root.expression;
  if (!ts.isIdentifier(root)) return false;
  const declaration = checker.getSymbolAtLocation(root)?.valueDeclaration;
  if (!declaration) return false;
  if (ts.isParameter(declaration)) {
    const fn = declaration.parent;
    return declaration.type === undefined && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallOrNewExpression(skipParentheses(fn).parent);
  }
  const binding = ts.isBindingElement(declaration) ? ts.walkUpBindingElementsAndPatterns(declaration) : declaration;
  return ts.isVariableDeclaration(binding) && binding.type === undefined && ts.isVariableDeclarationList(binding.parent) && ts.isForOfStatement(binding.parent.parent);
}

function skipParentheses(node: ts.Node): ts.Node {
  let current = node;
  while (ts.isParenthesizedExpression(current.parent)) current = current.parent;
  return current;
}

function either(left: UrlValue | undefined, right: UrlValue | undefined): UrlValue | undefined {
  if (!left) return right;
  if (!right) return left;
  // `process.env.SLACK_WEBHOOK_URL ?? ''`: the left side is the URL, the fallback keeps its name.
  return { text: left.text.replace(/\u0000/g, '') === '' ? right.text : left.text, names: [...left.names, ...right.names] };
}

/** Follows a value of another file (or the linted file, with types) through the checker's declarations. */
function resolveTs(node: ts.Expression, tools: Pick<TypeTools, 'checker' | 'program'>, depth: number): UrlValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const { checker } = tools;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { text: node.text, names: [] };
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    return resolveTs(node.expression, tools, depth);
  }
  if (ts.isTemplateExpression(node)) {
    const parts: (UrlValue | undefined)[] = [{ text: node.head.text, names: [] }];
    for (const span of node.templateSpans) parts.push(resolveTs(span.expression, tools, depth + 1), { text: span.literal.text, names: [] });
    return join(parts);
  }
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === SyntaxKind.QuestionQuestionToken || kind === SyntaxKind.BarBarToken) {
      return either(resolveTs(node.left, tools, depth + 1), resolveTs(node.right, tools, depth + 1));
    }
    if (kind === SyntaxKind.PlusToken) return join([resolveTs(node.left, tools, depth + 1), resolveTs(node.right, tools, depth + 1)]);
    return undefined;
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
    const [path, base] = node.arguments ?? [];
    const pathValue = path ? resolveTs(path, tools, depth + 1) : undefined;
    return base ? join([resolveTs(base, tools, depth + 1), pathValue]) : pathValue;
  }
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
    const name = ts.isIdentifier(node) ? node.text : node.name.text;
    // A member of a library value (`process.env.X`, `team.id` of a query's row) has no initializer in
    // the program: asking for its symbol would infer the receiver's type for nothing. Nor is the
    // checker asked about a member of a callback's parameter or a loop's element (`docs.map((doc) =>
    // fetch(\`...${doc.id}\`))`): their types are inferred through the call or the iterated value
    // (hundreds of milliseconds for a query builder's rows); the name decides, as without types.
    if (ts.isPropertyAccessExpression(node) && (isLibraryExpression(node.expression, checker, tools.program, name) || isInferredThroughCall(node.expression, checker))) {
      return { text: UNKNOWN, names: [name] };
    }
    let symbol = checker.getSymbolAtLocation(ts.isIdentifier(node) ? node : node.name);
    if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    const initializer =
      declaration && (ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertyAssignment(declaration))
        ? declaration.initializer
        : undefined;
    const resolved = initializer ? resolveTs(initializer, tools, depth + 1) : undefined;
    return resolved ? { text: resolved.text, names: [name, ...resolved.names] } : { text: UNKNOWN, names: [name] };
  }
  return undefined;
}

/** The same on syntax alone, in the linted file: names are looked up in the enclosing blocks and class. */
function resolveEstree(node: TSESTree.Node, depth: number): UrlValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' ? { text: node.value, names: [] } : undefined;
    case AST_NODE_TYPES.TemplateLiteral: {
      const parts: (UrlValue | undefined)[] = [];
      node.quasis.forEach((quasi, i) => {
        parts.push({ text: quasi.value.cooked ?? quasi.value.raw, names: [] });
        const expression = node.expressions[i];
        if (expression) parts.push(resolveEstree(expression, depth + 1));
      });
      return join(parts);
    }
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return resolveEstree(node.expression, depth);
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator === '&&' ? undefined : either(resolveEstree(node.left, depth + 1), resolveEstree(node.right, depth + 1));
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' ? join([resolveEstree(node.left, depth + 1), resolveEstree(node.right, depth + 1)]) : undefined;
    case AST_NODE_TYPES.NewExpression: {
      if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'URL') return undefined;
      const [path, base] = node.arguments;
      const pathValue = path ? resolveEstree(path, depth + 1) : undefined;
      return base ? join([resolveEstree(base, depth + 1), pathValue]) : pathValue;
    }
    case AST_NODE_TYPES.Identifier: {
      const init = findDeclaredValue(node, node.name, false);
      const resolved = init ? resolveEstree(init, depth + 1) : undefined;
      return resolved ? { text: resolved.text, names: [node.name, ...resolved.names] } : { text: UNKNOWN, names: [node.name] };
    }
    case AST_NODE_TYPES.MemberExpression: {
      if (node.computed || node.property.type !== AST_NODE_TYPES.Identifier) return undefined;
      const name = node.property.name;
      const init = node.object.type === AST_NODE_TYPES.ThisExpression ? findDeclaredValue(node, name, true) : undefined;
      const resolved = init ? resolveEstree(init, depth + 1) : undefined;
      return resolved ? { text: resolved.text, names: [name, ...resolved.names] } : { text: UNKNOWN, names: [name] };
    }
    default:
      return undefined;
  }
}

/** The initializer of `const name = ...` in an enclosing block or the module, or of a class field `name = ...` (for `this.name`). */
function findDeclaredValue(from: TSESTree.Node, name: string, field: boolean): TSESTree.Node | undefined {
  for (let node: TSESTree.Node | undefined = from.parent; node; node = node.parent) {
    if (field && node.type === AST_NODE_TYPES.ClassBody) {
      for (const member of node.body) {
        if (member.type === AST_NODE_TYPES.PropertyDefinition && member.key.type === AST_NODE_TYPES.Identifier && member.key.name === name && member.value) {
          return member.value;
        }
      }
      return undefined;
    }
    if (!field && (node.type === AST_NODE_TYPES.Program || node.type === AST_NODE_TYPES.BlockStatement)) {
      for (const statement of node.body) {
        const declaration =
          statement.type === AST_NODE_TYPES.VariableDeclaration
            ? statement
            : statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration
              ? statement.declaration
              : undefined;
        if (declaration?.kind !== 'const') continue;
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name && declarator.init) return declarator.init;
        }
      }
    }
  }
  return undefined;
}
