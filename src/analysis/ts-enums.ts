import ts from './typescript.cjs';

// TypeScript's enums as plain constants. Every export of typescript.js is a getter (its bundle's
// `__export`), so each `ts.SyntaxKind.X` is a function call, and the analysis compares kinds and
// flags for every node it walks and every symbol and type it reads: about 20 ms of the rule's
// 1.0 s in a typed lint of the bench's light corpus went to the getters themselves.
export const { IndexKind, ModifierFlags, ObjectFlags, SymbolFlags, SyntaxKind, TypeFlags } = ts;
