import type { TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';

/** How a call's result is used by the function that makes it. */
export type Usage =
  /** awaited, returned from the function, or inside an awaited Promise.all / .then chain */
  | 'awaited'
  /** started and neither awaited nor handed off */
  | 'floating'
  /** passed to a hand-off (`after(...)`, `waitUntil(...)`) */
  | 'handedOff'
  /** stored somewhere the rule cannot follow: neither reported nor trusted */
  | 'unknown';

/** One argument of a call, reduced to the facts classification needs. */
export interface ArgumentFact {
  /** The text of a string literal or template literal without expressions. */
  string?: string;
  /** The name of an identifier argument (a Drizzle table, a model class). */
  identifier?: string;
  /** The class of a `new X()` argument (`SendEmailCommand`). */
  newName?: string;
  isObject: boolean;
  isFunction: boolean;
}

/** One link of a callee chain, from its root: `db`, `.insert`, `(notifications)`, `.values`, `(...)`. */
export type ChainLink =
  | { kind: 'root'; name: string }
  | { kind: 'member'; name: string }
  | { kind: 'call'; args: ArgumentFact[] }
  | { kind: 'new'; name: string; args: ArgumentFact[] }
  | { kind: 'template'; text: string }
  | { kind: 'opaque' };

/** Where a bare root identifier of a callee chain comes from, when the syntax tells. */
export interface RootOrigin {
  /** `import ... from 'source'` that binds the root, directly or through `new X()` / `X()`. */
  importSource?: string;
  /** The name imported (`default` for a default import). */
  importedName?: string;
  /** The function whose call made the root's value: `getResend` for `const mail = getResend()`. */
  factoryName?: string;
}

/** One call a function makes, from either AST: the core's common language. */
export interface CallSummary {
  chain: ChainLink[];
  /** The names along the chain, root first, without call links (`admin.messaging().send` → admin, messaging, send; '' for an opaque link). */
  names: readonly string[];
  /** The callee as a short dotted text, for messages: `resend.emails.send`. */
  text: string;
  /**
   * The use relative to the summarised function. `viaEnclosing`: the value flows into `enclosing`
   * (an argument, an element of `Promise.all([...])`, the base of `.then`, awaited inside a callback),
   * so the enclosing call's own use decides.
   */
  usage: Usage | 'viaEnclosing';
  /** The nearest call whose arguments (or callbacks) contain this one: hand-offs and transactions wrap work this way. */
  enclosing: CallSummary | undefined;
  /**
   * Where the callee's root comes from (an import, the call or `new` that made it): read it with
   * `getRootOrigin` (summarize.ts), which finds it on first use. Most calls are turned away by their
   * names before anything asks, and finding it means a scope look-up (or the checker's, in other files).
   */
  rootOrigin: RootOrigin | undefined;
  /** Finds `rootOrigin` until `getRootOrigin` has asked once. */
  findRootOrigin: (() => RootOrigin | undefined) | undefined;
  /** The ESTree node, when the call is in the linted file (reports and fixes need it). */
  estree: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.TaggedTemplateExpression | undefined;
  /** The TypeScript node, when type information is available. */
  tsNode: ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression | undefined;
  /** Same-file function the callee names, found by scope (the syntax-only way of following calls). */
  localTarget: FunctionRef | undefined;
  /**
   * The call graph's conclusions about a call of the linted file, each with the conclusion cache it
   * belongs to (one program and set of options): read and kept only through conclusion-cache.ts.
   */
  classifiedBy: object | undefined;
  classification: CallKind | undefined;
  resolvedBy: object | undefined;
  /** The function the call runs (null: none of the program's), when `resolvedBy` is set. */
  target: FunctionRef | null | undefined;
}

/** A function body the analysis can summarise: an ESTree node of the linted file or a TypeScript node of any file. */
export type FunctionRef =
  | { kind: 'estree'; node: TSESTree.FunctionLike; name: string }
  | { kind: 'ts'; node: ts.SignatureDeclaration; name: string; fileName: string };

/** What a function does, as far as this rule cares. */
export interface FunctionSummary {
  calls: CallSummary[];
}

/** A channel of notification work. */
export type Channel =
  | 'notification record'
  | 'email'
  | 'push'
  | 'SMS'
  | 'notification platform'
  | 'chat webhook'
  | 'chat'
  | 'notification helper';

/** A call recognised as creating or delivering a notification. */
export interface NotificationWork {
  channel: Channel;
  /** What was recognised: `Resend`, `Prisma notification.create`, `notificationFunctions option`. */
  label: string;
}

/** A call recognised as handing work off. */
export interface HandOff {
  label: string;
}

/** What a call is, once classified. */
export type CallKind =
  | { kind: 'work'; work: NotificationWork }
  | { kind: 'handOff'; handOff: HandOff }
  | { kind: 'other' };

/** One step of the path from a handler's call to the work it reaches. */
export interface PathStep {
  text: string;
  fileName?: string;
}

/** A handler's call that leads to notification work. */
export interface Finding {
  handler: Handler;
  call: CallSummary & { estree: NonNullable<CallSummary['estree']> };
  /** The project function the call runs, when it was followed (the suggestion names its parameters). */
  target?: FunctionRef;
  usage: 'awaited' | 'floating';
  work: NotificationWork;
  /** From the handler's call to the work, inclusive. */
  path: PathStep[];
  inTransaction: boolean;
  /** A delivery endpoint or a webhook receiver (delivery-endpoints.ts): its message says why it is reported all the same. */
  endpoint?: EndpointKind;
}

/** What a handler's message says about it: the delivery is its action, or it receives a third party's webhooks. */
export type EndpointKind = 'delivery' | 'webhook';

/** The kinds of handler SPEC names. */
export type HandlerKind = 'route' | 'pagesApi' | 'serverAction';

/** A function that serves a user's request. */
export interface Handler {
  kind: HandlerKind;
  /** As messages name it: `POST`, `handler` (a Pages API default export), `likePost`. */
  name: string;
  /** The name it is exported under (`POST`, `default`), when it is exported. */
  exportName: string | undefined;
  node: TSESTree.FunctionLike;
}
