import type { ArgumentFact, CallSummary, ChainLink, FunctionSummary, RootOrigin } from './model.js';
import type { SummarizedKind, SyntaxView } from './views/syntax-view.js';

interface Use<N> { usage: CallSummary['usage']; enclosing?: N }

const THEN_METHODS = new Set(['then', 'catch', 'finally']);
const COLLECTION_ADDS = new Set(['push', 'unshift']);
/** How many stored values (`const p = send(); list.push(p)`) a use is followed through. */
const MAX_STORED_DEPTH = 3;
// Keyed by the function node: an edited file gets new nodes, so a stale summary is never read.
const summaries = new WeakMap<object, FunctionSummary>();
// The summaries that leave out the calls `keep` turns away (one test: mightMatterWithoutTypes).
const keptSummaries = new WeakMap<object, FunctionSummary>();

/** Whether a call (the head of its chain) is summarised; the calls it turns away are recorded only when a kept call's use leads to them. */
export type KeepCall<N extends object> = (call: N, view: SyntaxView<N>) => boolean;

/**
 * The calls a function makes and how each result is used, read through a syntax view (memoised per
 * function node). With `keep`, only the calls it keeps, and the calls that theirs flow into.
 */
export function summarizeFunction<N extends object>(fn: N, view: SyntaxView<N>, keep?: KeepCall<N>): FunctionSummary {
  const memo = keep ? keptSummaries : summaries;
  const cached = memo.get(fn);
  if (cached) return cached;
  const summary: FunctionSummary = { calls: [] };
  memo.set(fn, summary);
  new Summarizer(view, fn, summary.calls, keep).walkFunction(fn);
  return summary;
}

class Summarizer<N extends object> {
  private readonly byNode = new Map<N, CallSummary>();

  constructor(
    private readonly view: SyntaxView<N>,
    private readonly root: N,
    private readonly calls: CallSummary[],
    private readonly keep: KeepCall<N> | undefined,
  ) {}

  walkFunction(fn: N): void {
    const { view } = this;
    const { params, body } = view.partsOf(fn);
    for (const param of params) view.walkSummarized(param, this.enter);
    if (body) view.walkSummarized(body, this.enter);
  }

  /** Each call, function and declaration of the walk: whether to walk into it. */
  private readonly enter = (node: N, kind: SummarizedKind): boolean => {
    switch (kind) {
      case 'declaration':
        return false;
      case 'function':
        // Callbacks passed to a call (and IIFEs) run as part of that call; other functions only when
        // called, and the call graph follows them then.
        if (callbackCall(node, this.view)) this.walkFunction(node);
        return false;
      default:
        // A link inside a longer chain (`db.insert(t)` in `db.insert(t).values(v)`): the head records it.
        if (isChainHead(node, this.view) && (!this.keep || this.keep(node, this.view))) this.record(node);
        return true;
    }
  };

  private record(node: N): CallSummary {
    const existing = this.byNode.get(node);
    if (existing) return existing;
    const { view } = this;
    const { chain, rootNode, thisMember } = buildChain(node, view);
    const { usage, enclosing } = this.usageOf(node, 0);
    const callee = chain.length === 3 && chain[1]?.kind === 'member' ? skipWrappers(view.innerOf(node), view) : undefined;
    const localTarget =
      rootNode && chain.length === 2 ? view.localFunctionOf(rootNode) : callee && view.kindOf(node) === 'call' && view.kindOf(callee) === 'member' ? view.localMethodOf(callee) : undefined;
    // Every field set here, in one order, whichever view made it: every summary has one shape, so the
    // code that reads summaries of both files' calls reads one kind of object. (The nodes spread, not
    // named one by one: that cost the typed lint more in cachegrind's count, for a reason of V8's.)
    const summary: CallSummary = {
      chain,
      names: namesOf(chain),
      text: chainText(chain),
      usage,
      enclosing: undefined,
      rootOrigin: undefined,
      findRootOrigin: rootNode ? () => findRootOrigin(rootNode, view) : thisMember ? () => originOfThisField(thisMember, view) : undefined,
      ...view.nodesOf(node),
      localTarget,
      classifiedBy: undefined,
      classification: undefined,
      resolvedBy: undefined,
      target: undefined,
    };
    if (view.findsOriginsAtOnce) getRootOrigin(summary);
    this.byNode.set(node, summary);
    if (enclosing) summary.enclosing = this.record(enclosing);
    this.calls.push(summary);
    return summary;
  }

  /**
   * How the value of `node` is used, relative to the summarised function: awaited (or returned)
   * by it, floating, unknown, or flowing into an enclosing call whose own use decides.
   */
  private usageOf(node: N, depth: number): Use<N> {
    const { view } = this;
    let current = node;
    for (;;) {
      const parent = view.parentOf(current);
      if (!parent) return { usage: 'unknown' };
      switch (view.roleOf(current, parent)) {
        case 'awaited':
        case 'returned':
        case 'forAwaitIterable':
          return this.insideCallback(parent, 'awaited');
        case 'discarded':
          return this.insideCallback(parent, 'floating');
        case 'arrowBody':
          return this.functionResult(parent);
        case 'passedThrough':
          current = parent;
          continue;
        case 'variableInit': {
          const binding = view.bindingOf(parent);
          if (!binding || depth > MAX_STORED_DEPTH) return { usage: 'unknown' };
          return this.usageOfReads(binding, parent, depth);
        }
        case 'argument': {
          // `promises.push(send())`: the array's own use decides (`await Promise.all(promises)`).
          const collection = depth <= MAX_STORED_DEPTH ? collectionOf(parent, view) : undefined;
          if (collection) return this.usageOfReads(collection, parent, depth + 1);
          return { usage: 'viaEnclosing', enclosing: chainHeadOf(parent, view) };
        }
        case 'memberObject': {
          const call = view.parentOf(parent);
          const name = view.memberNameOf(parent);
          if (name && THEN_METHODS.has(name) && call && isCallOf(call, parent, view)) return { usage: 'viaEnclosing', enclosing: chainHeadOf(call, view) };
          return { usage: 'unknown' };
        }
        default:
          return { usage: 'unknown' };
      }
    }
  }

  /** A use inside a callback passed to a call takes the enclosing call's use when it completes with the callback. */
  private insideCallback(at: N, usage: 'awaited' | 'floating'): Use<N> {
    const fn = enclosingFunction(at, this.view);
    if (!fn || fn === this.root) return { usage };
    const call = callbackCall(fn, this.view);
    if (!call) return { usage: 'unknown' };
    return usage === 'awaited' ? { usage: 'viaEnclosing', enclosing: call } : { usage: 'floating', enclosing: call };
  }

  private functionResult(fn: N): Use<N> {
    if (fn === this.root) return { usage: 'awaited' };
    const call = callbackCall(fn, this.view);
    return call ? { usage: 'viaEnclosing', enclosing: call } : { usage: 'unknown' };
  }

  /** The use of a value through the later reads of the variable holding it; never read means floating. */
  private usageOfReads(identifier: N, anchor: N, depth: number): Use<N> {
    // Adding to a collection (`list.push(...)`) is not a use of what it holds.
    const reads = this.view.readsOf(identifier).filter((read) => !isCollectionAdd(read, this.view));
    let best: Use<N> = { usage: 'floating' };
    for (const read of reads) {
      const use = this.usageOf(read, depth + 1);
      if (use.usage === 'awaited') return use;
      if (use.usage === 'viaEnclosing' || (use.usage === 'unknown' && best.usage === 'floating')) best = use;
    }
    return best.usage === 'floating' ? this.insideCallback(anchor, 'floating') : best;
  }
}

/** Where a call's root comes from (`CallSummary.rootOrigin`), found on the first question. */
export function getRootOrigin(call: CallSummary): RootOrigin | undefined {
  const find = call.findRootOrigin;
  if (find) {
    call.rootOrigin = find();
    call.findRootOrigin = undefined;
  }
  return call.rootOrigin;
}

function originOfThisField<N extends object>(thisMember: N, view: SyntaxView<N>): RootOrigin | undefined {
  const value = view.thisFieldValueOf(thisMember);
  return value ? originOfValue(value, view, undefined, 0) : undefined;
}

/** Whether `call` is a call (not `new`) whose callee is `callee`. */
function isCallOf<N extends object>(call: N, callee: N, view: SyntaxView<N>): boolean {
  return view.kindOf(call) === 'call' && view.innerOf(call) === callee;
}

/** The node and its parent once the wrappers around it (parentheses, `as`, `!`) are left. */
function outside<N extends object>(node: N, view: SyntaxView<N>): { current: N; parent: N | undefined } {
  let current = node;
  let parent = view.parentOf(node);
  while (parent && view.kindOf(parent) === 'wrapper') {
    current = parent;
    parent = view.parentOf(parent);
  }
  return { current, parent };
}

/** The call that runs a function: the call it is an argument of, or the call of an IIFE. */
function callbackCall<N extends object>(fn: N, view: SyntaxView<N>): N | undefined {
  const { current, parent } = outside(fn, view);
  if (!parent) return undefined;
  const kind = view.kindOf(parent);
  if (kind !== 'call' && kind !== 'new') return undefined;
  const role = view.roleOf(current, parent);
  return role === 'callee' || role === 'argument' ? chainHeadOf(parent, view) : undefined;
}

function enclosingFunction<N extends object>(node: N, view: SyntaxView<N>): N | undefined {
  for (let current = view.parentOf(node); current; current = view.parentOf(current)) {
    if (view.kindOf(current) === 'function') return current;
  }
  return undefined;
}

/** A call is the head of its chain unless it is the object of a further member call (`.then` splits chains). */
function isChainHead<N extends object>(node: N, view: SyntaxView<N>): boolean {
  const { current, parent } = outside(node, view);
  if (!parent) return true;
  const role = view.roleOf(current, parent);
  if (role === 'tag') return false;
  if (role !== 'memberObject') return true;
  const name = view.memberNameOf(parent);
  if (name && THEN_METHODS.has(name)) return true;
  const call = view.parentOf(parent);
  return !(call && isCallOf(call, parent, view));
}

function chainHeadOf<N extends object>(node: N, view: SyntaxView<N>): N {
  let head = node;
  while (!isChainHead(head, view)) {
    let parent = view.parentOf(head);
    while (parent && view.kindOf(parent) !== 'call' && view.kindOf(parent) !== 'taggedTemplate') parent = view.parentOf(parent);
    if (!parent) break;
    head = parent;
  }
  return head;
}

/** `list.push(x)`: the identifier `list` when `call` adds to a collection held in a variable. */
function collectionOf<N extends object>(call: N, view: SyntaxView<N>): N | undefined {
  if (view.kindOf(call) !== 'call') return undefined;
  const callee = view.innerOf(call);
  if (view.kindOf(callee) !== 'member' || !COLLECTION_ADDS.has(view.memberNameOf(callee) ?? '')) return undefined;
  // `(list as Promise<void>[]).push(p)`: TypeScript keeps the parentheses as a node, ESTree does not.
  const object = skipWrappers(view.innerOf(callee), view);
  return view.kindOf(object) === 'identifier' ? object : undefined;
}

function isCollectionAdd<N extends object>(identifier: N, view: SyntaxView<N>): boolean {
  const { current, parent: member } = outside(identifier, view);
  if (!member || view.kindOf(member) !== 'member' || view.roleOf(current, member) !== 'memberObject') return false;
  const call = view.parentOf(member);
  return COLLECTION_ADDS.has(view.memberNameOf(member) ?? '') && call !== undefined && isCallOf(call, member, view);
}

/** `p.then(...)`, `p.catch(...)`, `p.finally(...)`: a call that splits a callee chain. */
export function isThenCall<N extends object>(node: N, view: SyntaxView<N>): boolean {
  const callee = skipWrappers(view.innerOf(node), view);
  return view.kindOf(callee) === 'member' && THEN_METHODS.has(view.memberNameOf(callee) ?? '');
}

/** The node inside parentheses, `as`, `satisfies` and `!`. */
export function skipWrappers<N extends object>(node: N, view: SyntaxView<N>): N {
  let current = node;
  while (view.kindOf(current) === 'wrapper') current = view.innerOf(current);
  return current;
}

/** The links of a callee chain, root first, and the root identifier (or the member read from `this`) when there is one. */
function buildChain<N extends object>(node: N, view: SyntaxView<N>): { chain: ChainLink[]; rootNode?: N; thisMember?: N } {
  const links: ChainLink[] = [];
  let current = node;
  let member: N | undefined;
  for (let guard = 0; guard < 64; guard++) {
    switch (view.kindOf(current)) {
      case 'call':
        if (current !== node && isThenCall(current, view)) break;
        links.push({ kind: 'call', args: view.argumentsOf(current).map((arg) => argumentFact(arg, view)) });
        current = view.innerOf(current);
        continue;
      case 'taggedTemplate':
        links.push({ kind: 'template', text: view.textOf(current) });
        current = view.innerOf(current);
        continue;
      case 'new': {
        const callee = view.innerOf(current);
        const calleeKind = view.kindOf(callee);
        const name = calleeKind === 'identifier' ? view.nameOf(callee) : calleeKind === 'member' ? view.memberNameOf(callee) : undefined;
        if (name === undefined) break;
        links.push({ kind: 'new', name, args: view.argumentsOf(current).map((arg) => argumentFact(arg, view)) });
        if (calleeKind === 'identifier') return { chain: links.reverse(), rootNode: callee };
        // `new OneSignal.DefaultApi()`: the namespace is the root.
        current = view.innerOf(callee);
        continue;
      }
      case 'member': {
        const name = view.memberNameOf(current);
        links.push(name === undefined ? { kind: 'opaque' } : { kind: 'member', name });
        member = current;
        current = view.innerOf(current);
        continue;
      }
      case 'wrapper':
      case 'await':
        current = view.innerOf(current);
        continue;
      case 'identifier':
        links.push({ kind: 'root', name: view.nameOf(current) });
        return { chain: links.reverse(), rootNode: current };
      case 'this': {
        links.push({ kind: 'root', name: 'this' });
        const thisMember = member && view.innerOf(member) === current ? member : undefined;
        return thisMember ? { chain: links.reverse(), thisMember } : { chain: links.reverse() };
      }
      default:
        break;
    }
    break;
  }
  links.push({ kind: 'opaque' });
  return { chain: links.reverse() };
}

/** Short dotted text of a chain, for messages: `db.notification.create`, `db.insert().values`. */
/** The names along a chain, root first, without call links; an opaque link has none (''). Asked of every call by every catalogue check. */
function namesOf(chain: readonly ChainLink[]): readonly string[] {
  const names: string[] = [];
  for (const link of chain) {
    if (link.kind === 'root' || link.kind === 'member' || link.kind === 'new') names.push(link.name);
    else if (link.kind === 'opaque') names.push('');
  }
  return names;
}

function chainText(chain: readonly ChainLink[]): string {
  let text = '';
  chain.forEach((link, index) => {
    switch (link.kind) {
      case 'root':
        text += link.name;
        break;
      case 'member':
        text += text ? `.${link.name}` : link.name;
        break;
      case 'call':
        if (index !== chain.length - 1) text += '()';
        break;
      case 'new':
        text += `new ${link.name}()`;
        break;
      case 'template':
        text += '``';
        break;
      case 'opaque':
        text += text ? '.…' : '…';
        break;
    }
  });
  return text;
}

function argumentFact<N extends object>(node: N, view: SyntaxView<N>): ArgumentFact {
  const arg = skipWrappers(node, view);
  const kind = view.kindOf(arg);
  const fact: ArgumentFact = { isObject: kind === 'object', isFunction: kind === 'function' };
  if (kind === 'new') {
    const callee = view.innerOf(arg);
    if (view.kindOf(callee) === 'identifier') fact.newName = view.nameOf(callee);
  }
  if (kind === 'string') fact.string = view.textOf(arg);
  else {
    const path = dottedPath(arg, view);
    if (path) fact.identifier = path;
  }
  return fact;
}

function dottedPath<N extends object>(node: N, view: SyntaxView<N>): string | undefined {
  const kind = view.kindOf(node);
  if (kind === 'identifier') return view.nameOf(node);
  if (kind === 'wrapper') return dottedPath(view.innerOf(node), view);
  if (kind !== 'member') return undefined;
  const name = view.memberNameOf(node);
  const object = dottedPath(view.innerOf(node), view);
  return name && object ? `${object}.${name}` : undefined;
}

/** Where a callee's root identifier comes from: an import, directly or through `new X()` / `X()` / `a.b`. */
function findRootOrigin<N extends object>(identifier: N, view: SyntaxView<N>, depth = 0): RootOrigin | undefined {
  const binding = view.bindingOfIdentifier(identifier);
  if (binding?.kind === 'import') return binding.origin;
  if (binding?.kind !== 'variable' || !binding.init || depth >= 2) return undefined;
  return originOfValue(binding.init, view, identifier, depth);
}

/** Where a stored value comes from: the origin of the root its expression starts at (not `identifier` itself). */
function originOfValue<N extends object>(value: N, view: SyntaxView<N>, identifier: N | undefined, depth: number): RootOrigin | undefined {
  let init = skipWrappers(value, view);
  if (view.kindOf(init) === 'await') init = skipWrappers(view.innerOf(init), view);
  const kind = view.kindOf(init);
  const made = kind === 'call' || kind === 'new' ? buildChain(init, view) : undefined;
  const root = made ? made.rootNode : rootIdentifier(init, view);
  const origin = root && root !== identifier ? findRootOrigin(root, view, depth + 1) : undefined;
  // `const mail = getResend()`: the getter's name says which client the variable holds.
  const [first, second] = made?.chain ?? [];
  if (made?.chain.length === 2 && first?.kind === 'root' && second?.kind === 'call') return { ...origin, factoryName: first.name };
  return origin;
}

function rootIdentifier<N extends object>(node: N, view: SyntaxView<N>): N | undefined {
  const kind = view.kindOf(node);
  if (kind === 'identifier') return node;
  if (kind === 'member') return rootIdentifier(view.innerOf(node), view);
  return undefined;
}

