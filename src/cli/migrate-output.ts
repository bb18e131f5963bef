import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

import type { ResolvedOptions } from '../options.js';
import type { MovedEvent, WorkerImport } from './migrate-plan.js';

/** The first line of a functions module that migrate wrote. */
export const GENERATED_HEADER = '// Written by `async-notifications migrate`: notification work moved out of request handlers.';

/** Why migrate stops without writing anything: the project's files would not stay correct. */
export class MigrateConflict extends Error {
  override name = 'MigrateConflict';
}

/** How the project imports one of its files from another: its path alias, or a relative path. */
export interface ModuleResolver {
  specifier(fromFile: string, toFile: string): string;
}

/** Reads the project's tsconfig.json for a `paths` alias (`@/*` → `./*`) and whether imports need `.js`. */
export function createModuleResolver(cwd: string): ModuleResolver {
  const aliases: { prefix: string; dir: string }[] = [];
  let withJs = false;
  const configPath = path.join(cwd, 'tsconfig.json');
  if (existsSync(configPath)) {
    const { config } = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file)) as { config?: { compilerOptions?: Record<string, unknown> } };
    const compilerOptions = config?.compilerOptions ?? {};
    const baseDir = path.resolve(cwd, typeof compilerOptions.baseUrl === 'string' ? compilerOptions.baseUrl : '.');
    const paths = (compilerOptions.paths ?? {}) as Record<string, unknown>;
    for (const [pattern, targets] of Object.entries(paths)) {
      const target: unknown = Array.isArray(targets) ? targets[0] : undefined;
      if (!pattern.endsWith('/*') || typeof target !== 'string' || !target.endsWith('*')) continue;
      aliases.push({ prefix: pattern.slice(0, -1), dir: path.resolve(baseDir, target.slice(0, -1)) });
    }
    const setting = compilerOptions.moduleResolution ?? compilerOptions.module;
    const resolution = typeof setting === 'string' ? setting.toLowerCase() : '';
    withJs = resolution === 'node16' || resolution === 'nodenext';
  }
  return {
    specifier(fromFile, toFile) {
      const stem = toFile.replace(/\.(?:[cm]?[jt]sx?)$/, '');
      const ending = withJs ? '.js' : '';
      for (const alias of aliases) {
        const relative = path.relative(alias.dir, stem);
        if (!relative.startsWith('..') && !path.isAbsolute(relative)) return `${alias.prefix}${toPosix(relative)}${ending}`;
      }
      return `${relativeSpecifier(fromFile, stem)}${ending}`;
    },
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function relativeSpecifier(fromFile: string, toFile: string): string {
  const relative = toPosix(path.relative(path.dirname(fromFile), toFile));
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** The major version of the `inngest` package the project has installed, or undefined. */
export function installedInngestMajor(cwd: string): number | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', 'inngest', 'package.json');
    if (existsSync(manifest)) {
      const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string };
      const major = Number.parseInt(version ?? '', 10);
      return Number.isNaN(major) ? undefined : major;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** An event with its final name and the name of the Inngest function that consumes it. */
export interface NamedEvent extends MovedEvent {
  name: string;
  functionName: string;
}

/** `notification/post.liked` → `notifyPostLiked`, unique among `taken`. */
export function functionNameOf(eventName: string, prefix: string, taken: Set<string>): string {
  const bare = eventName.startsWith(prefix) ? eventName.slice(prefix.length) : eventName;
  const words = bare.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = `notify${words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;
  let candidate = name;
  for (let i = 2; taken.has(candidate); i++) candidate = `${name}${i}`;
  taken.add(candidate);
  return candidate;
}

function kebab(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** The functions module: new, or the existing one with the new functions and imports added. */
export function buildFunctionsModule(
  file: string,
  existing: string | undefined,
  events: readonly NamedEvent[],
  options: ResolvedOptions,
  resolver: ModuleResolver,
  inngestMajor: number,
): string {
  const imports: WorkerImport[] = [{ local: options.inngestClient.name, imported: options.inngestClient.name, typeOnly: false, source: { specifier: options.inngestClient.from } }];
  for (const event of events) imports.push(...event.imports);
  const lines = new Map<string, ImportLine>();
  const existingImports = existing === undefined ? new Map<string, string>() : importedLocals(file, existing);
  for (const needed of imports) {
    const specifier = 'specifier' in needed.source ? needed.source.specifier : resolver.specifier(file, needed.source.file);
    const already = existingImports.get(needed.local);
    if (already !== undefined) {
      if (already !== specifier) throw new MigrateConflict(`${path.basename(file)} already imports ${needed.local} from '${already}', and the moved work needs it from '${specifier}'`);
      continue;
    }
    addImport(lines, specifier, needed);
    existingImports.set(needed.local, specifier);
  }
  const importText = [...lines.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([specifier, line]) => renderImport(specifier, line))
    .join('\n');
  // Constants copied from the handlers' modules: one declaration per name, none shadowing an import.
  const constants = [...new Set(events.flatMap((e) => e.constants))];
  const declared = existing === undefined ? new Set<string>() : declaredNames(file, existing);
  const constantNames = new Set<string>();
  for (const constant of constants) {
    const name = /^const\s+([\w$]+)/.exec(constant)?.[1] ?? '';
    if (constantNames.has(name) || declared.has(name) || existingImports.has(name)) {
      throw new MigrateConflict(`the moved work reads two different module constants named ${name} (or one that clashes with a name of ${path.basename(file)})`);
    }
    constantNames.add(name);
  }
  const functions = events.map((event) => renderFunction(event, options, inngestMajor)).join('\n\n');
  const body = `${constants.length > 0 ? `${constants.join('\n')}\n\n` : ''}${functions}\n`;
  if (existing === undefined) {
    return `${GENERATED_HEADER}\n// Each Inngest function does the work of one event; each piece of work is a step, retried on its own.\n${importText}\n\n${body}`;
  }
  let text = existing.endsWith('\n') ? existing : `${existing}\n`;
  if (importText) {
    const end = lastImportEnd(file, text);
    text = end === undefined ? `${importText}\n\n${text}` : `${text.slice(0, end)}\n${importText}${text.slice(end)}`;
  }
  return `${text}\n${body}`;
}

interface ImportLine {
  default?: string;
  namespace?: string;
  named: string[];
  typeNamed: string[];
}

function addImport(lines: Map<string, ImportLine>, specifier: string, needed: WorkerImport): void {
  let line = lines.get(specifier);
  if (!line) lines.set(specifier, (line = { named: [], typeNamed: [] }));
  if (needed.imported === 'default') line.default = needed.local;
  else if (needed.imported === '*') line.namespace = needed.local;
  else (needed.typeOnly ? line.typeNamed : line.named).push(needed.imported === needed.local ? needed.local : `${needed.imported} as ${needed.local}`);
}

function renderImport(specifier: string, line: ImportLine): string {
  const from = `from '${specifier}';`;
  const out: string[] = [];
  const head = [line.default, line.named.length > 0 ? `{ ${line.named.join(', ')} }` : undefined].filter(Boolean).join(', ');
  if (head) out.push(`import ${head} ${from}`);
  if (line.namespace) out.push(`import * as ${line.namespace} ${from}`);
  if (line.typeNamed.length > 0) out.push(`import type { ${line.typeNamed.join(', ')} } ${from}`);
  return out.join('\n');
}

function renderFunction(event: NamedEvent, options: ResolvedOptions, inngestMajor: number): string {
  const client = options.inngestClient.name;
  const bare = event.name.startsWith(options.eventPrefix) ? event.name.slice(options.eventPrefix.length) : event.name;
  const id = `notify-${kebab(bare).replace(/[^a-z0-9]+/g, '-')}`;
  const config =
    inngestMajor >= 4
      ? `  { id: '${id}', triggers: [{ event: '${event.name}' }] },\n`
      : `  { id: '${id}' },\n  { event: '${event.name}' },\n`;
  const parameters = event.data.length > 0 ? '{ event, step }' : '{ step }';
  const body: string[] = [];
  if (event.data.length > 0) {
    const pattern = event.data.map((d) => (d.key === d.local ? d.key : `${d.key}: ${d.local}`)).join(', ');
    const typed = event.data.every((d) => d.typeText !== undefined);
    const cast = typed ? ` as { ${event.data.map((d) => `${d.key}: ${d.typeText}`).join('; ')} }` : '';
    body.push(`    const { ${pattern} } = event.data${cast};`);
  }
  for (const step of event.steps) {
    const work = reindent(step.text, step.indent, '      ');
    body.push(`    await step.run('${step.id}', async () => {\n      ${step.awaited ? 'await ' : ''}${work};\n    });`);
  }
  return `export const ${event.functionName} = ${client}.createFunction(\n${config}  async (${parameters}) => {\n${body.join('\n')}\n  },\n);`;
}

function reindent(text: string, from: string, to: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : line.startsWith(from) ? `${to}${line.slice(from.length)}` : line))
    .join('\n');
}

/** Local name → module specifier of a module's imports. */
function importedLocals(file: string, text: string): Map<string, string> {
  const sourceFile = parseModule(file, text);
  const locals = new Map<string, string>();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.importClause;
    const specifier = statement.moduleSpecifier.text;
    if (clause?.name) locals.set(clause.name.text, specifier);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) locals.set(bindings.name.text, specifier);
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) locals.set(element.name.text, specifier);
  }
  return locals;
}

/** The names a module exports or declares at the top level. */
export function declaredNames(file: string, text: string): Set<string> {
  const names = new Set<string>();
  for (const statement of parseModule(file, text).statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
        else for (const element of declaration.name.elements) if (!ts.isOmittedExpression(element) && ts.isIdentifier(element.name)) names.add(element.name.text);
      }
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      names.add(statement.name.text);
    } else if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
    }
  }
  return names;
}

function parseModule(file: string, text: string): ts.SourceFile {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics ?? [];
  const [first] = diagnostics;
  if (first) throw new MigrateConflict(`${file} does not parse, so migrate cannot add to it: ${ts.flattenDiagnosticMessageText(first.messageText, ' ')}`);
  return sourceFile;
}

function lastImportEnd(file: string, text: string): number | undefined {
  const imports = parseModule(file, text).statements.filter(ts.isImportDeclaration);
  return imports.at(-1)?.end;
}

/**
 * Registers `names` in the route that serves Inngest functions: adds them to `functions: [...]` of
 * its `serve(...)` call and imports them from the functions module.
 */
export function registerInServeRoute(file: string, text: string, names: readonly string[], functionsSpecifier: string): string {
  const sourceFile = parseModule(file, text);
  let array: ts.ArrayLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (array) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'serve') {
      const options = node.arguments[0];
      if (options && ts.isObjectLiteralExpression(options)) {
        for (const property of options.properties) {
          if (ts.isPropertyAssignment(property) && property.name.getText(sourceFile) === 'functions' && ts.isArrayLiteralExpression(property.initializer)) {
            array = property.initializer;
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (!array) throw new MigrateConflict(`${file} serves Inngest functions, but not from a literal \`functions: [...]\` that migrate can add to`);
  const present = new Set(array.elements.map((e) => e.getText(sourceFile)));
  const added = names.filter((n) => !present.has(n));
  if (added.length === 0) return text;
  const last = array.elements.at(-1);
  const insertAt = last ? last.end : array.elements.pos;
  let result = `${text.slice(0, insertAt)}${last ? ', ' : ''}${added.join(', ')}${text.slice(insertAt)}`;
  result = addNamedImport(file, result, added, functionsSpecifier);
  return result;
}

function addNamedImport(file: string, text: string, names: readonly string[], specifier: string): string {
  const sourceFile = parseModule(file, text);
  const imports = sourceFile.statements.filter(ts.isImportDeclaration);
  const same = imports.find(
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- `phaseModifier` replaces `isTypeOnly` only from TypeScript 5.9; the peer range starts at 4.8
    (s) => ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text === specifier && !s.importClause?.isTypeOnly && s.importClause?.namedBindings && ts.isNamedImports(s.importClause.namedBindings),
  );
  const bindings = same?.importClause?.namedBindings as ts.NamedImports | undefined;
  const lastElement = bindings?.elements.at(-1);
  if (lastElement) return `${text.slice(0, lastElement.end)}, ${names.join(', ')}${text.slice(lastElement.end)}`;
  const line = `import { ${names.join(', ')} } from '${specifier}';`;
  const lastImport = imports.at(-1);
  if (lastImport) return `${text.slice(0, lastImport.end)}\n${line}${text.slice(lastImport.end)}`;
  const first = sourceFile.statements[0];
  const at = first ? first.getStart(sourceFile) : text.length;
  return `${text.slice(0, at)}${line}\n\n${text.slice(at)}`;
}

/** A route that serves `names`: new, or added to a route file that exports no handlers yet. */
export function buildServeRoute(file: string, existing: string | undefined, names: readonly string[], functionsSpecifier: string, options: ResolvedOptions): string {
  const client = options.inngestClient;
  const clientImport = client.name === 'inngest' ? `import { inngest } from '${client.from}';` : `import { ${client.name} } from '${client.from}';`;
  const serve = `export const { GET, POST, PUT } = serve({ client: ${client.name}, functions: [${names.join(', ')}] });\n`;
  const imports = [`import { ${names.join(', ')} } from '${functionsSpecifier}';`, clientImport].sort();
  if (existing === undefined) return `import { serve } from 'inngest/next';\n\n${imports.join('\n')}\n\n${serve}`;
  const taken = declaredNames(file, existing);
  for (const name of ['GET', 'POST', 'PUT', 'serve', client.name, ...names]) {
    if (taken.has(name)) throw new MigrateConflict(`${file} exists and already declares ${name}; register ${names.join(', ')} in its serve() yourself`);
  }
  const lines = [`import { serve } from 'inngest/next';`, ...imports].join('\n');
  const end = lastImportEnd(file, existing);
  const withImports = end === undefined ? `${lines}\n\n${existing}` : `${existing.slice(0, end)}\n${lines}${existing.slice(end)}`;
  return `${withImports.endsWith('\n') ? withImports : `${withImports}\n`}\n${serve}`;
}
