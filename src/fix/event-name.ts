import type { Handler } from '../analysis/index.js';

const METHOD_ACTIONS: Record<string, string> = {
  POST: 'created',
  PUT: 'updated',
  PATCH: 'updated',
  DELETE: 'deleted',
  GET: 'requested',
  HEAD: 'requested',
  OPTIONS: 'requested',
};

/**
 * The event name of the useInngestSend suggestion, derived from where the user's action lives:
 * - routes: the static path segments below `app/` or `pages/api/` (no `api`, `(groups)`, `[params]`);
 *   `…/posts/[id]/like` → `post.liked`, `…/posts/[id]/comments` (POST) → `comment.created`,
 *   `…/follow` → `user.followed`;
 * - Server Actions: the action's name, verb first: `likePost` → `post.liked`, `follow` → `user.followed`;
 * - otherwise the callee's name in kebab case.
 */
export function deriveEventName(handler: Handler, filename: string, calleeName: string, prefix: string): string {
  const derived = handler.kind === 'serverAction' ? fromActionName(handler.name) : routeEventOf(filename, handler.exportName ?? handler.name);
  return `${prefix}${derived ?? kebab(calleeName || 'work')}`;
}

// A route's findings come one file at a time, each asking about its handler's path: the last file's answers per method.
let lastRoute: { filename: string; byMethod: Map<string, string | undefined> } | undefined;

function routeEventOf(filename: string, method: string): string | undefined {
  if (lastRoute?.filename !== filename) lastRoute = { filename, byMethod: new Map() };
  const { byMethod } = lastRoute;
  if (byMethod.has(method)) return byMethod.get(method);
  const derived = fromRoutePath(filename, method);
  byMethod.set(method, derived);
  return derived;
}

function fromRoutePath(filename: string, method: string): string | undefined {
  const segments = filename.replace(/\\/g, '/').split('/');
  const appIndex = segments.lastIndexOf('app');
  const pagesIndex = segments.findIndex((s, i) => s === 'pages' && segments[i + 1] === 'api');
  const start = pagesIndex !== -1 && (appIndex === -1 || pagesIndex > appIndex) ? pagesIndex + 2 : appIndex + 1;
  if (start <= 0) return undefined;
  const inRoute = segments.slice(start);
  const base = inRoute.pop() ?? '';
  if (pagesIndex !== -1 && start === pagesIndex + 2) {
    const stem = base.replace(/\.[^.]+$/, '');
    if (stem !== 'index') inRoute.push(stem);
  }
  const words = inRoute.filter((s) => s && s !== 'api' && !/^[([@]/.test(s)).map(wordOf);
  const last = words.at(-1);
  if (!last) return undefined;
  const action = METHOD_ACTIONS[method.split('/')[0] ?? ''] ?? 'created';
  if (isPlural(last)) return `${singular(last)}.${action}`;
  const previous = words.at(-2);
  const resource = previous !== undefined ? singular(previous) : 'user';
  // DELETE on an action route undoes it: DELETE /follow → user.unfollowed.
  return `${resource}.${method.startsWith('DELETE') ? 'un' : ''}${pastTense(last)}`;
}

const PREPOSITIONS = new Set(['on', 'to', 'for', 'at', 'with', 'from', 'of', 'by']);
const PARTICLES = new Set(['up', 'in', 'out']);

function fromActionName(name: string): string | undefined {
  const parts = name
    .replace(/Action$/, '')
    .split(/(?=[A-Z])/)
    .map((p) => p.toLowerCase())
    .filter((p) => p && !PREPOSITIONS.has(p));
  const [first, ...rest] = parts;
  let verb = first;
  if (!verb || verb === 'anonymous') return undefined;
  // Phrasal verbs: `signUp` → `signup`, `logIn` → `login`.
  if (PARTICLES.has(rest[0] ?? '')) verb = `${verb}${rest.shift()}`;
  const resource = rest.length > 0 ? singular(rest.join('-')) : 'user';
  return `${resource}.${pastTense(verb)}`;
}

function wordOf(segment: string): string {
  return kebab(UNWORDY.test(segment) ? segment.replace(/[^A-Za-z0-9_-]/g, '') : segment);
}

// Most segments and names are kebab case already: they skip the replacements (with `$1`, the slow
// path of String#replace, a few microseconds each, for every finding's event name).
const UNWORDY = /[^A-Za-z0-9_-]/;
const KEBAB_ALREADY = /^[a-z0-9-]*$/;

function kebab(text: string): string {
  if (KEBAB_ALREADY.test(text)) return text;
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();
}

function isPlural(word: string): boolean {
  return /[^s]s$/.test(word) && !/(ss|us|is)$/.test(word);
}

function singular(word: string): string {
  if (word.endsWith('ies')) return word.replace(/ies$/, 'y');
  if (isPlural(word)) return word.slice(0, -1);
  return word;
}

// A Map, not an object: a route segment named `constructor` or `toString` is a word, not a property of Object.prototype.
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['signup', 'signed-up'],
  ['sign-up', 'signed-up'],
  ['login', 'logged-in'],
  ['log-in', 'logged-in'],
  ['logout', 'logged-out'],
  ['checkout', 'checked-out'],
  ['send', 'sent'],
  ['buy', 'bought'],
  ['pay', 'paid'],
  ['write', 'written'],
]);

/** A verb's past tense, for the regular verbs of user actions (like, follow, comment, subscribe, tag). */
export function pastTense(verb: string): string {
  const irregular = IRREGULAR.get(verb);
  if (irregular) return irregular;
  if (verb.endsWith('ed')) return verb;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}
