import { createRequire } from 'node:module';

import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';

import { typeMatchesSomeSpecifier } from './type-utils.js';
import type { TypeTools } from './types-or-syntax.js';
import { getTypeTools } from './types-or-syntax.js';

/**
 * Inngest as data: the client class, the calls that send an event, and the calls that hear one.
 * Sends and consumers are read through TypeScript nodes, with the checker: the linted file and the
 * other files of the program alike.
 */
export const INNGEST_EVENTS = {
  package: 'inngest',
  /** `new Inngest({ id })`: the receiver of `send` and `createFunction`. */
  client: { from: 'package', package: 'inngest', name: 'Inngest' } satisfies TypeOrValueSpecifier,
  /** Without a declared type (an unresolved import), a receiver named like this is the client. */
  clientNames: /inngest/i,
  /** Without a declared type, the handler's step tools are recognised by this name. */
  stepNames: /^step$/,
  /** `inngest.send(payload)` and `step.sendEvent(id, payload)`: the method and where the payload is. */
  senders: [
    { method: 'send', on: 'client', payload: 0 },
    { method: 'sendEvent', on: 'step', payload: 1 },
  ],
  /** `createFunction(options, handler)` (v4: `options.triggers`) or `createFunction(options, trigger, handler)` (v3). */
  createFunction: 'createFunction',
  /** Option keys of a function whose entries hear an event: its triggers, and the events that cancel it. */
  hearingOptions: ['triggers', 'cancelOn'],
  /** `step.waitForEvent(id, { event })`: a running function waits for the event, so it is heard. */
  waitForEvent: 'waitForEvent',
} as const;

/** An event a call of the linted file sends, and the node that names it. */
export interface SentEvent {
  name: string;
  node: ts.Node;
}

/** A sent event that no function of the program hears, where the linted file names it. */
export interface OrphanEvent {
  name: string;
  node?: TSESTree.Node;
  loc: TSESTree.SourceLocation;
}

/** The event patterns the Inngest functions of a program are triggered by, wait for, or are cancelled by. */
export interface HeardEvents {
  /** Event names, possibly with `*` wildcards (`notification/*`). */
  patterns: readonly string[];
  /** Triggers whose event name is not a literal (`{ event: name }` with `name: string`): any event may be heard. */
  unresolved: number;
}

interface FileCandidates {
  sends: ts.CallExpression[];
  consumers: ts.CallExpression[];
}

const require = createRequire(import.meta.url);
let typescript: typeof ts | undefined;

// Loaded on the first file that sends something, not when the plugin is imported (the rule module
// imports this one, so `./typescript.cjs` would load TypeScript at the plugin's import).
function getTs(): typeof ts {
  return (typescript ??= require('typescript') as typeof ts);
}

// One list per specifier, so that the memoised answers are found again.
const specifierLists = new WeakMap<object, readonly TypeOrValueSpecifier[]>();

function typeMatches(type: ts.Type, specifier: TypeOrValueSpecifier, program: ts.Program): boolean {
  if (typeof specifier === 'string') return typeMatchesSomeSpecifier(type, [specifier], program);
  let list = specifierLists.get(specifier);
  if (!list) specifierLists.set(specifier, (list = [specifier]));
  return typeMatchesSomeSpecifier(type, list, program);
}

const candidatesByFile = new WeakMap<ts.SourceFile, FileCandidates>();
const heardByProgram = new WeakMap<ts.Program, HeardEvents>();

const SEND_METHODS: ReadonlySet<string> = new Set(INNGEST_EVENTS.senders.map((s) => s.method));
const CONSUMER_METHODS: ReadonlySet<string> = new Set([INNGEST_EVENTS.createFunction, INNGEST_EVENTS.waitForEvent]);

/** The cheap gate: a file whose text has no `.send` (`inngest.send`, `step.sendEvent`) sends no event. */
export function mightSendEvents(text: string): boolean {
  return text.includes('.send');
}

function mightHearEvents(text: string): boolean {
  return text.includes(INNGEST_EVENTS.createFunction) || text.includes(INNGEST_EVENTS.waitForEvent);
}

/**
 * The calls of one file that may send or hear events, by shape alone: `x.send(...)`,
 * `x.sendEvent(...)`, `x.createFunction(...)`, `x.waitForEvent(...)`. Memoised per `ts.SourceFile`,
 * so an edited file (a new SourceFile object) is read again and an unchanged one is not.
 */
function getCandidates(sourceFile: ts.SourceFile): FileCandidates {
  const cached = candidatesByFile.get(sourceFile);
  if (cached) return cached;
  const found: FileCandidates = { sends: [], consumers: [] };
  const lookForSends = mightSendEvents(sourceFile.text);
  const lookForConsumers = mightHearEvents(sourceFile.text);
  if (lookForSends || lookForConsumers) {
    const tsm = getTs();
    const visit = (node: ts.Node): void => {
      if (tsm.isCallExpression(node) && tsm.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        if (lookForSends && SEND_METHODS.has(method)) found.sends.push(node);
        else if (lookForConsumers && CONSUMER_METHODS.has(method)) found.consumers.push(node);
      }
      tsm.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  candidatesByFile.set(sourceFile, found);
  return found;
}

/**
 * The events the linted file sends that no Inngest function of its program is triggered by, waits
 * for or is cancelled by, and that `handledElsewhere` does not name. Empty without type information.
 */
export function findOrphanEvents(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, handledElsewhere: readonly string[]): OrphanEvent[] {
  const tools = getTypeTools(context);
  // The consumers live in other files: without the program there is nothing to compare with.
  if (!tools) return [];
  // A file outside every tsconfig gets an inferred project of its own and its imports: the
  // program's Inngest functions are not in it, so every event would look unheard.
  if (tools.program.getCompilerOptions().configFilePath === undefined) return [];
  const sourceFile = tools.services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast);
  const sent = findSentEvents(sourceFile, tools);
  if (sent.length === 0) return [];
  const heard = getHeardEvents(tools.program);
  // A trigger whose name is not a literal may hear any event: nothing can be called an orphan.
  if (heard.unresolved > 0) return [];
  const { sourceCode } = context;
  return sent
    .filter((event) => !isEventHeard(event.name, heard.patterns) && !isEventHeard(event.name, handledElsewhere))
    .map((event) => {
      const node = tools.services.tsNodeToESTreeNodeMap.get(event.node) as TSESTree.Node | undefined;
      const loc = node?.loc ?? { start: sourceCode.getLocFromIndex(event.node.getStart(sourceFile)), end: sourceCode.getLocFromIndex(event.node.getEnd()) };
      return { name: event.name, node, loc };
    });
}

/** The events the linted file sends to Inngest, each with a literal name (a string, or a `const` holding one). */
export function findSentEvents(sourceFile: ts.SourceFile, tools: TypeTools): SentEvent[] {
  const sent: SentEvent[] = [];
  for (const call of getCandidates(sourceFile).sends) {
    const callee = call.expression as ts.PropertyAccessExpression;
    const sender = INNGEST_EVENTS.senders.find((s) => s.method === callee.name.text);
    if (!sender) continue;
    const isSender = sender.on === 'client' ? isInngestClient(callee.expression, tools) : isStepTool(callee, tools);
    const payload = call.arguments[sender.payload];
    if (isSender && payload) collectSentNames(payload, tools, sent);
  }
  return sent;
}

/** The events the program's Inngest functions hear, collected once per `ts.Program`. */
export function getHeardEvents(program: ts.Program): HeardEvents {
  const cached = heardByProgram.get(program);
  if (cached) return cached;
  const tools = { program, checker: program.getTypeChecker() };
  const heard = { patterns: [] as string[], unresolved: 0 };
  for (const sourceFile of program.getSourceFiles()) {
    // Declaration files and installed packages declare functions; they do not register them.
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) continue;
    for (const call of getCandidates(sourceFile).consumers) collectHeardEvents(call, tools, heard);
  }
  heardByProgram.set(program, heard);
  return heard;
}

/**
 * Inngest's wildcard semantics: a `*` (written after a `/` or a `.`) matches any rest of the name,
 * so `app/*` hears `app/user.created` and `app/blog.post.published`. Elsewhere in a pattern it
 * matches any run of characters, which errs on the side of "heard".
 */
export function matchesEventPattern(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  const parts = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`, 's').test(name);
}

/** Whether some pattern hears the event. */
export function isEventHeard(name: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchesEventPattern(pattern, name));
}

type Checked = Pick<TypeTools, 'program' | 'checker'>;

function collectHeardEvents(call: ts.CallExpression, tools: Checked, heard: { patterns: string[]; unresolved: number }): void {
  const tsm = getTs();
  const callee = call.expression as ts.PropertyAccessExpression;
  if (callee.name.text === INNGEST_EVENTS.waitForEvent) {
    const options = call.arguments[1];
    if (options && isStepTool(callee, tools)) collectTriggerEvents(options, tools, heard);
    return;
  }
  // Generous on this side: a receiver whose type the checker cannot tell still registers functions,
  // since counting one consumer too many can only keep a warning quiet.
  if (!isInngestClient(callee.expression, tools, true)) return;
  const [first, second] = call.arguments;
  if (!first) return;
  const options = skipOuterExpressions(first);
  if (tsm.isObjectLiteralExpression(options)) {
    for (const key of INNGEST_EVENTS.hearingOptions) {
      const value = getPropertyValue(options, key);
      if (value === 'unknown') heard.unresolved++;
      else if (value) collectTriggerEvents(value, tools, heard);
    }
  } else {
    // Options built elsewhere (`createFunction(config, handler)`): their declared type says what they hold.
    const type = tools.checker.getTypeAtLocation(options);
    if (isAnyOrUnknown(type)) heard.unresolved++;
    else {
      for (const key of INNGEST_EVENTS.hearingOptions) {
        const property = type.getProperty(key);
        if (property) collectTriggerTypes(tools.checker.getTypeOfSymbolAtLocation(property, options), options, tools, heard);
      }
    }
  }
  // v3: `createFunction({ id }, { event } | [{ event }, { cron }], handler)`.
  if (call.arguments.length >= 3 && second && !tsm.isFunctionLike(second)) collectTriggerEvents(second, tools, heard);
}

/** A trigger (`{ event }`, `{ cron }`, an `eventType(...)` object) or a list of them. */
function collectTriggerEvents(node: ts.Expression, tools: Checked, heard: { patterns: string[]; unresolved: number }): void {
  const tsm = getTs();
  const expression = skipOuterExpressions(node);
  if (tsm.isArrayLiteralExpression(expression)) {
    for (const element of expression.elements) {
      if (tsm.isSpreadElement(element)) collectTriggerTypes(tools.checker.getTypeAtLocation(element.expression), element, tools, heard);
      else if (!tsm.isOmittedExpression(element)) collectTriggerEvents(element, tools, heard);
    }
    return;
  }
  if (tsm.isObjectLiteralExpression(expression) && !expression.properties.some(tsm.isSpreadAssignment)) {
    const event = getPropertyValue(expression, 'event');
    // No `event` key: a `{ cron }` schedule, which no sent event triggers.
    if (!event) return;
    // `{ event: undefined }` names no event (and does not type-check): nothing is heard.
    if (event !== 'unknown' && isNullish(event)) return;
    const names = event === 'unknown' ? undefined : getEventNames(event, tools);
    if (names) heard.patterns.push(...names);
    else heard.unresolved++;
    return;
  }
  collectTriggerTypes(tools.checker.getTypeAtLocation(expression), expression, tools, heard);
}

/** The same reading on a type: `const triggers = [userCreated] as const`, `eventType('user.created')`. */
function collectTriggerTypes(type: ts.Type, at: ts.Node, tools: Checked, heard: { patterns: string[]; unresolved: number }, depth = 0): void {
  const { checker } = tools;
  if (depth > 3 || isAnyOrUnknown(type)) {
    heard.unresolved++;
    return;
  }
  if (type.isUnion()) {
    for (const member of type.types) collectTriggerTypes(member, at, tools, heard, depth + 1);
    return;
  }
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    for (const element of checker.getTypeArguments(type as ts.TypeReference)) collectTriggerTypes(element, at, tools, heard, depth + 1);
    return;
  }
  const event = type.getProperty('event');
  if (!event) return;
  const names = getLiteralStrings(checker.getTypeOfSymbolAtLocation(event, at));
  if (names) heard.patterns.push(...names);
  else heard.unresolved++;
}

/** The names a send's payload carries: `{ name }`, `[{ name }, ...]`, or a value whose type has a literal `name`. */
function collectSentNames(node: ts.Expression, tools: TypeTools, sent: SentEvent[]): void {
  const tsm = getTs();
  const expression = skipOuterExpressions(node);
  if (tsm.isArrayLiteralExpression(expression)) {
    for (const element of expression.elements) if (!tsm.isSpreadElement(element) && !tsm.isOmittedExpression(element)) collectSentNames(element, tools, sent);
    return;
  }
  if (tsm.isObjectLiteralExpression(expression)) {
    const name = getPropertyValue(expression, 'name');
    // A name the checker cannot pin to one string (a template with `${}`, a `let`) is not judged.
    const values = name && name !== 'unknown' ? getStringValues(name, tools) : undefined;
    const only = values?.length === 1 ? values[0] : undefined;
    if (name && name !== 'unknown' && only !== undefined) sent.push({ name: only, node: name });
    return;
  }
  // `inngest.send(userCreated.create(data))`: the created event's type names it.
  const type = tools.checker.getTypeAtLocation(expression);
  const property = type.isUnion() ? undefined : type.getProperty('name');
  const values = property ? getLiteralStrings(tools.checker.getTypeOfSymbolAtLocation(property, expression)) : undefined;
  const only = values?.length === 1 ? values[0] : undefined;
  if (only !== undefined) sent.push({ name: only, node: expression });
}

/** The value of an object literal's property; `'unknown'` when a spread or a computed key may set it. */
function getPropertyValue(expression: ts.ObjectLiteralExpression, key: string): ts.Expression | 'unknown' | undefined {
  const tsm = getTs();
  let value: ts.Expression | 'unknown' | undefined;
  for (const property of expression.properties) {
    if (tsm.isSpreadAssignment(property)) {
      value = 'unknown';
      continue;
    }
    const name = getPropertyName(property.name);
    if (name === undefined) {
      if (tsm.isComputedPropertyName(property.name)) value = 'unknown';
      continue;
    }
    if (name !== key) continue;
    if (tsm.isPropertyAssignment(property)) value = property.initializer;
    else if (tsm.isShorthandPropertyAssignment(property)) value = property.name;
    else value = 'unknown';
  }
  return value;
}

function getPropertyName(name: ts.PropertyName): string | undefined {
  const tsm = getTs();
  if (tsm.isIdentifier(name) || tsm.isStringLiteral(name) || tsm.isNoSubstitutionTemplateLiteral(name)) return name.text;
  // `{ ['event']: 'x' }`: a computed key that is a literal is that name.
  if (tsm.isComputedPropertyName(name) && (tsm.isStringLiteral(name.expression) || tsm.isNoSubstitutionTemplateLiteral(name.expression))) return name.expression.text;
  return undefined;
}

/** A string literal, a no-substitution template, or anything whose type is string literals (a `const`). */
function getStringValues(node: ts.Expression, tools: Checked): string[] | undefined {
  const tsm = getTs();
  const expression = skipOuterExpressions(node);
  if (tsm.isStringLiteral(expression) || tsm.isNoSubstitutionTemplateLiteral(expression)) return [expression.text];
  return getLiteralStrings(tools.checker.getTypeAtLocation(expression));
}

/** A trigger's `event`: a name, or an `eventType(...)` object (`cancelOn: [{ event: userDeleted }]`). */
function getEventNames(node: ts.Expression, tools: Checked): string[] | undefined {
  const names = getStringValues(node, tools);
  if (names) return names;
  const type = tools.checker.getTypeAtLocation(node);
  const property = type.isUnion() ? undefined : type.getProperty('name');
  return property ? getLiteralStrings(tools.checker.getTypeOfSymbolAtLocation(property, node)) : undefined;
}

function getLiteralStrings(type: ts.Type): string[] | undefined {
  const members = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const member of members) {
    if (!member.isStringLiteral()) return undefined;
    values.push(member.value);
  }
  return values.length > 0 ? values : undefined;
}

function skipOuterExpressions(node: ts.Expression): ts.Expression {
  const tsm = getTs();
  let expression = node;
  while (
    tsm.isParenthesizedExpression(expression) ||
    tsm.isAsExpression(expression) ||
    tsm.isSatisfiesExpression(expression) ||
    tsm.isNonNullExpression(expression) ||
    tsm.isTypeAssertionExpression(expression)
  ) {
    expression = expression.expression;
  }
  return expression;
}

function isNullish(node: ts.Expression): boolean {
  const tsm = getTs();
  const expression = skipOuterExpressions(node);
  return expression.kind === tsm.SyntaxKind.NullKeyword || (tsm.isIdentifier(expression) && expression.text === 'undefined');
}

function isAnyOrUnknown(type: ts.Type): boolean {
  const tsm = getTs();
  return (type.flags & (tsm.TypeFlags.Any | tsm.TypeFlags.Unknown)) !== 0;
}

function getRootName(node: ts.Expression): string {
  const tsm = getTs();
  const expression = skipOuterExpressions(node);
  if (tsm.isIdentifier(expression)) return expression.text;
  if (tsm.isPropertyAccessExpression(expression)) return expression.name.text;
  return '';
}

/** `inngest` in `inngest.send`: an `Inngest` by declared type, or, with no type to tell, by name. */
function isInngestClient(receiver: ts.Expression, tools: Checked, anyNameWithoutType = false): boolean {
  const { checker, program } = tools;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(receiver));
  if (isAnyOrUnknown(type)) return anyNameWithoutType || INNGEST_EVENTS.clientNames.test(getRootName(receiver));
  return typeMatches(type, INNGEST_EVENTS.client, program);
}

/** `step.sendEvent`, `step.waitForEvent`: the method is declared by the inngest package, or, with no type, the receiver is `step`. */
function isStepTool(callee: ts.PropertyAccessExpression, tools: Checked): boolean {
  const tsm = getTs();
  const { checker, program } = tools;
  const receiverType = checker.getTypeAtLocation(callee.expression);
  if (isAnyOrUnknown(receiverType)) return INNGEST_EVENTS.stepNames.test(getRootName(callee.expression));
  let symbol = checker.getSymbolAtLocation(callee.name);
  if (symbol && symbol.flags & tsm.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (!symbol) return false;
  // The step tools are an anonymous object type: the method's own declaration says where it comes from.
  const standIn = { flags: tsm.TypeFlags.Object, getSymbol: () => symbol, aliasSymbol: undefined } as unknown as ts.Type;
  return typeMatches(standIn, { from: 'package', package: INNGEST_EVENTS.package, name: callee.name.text }, program);
}
