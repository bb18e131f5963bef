/**
 * What the rule knows about the file being linted, kept until the next file arrives. ESLint lints
 * one file at a time, so one slot holds what a `WeakMap` keyed by the file's objects would, and it
 * lets go of the last file's answers (which reach its whole AST) as soon as the next file is asked
 * about. A `WeakMap` kept them until a mark-compact found their key dead: in an untyped lint of the
 * light corpus, four of six runs ended with a peak RSS of 443–468 MB (a mark-compact left 77–79 MB
 * live instead of about 50), against 352–394 MB with these slots (bench/performance-notes.md).
 */
export class LastFileCache<K extends object, V> {
  private key: K | undefined;
  private value: V | undefined;

  get(key: K): V | undefined {
    return key === this.key ? this.value : undefined;
  }

  set(key: K, value: V): void {
    this.key = key;
    this.value = value;
  }
}
