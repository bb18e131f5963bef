import { WEBHOOK_RECEIVERS } from './catalogue.js';
import type { WebhookSignatureCheck } from './catalogue.js';
import type { KeyedCache } from './conclusion-cache.js';
import { calleeName, chainNames } from './match-client.js';
import type { CallSummary, EndpointKind, FunctionRef, FunctionSummary, Handler } from './model.js';
import { getRootOrigin } from './summarize.js';

/**
 * The one home of two kinds of endpoint whose messages say more than an ordinary handler's.
 *
 * Delivery endpoints: the user action *is* the delivery (a contact form, an OTP or verification
 * mail, a magic link, a password reset, "resend invitation", a user-composed email, an admin
 * broadcast). Waiting for the mail there is the point of the request (the user asked for it and
 * wants to know whether it went out), so the audit lists them as delivery endpoints and does not
 * fail on them; dropping the work (floating) still fails. The rule keeps reporting them unless
 * `ignoreDeliveryEndpoints` is set, and always reports their floating work.
 *
 * Recognised conservatively, by whole words of the route's path segments (after `app/` or
 * `pages/`) and of the handler's own name (`sendOtp`, `resendInvitation`, `submitContactForm`),
 * never by substrings: `contact-us` and `contactForm` are, `contacts-sync` and `otpauth` are not.
 * A name that also says a social action (like, follow, comment, reply...) is never one: there the
 * notification is a side effect of the action. Names only: "no other effect than the delivery"
 * cannot be told from the code (an OTP endpoint writes its code, a resend bumps `lastSentAt`,
 * while a like handler's write may sit in a helper the walk does not recognise as a write).
 *
 * Webhook receivers: a route that a third-party service calls (Stripe, Svix, Clerk, GitHub...).
 * They stay handlers (they too must answer fast: senders time out and retry), and their message
 * says so. Recognised by a `webhook`/`webhooks` word in the route's path or the handler's name, or
 * by a call that verifies a sender's signature, in the handler or a helper it calls.
 */

/** Word sequences that mark a delivery endpoint: one word, or consecutive words. */
const DELIVERY_WORDS: readonly (readonly string[])[] = [
  ['contact'],
  ['otp'],
  ['verify'],
  ['verification'],
  ['magic', 'link'],
  ['password', 'reset'],
  ['reset', 'password'],
  ['forgot', 'password'],
  // A user-composed email: the endpoint's name says it sends an email (`send-email`, `composeEmail`).
  ['send', 'email'],
  ['send', 'emails'],
  ['send', 'mail'],
  ['compose', 'email'],
  ['compose', 'mail'],
  ['test', 'email'],
  // An admin broadcast.
  ['broadcast'],
  ['broadcasts'],
  ['announcement'],
  ['announcements'],
  ['send', 'newsletter'],
];
/** `resend` followed by `invite`, `invites`, `invitation`, `invitations`. */
const RESEND_INVITATION = /^invit(e|es|ation|ations)$/;
/** Words of social actions: their notification is a side effect of the action, never the action. */
const SOCIAL_ACTION_WORDS: ReadonlySet<string> = new Set([
  'like', 'likes', 'unlike', 'follow', 'follows', 'unfollow', 'comment', 'comments', 'reply', 'replies',
  'react', 'reaction', 'reactions', 'vote', 'votes', 'upvote', 'downvote', 'mention', 'mentions', 'repost', 'share',
]);
const WEBHOOK_WORDS: ReadonlySet<string> = new Set(WEBHOOK_RECEIVERS.pathWords);
/** What a name must contain to say webhook (`webhook` is in `webhooks`) or delivery (any word of a sequence, or `resend`). */
const WEBHOOK_NEEDLES: readonly string[] = [...WEBHOOK_WORDS];
const DELIVERY_NEEDLES: readonly string[] = [...new Set([...DELIVERY_WORDS.map((sequence) => sequence[0] ?? ''), 'resend'])].filter(Boolean);
/** How many calls deep a signature check is looked for below the handler (a `verifyStripeEvent(req)` helper). */
const SIGNATURE_DEPTH = 2;

/** Splits `resend-invitation`, `resendInvitation`, `magic_link`, `OTP` into lower-case words. */
function words(text: string): readonly string[] {
  // Path segments repeat across a project's routes (`app`, `api`, `[id]`): each is split once.
  let list = wordsOf.get(text);
  if (list) return list;
  list = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (wordsOf.size >= 10_000) wordsOf.clear();
  wordsOf.set(text, list);
  return list;
}

const wordsOf = new Map<string, readonly string[]>();

function hasDeliveryWords(list: readonly string[]): boolean {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === 'resend' && RESEND_INVITATION.test(list[i + 1] ?? '')) return true;
    if (DELIVERY_WORDS.some((seq) => seq.every((w, j) => list[i + j] === w))) return true;
  }
  return false;
}

/** The path segments that name the route: those after the last `app/` or `pages/` folder (only the file's own name otherwise). */
function routeSegments(filename: string): string[] {
  const segments = filename.replace(/\\/g, '/').split('/').filter(Boolean);
  const base = (segments.pop() ?? '').replace(/\.[^.]+$/, '');
  const root = Math.max(segments.lastIndexOf('app'), segments.lastIndexOf('pages'));
  return [...(root === -1 ? [] : segments.slice(root + 1)), base];
}

/** The words of the route's segments and of the handler's name, one list per name. */
function nameWords(filename: string, handlerName: string): (readonly string[])[] {
  return [...routeSegments(filename), handlerName].map(words);
}

/**
 * Whether any of `needles` is a substring of the route's segments or the handler's name, lower-cased:
 * a word of them is one, so most routes (`app/api/posts/[id]/like`) need not be split into words.
 */
function mayNameAny(filename: string, handlerName: string, needles: readonly string[]): boolean {
  const text = `${routeSegments(filename).join('/')}/${handlerName}`.toLowerCase();
  return needles.some((needle) => text.includes(needle));
}

/** Whether a route's path or a handler's name says it receives webhooks (`app/api/webhooks/stripe`, `pages/api/stripe-webhook.ts`). */
export function isWebhookPath(filename: string, handlerName: string): boolean {
  if (!mayNameAny(filename, handlerName, WEBHOOK_NEEDLES)) return false;
  return nameWords(filename, handlerName).some((list) => list.some((w) => WEBHOOK_WORDS.has(w)));
}

/**
 * Whether a handler's action is the delivery itself (contact form, OTP, verification, magic link,
 * password reset, resend invitation, a user-composed email, an admin broadcast), by its path and name.
 */
export function isDeliveryEndpoint(filename: string, handlerName: string): boolean {
  if (!mayNameAny(filename, handlerName, DELIVERY_NEEDLES)) return false;
  const lists = nameWords(filename, handlerName);
  if (lists.some((list) => list.some((w) => SOCIAL_ACTION_WORDS.has(w) || WEBHOOK_WORDS.has(w)))) return false;
  if (lists.some(hasDeliveryWords)) return true;
  // `invitations/[id]/resend`: a `resend` segment under an invitation's path.
  const path = routeSegments(filename).flatMap(words);
  return path.includes('resend') && path.some((w) => RESEND_INVITATION.test(w));
}

function isFromPackage(source: string | undefined, packages: readonly string[] | undefined): boolean {
  return source !== undefined && (packages ?? []).some((p) => source === p || source.startsWith(`${p}/`));
}

function matchesSignatureCheck(call: CallSummary, check: WebhookSignatureCheck): boolean {
  if (call.chain.at(-1)?.kind !== 'call') return false;
  const names = chainNames(call);
  const origin = getRootOrigin(call);
  if (names.length === 1) return (check.functions ?? []).includes(origin?.importedName ?? '') && isFromPackage(origin?.importSource, check.packages);
  return methodSegments(check).some((segments) => {
    if (names.length <= segments.length || !segments.every((segment, i) => names[names.length - segments.length + i] === segment)) return false;
    // A dotted path (`webhooks.constructEvent`) is the library's by its shape alone; a bare method
    // (`verify`) needs its receiver's import or constructor (`new Webhook(secret).verify(...)` of svix).
    if (segments.length > 1) return true;
    const { constructors } = check;
    if (constructors === undefined) return isFromPackage(origin?.importSource, check.packages);
    const built = call.chain.some((link) => link.kind === 'new' && constructors.includes(link.name));
    return isFromPackage(origin?.importSource, check.packages) && (built || constructors.includes(origin?.importedName ?? ''));
  });
}

/** The last name of every catalogued check: a method's last segment, or a function's (imported) name. */
const SIGNATURE_LAST_NAMES: ReadonlySet<string> = new Set(
  WEBHOOK_RECEIVERS.signatureChecks.flatMap((check) => [...(check.functions ?? []), ...(check.methods ?? []).map((method) => method.split('.').at(-1) ?? method)]),
);

/**
 * What the text of a file holding a signature check must contain, from the catalogue: a check's
 * package where it needs its import (`svix`), every segment of a dotted method where it does not
 * (`webhooks`, `constructEvent`), or a helper's name. A program none of whose files contains any
 * is not walked for a check in helpers (most apps: it would summarise every helper a handler calls).
 */
const SIGNATURE_TEXT: readonly (readonly string[])[] = WEBHOOK_RECEIVERS.signatureChecks.flatMap((check) => {
  const methods = (check.methods ?? []).map((method) => method.split('.'));
  // A dotted method matches by its shape alone; a function or a bare method needs the check's import when it names packages.
  const dotted = methods.filter((segments) => segments.length > 1);
  const bare = [...methods.filter((segments) => segments.length === 1), ...(check.functions ?? []).map((name) => [name])];
  return [...dotted, ...(check.packages ? check.packages.map((name) => [name]) : bare)];
});
const HELPER_NAME_TEXT = new RegExp(WEBHOOK_RECEIVERS.helperNames.source.replace(/^\^/, ''));
const fileMayCheck = new WeakMap<object, boolean>();
const filesMayCheck = new WeakMap<readonly object[], boolean>();

function someFileMayCheck(files: readonly { readonly text: string }[]): boolean {
  let verdict = filesMayCheck.get(files);
  if (verdict === undefined) filesMayCheck.set(files, (verdict = files.some(mayHoldSignatureCheck)));
  return verdict;
}

function mayHoldSignatureCheck(file: { readonly text: string }): boolean {
  let verdict = fileMayCheck.get(file);
  if (verdict === undefined) {
    const { text } = file;
    verdict =
      SIGNATURE_TEXT.some((needed) => needed.every((part) => text.includes(part))) ||
      // The pattern runs over the whole text at every position: a search for its word first.
      (text.includes(WEBHOOK_RECEIVERS.helperNameWord) && HELPER_NAME_TEXT.test(text));
    fileMayCheck.set(file, verdict);
  }
  return verdict;
}

const segmentsOfChecks = new WeakMap<WebhookSignatureCheck, readonly (readonly string[])[]>();

/** A check's dotted methods as their segments (`webhooks.constructEvent` → webhooks, constructEvent), split once. */
function methodSegments(check: WebhookSignatureCheck): readonly (readonly string[])[] {
  let segments = segmentsOfChecks.get(check);
  if (!segments) segmentsOfChecks.set(check, (segments = (check.methods ?? []).map((method) => method.split('.'))));
  return segments;
}

/** The label of the webhook sender whose signature a call verifies (`Stripe`, `Svix`), or undefined. */
export function findWebhookSignatureCheck(call: CallSummary): string | undefined {
  const last = chainNames(call).at(-1);
  // Every check ends in one of its own names (an imported function maybe renamed): most calls are turned away by it.
  if ((last !== undefined && SIGNATURE_LAST_NAMES.has(last)) || SIGNATURE_LAST_NAMES.has(getRootOrigin(call)?.importedName ?? '')) {
    for (const check of WEBHOOK_RECEIVERS.signatureChecks) if (matchesSignatureCheck(call, check)) return check.label;
  }
  // A project helper or an uncatalogued library named for it (`verifyWebhookSignature(req)`).
  const name = calleeName(call);
  return name !== undefined && WEBHOOK_RECEIVERS.helperNames.test(name) ? 'webhook signature helper' : undefined;
}

/** What `getEndpointKind` needs of the call graph to look for a signature check in the handler's helpers. */
export interface HelperCalls {
  resolveTarget(call: CallSummary): FunctionRef | undefined;
  summarize(ref: FunctionRef): FunctionSummary;
  /** Per function and depth: whether it verifies a signature (the program's conclusions: helpers are shared by many handlers). */
  readonly signatureVerdicts: KeyedCache<object, Map<number, boolean>>;
  /** The files a followed helper can be in (the program's own with types, the linted file without): one list object per program. */
  readonly helperFiles: readonly { readonly text: string }[];
}

/**
 * The kind of endpoint a handler is, or undefined for an ordinary one, from its path, its name and
 * its own `calls` (and, given the call graph, the calls of the helpers they run, for a signature
 * check in a helper). A webhook receiver is never a delivery endpoint; a Server Action is never a
 * webhook receiver.
 */
export function getEndpointKind(filename: string, handler: Pick<Handler, 'kind' | 'name'>, calls: readonly CallSummary[], graph?: HelperCalls): EndpointKind | undefined {
  if (handler.kind !== 'serverAction' && (isWebhookPath(filename, handler.name) || verifiesWebhookSignature(calls, graph, SIGNATURE_DEPTH))) return 'webhook';
  return isDeliveryEndpoint(filename, handler.name) ? 'delivery' : undefined;
}

// Bounded by the depth alone (a cycle ends there too), so that each verdict holds for every handler that asks.
function verifiesWebhookSignature(calls: readonly CallSummary[], graph: HelperCalls | undefined, depth: number): boolean {
  if (calls.some((call) => findWebhookSignatureCheck(call) !== undefined)) return true;
  if (!graph || depth <= 0 || !someFileMayCheck(graph.helperFiles)) return false;
  return calls.some((call) => {
    const target = graph.resolveTarget(call);
    if (!target) return false;
    let verdicts = graph.signatureVerdicts.get(target.node);
    if (!verdicts) graph.signatureVerdicts.set(target.node, (verdicts = new Map<number, boolean>()));
    let verdict = verdicts.get(depth);
    if (verdict === undefined) verdicts.set(depth, (verdict = verifiesWebhookSignature(graph.summarize(target).calls, graph, depth - 1)));
    return verdict;
  });
}
