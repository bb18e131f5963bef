import type { TSESLint } from '@typescript-eslint/utils';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const ROUTE_FILE = /^route\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;
const SOURCE_FILE = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;
/** Path segments of routes that are workers (scheduled jobs, the app's own background job endpoints), not user actions. */
const WORKER_SEGMENTS = ['/cron/', '/crons/', '/jobs/', '/workers/', '/queues/'];

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
  // String searches, not a split into segments: the gate asks this of every route and API file.
  const normalized = filename.includes('\\') ? filename.replace(/\\/g, '/') : filename;
  // Every segment between slashes (an empty one dropped), so that `/app/` matches a whole segment anywhere.
  let path = `/${normalized}`;
  if (path.includes('//')) path = path.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const lastSlash = path.lastIndexOf('/');
  const base = path.slice(lastSlash + 1);
  const dirs = path.slice(0, lastSlash + 1);
  const app = dirs.lastIndexOf('/app/');
  if (app !== -1 && ROUTE_FILE.test(base)) {
    if (hasWorkerSegment(dirs.slice(app + 4)) || matchesWorkerPath(normalized, workerPaths)) return 'workerRoute';
    return 'route';
  }
  const pages = dirs.indexOf('/pages/api/');
  if (pages !== -1 && SOURCE_FILE.test(base) && !base.endsWith('.d.ts')) {
    if (hasWorkerSegment(dirs.slice(pages + 10)) || matchesWorkerPath(normalized, workerPaths)) return 'workerRoute';
    return 'pagesApi';
  }
  return 'other';
}

/** Whether a run of folders (`/a/b/`, slashes around each) holds a worker segment. */
function hasWorkerSegment(dirs: string): boolean {
  for (const segment of WORKER_SEGMENTS) if (dirs.includes(segment)) return true;
  return false;
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
