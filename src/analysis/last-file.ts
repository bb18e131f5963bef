/**
 * What the rule knows about the file being linted, kept until the next file arrives. ESLint lints
 * one file at a time, so one slot holds what a `WeakMap` keyed by the file's objects would, and it
 * lets go of the last file's answers (which reach its whole AST) as soon as the next file is asked
 * about, while they are still young, instead of when a mark-compact finds their key dead.
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
