import ts from './typescript.cjs';
import { ModifierFlags, SymbolFlags, SyntaxKind } from './ts-enums.js';

import { DELIVERY_CLIENTS, HAND_OFF_CLIENTS, QUEUE_SERVE_SOURCES } from './catalogue.js';
import { getTsCallee } from './match-client.js';
import type { CallSummary, FunctionRef } from './model.js';
import { isLibraryImport, registerProgram, symbolOfImport, symbolOfName } from './path-mapped-imports.js';
import { getRootOrigin } from './summarize.js';
import { isFunctionWithBody } from './views/typescript.js';

// Resolving a call's target with the checker: the function of the program a call runs, asked of
// the checker only when names and declarations say the answer could be a function of the program.

/** The declaration with a body that a call runs, when it is in the program's own files. */
export function resolveWithChecker(call: CallSummary, checker: ts.TypeChecker, program: ts.Program): FunctionRef | undefined {
  const callee = getTsCallee(call);
  if (!callee || (call.tsNode && ts.isTaggedTemplateExpression(call.tsNode))) return undefined;
  const at = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isElementAccessExpression(callee) ? callee.argumentExpression : callee;
  // Syntax and names before types: the symbol of a method needs the type of its receiver, which for
  // a query builder (`db.select().from(t).where(...)`) costs hundreds of milliseconds in a fresh
  // checker. A receiver rooted in a library value cannot lead to a function of the program.
  if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
    // Names before that: a member no file of the program declares under this name cannot be one of its functions.
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isStringLiteralLike(callee.argumentExpression) ? callee.argumentExpression.text : undefined;
    if (name !== undefined && !isDeclaredInProgram(name, program)) return undefined;
    if (isLibraryExpression(callee.expression, checker, program, name)) return undefined;
  }
  registerProgram(checker, program);
  let symbol: ts.Symbol | undefined;
  if (ts.isIdentifier(callee)) {
    const imported = importedSymbolOf(call, checker, program);
    if (imported === null) return undefined;
    symbol = imported ?? symbolOfName(callee, checker);
  } else {
    symbol = checker.getSymbolAtLocation(at);
  }
  if (!symbol) return undefined;
  if (symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  // Every handler that calls a helper asks about the same symbol: one answer per symbol and program.
  const functions = functionsOfSymbols(program);
  let ref = functions.get(symbol);
  if (ref === undefined) functions.set(symbol, (ref = functionOfSymbol(symbol, checker, program) ?? null));
  return ref ?? undefined;
}

/** Per program (a new one may bind a changed file's symbols anew, or read an alias differently): the function each symbol runs. */
const functionsByProgram = new WeakMap<ts.Program, WeakMap<ts.Symbol, FunctionRef | null>>();
let lastProgram: { program: ts.Program; functions: WeakMap<ts.Symbol, FunctionRef | null> } | undefined;

function functionsOfSymbols(program: ts.Program): WeakMap<ts.Symbol, FunctionRef | null> {
  if (lastProgram?.program === program) return lastProgram.functions;
  let functions = functionsByProgram.get(program);
  if (!functions) functionsByProgram.set(program, (functions = new WeakMap()));
  lastProgram = { program, functions };
  return functions;
}

function functionOfSymbol(symbol: ts.Symbol, checker: ts.TypeChecker, program: ts.Program): FunctionRef | undefined {
  for (const declaration of symbol.declarations ?? []) {
    const fn = functionOfDeclaration(declaration, checker);
    if (!fn) continue;
    const sourceFile = fn.getSourceFile();
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) return undefined;
    return { kind: 'ts', node: fn, name: symbol.name, fileName: sourceFile.fileName };
  }
  return undefined;
}

/**
 * A bare call of a function the file imports under its own name (`import { notify } from '@/lib/notify'`),
 * through a path-mapped import: the syntax already says which import the name binds (the scope manager
 * found it), so the checker is asked neither for the binding nor for what the import resolves to.
 * Null when the import resolves into a library (`import { eq } from 'drizzle-orm'`): no function of
 * the program can be its target, and the checker need not resolve the import in this file to say so.
 */
function importedSymbolOf(call: CallSummary, checker: ts.TypeChecker, program: ts.Program): ts.Symbol | null | undefined {
  if (call.chain.length !== 2 || call.chain[0]?.kind !== 'root') return undefined;
  const origin = getRootOrigin(call);
  const imported = origin?.importedName;
  if (origin?.importSource === undefined || origin.factoryName !== undefined || imported === undefined || imported !== call.names[0]) return undefined;
  const known = symbolOfImport(checker, origin.importSource, imported);
  if (known) return known;
  const file = call.tsNode?.getSourceFile();
  return file && isLibraryImport(program, file, origin.importSource) ? null : undefined;
}

// Whether the program's own files declare a function under a name, so that a member call
// (`rows.map`, `prisma.user.findUnique`) is asked about only when one of them could be its target.
// Asking the checker for a method's symbol infers its receiver's type: 1-450 ms each in a fresh
// checker, about 2 s of a typed lint of a real app, where almost every member call is a library's.
// Few names are asked (9 in the bench's corpus, 169 in a real app of 1,200 files), so each is
// answered on its own, from the files whose text can declare it, instead of walking every file.
const declaredNamesByFile = new WeakMap<ts.SourceFile, ReadonlySet<string>>();
const declaredNamesByText = new Map<string, { text: string; names: ReadonlySet<string> }>();
const answersByProgram = new WeakMap<ts.Program, NameAnswers>();
const mustWalk = new WeakMap<ts.SourceFile, boolean>();

/** A program's answers, and what it inherits from the program before it (an editor's last). */
interface NameAnswers {
  files: readonly ts.SourceFile[];
  answers: Map<string, boolean>;
  inherited?: { answers: ReadonlyMap<string, boolean>; changed: readonly ts.SourceFile[] };
}
let latestAnswers: NameAnswers | undefined;

/** Whether a file of the program (not a library's) declares something a member call by this name could run. */
export function isDeclaredInProgram(name: string, program: ts.Program): boolean {
  let state = answersByProgram.get(program);
  if (!state) answersByProgram.set(program, (state = newNameAnswers(program)));
  latestAnswers = state;
  let answer = state.answers.get(name);
  if (answer === undefined) {
    const { inherited } = state;
    const before = inherited?.answers.get(name);
    // A name declared before still counts (an edit that removed it only means the checker may be
    // asked); one that was not needs a look at the changed files alone.
    const files = before === false && inherited ? inherited.changed : getProjectSourceFiles(program);
    answer = before === true || files.some((file) => declaresName(file, name));
    state.answers.set(name, answer);
  }
  return answer;
}

/**
 * An editor builds a new program for every edit, with the same `SourceFile` objects for the files
 * that did not change: the new program keeps the last one's answers, and looks again only at the
 * files that changed. A file added or removed starts afresh.
 */
function newNameAnswers(program: ts.Program): NameAnswers {
  const files = program.getSourceFiles();
  const state: NameAnswers = { files, answers: new Map() };
  const previous = latestAnswers;
  if (previous?.files.length === files.length) {
    const changed = files.filter((file, i) => file !== previous.files[i] && !isLibraryFile(file, program) && !isTestFile(file.fileName));
    state.inherited = { answers: previous.answers, changed };
  }
  return state;
}

/**
 * Whether a file declares a function under this name (see `declaredNamesOf`), read from its text
 * first. The parser records every name a file spells (identifiers, private names, literal property
 * names: `identifiers`, internal to TypeScript): a file without the name cannot declare it, and
 * one where it only follows a `.` (`NextResponse.json`) uses a member by that name without
 * declaring one. Only the other files are walked. A file whose names the text may not show is
 * always walked: a computed key (`['send']() {}`, not recorded) or a unicode escape (`sen\u0064`).
 */
function declaresName(file: ts.SourceFile, name: string): boolean {
  // Any module may have a default export (`export default` spells no name).
  if (name === 'default') return true;
  const identifiers = identifiersOf(file);
  let walk = mustWalk.get(file);
  if (walk === undefined) mustWalk.set(file, (walk = !identifiers || file.text.includes('\\u') || /\[\s*['"`]/.test(file.text)));
  if (!walk && identifiers && (!identifiers.has(name) || isOnlyMemberName(file.text, name))) return false;
  return declaredNamesOf(file).has(name);
}

function identifiersOf(file: ts.SourceFile): ReadonlyMap<string, string> | undefined {
  const { identifiers } = file as { identifiers?: unknown };
  return identifiers instanceof Map ? (identifiers as ReadonlyMap<string, string>) : undefined;
}

/** Whether every occurrence of `name` as a whole word in `text` follows a `.` (a member access or a spread), and there is one. */
function isOnlyMemberName(text: string, name: string): boolean {
  let found = false;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + name.length);
    if (isAsciiNamePart(before) || isAsciiNamePart(after)) continue;
    // A letter of another script may make it part of a longer name, or not: the walk decides.
    if (before > 127 || after > 127) return false;
    let i = at - 1;
    while (i >= 0 && isAsciiSpace(text.charCodeAt(i))) i--;
    // `1.` then a name on the next line is a number's dot, not a member access.
    if (text.charCodeAt(i) !== 46 || isDigit(text.charCodeAt(i - 1))) return false;
    found = true;
  }
  return found;
}

function isAsciiNamePart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isDigit(code) || code === 95 || code === 36;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

const projectFiles = new WeakMap<ts.Program, readonly ts.SourceFile[]>();

/** The program's own source files that a handler can run code of: not a library's, not a test file (memoised per program). */
export function getProjectSourceFiles(program: ts.Program): readonly ts.SourceFile[] {
  let files = projectFiles.get(program);
  if (!files) projectFiles.set(program, (files = program.getSourceFiles().filter((file) => !isLibraryFile(file, program) && !isTestFile(file.fileName))));
  return files;
}

/**
 * The names under which a file declares what `functionOfDeclaration` can follow from a member's
 * symbol: functions, methods and accessors, properties whose value is a function or names one,
 * shorthand properties, module-level variables (a namespace import's members), export names.
 * Walked once per source file: the editor's next program shares the files that did not change.
 */
function declaredNamesOf(file: ts.SourceFile): ReadonlySet<string> {
  const cached = declaredNamesByFile.get(file);
  if (cached) return cached;
  // Two programs of a monorepo (or an editor's programs) may each hold their own object for the same text.
  const same = declaredNamesByText.get(file.fileName);
  if (same?.text === file.text) {
    declaredNamesByFile.set(file, same.names);
    return same.names;
  }
  const names = new Set<string>(['default']);
  const add = (name: ts.Node | undefined): void => {
    const text = declaredNameText(name);
    if (text !== undefined) names.add(text);
  };
  // Every declaration collected below, or its object literal or class, contains a `{` but for a
  // module-level variable and the declarations themselves: below a node whose text has none there is
  // nothing to collect. Nodes come in source order, so the next `{` is searched for once per stretch.
  const { text } = file;
  let nextBrace = -1;
  const containsBrace = (node: ts.Node): boolean => {
    if (nextBrace !== Infinity && nextBrace < node.pos) {
      const at = text.indexOf('{', node.pos);
      nextBrace = at === -1 ? Infinity : at;
    }
    return nextBrace < node.end;
  };
  // One switch per node (this walk reads every file of the program once): about twice as fast as a predicate per kind.
  const visit = (node: ts.Node): void => {
    const { kind } = node;
    // Tokens, identifiers and literals have no children.
    if (kind < SyntaxKind.FirstNode) return;
    switch (kind) {
      case SyntaxKind.FunctionDeclaration:
      case SyntaxKind.MethodDeclaration:
      case SyntaxKind.GetAccessor:
      case SyntaxKind.SetAccessor:
      case SyntaxKind.ShorthandPropertyAssignment:
      case SyntaxKind.ExportSpecifier:
        add((node as ts.NamedDeclaration).name);
        break;
      case SyntaxKind.PropertyAssignment:
      case SyntaxKind.PropertyDeclaration:
        if (mayBeFunctionValue((node as ts.PropertyAssignment | ts.PropertyDeclaration).initializer)) add((node as ts.NamedDeclaration).name);
        break;
      case SyntaxKind.VariableStatement:
        if (isModuleLevel(node as ts.VariableStatement)) for (const declaration of (node as ts.VariableStatement).declarationList.declarations) add(declaration.name);
        break;
      // Types and imports declare no function with a body: most of a typed file's nodes are skipped.
      case SyntaxKind.ImportDeclaration:
      case SyntaxKind.InterfaceDeclaration:
      case SyntaxKind.TypeAliasDeclaration:
        return;
      default:
        if (ts.isTypeNode(node)) return;
    }
    if (containsBrace(node)) ts.forEachChild(node, visit);
  };
  visit(file);
  declaredNamesByFile.set(file, names);
  declaredNamesByText.set(file.fileName, { text: file.text, names });
  return names;
}

/** A test file (`*.test.ts`, `*.spec.tsx`, under `__tests__/`): no handler runs a function it declares. */
function isTestFile(fileName: string): boolean {
  return /\.(test|spec)\.[cm]?[jt]sx?$/.test(fileName) || /[\\/]__tests__[\\/]/.test(fileName);
}

function mayBeFunctionValue(initializer: ts.Expression | undefined): boolean {
  if (!initializer) return false;
  const value = skipOuterExpressions(initializer);
  return ts.isArrowFunction(value) || ts.isFunctionExpression(value) || ts.isIdentifier(value);
}

function isModuleLevel(statement: ts.Statement): boolean {
  return ts.isSourceFile(statement.parent) || ts.isModuleBlock(statement.parent);
}

function declaredNameText(name: ts.Node | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

function functionOfDeclaration(declaration: ts.Declaration, checker: ts.TypeChecker, depth = 0): ts.SignatureDeclaration | undefined {
  if (isFunctionWithBody(declaration)) return declaration;
  let initializer: ts.Expression | undefined;
  if (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) {
    initializer = declaration.initializer;
  } else if (ts.isShorthandPropertyAssignment(declaration) && depth < 3) {
    const value = checker.getShorthandAssignmentValueSymbol(declaration);
    const next = value?.valueDeclaration ?? value?.declarations?.[0];
    return next ? functionOfDeclaration(next, checker, depth + 1) : undefined;
  } else if (ts.isExportAssignment(declaration)) {
    initializer = declaration.expression;
  }
  while (initializer && (ts.isParenthesizedExpression(initializer) || ts.isAsExpression(initializer) || ts.isSatisfiesExpression(initializer))) {
    initializer = initializer.expression;
  }
  if (initializer && (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer))) return initializer;
  if (initializer && ts.isIdentifier(initializer) && depth < 3) {
    let symbol = checker.getSymbolAtLocation(initializer);
    if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const next = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    return next ? functionOfDeclaration(next, checker, depth + 1) : undefined;
  }
  return undefined;
}

function isLibraryFile(sourceFile: ts.SourceFile, program: ts.Program): boolean {
  return sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile);
}

function skipOuterExpressions(node: ts.Expression): ts.Expression {
  let current = node;
  while (ts.isParenthesizedExpression(current) || ts.isAwaitExpression(current) || ts.isAsExpression(current) || ts.isSatisfiesExpression(current) || ts.isNonNullExpression(current)) {
    current = current.expression;
  }
  return current;
}

/** The declaration a symbol stands for, through imports (name resolution only, no type inference). */
function declarationOfSymbol(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): ts.Declaration | undefined {
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
}

function isLibraryTypeReference(typeNode: ts.TypeNode, checker: ts.TypeChecker, program: ts.Program): boolean {
  if (!ts.isTypeReferenceNode(typeNode)) return false;
  const name = ts.isQualifiedName(typeNode.typeName) ? typeNode.typeName.right : typeNode.typeName;
  let symbol = checker.getSymbolAtLocation(name);
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declarations = symbol?.declarations ?? [];
  return declarations.length > 0 && declarations.every((d) => isLibraryFile(d.getSourceFile(), program));
}

/**
 * Whether an argument could carry a function of the program into a library call (DI tokens,
 * wrapped objects), to come back as `member` when that is given. An object literal gives back its
 * functions under their own keys (`Object.freeze({ notify }).notify`): one that never spells the
 * member cannot give it back, but the values it names still may (`{ service: NotifierService }`).
 */
function mayCarryProjectFunctions(arg: ts.Expression, checker: ts.TypeChecker, program: ts.Program, member?: string): boolean {
  const node = skipOuterExpressions(arg);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node)) return true;
  if (ts.isObjectLiteralExpression(node)) {
    // `task({ id, run: async () => {...} }).trigger(...)`: the inline functions come back as `run` only.
    const spellsMember = member === undefined || node.getText().includes(member);
    return node.properties.some((p) => {
      if (ts.isPropertyAssignment(p)) return spellsMember || !isInlineFunction(p.initializer) ? mayCarryProjectFunctions(p.initializer, checker, program, member) : false;
      if (!spellsMember && (ts.isMethodDeclaration(p) || ts.isAccessor(p))) return false;
      if (ts.isSpreadAssignment(p)) return mayCarryProjectFunctions(p.expression, checker, program, member);
      if (ts.isShorthandPropertyAssignment(p)) return mayHoldProjectFunctions(checker.getShorthandAssignmentValueSymbol(p), checker, program);
      return true;
    });
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.some((e) => mayCarryProjectFunctions(e, checker, program, member));
  return ts.isIdentifier(node) && mayHoldProjectFunctions(checker.getSymbolAtLocation(node), checker, program);
}

/** Whether a value of the program may hold its functions: a function, a class, an object, or a module exporting one. */
function mayHoldProjectFunctions(symbol: ts.Symbol | undefined, checker: ts.TypeChecker, program: ts.Program, inModule = false, depth = 0): boolean {
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!symbol || !declaration || isLibraryFile(declaration.getSourceFile(), program)) return false;
  if (ts.isSourceFile(declaration)) {
    // `import * as schema from './schema'`: a namespace holds functions when the module exports some.
    return !inModule && checker.getExportsOfModule(symbol).some((s) => mayHoldProjectFunctions(s, checker, program, true));
  }
  if (ts.isClassDeclaration(declaration) || ts.isFunctionDeclaration(declaration)) return true;
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return false;
  return mayHoldFunctionValue(declaration.initializer, checker, program, depth);
}

/**
 * Whether an initial value may be or hold a function of the program. A call's result and a
 * literal are taken not to, nor what comparisons, arithmetic and `!` make; a fallback or a
 * condition may if one of its sides may (`supportedType || getExtension(name)` does not); a name,
 * if what it names may; anything else may.
 */
function mayHoldFunctionValue(value: ts.Expression, checker: ts.TypeChecker, program: ts.Program, depth: number): boolean {
  const node = skipOuterExpressions(value);
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isLiteralExpression(node) || ts.isTemplateExpression(node)) return false;
  if (ts.isPrefixUnaryExpression(node) || ts.isTypeOfExpression(node) || node.kind === SyntaxKind.TrueKeyword || node.kind === SyntaxKind.FalseKeyword || node.kind === SyntaxKind.NullKeyword) return false;
  if (depth > 3) return true;
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (isFallbackOperator(operator) || operator === SyntaxKind.AmpersandAmpersandToken) {
      return mayHoldFunctionValue(node.left, checker, program, depth + 1) || mayHoldFunctionValue(node.right, checker, program, depth + 1);
    }
    if (operator === SyntaxKind.CommaToken || operator === SyntaxKind.EqualsToken) return mayHoldFunctionValue(node.right, checker, program, depth + 1);
    // Comparisons, arithmetic, `in`, `instanceof`: a boolean, a number or a string.
    return operator >= SyntaxKind.FirstAssignment && operator <= SyntaxKind.LastAssignment;
  }
  if (ts.isConditionalExpression(node)) {
    return mayHoldFunctionValue(node.whenTrue, checker, program, depth + 1) || mayHoldFunctionValue(node.whenFalse, checker, program, depth + 1);
  }
  if (ts.isIdentifier(node)) return mayHoldProjectFunctions(checker.getSymbolAtLocation(node), checker, program, false, depth + 1);
  return true;
}

/**
 * Whether an expression's value comes from a library, judged from names and declarations only
 * (no type inference): its chain starts at a library import or global (`NextResponse`, `Promise`),
 * at a parameter or variable annotated with a library type (`req: NextApiRequest`), at a variable
 * made by a library call or constructor (`db = drizzle(...)`, `resend = new Resend()`,
 * `rows = await db.select()...`), or at the callback parameter of a library call
 * (`db.transaction(async (tx) => ...)`), and no argument along the way can carry a function of the
 * program (`container.get(NotifierService)` and `Object.freeze({ notify })` are still asked about).
 */
export function isLibraryExpression(expression: ts.Expression, checker: ts.TypeChecker, program: ts.Program, member?: string, depth = 0): boolean {
  let node = skipOuterExpressions(expression);
  // Whether the root identifier is called (`prismaClientSingleton()`), not read.
  let called = false;
  for (;;) {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      if ((node.arguments ?? []).some((a) => mayCarryProjectFunctions(a, checker, program, member))) return false;
      called = ts.isCallExpression(node);
      node = skipOuterExpressions(node.expression);
    } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      called = false;
      node = skipOuterExpressions(node.expression);
    } else {
      break;
    }
  }
  if (!ts.isIdentifier(node) || depth > 3) return false;
  const declaration = declarationOfSymbol(checker.getSymbolAtLocation(node), checker);
  if (!declaration) return false;
  if (isLibraryFile(declaration.getSourceFile(), program)) return true;
  // A factory of the program that returns a library's value (Prisma's Next.js singleton,
  // `const prismaClientSingleton = () => new PrismaClient()`): its call's result is that value.
  const factory = called ? functionValueOf(declaration) : undefined;
  if (factory) return returnsLibraryValue(factory, checker, program, member, depth + 1);
  if ((ts.isParameter(declaration) || ts.isVariableDeclaration(declaration)) && declaration.type) {
    return isLibraryTypeReference(declaration.type, checker, program);
  }
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) return isLibraryValue(declaration.initializer, checker, program, member, depth + 1);
  if (ts.isParameter(declaration) && ts.isIdentifier(declaration.name)) {
    // The callback parameter of a library call: its value comes from the library.
    let fn: ts.Node = declaration.parent;
    while (ts.isParenthesizedExpression(fn.parent)) fn = fn.parent;
    const call = fn.parent;
    if ((ts.isArrowFunction(declaration.parent) || ts.isFunctionExpression(declaration.parent)) && ts.isCallExpression(call) && call.arguments.includes(fn as ts.Expression)) {
      const others = call.arguments.filter((a) => a !== fn);
      if (!others.some((a) => mayCarryProjectFunctions(a, checker, program, member)) && isLibraryExpression(call.expression, checker, program, member, depth + 1)) return true;
      // The callback of a project function (`withAuth(async (request) => ...)`) whose declared
      // parameter types the callback's parameter with a library type (`(request: NextRequest) => ...`).
      const declared = getDeclaredCallbackParameterType(declaration, checker);
      return declared !== undefined && isLibraryTypeReference(declared, checker, program);
    }
  }
  return false;
}

/** The function a declaration gives its name: a function declaration, or a variable initialised with an arrow or function expression. */
function functionValueOf(declaration: ts.Declaration): ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | undefined {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  const value = skipOuterExpressions(declaration.initializer);
  return ts.isArrowFunction(value) || ts.isFunctionExpression(value) ? value : undefined;
}

/**
 * Whether every value a function returns comes from a library (see `isLibraryValue`). Not an async
 * function or a generator (their call returns a promise or an iterator of it), and not one that may
 * end with a bare `return`.
 */
function returnsLibraryValue(fn: ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression, checker: ts.TypeChecker, program: ts.Program, member: string | undefined, depth: number): boolean {
  if (!fn.body || fn.asteriskToken || ts.getCombinedModifierFlags(fn) & ModifierFlags.Async) return false;
  if (!ts.isBlock(fn.body)) return isLibraryOperand(fn.body, checker, program, member, depth);
  // What each `return` returns; undefined for a bare `return`.
  const returned: (ts.Expression | undefined)[] = [];
  const visit = (node: ts.Node): void => {
    // A nested function's or class's returns are its own.
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isReturnStatement(node)) {
      returned.push(node.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return returned.length > 0 && returned.every((value) => value !== undefined && isLibraryOperand(value, checker, program, member, depth));
}

/**
 * Whether a variable's initial value comes from a library: a library call or constructor, or each
 * side of a fallback (`global.prisma || new PrismaClient()`, `cached ?? createClient()`, `a ? b : c`).
 */
function isLibraryValue(initializer: ts.Expression, checker: ts.TypeChecker, program: ts.Program, member: string | undefined, depth: number): boolean {
  const init = skipOuterExpressions(initializer);
  if (ts.isCallExpression(init) || ts.isNewExpression(init)) return isLibraryExpression(init, checker, program, member, depth);
  if (ts.isBinaryExpression(init) && isFallbackOperator(init.operatorToken.kind)) {
    return isLibraryOperand(init.left, checker, program, member, depth) && isLibraryOperand(init.right, checker, program, member, depth);
  }
  if (ts.isConditionalExpression(init)) return isLibraryOperand(init.whenTrue, checker, program, member, depth) && isLibraryOperand(init.whenFalse, checker, program, member, depth);
  return false;
}

/** One side of a fallback: a library value, or a member of a library global (`global.prisma`, `globalThis.redis`). */
function isLibraryOperand(operand: ts.Expression, checker: ts.TypeChecker, program: ts.Program, member: string | undefined, depth: number): boolean {
  const node = skipOuterExpressions(operand);
  if (ts.isPropertyAccessExpression(node) || ts.isIdentifier(node)) return isLibraryExpression(node, checker, program, member, depth);
  return isLibraryValue(node, checker, program, member, depth);
}

function isInlineFunction(node: ts.Expression): boolean {
  const value = skipOuterExpressions(node);
  return ts.isArrowFunction(value) || ts.isFunctionExpression(value);
}

function isFallbackOperator(kind: ts.SyntaxKind): boolean {
  return kind === SyntaxKind.BarBarToken || kind === SyntaxKind.QuestionQuestionToken;
}

/**
 * The type annotation of an unannotated callback parameter, as the declaration of the function the
 * callback is passed to gives it (`withAuth(async (request, session) => ...)` with `withAuth(handler:
 * (request: NextRequest, session: Session) => ...)`), read by name: nothing is inferred.
 */
export function getDeclaredCallbackParameterType(parameter: ts.ParameterDeclaration, checker: ts.TypeChecker): ts.TypeNode | undefined {
  const fn = parameter.parent;
  if (parameter.type || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return undefined;
  let argument: ts.Node = fn;
  while (ts.isParenthesizedExpression(argument.parent)) argument = argument.parent;
  const call = argument.parent;
  if (!ts.isCallExpression(call)) return undefined;
  return declaredCallbackParameterType(call, call.arguments.indexOf(argument as ts.Expression), fn.parameters.indexOf(parameter), checker);
}

/**
 * The type annotation that a called function's declaration gives to a parameter of the callback
 * passed at `argIndex` (`withAuth(handler: AuthedHandler)` with `type AuthedHandler = (request:
 * NextRequest) => ...`), read from declarations only: the callee and type aliases are resolved by
 * name, nothing is inferred.
 */
function declaredCallbackParameterType(call: ts.CallExpression, argIndex: number, paramIndex: number, checker: ts.TypeChecker): ts.TypeNode | undefined {
  const callee = skipOuterExpressions(call.expression);
  if (!ts.isIdentifier(callee) || argIndex < 0 || paramIndex < 0) return undefined;
  const declaration = declarationOfSymbol(checker.getSymbolAtLocation(callee), checker);
  let fn: ts.SignatureDeclaration | undefined;
  if (declaration && ts.isFunctionDeclaration(declaration)) fn = declaration;
  else if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
    const init = skipOuterExpressions(declaration.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) fn = init;
  }
  let type = fn?.parameters[argIndex]?.type;
  for (let depth = 0; type && depth < 3; depth++) {
    if (ts.isFunctionTypeNode(type)) return type.parameters[paramIndex]?.type;
    if (ts.isParenthesizedTypeNode(type)) type = type.type;
    else if (ts.isTypeReferenceNode(type) && !type.typeArguments) {
      const alias = declarationOfSymbol(checker.getSymbolAtLocation(ts.isQualifiedName(type.typeName) ? type.typeName.right : type.typeName), checker);
      type = alias && ts.isTypeAliasDeclaration(alias) && !alias.typeParameters ? alias.type : undefined;
    } else return undefined;
  }
  return undefined;
}

/** Packages the catalogue describes: their declarations are library facts, never judged by a helper's name. */
let cataloguePackages: Set<string> | undefined;

function getCataloguePackages(): Set<string> {
  cataloguePackages ??= new Set(
    [...DELIVERY_CLIENTS, ...HAND_OFF_CLIENTS].flatMap((entry) => entry.packages).concat([...QUEUE_SERVE_SOURCES], ['next']).map(packageRoot),
  );
  return cataloguePackages;
}

/** `next/server` → `next`, `@slack/web-api/dist/x` → `@slack/web-api`. */
function packageRoot(specifier: string): string {
  const parts = specifier.split('/');
  const first = parts[0] ?? specifier;
  return first.startsWith('@') ? parts.slice(0, 2).join('/') : first;
}

/** The npm package a file of `node_modules` belongs to (`@types/x` stands for `x`), or undefined. */
function packageOfFile(fileName: string): string | undefined {
  const normalized = fileName.replace(/\\/g, '/');
  const at = normalized.lastIndexOf('/node_modules/');
  if (at === -1) return undefined;
  const name = packageRoot(normalized.slice(at + '/node_modules/'.length));
  if (!name.startsWith('@types/')) return name;
  const inner = name.slice('@types/'.length);
  return inner.includes('__') ? `@${inner.replace('__', '/')}` : inner;
}

/**
 * Whether the checker gives a call no body to follow and nothing else to judge it by: the callee
 * is unresolved (a missing module, an `any` or error-typed receiver), or declared only without a
 * body, outside TypeScript's own libraries and the catalogue's packages (a monorepo package built
 * to `dist`, an SDK the catalogue does not know, a project interface's method). There, as without
 * types, the callee's name decides.
 */
export function hasNoBodyToFollow(call: CallSummary, tools: { checker: ts.TypeChecker; program: ts.Program }): boolean {
  const { checker, program } = tools;
  const callee = getTsCallee(call);
  if (!callee || (call.tsNode && ts.isTaggedTemplateExpression(call.tsNode))) return false;
  const at = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isElementAccessExpression(callee) ? callee.argumentExpression : callee;
  let symbol = checker.getSymbolAtLocation(at);
  if (symbol && symbol.flags & SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declarations = symbol?.declarations ?? [];
  if (declarations.length === 0) return true;
  return declarations.every((declaration) => {
    const sourceFile = declaration.getSourceFile();
    if (program.isSourceFileDefaultLibrary(sourceFile)) return false;
    const owner = packageOfFile(sourceFile.fileName);
    return owner === undefined || !getCataloguePackages().has(owner);
  });
}

/** Whether a call runs no function of the program and the checker gives it no body to follow (see {@link hasNoBodyToFollow}). */
export function hasNoBodyAtAll(call: CallSummary, tools: { checker: ts.TypeChecker; program: ts.Program }): boolean {
  return resolveWithChecker(call, tools.checker, tools.program) === undefined && hasNoBodyToFollow(call, tools);
}
