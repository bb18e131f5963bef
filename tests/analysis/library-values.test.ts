// What the analysis takes to come from a library without asking the checker to infer it
// (src/analysis/resolve-target.ts `isLibraryExpression`), and which packages a program has types
// of (src/analysis/type-utils.ts `mayDeclareTypesOf`): both spare the checker questions whose
// answer is known, so each must say "library" or "absent" only where that is certain.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { isLibraryExpression } from '../../src/analysis/resolve-target.js';
import { mayDeclareTypesOf } from '../../src/analysis/type-utils.js';
import { createVirtualHost } from './virtual-program.js';

const FILES: Record<string, string> = {
  '/virtual/node_modules/db-lib/package.json': '{ "name": "db-lib", "version": "1.0.0", "types": "index.d.ts" }',
  '/virtual/node_modules/db-lib/index.d.ts': `
export interface Row { id: string; title: string }
export declare const db: { create(args: { data: Record<string, unknown>; hooks?: Record<string, unknown> }): Promise<Row> };
export declare class Client { constructor(options?: { log?: string[] }); rows: typeof db }
`,
  '/virtual/node_modules/@types/mail-lib/package.json': '{ "name": "@types/mail-lib", "version": "1.0.0", "types": "index.d.ts" }',
  '/virtual/node_modules/@types/mail-lib/index.d.ts': 'export declare function send(to: string): Promise<void>;',
  '/virtual/ambient.d.ts': "declare module 'ambient-mail' { export function deliver(to: string): Promise<void>; }",
  '/virtual/notify.ts': 'export async function notify(id: string): Promise<void> {}',
  '/virtual/factories.ts': `
import { Client } from 'db-lib';
import { notify } from './notify';
declare const supported: string | undefined;
// Prisma's Next.js singleton: a factory of the program that returns the library's client.
const clientSingleton = () => new Client({ log: ['query'] });
function makeClient() {
  if (supported) return new Client();
  return clientSingleton();
}
const singleton = clientSingleton();
async function makeAsync() { return new Client(); }
function* makeMany() { yield new Client(); }
function maybeClient() {
  if (supported) return;
  return new Client();
}
const ownFactory = () => ({ notify });
const handlerFactory = (onRow: () => void) => new Client({ log: [String(onRow)] });
probe(clientSingleton().rows, makeClient().rows, singleton.rows, makeAsync().then, makeMany().next, maybeClient().rows, ownFactory().notify, handlerFactory(notify).rows);
declare function probe(...values: unknown[]): void;
`,
  '/virtual/app.ts': `
import { db } from 'db-lib';
import { send } from 'mail-lib';
import { notify } from './notify';
declare const supported: string | undefined;
declare function extensionOf(name: string): string;
async function handler(name: string) {
  const type = supported || extensionOf(name);
  const flagged = type === 'zip' || !name;
  const plain = await db.create({ data: { name, type, flagged } });
  const fallback = supported ?? notify;
  const choice = flagged ? undefined : notify;
  const alias = notify;
  const viaFallback = await db.create({ data: { fallback } });
  const viaChoice = await db.create({ data: { choice } });
  const viaAlias = await db.create({ data: {}, hooks: { alias } });
  probe(plain.id, viaFallback.id, viaChoice.id, viaAlias.id);
  await send(plain.title);
}
declare function probe(...values: unknown[]): void;
`,
};

function createProgram(): ts.Program {
  const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts'], noEmit: true };
  return ts.createProgram(['/virtual/app.ts', '/virtual/factories.ts', '/virtual/ambient.d.ts'], options, createVirtualHost(FILES, options));
}

describe('values that come from a library', () => {
  const program = createProgram();
  const checker = program.getTypeChecker();
  const probed = new Map<string, ts.PropertyAccessExpression>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'probe') {
      for (const arg of node.arguments) if (ts.isPropertyAccessExpression(arg)) probed.set(arg.getText(), arg);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of ['/virtual/app.ts', '/virtual/factories.ts']) {
    const source = program.getSourceFile(file);
    if (source) visit(source);
  }
  const isLibraryRow = (source: string): boolean => {
    const member = probed.get(source);
    if (!member) throw new Error(`no probe ${source}`);
    return isLibraryExpression(member.expression, checker, program, member.name.text);
  };

  it("takes a library call's result for the library's when its arguments hold only values that cannot be functions", () => {
    // `supported || extensionOf(name)` and `type === 'zip' || !name` are strings and booleans.
    expect(isLibraryRow('plain.id')).toBe(true);
  });

  it('does not when an argument may hold a function of the program: a fallback, a condition or a name that leads to one', () => {
    expect(isLibraryRow('viaFallback.id')).toBe(false);
    expect(isLibraryRow('viaChoice.id')).toBe(false);
    expect(isLibraryRow('viaAlias.id')).toBe(false);
  });

  it("takes the call of a program's factory for the library's value when every value it returns is one, and a variable it initialised", () => {
    expect(isLibraryRow('clientSingleton().rows')).toBe(true);
    expect(isLibraryRow('makeClient().rows')).toBe(true);
    expect(isLibraryRow('singleton.rows')).toBe(true);
  });

  it('does not for an async or generator factory, one that may return nothing, one that returns a value of the program, or one given a function', () => {
    expect(isLibraryRow('makeAsync().then')).toBe(false);
    expect(isLibraryRow('makeMany().next')).toBe(false);
    expect(isLibraryRow('maybeClient().rows')).toBe(false);
    expect(isLibraryRow('ownFactory().notify')).toBe(false);
    expect(isLibraryRow('handlerFactory(notify).rows')).toBe(false);
  });
});

describe('packages a program has types of', () => {
  const program = createProgram();

  it('finds a package by its files, a DefinitelyTyped package by its @types files, and an ambient module', () => {
    expect(mayDeclareTypesOf(['db-lib'], program)).toBe(true);
    expect(mayDeclareTypesOf(['mail-lib'], program)).toBe(true);
    expect(mayDeclareTypesOf(['ambient-mail'], program)).toBe(true);
  });

  it('finds none of a package the program has no file or ambient module of', () => {
    expect(mayDeclareTypesOf(['twilio'], program)).toBe(false);
    expect(mayDeclareTypesOf(['twilio', 'db-lib'], program)).toBe(true);
  });
});
