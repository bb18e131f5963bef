import type { TSESLint } from '@typescript-eslint/utils';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const ROUTE_FILE = /^route\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;
const SOURCE_FILE = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;
/** Path segments of routes that are workers (scheduled jobs, the app's own background job endpoints), not user actions. */
const WORKER_SEGMENTS = new Set(['cron', 'crons', 'jobs', 'workers', 'queues']);

/** What a file's path says about the handlers it may hold. */
export type FileKind = 'route' | 'pagesApi' | 'workerRoute' | 'other';

// The gate and findHandlers ask about the same file one after the other: the last answer without workerPaths is kept.
let lastFilename: string | undefined;
let lastKind: FileKind = 'other';

/** Classifies a file by its path segments (never substrings), with `/` or `\` separators. */
export function getFileKind(filename: string, workerPaths: readonly string[]): FileKind {
  if (workerPaths.length > 0) return computeFileKind(filename, workerPaths);
  if (filename !== lastFilename) {
    lastKind = computeFileKind(filename, workerPaths);
    lastFilename = filename;
  }
  return lastKind;
}

function computeFileKind(filename: string, workerPaths: readonly string[]): FileKind {
  const normalized = filename.replace(/\\/g, '/');
  const segments = normalized.split('/').filter(Boolean);
  const base = segments.at(-1) ?? '';
  const dirs = segments.slice(0, -1);
  if (ROUTE_FILE.test(base) && dirs.includes('app')) {
    const inApp = dirs.slice(dirs.lastIndexOf('app') + 1);
    if (inApp.some((s) => WORKER_SEGMENTS.has(s)) || matchesWorkerPath(normalized, workerPaths)) return 'workerRoute';
    return 'route';
  }
  const pages = dirs.findIndex((s, i) => s === 'pages' && dirs[i + 1] === 'api');
  if (pages !== -1 && SOURCE_FILE.test(base) && !base.endsWith('.d.ts')) {
    if (dirs.slice(pages + 2).some((s) => WORKER_SEGMENTS.has(s)) || matchesWorkerPath(normalized, workerPaths)) return 'workerRoute';
    return 'pagesApi';
  }
  return 'other';
}

function matchesWorkerPath(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => globToRegExp(glob).test(path));
}

const globCache = new Map<string, RegExp>();

/** `**` crosses folders, `*` stays within one; a glob without a leading `/` or `**` may match at any depth. */
function globToRegExp(glob: string): RegExp {
  let cached = globCache.get(glob);
  if (cached) return cached;
  const normalized = glob.replace(/\\/g, '/');
  let pattern = '';
  for (let i = 0; i < normalized.length; i++) {
    const char = normalized.charAt(i);
    if (char === '*' && normalized[i + 1] === '*') {
      pattern += '.*';
      i++;
      if (normalized[i + 1] === '/') i++;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  cached = new RegExp(`(^|/)${pattern}$`);
  globCache.set(glob, cached);
  return cached;
}

/** The cheap gate: could this file hold a handler at all? Nothing else runs when it says no. */
export function mightContainHandlers(filename: string, text: string, workerPaths: readonly string[]): boolean {
  // Most files are neither a `route.*` nor under an `api` folder: skip splitting their path.
  if (!filename.includes('route.') && !filename.includes('api')) return text.includes('use server');
  const kind = getFileKind(filename, workerPaths);
  return kind === 'route' || kind === 'pagesApi' || text.includes('use server');
}

/**
 * The cheap gate, run before the rule's options are even read: could this file hold a handler,
 * whatever the options say? (`workerPaths` can only turn handlers away; `findHandlers` applies it.)
 * Its own module, with nothing but the path rules above, so that importing the plugin and gating a
 * file load neither the analysis (and TypeScript) nor typescript-eslint's utilities.
 */
export function mightAnalyze(context: AnyContext): boolean {
  return mightContainHandlers(context.filename, context.sourceCode.text, []);
}
