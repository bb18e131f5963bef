import type ts from 'typescript';

import type { WorkTrace } from './call-graph.js';
import type { CallKind, CallSummary, FunctionRef } from './model.js';

/** A map from objects: weak for a program's conclusions, a plain map for one file's. */
export interface KeyedCache<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * Conclusions about calls and functions, valid for one program and one set of options. A call's own
 * conclusions (its classification, the function it runs) are read and kept through the functions
 * below, not these maps directly.
 */
export interface ConclusionCache {
  classifications: KeyedCache<CallSummary, CallKind>;
  /** The function each call runs, once resolved (null: none of the program's). */
  targets: KeyedCache<CallSummary, FunctionRef | null>;
  /** Per function and budget: the work it leads to, none (null), or none within the depth bound ('cut'). */
  traces: KeyedCache<object, Map<number, WorkTrace | null | 'cut'>>;
  /** Per function and depth: whether it verifies a webhook's signature (see delivery-endpoints.ts). */
  signatureVerdicts: KeyedCache<object, Map<number, boolean>>;
  /** Files whose functions a cached trace walked (TypeScript's file names): a conclusion may depend on their text. */
  walkedFiles: Set<string>;
}

// Conclusions use the checker, so they are cached per program (and per options); a dropped program
// takes its cache with it.
const programCaches = new WeakMap<ts.Program, Map<string, ConclusionCache>>();
/** The files of the last program seen, and its caches: the editor's next program may inherit them. */
let latest: { files: readonly ts.SourceFile[]; byOptions: Map<string, ConclusionCache> } | undefined;

function newConclusionCache(): ConclusionCache {
  return { classifications: new WeakMap(), targets: new WeakMap(), traces: new WeakMap(), signatureVerdicts: new WeakMap(), walkedFiles: new Set() };
}

/**
 * Without types, conclusions hold for the linted file alone and die with it: plain maps, which are
 * cheaper to make and to collect than weak ones (a lint makes one set per handler file).
 */
function newFileConclusionCache(): ConclusionCache {
  return { classifications: new Map(), targets: new Map(), traces: new Map(), signatureVerdicts: new Map(), walkedFiles: new Set() };
}

export function getConclusionCache(program: ts.Program | undefined, optionsKey: string): ConclusionCache {
  if (!program) return newFileConclusionCache();
  let byOptions = programCaches.get(program);
  if (!byOptions) {
    byOptions = inheritedCaches(program) ?? new Map();
    programCaches.set(program, byOptions);
    latest = { files: program.getSourceFiles(), byOptions };
  }
  let cache = byOptions.get(optionsKey);
  if (!cache) byOptions.set(optionsKey, (cache = newConclusionCache()));
  return cache;
}

/**
 * An editor builds a new program for every edit, with the same `SourceFile` objects for the files
 * that did not change. When no cached trace walked through a changed file (the one being linted,
 * or one edited since the last program the rule saw, such as a file it had nothing to analyse),
 * the conclusions about the other files still hold: the new program inherits them instead of
 * asking a fresh checker again (the linted file's own findings are recomputed). A file added or
 * removed can change what a name resolves to: then nothing is inherited.
 */
function inheritedCaches(program: ts.Program): Map<string, ConclusionCache> | undefined {
  if (!latest) return undefined;
  const files = program.getSourceFiles();
  if (files.length !== latest.files.length) return undefined;
  const previous = latest.files;
  const walked = [...latest.byOptions.values()].map((cache) => cache.walkedFiles);
  for (const [i, file] of files.entries()) {
    if (file === previous[i]) continue;
    if (previous[i]?.fileName !== file.fileName || walked.some((set) => set.has(file.fileName))) return undefined;
  }
  return latest.byOptions;
}

/** Forgets the last program (tests of what a new program inherits start from nothing). */
export function forgetLatestProgram(): void {
  latest = undefined;
}

// A call of the linted file (read through ESTree) dies with the file's AST, whatever program it was
// linted in: its conclusions are kept on the call itself, tagged with the cache they belong to, which
// costs less than an entry of a weak map keyed by each call (about 10,000 of them in a lint of 1,000
// routes). A call of another file's TypeScript nodes lives as long as that file is unchanged, through
// the editor's programs: its conclusions stay in the cache's own maps, so that they go with the cache
// and never hold on to a program's functions after it.

/** The classification of a call under `cache`, if it has one. */
export function getClassification(cache: ConclusionCache, call: CallSummary): CallKind | undefined {
  if (!call.estree) return cache.classifications.get(call);
  return call.classifiedBy === cache ? call.classification : undefined;
}

export function setClassification(cache: ConclusionCache, call: CallSummary, kind: CallKind): void {
  if (!call.estree) {
    cache.classifications.set(call, kind);
    return;
  }
  call.classifiedBy = cache;
  call.classification = kind;
}

/** The function a call runs under `cache` (null: none of the program's), or undefined when not resolved yet. */
export function getTarget(cache: ConclusionCache, call: CallSummary): FunctionRef | null | undefined {
  if (!call.estree) return cache.targets.get(call);
  return call.resolvedBy === cache ? call.target : undefined;
}

export function setTarget(cache: ConclusionCache, call: CallSummary, target: FunctionRef | null): void {
  if (!call.estree) {
    cache.targets.set(call, target);
    return;
  }
  call.resolvedBy = cache;
  call.target = target;
}
