import type { CallSummary, FunctionRef, RootOrigin } from '../model.js';

/** What a node is, as far as call summaries care. Both ASTs are read through these kinds only. */
export type NodeKind =
  | 'call'
  | 'new'
  | 'taggedTemplate'
  | 'member'
  | 'identifier'
  | 'this'
  | 'await'
  /** Parentheses, `as`, `satisfies`, `!`, `<T>x`, and ESTree's `ChainExpression`: the value passes through. */
  | 'wrapper'
  /** Any function with a body: declarations, expressions, arrows, methods, accessors. */
  | 'function'
  /** Classes, interfaces and type aliases: nothing in them runs as part of the function. */
  | 'declaration'
  /** A string literal or a template literal (with or without expressions). */
  | 'string'
  | 'object'
  | 'other';

/** The kinds of node the summarizer's walk stops at (`SyntaxView.walkSummarized`). */
export type SummarizedKind = Extract<NodeKind, 'call' | 'new' | 'taggedTemplate' | 'function' | 'declaration'>;

/** Whether a kind is one the summarizer's walk stops at. */
export function isSummarizedKind(kind: NodeKind): kind is SummarizedKind {
  return kind === 'call' || kind === 'new' || kind === 'taggedTemplate' || kind === 'function' || kind === 'declaration';
}

/** The role of a node in its parent, for following a value up to where it is used. */
export type Role =
  /** the operand of `await` */
  | 'awaited'
  /** the argument of `return` */
  | 'returned'
  /** the expression body of an arrow function */
  | 'arrowBody'
  /** a wrapper's operand, a logical operand, an array element, a spread, a branch of `?:`, the last of a sequence */
  | 'passedThrough'
  /** the test of `?:` */
  | 'conditionTest'
  /** an expression statement, the operand of `void`, an element of a sequence before its last */
  | 'discarded'
  /** the iterable of `for await (... of x)` */
  | 'forAwaitIterable'
  /** the initializer of a variable declarator with a plain name */
  | 'variableInit'
  /** the callee of a call or `new` */
  | 'callee'
  /** an argument of a call or `new` */
  | 'argument'
  /** the object of a member access */
  | 'memberObject'
  /** the tag of a tagged template */
  | 'tag'
  | 'other';

/** What a callee's root identifier is bound to, as far as the syntax (or name resolution) tells. */
export type Binding<N> =
  | { kind: 'import'; origin: Required<Pick<RootOrigin, 'importSource' | 'importedName'>> }
  | { kind: 'variable'; init: N | undefined }
  | { kind: 'other' };

/**
 * A read-only window onto one AST: the ESTree of the linted file (`views/estree.ts`) or the
 * TypeScript nodes of another file (`views/typescript.ts`). The summarizer asks only these
 * questions, so the same code gets the same summary whichever file it sits in.
 */
export interface SyntaxView<N extends object> {
  /**
   * Whether a call's root origin is found when its summary is made. The TypeScript view's summaries
   * are kept per unchanged `SourceFile` from one program to the next (the editor's), so a summary
   * that finds its origin later would hold on to the checker it was made with; the linted file's
   * summaries go with its ESTree, and find theirs when first asked (`getRootOrigin`).
   */
  readonly findsOriginsAtOnce: boolean;
  kindOf(node: N): NodeKind;
  parentOf(node: N): N | undefined;
  /**
   * Walks `node` and what it holds that can hold calls (no type annotations, no decorators), in
   * source order, and calls `enter` with each node of the kinds the summarizer acts on: calls,
   * `new`, tagged templates, functions and declarations. A node's children are walked when `enter`
   * returns true; nodes of other kinds are walked through without a call. The summarizer reads
   * every node of every function it summarises: one walk inside the view, not a question per node.
   */
  walkSummarized(node: N, enter: (node: N, kind: SummarizedKind) => boolean): void;
  /** The role of `child` in its parent `parent`. */
  roleOf(child: N, parent: N): Role;
  /** The operand of a wrapper or `await`, the callee of a call or `new`, the tag of a tagged template, the object of a member. */
  innerOf(node: N): N;
  /** The arguments of a call or `new` (none for a tagged template). */
  argumentsOf(node: N): readonly N[];
  /** A member's static name: `a.b`, `a['b']`, `this.#b` give `b`; a computed key gives undefined. */
  memberNameOf(member: N): string | undefined;
  /** The name of an identifier. */
  nameOf(identifier: N): string;
  /** The text of a string or template literal, or of a tagged template's template, `${}` for each expression. */
  textOf(node: N): string;
  /** The plain name a variable declarator binds, when the value's role is `variableInit`. */
  bindingOf(declarator: N): N | undefined;
  /** The reads of the variable an identifier names or declares, in any nested scope (writes are not reads). */
  readsOf(identifier: N): readonly N[];
  /** What the variable an identifier refers to is bound to. */
  bindingOfIdentifier(identifier: N): Binding<N> | undefined;
  /** The parameters and body of a function. */
  partsOf(fn: N): { params: readonly N[]; body: N | undefined };
  /** The same-file function a bare identifier names, found by scope (the syntax-only way of following calls). */
  localFunctionOf(identifier: N): FunctionRef | undefined;
  /**
   * The same-file method a member call runs, found by syntax: `this.deliver` inside a class, or
   * `manager.welcome` where `const manager = new Manager()` and `Manager` is a class of the file.
   */
  localMethodOf(member: N): FunctionRef | undefined;
  /** The value a class field read through `this` holds (`this.client` with `client = new Resend()`, or `this.client = ...` in the constructor). */
  thisFieldValueOf(member: N): N | undefined;
  /** The nodes a call summary keeps, for reports (ESTree) and the checker (TypeScript): both keys, either undefined. */
  nodesOf(call: N): { estree: CallSummary['estree']; tsNode: CallSummary['tsNode'] };
}
