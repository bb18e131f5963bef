import { typeMatchesSomeSpecifier } from './type-utils.js';
import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
import ts from './typescript.cjs';
import { SymbolFlags, TypeFlags } from './ts-enums.js';

import type { CatalogueEntry } from './catalogue.js';
import { getDeclaredType } from './declared-types.js';
import type { CallSummary } from './model.js';
import { getRootOrigin } from './summarize.js';
import type { TypeTools } from './types-or-syntax.js';

/** The names along a chain, root first, without call links: `admin.messaging().send` → admin, messaging, send. */
export function chainNames(call: CallSummary): readonly string[] {
  return call.names;
}

/** The method name of a member call, or the function name of a bare call. */
export function calleeName(call: CallSummary): string | undefined {
  const names = chainNames(call);
  const last = names.at(-1);
  // An opaque link has no name (''): nothing to call it by.
  return call.chain.at(-1)?.kind === 'call' && last !== '' ? last : undefined;
}

function isFromPackage(source: string | undefined, packages: readonly string[]): boolean {
  return source !== undefined && packages.some((p) => source === p || source.startsWith(`${p}/`));
}

/** Whether a call matches a catalogue entry by syntax: import source, client name, member path. */
export function matchesBySyntax(call: CallSummary, entry: CatalogueEntry): boolean {
  if (call.chain.at(-1)?.kind !== 'call') return false;
  const names = chainNames(call);
  const origin = getRootOrigin(call);
  const fromPackage = isFromPackage(origin?.importSource, entry.packages);
  if (names.length === 1) {
    // A bare call of an imported function: `after(...)`, `sendNotification(...)`.
    const imported = origin?.importedName ?? '';
    return fromPackage && entry.methods.some((m) => (m === '' ? entry.clientNames.test(imported) : m.split('.').at(-1) === imported));
  }
  return entry.methods.some((method) => {
    if (method === '') return false;
    const segments = method.split('.');
    if (names.length <= segments.length) return false;
    const tail = names.slice(-segments.length);
    if (tail.join('.') !== method) return false;
    const client = names[names.length - segments.length - 1] ?? '';
    const factory = origin?.factoryName;
    // `const client = createSlackClient(token)` with the factory imported from a project module: the factory names the client.
    const imported = origin?.importedName === undefined || origin.importedName === 'default' ? '' : factoryClientName(origin.importedName);
    return (
      fromPackage ||
      entry.clientNames.test(client) ||
      entry.clientNames.test(names[0] ?? '') ||
      entry.clientNames.test(factoryClientName(client)) ||
      (imported !== origin?.importedName && entry.clientNames.test(imported)) ||
      // `const mail = getResend(); mail.emails.send(...)`: the client is named by the getter that made it.
      (factory !== undefined && isRootClient(names, names.length - segments.length - 1) && entry.clientNames.test(factoryClientName(factory)))
    );
  });
}

/** Whether the client at `index` of a chain's names is the root the origin describes: `mail` of `mail.emails.send`, `client` of `this.client.emails.send`. */
function isRootClient(names: readonly string[], index: number): boolean {
  return index === 0 || (index === 1 && names[0] === 'this');
}

/** The callee expression of a call's TypeScript node, without parentheses and assertions. */
export function getTsCallee(call: CallSummary): ts.Expression | undefined {
  const node = call.tsNode;
  if (!node) return undefined;
  let callee: ts.Expression = ts.isTaggedTemplateExpression(node) ? node.tag : node.expression;
  while (ts.isParenthesizedExpression(callee) || ts.isNonNullExpression(callee) || ts.isAsExpression(callee)) callee = callee.expression;
  return callee;
}

/** Whether the checker knows a real type here (not any, unknown or an error type). */
function isKnownType(type: ts.Type): boolean {
  return (type.flags & (TypeFlags.Any | TypeFlags.Unknown)) === 0;
}

type TypedVerdict = 'match' | 'noMatch' | 'unknownType';

// A call is matched against several entries (hand-offs first, then delivery clients), each asking
// for the same callee and receiver types; the checker does not cache an expression's type, so the
// answers are kept per checker and node (a new program brings a new checker).
const typeCaches = new WeakMap<ts.TypeChecker, WeakMap<ts.Node, ts.Type>>();

function nonNullableTypeAt(checker: ts.TypeChecker, node: ts.Node): ts.Type {
  let cache = typeCaches.get(checker);
  if (!cache) typeCaches.set(checker, (cache = new WeakMap<ts.Node, ts.Type>()));
  let type = cache.get(node);
  // Declarations first: a client made by a generic library (`new PrismaClient()`) is instantiated by inference, hundreds of ms.
  if (!type) cache.set(node, (type = checker.getNonNullableType(getDeclaredType(checker, node, 'symbol') ?? checker.getTypeAtLocation(node))));
  return type;
}

/** Whether a call matches an entry by declared types; `unknownType` when the checker cannot tell. */
export function matchesByType(call: CallSummary, entry: CatalogueEntry, tools: TypeTools): TypedVerdict {
  const types = entry.types;
  const callee = getTsCallee(call);
  if (!types || !callee || (call.tsNode && ts.isNewExpression(call.tsNode))) return 'unknownType';
  const { checker, program } = tools;
  let sawKnown = false;
  if (types.callees) {
    const type = nonNullableTypeAt(checker, callee);
    if (isKnownType(type)) {
      sawKnown = true;
      if (typeMatchesSomeSpecifier(type, types.callees, program)) return 'match';
      // `const waitUntil: (p) => void` has an anonymous type: its declared symbol names it.
      const symbol = getCalleeSymbol(callee, checker);
      if (symbol && typeMatchesSomeSpecifier(typeOfSymbolName(symbol), types.callees, program)) return 'match';
    }
  }
  if (types.receivers && (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee))) {
    const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : calleeName(call);
    const methodNames = types.methodNames ?? entry.methods.map((m) => m.split('.').at(-1) ?? m);
    const type = nonNullableTypeAt(checker, callee.expression);
    if (isKnownType(type)) {
      sawKnown = true;
      if (method && methodNames.includes(method) && typeMatchesSomeSpecifier(type, types.receivers, program)) {
        // Command-style clients (`sesClient.send(command)`) send whatever command they are given.
        if (!types.commands || method !== 'send' || argumentMatches(call, types.commands, tools)) return 'match';
      }
    }
    const client = clientOfMemberPath(callee, entry.methods);
    if (client) {
      // `slack.chat.postMessage(...)`: `chat` is an anonymous object of the client; the client's own type says Slack.
      const clientType = nonNullableTypeAt(checker, client);
      if (isKnownType(clientType)) {
        sawKnown = true;
        if (typeMatchesSomeSpecifier(clientType, types.receivers, program)) return 'match';
      }
    }
  }
  return sawKnown ? 'noMatch' : 'unknownType';
}

/**
 * The client expression before a dotted method path of the entry: `client` of
 * `client.chat.postMessage` for `chat.postMessage`. Only for paths of two or more members.
 */
function clientOfMemberPath(callee: ts.Expression, methods: readonly string[]): ts.Expression | undefined {
  for (const method of methods) {
    const segments = method.split('.');
    if (segments.length < 2) continue;
    let node: ts.Expression = callee;
    let matches = true;
    for (const segment of segments.reverse()) {
      while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) node = node.expression;
      if (!ts.isPropertyAccessExpression(node) || node.name.text !== segment) {
        matches = false;
        break;
      }
      node = node.expression;
    }
    if (matches) return node;
  }
  return undefined;
}

function getCalleeSymbol(callee: ts.Expression, checker: ts.TypeChecker): ts.Symbol | undefined {
  const at = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  // A method's symbol through its receiver's declared type, as `nonNullableTypeAt` has it, before inference.
  const receiver = ts.isPropertyAccessExpression(callee) ? nonNullableTypeAt(checker, callee.expression) : undefined;
  let symbol = (receiver && isKnownType(receiver) ? receiver.getProperty(at.getText()) : undefined) ?? checker.getSymbolAtLocation(at);
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol;
}

/** A stand-in type whose symbol is the callee's declaration, so a specifier can match it by name and package. */
function typeOfSymbolName(symbol: ts.Symbol): ts.Type {
  return { flags: TypeFlags.Object, getSymbol: () => symbol, aliasSymbol: undefined } as unknown as ts.Type;
}

function argumentMatches(call: CallSummary, specifiers: TypeOrValueSpecifier[], tools: TypeTools): boolean {
  const node = call.tsNode;
  if (!node || ts.isTaggedTemplateExpression(node)) return false;
  const first = node.arguments?.[0];
  return first !== undefined && typeMatchesSomeSpecifier(tools.checker.getTypeAtLocation(first), specifiers, tools.program);
}

/** Whether the callee's declared type matches a user's specifier (`notificationFunctions`, `queueFunctions`). */
export function calleeMatchesSpecifiers(call: CallSummary, specifiers: readonly TypeOrValueSpecifier[], tools: TypeTools | null): boolean {
  if (specifiers.length === 0) return false;
  const callee = getTsCallee(call);
  if (tools && callee) {
    const type = tools.checker.getTypeAtLocation(callee);
    if (isKnownType(type)) {
      if (typeMatchesSomeSpecifier(type, specifiers, tools.program)) return true;
      // `export const notify = async () => ...` has an anonymous type: its declared symbol names it.
      const symbol = getCalleeSymbol(callee, tools.checker);
      return symbol !== undefined && typeMatchesSomeSpecifier(typeOfSymbolName(symbol), specifiers, tools.program);
    }
  }
  // Without types a specifier degrades to its name.
  const name = calleeName(call);
  return name !== undefined && specifiers.some((s) => typeof s !== 'string' && (typeof s.name === 'string' ? [s.name] : s.name).includes(name));
}

/** Whether a dotted user name (`"mailer.deliver"`, `"notifyFollowers"`) names this call. */
export function matchesDottedName(call: CallSummary, dotted: string): boolean {
  const wanted = dotted.split('.');
  const names = chainNames(call);
  if (call.chain.at(-1)?.kind !== 'call' || names.length < wanted.length) return false;
  return names.slice(-wanted.length).join('.') === dotted;
}

/** A getter or factory of a client, named after it: `getResend()` → `Resend`, `createSlackClient()` → `SlackClient`. */
function factoryClientName(name: string): string {
  return name.replace(/^(get|create|make|use|init|new|build)(?=[A-Z])/, '');
}
