import path from 'node:path';

import ts from './typescript.cjs';
import { SymbolFlags } from './ts-enums.js';

// The symbol a name stands for through its import, one answer per program for a path-mapped import.
//
// The first question about an imported name in each file makes the checker resolve that file's
// import: the module specifier, then the module's export (`resolveAlias`). Every route file
// imports its helpers through its own import declarations, so no answer is reused: about a tenth
// of the typed rule's time on the bench's corpora, where each of 1,300 handlers calls helpers
// imported as `@/lib/...`, asked by whichever question comes first (following the call, the
// guard of a worker, the declared type of a value). With `moduleResolution: "bundler"`, a
// specifier that matches a `paths` pattern resolves the same from every file: TypeScript tries the
// pattern's substitutions, relative to the paths' base, before anything that depends on where the
// importing file is, and takes the first that exists. So once the checker has resolved `notify`
// of `import { notify } from '@/lib/notify'` to a declaration in one of the pattern's candidate
// files, that is what the same import means in every other file of the program.

/**
 * Per checker: the symbols path-mapped imports resolve to, by specifier and then imported name
 * (two look-ups of strings the parser already holds: a joined key is a new string to hash on every call).
 */
const answersByChecker = new WeakMap<ts.TypeChecker, Map<string, Map<string, ts.Symbol>>>();
/** Per checker: its program's paths patterns, or null when a specifier may resolve by the importing file. */
const mappingsByChecker = new WeakMap<ts.TypeChecker, PathMappings | null>();
/** Per checker: its program, whose files answer a path-mapped import before the checker is asked. */
const programsByChecker = new WeakMap<ts.TypeChecker, ts.Program>();

interface PathMappings {
  base: string;
  exact: ReadonlyMap<string, readonly string[]>;
  /** `@/*` patterns, split at their star. */
  patterns: readonly { prefix: string; suffix: string; substitutions: readonly string[] }[];
  /** Per specifier: the files it can resolve to (without extensions), or null when no pattern maps it. */
  candidates: Map<string, readonly string[] | null>;
}

/**
 * Makes a program's compiler options known for its checker: only a checker whose program says how
 * it resolves modules answers path-mapped imports once (the declared-type readers have a checker alone).
 */
export function registerProgram(checker: ts.TypeChecker, program: ts.Program): void {
  if (mappingsByChecker.has(checker)) return;
  mappingsByChecker.set(checker, readMappings(program.getCompilerOptions()));
  programsByChecker.set(checker, program);
}

/**
 * The symbol a name in an expression stands for, through its import: what `getSymbolAtLocation`
 * and then `getAliasedSymbol` give (the import's binding itself when it cannot be resolved).
 */
export function symbolOfName(identifier: ts.Identifier, checker: ts.TypeChecker): ts.Symbol | undefined {
  const local = localSymbolOf(identifier, checker);
  if (!local || !(local.flags & SymbolFlags.Alias)) return local;
  const mapped = mappedImportOf(local, checker);
  const known = mapped && getKnownImport(checker, mapped.specifier, mapped.imported);
  if (known) return known;
  const declared = mapped && exportDeclaredInCandidate(checker, mapped);
  if (declared) {
    remember(checker, mapped, declared);
    return declared;
  }
  const target = checker.getAliasedSymbol(local);
  if (mapped && isDeclaredIn(target, mapped.candidates)) remember(checker, mapped, target);
  return target;
}

/**
 * The symbol that `imported` of a path-mapped `specifier` resolves to, when a file of the program
 * has already resolved that import (see symbolOfName); undefined otherwise. No question to the checker.
 */
export function getKnownImport(checker: ts.TypeChecker, specifier: string, imported: string): ts.Symbol | undefined {
  return answersByChecker.get(checker)?.get(specifier)?.get(imported);
}

/**
 * The symbol an import of the linted file resolves to, read from its specifier and imported name
 * (as the scope manager gives them) where a path mapping makes the answer the same from every file:
 * neither the name's binding nor the import is asked of the checker. Undefined when only the checker can tell.
 */
export function symbolOfImport(checker: ts.TypeChecker, specifier: string, imported: string): ts.Symbol | undefined {
  // Only a path-mapped import has an answer: one found needs no look at the mappings.
  const known = getKnownImport(checker, specifier, imported);
  if (known) return known;
  const mappings = mappingsByChecker.get(checker);
  const candidates = mappings ? candidatesOf(specifier, mappings) : undefined;
  if (!candidates) return undefined;
  const mapped: MappedImport = { specifier, imported, candidates };
  const declared = exportDeclaredInCandidate(checker, mapped);
  if (declared) remember(checker, mapped, declared);
  return declared;
}

function remember(checker: ts.TypeChecker, mapped: MappedImport, symbol: ts.Symbol): void {
  let answers = answersByChecker.get(checker);
  if (!answers) answersByChecker.set(checker, (answers = new Map<string, Map<string, ts.Symbol>>()));
  let bySpecifier = answers.get(mapped.specifier);
  if (!bySpecifier) answers.set(mapped.specifier, (bySpecifier = new Map<string, ts.Symbol>()));
  bySpecifier.set(mapped.imported, symbol);
}

/**
 * The symbol a name in an expression binds in its scope (an import's own binding, not what it
 * imports), as `getSymbolAtLocation` gives it. With aliases among the meanings asked, the checker
 * takes an import's binding as it finds it: asking for values alone makes it resolve every import
 * it meets to see whether that is a value.
 */
export function localSymbolOf(identifier: ts.Identifier, checker: ts.TypeChecker): ts.Symbol | undefined {
  // A checker of an older TypeScript without `resolveName` in its API answers as before.
  const { resolveName } = checker as Partial<Pick<ts.TypeChecker, 'resolveName'>>;
  if (!resolveName) return checker.getSymbolAtLocation(identifier);
  return resolveName.call(checker, identifier.text, identifier, SymbolFlags.Value | SymbolFlags.Alias, false);
}

/** Internal to TypeScript (5.3 and later): the program's resolution of one import of a file. */
type ResolvedModuleLookup = (specifier: ts.StringLiteralLike, file: ts.SourceFile) => ts.ResolvedModuleWithFailedLookupLocations | undefined;

/**
 * Whether `file`'s import from `specifier` resolved to a file of a library (found in `node_modules`),
 * read from the resolutions the program made when it was built: what the import names is then
 * declared in a library or in a file only a library reaches, never a function of the program. False
 * when the program's resolution cannot be read (an older TypeScript, an unresolved import).
 */
export function isLibraryImport(program: ts.Program, file: ts.SourceFile, specifier: string): boolean {
  const { getResolvedModuleFromModuleSpecifier: lookup } = program as { getResolvedModuleFromModuleSpecifier?: ResolvedModuleLookup };
  if (typeof lookup !== 'function') return false;
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== specifier) continue;
    const resolved = lookup.call(program, statement.moduleSpecifier, file)?.resolvedModule;
    if (!resolved?.isExternalLibraryImport) return false;
    const target = program.getSourceFile(resolved.resolvedFileName);
    return target !== undefined && program.isSourceFileFromExternalLibrary(target);
  }
  return false;
}

/** TypeScript's extensions for a module specifier without one, in the order it tries them. */
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.d.ts'];

/**
 * The export a path-mapped import names, read from the binder's table of the file the specifier
 * resolves to, without the checker: the first candidate file (each with the extensions TypeScript
 * tries, in its order) that the program holds is the one TypeScript took, since it tries them in
 * the same order and a file it resolves an import to is part of the program. Only a declaration of
 * that file answers; a re-export (an alias), a candidate found only as a folder's index (a
 * `package.json` there could point elsewhere) or as JavaScript is left to the checker.
 */
function exportDeclaredInCandidate(checker: ts.TypeChecker, mapped: MappedImport): ts.Symbol | undefined {
  const program = programsByChecker.get(checker);
  if (!program) return undefined;
  for (const candidate of mapped.candidates) {
    for (const extension of SOURCE_EXTENSIONS) {
      const file = program.getSourceFile(`${candidate}${extension}`);
      if (!file) continue;
      const exported = checker.getSymbolAtLocation(file)?.exports?.get(ts.escapeLeadingUnderscores(mapped.imported));
      return exported && !(exported.flags & SymbolFlags.Alias) && exported.declarations?.length ? exported : undefined;
    }
  }
  return undefined;
}

interface MappedImport {
  specifier: string;
  imported: string;
  candidates: readonly string[];
}

/** The specifier, imported name and candidate files of a named or default import whose specifier a `paths` pattern maps. */
function mappedImportOf(alias: ts.Symbol, checker: ts.TypeChecker): MappedImport | undefined {
  const mappings = mappingsByChecker.get(checker);
  const declaration = alias.declarations?.[0];
  if (!mappings || !declaration) return undefined;
  let imported: string;
  let importDeclaration: ts.Node;
  if (ts.isImportSpecifier(declaration)) {
    imported = (declaration.propertyName ?? declaration.name).text;
    importDeclaration = declaration.parent.parent.parent;
  } else if (ts.isImportClause(declaration)) {
    imported = 'default';
    importDeclaration = declaration.parent;
  } else {
    return undefined;
  }
  if (!ts.isImportDeclaration(importDeclaration) || !ts.isStringLiteral(importDeclaration.moduleSpecifier)) return undefined;
  const specifier = importDeclaration.moduleSpecifier.text;
  const candidates = candidatesOf(specifier, mappings);
  return candidates ? { specifier, imported, candidates } : undefined;
}

function candidatesOf(specifier: string, mappings: PathMappings): readonly string[] | undefined {
  let candidates = mappings.candidates.get(specifier);
  if (candidates === undefined) {
    // Relative and absolute specifiers are resolved from the importing file (and `paths` do not apply to them).
    const matched = /^(?:\.|\/|[A-Za-z]:[\\/])/.test(specifier) ? undefined : matchSpecifier(specifier, mappings);
    candidates = matched ? matched.substitutions.map((substitution) => withoutExtension(toSlashes(path.resolve(mappings.base, substitution.replace('*', matched.captured))))) : null;
    // Specifiers are the program's own (one per module imported): bounded all the same in a long-lived process.
    if (mappings.candidates.size >= 20_000) mappings.candidates.clear();
    mappings.candidates.set(specifier, candidates);
  }
  return candidates ?? undefined;
}

/**
 * Whether every declaration of the symbol is in one of the candidate files (`lib/notify.ts`,
 * `lib/notify/index.ts`): then TypeScript resolved the specifier through the pattern, the same for
 * every file. A name re-exported from elsewhere, or a module found some other way, is left for the
 * checker to resolve in each file.
 */
function isDeclaredIn(symbol: ts.Symbol, candidates: readonly string[]): boolean {
  const declarations = symbol.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => {
      const file = withoutExtension(toSlashes(declaration.getSourceFile().fileName));
      return candidates.some((candidate) => file === candidate || file === `${candidate}/index`);
    })
  );
}

function readMappings(options: ts.CompilerOptions): PathMappings | null {
  // Other resolution modes may resolve a specifier by the importing file's module format (`node16`,
  // `nodenext`); `moduleSuffixes` (React Native's `.ios`) tries other files before these.
  if (options.moduleResolution !== ts.ModuleResolutionKind.Bundler || !options.paths || options.moduleSuffixes?.length) return null;
  // The directory `paths` are relative to, as TypeScript takes it: `baseUrl` (deprecated, still read),
  // else the config file's folder (which its config parser records); else none is certain.
  const { baseUrl, pathsBasePath } = options as { baseUrl?: unknown; pathsBasePath?: unknown };
  const base = baseUrl ?? pathsBasePath;
  if (typeof base !== 'string') return null;
  const exact = new Map<string, readonly string[]>();
  const patterns: PathMappings['patterns'][number][] = [];
  for (const [key, substitutions] of Object.entries(options.paths)) {
    const star = key.indexOf('*');
    if (star === -1) exact.set(key, substitutions);
    else if (!key.includes('*', star + 1)) patterns.push({ prefix: key.slice(0, star), suffix: key.slice(star + 1), substitutions });
  }
  return { base, exact, patterns, candidates: new Map() };
}

/** The substitutions TypeScript tries for a specifier: an exact key's, else the pattern with the longest prefix. */
function matchSpecifier(specifier: string, mappings: PathMappings): { substitutions: readonly string[]; captured: string } | undefined {
  const exact = mappings.exact.get(specifier);
  if (exact) return { substitutions: exact, captured: '' };
  let best: PathMappings['patterns'][number] | undefined;
  for (const pattern of mappings.patterns) {
    const fits = specifier.length >= pattern.prefix.length + pattern.suffix.length && specifier.startsWith(pattern.prefix) && specifier.endsWith(pattern.suffix);
    if (fits && (!best || pattern.prefix.length > best.prefix.length)) best = pattern;
  }
  return best && { substitutions: best.substitutions, captured: specifier.slice(best.prefix.length, specifier.length - best.suffix.length) };
}

function toSlashes(file: string): string {
  return file.replace(/\\/g, '/');
}

/** `lib/notify.ts` → `lib/notify`; a specifier's own `.js` (`@/lib/notify.js`) stands for the source file too. */
function withoutExtension(file: string): string {
  return file.replace(/\.(?:d\.)?[cm]?[jt]sx?$/, '');
}
