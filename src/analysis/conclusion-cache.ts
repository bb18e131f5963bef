import path from 'node:path';

import type ts from 'typescript';

import type { CallKind, CallSummary, FunctionRef } from './model.js';
import type { WorkTrace } from './call-graph.js';

/** Conclusions about calls and functions, valid for one program and one set of options. */
export interface ConclusionCache {
  classifications: WeakMap<CallSummary, CallKind>;
  /** The function each call runs, once resolved (null: none of the program's). */
  targets: WeakMap<CallSummary, FunctionRef | null>;
  /** Per function and budget: the work it leads to, none (null), or none within the depth bound ('cut'). */
  traces: WeakMap<object, Map<number, WorkTrace | null | 'cut'>>;
  /** Files whose functions a cached trace walked: a conclusion may depend on their text. */
  walkedFiles: Set<string>;
}

// Conclusions use the checker, so they are cached per program (and per options); a dropped program
// takes its cache with it.
const programCaches = new WeakMap<ts.Program, Map<string, ConclusionCache>>();
/** The files of the last program seen, and its caches: the editor's next program may inherit them. */
let latest: { files: readonly ts.SourceFile[]; byOptions: Map<string, ConclusionCache> } | undefined;

function newConclusionCache(): ConclusionCache {
  return { classifications: new WeakMap(), targets: new WeakMap(), traces: new WeakMap(), walkedFiles: new Set() };
}

export function getConclusionCache(program: ts.Program | undefined, optionsKey: string, lintedFile: string): ConclusionCache {
  if (!program) return newConclusionCache();
  let byOptions = programCaches.get(program);
  if (!byOptions) {
    byOptions = inheritedCaches(program, lintedFile) ?? new Map();
    programCaches.set(program, byOptions);
    latest = { files: program.getSourceFiles(), byOptions };
  }
  let cache = byOptions.get(optionsKey);
  if (!cache) byOptions.set(optionsKey, (cache = newConclusionCache()));
  return cache;
}

/**
 * An editor builds a new program for every edit, with the same `SourceFile` objects for the files
 * that did not change. When the only changed file is the one being linted, and no cached trace
 * walked through it, the conclusions about the other files still hold: the new program inherits
 * them instead of asking a fresh checker again (the linted file's own findings are recomputed).
 */
function inheritedCaches(program: ts.Program, lintedFile: string): Map<string, ConclusionCache> | undefined {
  if (!latest) return undefined;
  const files = program.getSourceFiles();
  if (files.length !== latest.files.length) return undefined;
  const linted = path.resolve(lintedFile);
  const previous = latest.files;
  if (files.some((file, i) => file !== previous[i] && path.resolve(file.fileName) !== linted)) return undefined;
  for (const cache of latest.byOptions.values()) if (cache.walkedFiles.has(linted)) return undefined;
  return latest.byOptions;
}

/** Forgets the last program (tests of what a new program inherits start from nothing). */
export function forgetLatestProgram(): void {
  latest = undefined;
}
