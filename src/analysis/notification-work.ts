import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';

import type { CatalogueEntry } from './catalogue.js';
import { CHAT_WEBHOOK_REQUESTS, commandNames, DELIVERY_CLIENTS, NOTIFICATION_HELPER_NAME, READ_HELPER_NAME, RECORD_WRITES } from './catalogue.js';
import { findHttpDelivery } from './http-delivery.js';
import { hasNoBodyAtAll } from './resolve-target.js';
import { calleeMatchesSpecifiers, chainNames, matchesBySyntax, matchesByType, matchesDottedName } from './match-client.js';
import type { CallSummary, ChainLink, NotificationWork } from './model.js';
import { getRootOrigin } from './summarize.js';
import type { FunctionSpecifier, ResolvedOptions } from '../options.js';
import type { TypeTools } from './types-or-syntax.js';
import { mayDeclareTypesOf } from './type-utils.js';

/** What classification needs: the options, and the checker when there is one. */
export interface ClassifyEnv {
  options: ResolvedOptions;
  tools: TypeTools | null;
  /** Identifies the options in caches shared across the files of a program. */
  optionsKey: string;
}

const {
  recordWriteMethods: RECORD_WRITE_METHODS,
  queryInsertMethods: QUERY_INSERT_METHODS,
  tableTakingMethods: TABLE_TAKING_METHODS,
  rawInsert: RAW_INSERT,
} = RECORD_WRITES;

/** Model, table and collection names that hold notifications (`notificationPreference` does not). */
export const NOTIFICATION_NAME = {
  test: (name: string): boolean => RECORD_WRITES.notificationName.test(name.replace(RECORD_WRITES.nameSuffixes, '')),
};

/** Splits the user's function list into dotted names and typescript-eslint specifiers. */
export function userSpecifiers(list: readonly FunctionSpecifier[]): UserSpecifiers {
  // Asked for every call with the options' own list: split once per list.
  let split = splitLists.get(list);
  if (split) return split;
  const strings: string[] = [];
  const specifiers: TypeOrValueSpecifier[] = [];
  for (const item of list) {
    if (typeof item === 'string') strings.push(item);
    else specifiers.push(item);
  }
  splitLists.set(list, (split = { strings, specifiers }));
  return split;
}

interface UserSpecifiers {
  readonly strings: readonly string[];
  readonly specifiers: readonly TypeOrValueSpecifier[];
}

const splitLists = new WeakMap<readonly FunctionSpecifier[], UserSpecifiers>();

/** The first catalogue entry a call matches: by declared types when the checker knows them, by syntax otherwise. */
export function matchClient(call: CallSummary, entries: readonly CatalogueEntry[], env: ClassifyEnv): CatalogueEntry | undefined {
  // Names first (a syntax match needs them too), then the member path, then the checker.
  for (const entry of candidateEntries(call, entries)) {
    if (env.tools && entry.types && call.tsNode) {
      // `import { after } from 'next/server'; after(...)`: a function imported by name straight from the
      // entry's package is the one its declared type would name. Asking the checker would resolve the
      // import again in each file (0.3-0.8 ms a route file in a fresh checker, for `after` alone).
      if (isImportedFunctionOf(call, entry)) return entry;
      // Only a match by type would take an entry the names do not: none without its package's types.
      const packages = typedPackagesOf(entry);
      if (packages && !mayDeclareTypesOf(packages, env.tools.program) && !matchesBySyntax(call, entry)) continue;
      const verdict = matchesByType(call, entry, env.tools);
      if (verdict === 'match' || (verdict === 'unknownType' && matchesBySyntax(call, entry))) return entry;
      // A known type that is not the client, whose method has no body (a project interface's): names decide, as without types.
      if (verdict === 'noMatch' && matchesBySyntax(call, entry) && hasNoBodyAtAll(call, env.tools)) return { ...entry, label: `${entry.label} (judged by its name: no body to follow)` };
      continue;
    }
    if (matchesBySyntax(call, entry)) return entry;
  }
  return undefined;
}

/**
 * A bare call of a function that the file imports by name from one of the entry's packages, one of
 * the entry's functions (`after` of `next/server`); not a client's method, whose receiver the
 * declared types check (a command-style client's `send` takes any command).
 */
function isImportedFunctionOf(call: CallSummary, entry: CatalogueEntry): boolean {
  if (call.chain.length !== 2 || call.chain[0]?.kind !== 'root' || call.chain[1]?.kind !== 'call') return false;
  const origin = getRootOrigin(call);
  // `import { after } from 'next/server'` itself, not a value made from an import (`const a = make()`).
  if (origin?.factoryName !== undefined || origin?.importedName !== call.names[0]) return false;
  return matchesBySyntax(call, entry);
}

const typedPackages = new WeakMap<CatalogueEntry, readonly string[] | null>();

/** The packages an entry's type specifiers name (receivers, callees, commands); undefined when one is not a package's. */
function typedPackagesOf(entry: CatalogueEntry): readonly string[] | undefined {
  let packages = typedPackages.get(entry);
  if (packages === undefined) {
    const { receivers = [], callees = [], commands = [] } = entry.types ?? {};
    const specifiers = [...receivers, ...callees, ...commands];
    const names = specifiers.flatMap((s) => (typeof s !== 'string' && s.from === 'package' ? [s.package] : []));
    packages = names.length === specifiers.length ? [...new Set(names)] : null;
    typedPackages.set(entry, packages);
  }
  return packages ?? undefined;
}

/** The entries of a catalogue by the method (or imported function) names they can match, built once per catalogue. */
interface EntryIndex {
  byName: Map<string, Set<CatalogueEntry>>;
  /** Entries whose client itself is called (`twilio(...)`): matched by their client-name pattern. */
  byPattern: CatalogueEntry[];
  /** Per name: every entry it can match (by method or pattern), in catalogue order. */
  byNameOrdered: Map<string, readonly CatalogueEntry[]>;
}

const entryIndexes = new WeakMap<readonly CatalogueEntry[], EntryIndex>();

function getEntryIndex(entries: readonly CatalogueEntry[]): EntryIndex {
  let index = entryIndexes.get(entries);
  if (index) return index;
  index = { byName: new Map(), byPattern: [], byNameOrdered: new Map() };
  for (const entry of entries) {
    const names = new Set<string>(entry.types?.methodNames ?? []);
    for (const method of entry.methods) {
      if (method === '') index.byPattern.push(entry);
      else names.add(method.split('.').at(-1) ?? method);
    }
    for (const specifier of entry.types?.callees ?? []) {
      if (typeof specifier !== 'string') for (const name of typeof specifier.name === 'string' ? [specifier.name] : specifier.name) names.add(name);
    }
    for (const name of names) {
      let set = index.byName.get(name);
      if (!set) index.byName.set(name, (set = new Set()));
      set.add(entry);
    }
  }
  entryIndexes.set(entries, index);
  return index;
}

/** The entries whose method names include the call's: necessary for any match, in catalogue order. */
function candidateEntries(call: CallSummary, entries: readonly CatalogueEntry[]): readonly CatalogueEntry[] {
  const last = chainNames(call).at(-1);
  if (!last) return [];
  const index = getEntryIndex(entries);
  const own = candidatesOfName(index, entries, last);
  // A renamed import (`import { waitUntil as defer }`) is matched by its imported name too.
  const imported = call.chain.length === 2 ? getRootOrigin(call)?.importedName : undefined;
  if (!imported || imported === last) return own;
  const renamed = candidatesOfName(index, entries, imported);
  if (renamed.length === 0) return own;
  if (own.length === 0) return renamed;
  const found = new Set<CatalogueEntry>([...own, ...renamed]);
  return entries.filter((entry) => found.has(entry));
}

/** The entries one name can match, in catalogue order (computed once per catalogue and name). */
function candidatesOfName(index: EntryIndex, entries: readonly CatalogueEntry[], name: string): readonly CatalogueEntry[] {
  let list = index.byNameOrdered.get(name);
  if (list) return list;
  const found = new Set<CatalogueEntry>(index.byName.get(name));
  for (const entry of index.byPattern) if (entry.clientNames.test(name)) found.add(entry);
  list = found.size === 0 ? [] : entries.filter((entry) => found.has(entry));
  // Names are the program's own (method and function names): bounded all the same in a long-lived process.
  if (index.byNameOrdered.size >= 20_000) index.byNameOrdered.clear();
  index.byNameOrdered.set(name, list);
  return list;
}

/** Whether a call creates or delivers a notification itself (not through a helper). */
export function findNotificationWork(call: CallSummary, env: ClassifyEnv): NotificationWork | undefined {
  const { strings, specifiers } = userSpecifiers(env.options.notificationFunctions);
  const userNamed = strings.find((dotted) => matchesDottedName(call, dotted));
  if (userNamed) return { channel: 'notification helper', label: `${userNamed} (notificationFunctions)` };
  if (calleeMatchesSpecifiers(call, specifiers, env.tools)) return { channel: 'notification helper', label: `${call.text} (notificationFunctions)` };
  const record = findRecordWrite(call.chain);
  if (record) return { channel: 'notification record', label: record };
  const entry = matchClient(call, DELIVERY_CLIENTS, env);
  if (entry) return { channel: entry.channel as NotificationWork['channel'], label: entry.label };
  if (isChatWebhookRequest(call)) return { channel: 'chat webhook', label: CHAT_WEBHOOK_REQUESTS.label };
  const http = findHttpDelivery(call, env.tools);
  if (http) return http;
  const commanded = findCommandClient(call);
  if (commanded) return { channel: commanded.channel as NotificationWork['channel'], label: commanded.label };
  return undefined;
}

/** AWS SDK v3 style: `client.send(new SendEmailCommand(...))`, by the command's class name, whatever the client. */
function findCommandClient(call: CallSummary): CatalogueEntry | undefined {
  const last = call.chain.at(-1);
  const command = last?.kind === 'call' ? last.args[0]?.newName : undefined;
  if (command === undefined || chainNames(call).at(-1) !== 'send') return undefined;
  return DELIVERY_CLIENTS.find((entry) => commandNames(entry).includes(command));
}

/** Without types: an unresolved helper whose name says it notifies. */
export function isNotificationHelperName(name: string): boolean {
  return NOTIFICATION_HELPER_NAME.test(name) && !READ_HELPER_NAME.test(name);
}

/**
 * Inserts of notification records, by the shapes of the ORMs and query builders. Model and table
 * names are data, not variable names, so this holds with and without types.
 */
function findRecordWrite(chain: readonly ChainLink[]): string | undefined {
  const lastKind = chain.at(-1)?.kind;
  if (lastKind !== 'call' && lastKind !== 'template') return undefined;
  for (let i = 0, link = chain[0]; link; link = chain[++i]) {
    const next = chain[i + 1];
    if (link.kind === 'template' && RAW_INSERT.test(link.text)) return 'raw SQL insert into notifications';
    if (link.kind === 'call' && link.args.some((a) => a.string !== undefined && RAW_INSERT.test(a.string))) {
      return 'raw SQL insert into notifications';
    }
    if (link.kind !== 'member' && link.kind !== 'root' && link.kind !== 'new') continue;
    const name = link.name;
    // Prisma, Mongoose, Sequelize, TypeORM repositories: `<notification model>.create(...)`.
    // The method names first: the model name's test is asked of every link of every call otherwise.
    if (next?.kind === 'member' && RECORD_WRITE_METHODS.has(next.name) && chain[i + 2]?.kind === 'call' && NOTIFICATION_NAME.test(name)) {
      return `${name}.${next.name}`;
    }
    if (link.kind !== 'member' || next?.kind !== 'call' || !TABLE_TAKING_METHODS.has(name)) continue;
    const firstArg = next.args[0];
    const argName = firstArg?.string ?? firstArg?.identifier?.split('.').at(-1);
    const namesNotifications = argName !== undefined && NOTIFICATION_NAME.test(argName);
    if (!namesNotifications) continue;
    const later = chain.slice(i + 2).some((l) => l.kind === 'member' && QUERY_INSERT_METHODS.has(l.name));
    // Drizzle `insert(notifications)`, Kysely `insertInto('notifications')`, Knex `.into('notifications')`.
    if (name === 'insert' || name === 'insertInto' || name === 'into') return `${name}(${argName})`;
    // Supabase `from('notifications').insert(...)`, TypeORM `getRepository(Notification).save(...)`.
    if ((name === 'from' || name === 'table') && later) return `${name}(${argName}).insert`;
    if (name === 'getRepository' && chain.slice(i + 2).some((l) => l.kind === 'member' && RECORD_WRITE_METHODS.has(l.name))) {
      return `getRepository(${argName})`;
    }
    // TypeORM entity manager: `manager.save(Notification, {...})`.
    if ((name === 'save' || name === 'insert') && i + 1 === chain.length - 1) return `${name}(${argName})`;
  }
  // Knex: `knex('notifications').insert(...)`.
  const [root, call] = chain;
  if (root?.kind === 'root' && call?.kind === 'call') {
    const table = call.args[0]?.string;
    if (table && NOTIFICATION_NAME.test(table) && chain.some((l) => l.kind === 'member' && QUERY_INSERT_METHODS.has(l.name))) {
      return `${root.name}(${table}).insert`;
    }
  }
  return undefined;
}

function isChatWebhookRequest(call: CallSummary): boolean {
  const last = call.chain.at(-1);
  const name = chainNames(call).at(-1);
  if (last?.kind !== 'call' || !name || !CHAT_WEBHOOK_REQUESTS.senders.has(name)) return false;
  const url = last.args[0];
  return (
    (url?.string !== undefined && CHAT_WEBHOOK_REQUESTS.urls.test(url.string)) ||
    (url?.identifier !== undefined && CHAT_WEBHOOK_REQUESTS.urlNames.test(url.identifier))
  );
}
