import type { CatalogueEntry } from './catalogue.js';
import {
  CHAT_WEBHOOK_REQUESTS,
  commandNames,
  CONTEXT_HAND_OFF_METHODS,
  DELIVERY_CLIENTS,
  HAND_OFF_CLIENTS,
  HAND_OFF_HELPER_NAME,
  HTTP_DELIVERY,
  NOTIFICATION_HELPER_NAME,
  RECORD_WRITES,
  TRANSACTION_METHODS,
  WEBHOOK_RECEIVERS,
} from './catalogue.js';
import { isThenCall, skipWrappers } from './summarize.js';
import type { SyntaxView } from './views/syntax-view.js';

/**
 * Which calls of the linted file can matter without types, before they are summarised.
 *
 * Without types a call matters to the analysis only by its names (a catalogue client's method, a
 * record write's shape, an HTTP sender, a helper named for notification work, a hand-off, a
 * signature check, a transaction), by a string argument that inserts into a notifications table,
 * or by a function of the file it runs. A call with none of those (`NextResponse.json(...)`,
 * `getSession(request)`, `new Error(...)`: most of a handler's calls) is classified as no work
 * and followed nowhere, so it is left out of the summary. One it passes its result to, or whose
 * callback it sits in, is still summarised when such a call asks for it (the summarizer records
 * a kept call's enclosing call on demand).
 *
 * With types the checker follows any call into its body, and the options can name any function:
 * the analysis then summarises every call (see `CallGraph`).
 */

/** Every name a classifier without types compares a chain's names with, from the catalogue. */
const NAMES: ReadonlySet<string> = new Set([
  ...[...DELIVERY_CLIENTS, ...HAND_OFF_CLIENTS].flatMap(entryNames),
  // `client.send(new SendEmailCommand(...))`: a command-style client's `send`, whatever the client.
  'send',
  ...CHAT_WEBHOOK_REQUESTS.senders,
  ...HTTP_DELIVERY.functions,
  ...HTTP_DELIVERY.methods,
  ...CONTEXT_HAND_OFF_METHODS.keys(),
  ...RECORD_WRITES.recordWriteMethods,
  ...RECORD_WRITES.queryInsertMethods,
  ...RECORD_WRITES.tableTakingMethods,
  ...TRANSACTION_METHODS,
  ...WEBHOOK_RECEIVERS.signatureChecks.flatMap((check) => [
    ...(check.functions ?? []),
    ...(check.methods ?? []).flatMap((method) => method.split('.')),
    ...(check.constructors ?? []),
  ]),
]);

/**
 * Patterns a classifier tests names with: the clients that are called themselves (`twilio(...)`,
 * `after(...)`), and the helper names judged without a body to follow.
 */
const PATTERNS: readonly RegExp[] = [
  ...[...DELIVERY_CLIENTS, ...HAND_OFF_CLIENTS].filter((entry) => entry.methods.includes('')).map((entry) => entry.clientNames),
  NOTIFICATION_HELPER_NAME,
  HAND_OFF_HELPER_NAME,
  WEBHOOK_RECEIVERS.helperNames,
];

function entryNames(entry: CatalogueEntry): string[] {
  const callees = (entry.types?.callees ?? []).flatMap((specifier) =>
    typeof specifier === 'string' ? [specifier] : typeof specifier.name === 'string' ? [specifier.name] : specifier.name,
  );
  return [...entry.methods.flatMap((method) => method.split('.')), ...(entry.types?.methodNames ?? []), ...callees, ...commandNames(entry)].filter(Boolean);
}

// Names repeat across a project's handlers (`json`, `getSession`): each is judged once.
const verdicts = new Map<string, boolean>();

/** Whether a name is one a classifier without types can recognise. */
export function mayMatterByName(name: string): boolean {
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    verdict = NAMES.has(name) || PATTERNS.some((pattern) => pattern.test(name));
    // Names are the program's own: bounded all the same in a long-lived process.
    if (verdicts.size >= 20_000) verdicts.clear();
    verdicts.set(name, verdict);
  }
  return verdict;
}

/**
 * Whether a call (the head of its chain) can matter without types: false only when every link
 * of its callee chain is a plain name no classifier knows, no argument inserts into a
 * notifications table, and the callee is no function or method of the file (nor a renamed import
 * of a known name). Anything this does not read (a computed member, a tagged template, a callee
 * that is an expression) is kept.
 */
export function mightMatterWithoutTypes<N extends object>(call: N, view: SyntaxView<N>): boolean {
  let current = call;
  let links = 0;
  let member: N | undefined;
  for (let guard = 0; guard < 64; guard++) {
    switch (view.kindOf(current)) {
      case 'call':
      case 'new': {
        if (current !== call && view.kindOf(current) === 'call' && isThenCall(current, view)) return true;
        for (const arg of view.argumentsOf(current)) {
          const inner = skipWrappers(arg, view);
          if (view.kindOf(inner) === 'string' && RECORD_WRITES.rawInsert.test(view.textOf(inner))) return true;
        }
        links++;
        const callee = view.innerOf(current);
        if (view.kindOf(current) === 'new') {
          const calleeKind = view.kindOf(callee);
          const name = calleeKind === 'identifier' ? view.nameOf(callee) : calleeKind === 'member' ? view.memberNameOf(callee) : undefined;
          if (name === undefined || mayMatterByName(name)) return true;
          if (calleeKind === 'identifier') return false;
          current = view.innerOf(callee);
          links++;
          continue;
        }
        current = callee;
        continue;
      }
      case 'member': {
        const name = view.memberNameOf(current);
        if (name === undefined || mayMatterByName(name)) return true;
        member = current;
        links++;
        current = view.innerOf(current);
        continue;
      }
      case 'wrapper':
      case 'await':
        current = view.innerOf(current);
        continue;
      case 'identifier': {
        if (mayMatterByName(view.nameOf(current))) return true;
        // `notify()`: a function of the file; `send as deliver`: a known name imported under another.
        if (links === 1) return view.localFunctionOf(current) !== undefined || renamedImportMayMatter(current, view);
        // `mailer.deliver()`: a method of a class of the file.
        return links === 2 && member !== undefined && view.localMethodOf(member) !== undefined;
      }
      default:
        // `this.client.x()`, a tagged template (raw SQL), a computed or called callee: kept.
        return true;
    }
  }
  return true;
}

function renamedImportMayMatter<N extends object>(identifier: N, view: SyntaxView<N>): boolean {
  const binding = view.bindingOfIdentifier(identifier);
  const imported = binding?.kind === 'import' ? binding.origin.importedName : undefined;
  return imported !== undefined && imported !== view.nameOf(identifier) && mayMatterByName(imported);
}
