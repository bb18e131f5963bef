// Types read from declarations (src/analysis/declared-types.ts) agree with the checker's inferred
// types wherever they give an answer, and give none where only inference knows (a generic's open
// type parameter, a generic declaration read for its shape).
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getDeclaredSlotType, getDeclaredType } from '../../src/analysis/declared-types.js';

const SOURCE = `
class Client { emails = { send: async (to: string) => to } }
interface Session { userId: string; joinedAt: Date }
type Handler = (request: Request, context: { session: Session; params: Promise<{ id: string }> }) => Promise<Response>;
declare function withAuth(handler: Handler): unknown;
declare function getSession(): Promise<Session | null>;
declare function identity<T>(value: T): T;
declare function box<T>(value: T): Box<T>;
declare class Box<T> { value: T; size: number }
declare const makeClient: typeof createClient;
declare function createClient(): Client;
declare var globalClient: Client | undefined;
const client = globalClient || new Client();
const counts: Record<string, number> = {};
withAuth(async (request, { session, params }) => {
  const { id } = await params;
  const current = await getSession();
  probe(session.joinedAt, id, current, client.emails, makeClient().emails.send, counts.likes, identity(client), box(1).value, box(1).size);
  return new Response();
});
declare function later(): Promise<Promise<Date>>;
declare function thenable(): Promise<{ then(resolve: (value: string) => void): void }>;
async function awaits() {
  const nested = await later();
  const settled = await thenable();
  probe(nested, settled);
}
declare const form: FormData;
interface Parse { (text: string): number; (value: number): string }
declare var parse: Parse;
const label = String(form.get('label') ?? '');
probe(label, Number('1'), parse('1'));
declare function probe(...values: unknown[]): void;
interface Payload { teamId: string; meta: { count: number; at: Date }; extra: Record<string, unknown> }
declare function notify(data: Omit<Payload & { kind: string }, 'kind'>, note?: string): Promise<void>;
declare function notifyAll(...ids: string[]): Promise<void>;
declare function notifyOne<T>(data: { value: T }): Promise<void>;
declare function notifyBound(this: Window, id: Date, note: string): Promise<void>;
declare const row: { team: { id: string }; email: string | null; createdAt: Date };
notify({ teamId: row.team.id, meta: { count: 1, at: (row.createdAt) }, extra: { email: row.email } }, row.email ?? 'none');
notifyAll(row.team.id);
notifyOne({ value: row.email });
notifyBound(row.createdAt, row.team.id);
`;

function probeArguments(): { checker: ts.TypeChecker; args: readonly ts.Expression[]; file: ts.SourceFile | undefined } {
  const fileName = '/virtual/declared.ts';
  const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], noEmit: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === fileName ? SOURCE : readFile(name));
  host.fileExists = (name) => name === fileName || ts.sys.fileExists(name);
  host.getSourceFile = (name, version) => (name === fileName ? ts.createSourceFile(name, SOURCE, version, true) : getSourceFile(name, version));
  const program = ts.createProgram([fileName], options, host);
  const args: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'probe') args.push(...node.arguments);
    ts.forEachChild(node, visit);
  };
  const file = program.getSourceFile(fileName);
  if (file) visit(file);
  return { checker: program.getTypeChecker(), args, file };
}

describe('declared types', () => {
  const { checker, args, file } = probeArguments();
  const text = (type: ts.Type | undefined): string | undefined => (type ? checker.typeToString(type) : undefined);
  const byText = new Map(args.map((arg) => [arg.getText(), arg]));
  const at = (source: string): ts.Expression => {
    const arg = byText.get(source);
    if (!arg) throw new Error(`no probe argument ${source}`);
    return arg;
  };

  it.each([
    ['session.joinedAt', 'Date'],
    ['id', 'string'],
    ['current', 'Session | null'],
    ['client.emails', '{ send: (to: string) => Promise<string>; }'],
    ['makeClient().emails.send', '(to: string) => Promise<string>'],
    ['counts.likes', 'number'],
    // A value of a callable type whose signatures declare one return type: `declare var String: StringConstructor`.
    ['label', 'string'],
    // Awaited: the standard Promise's argument read off the reference, nested promises too; a thenable is the checker's.
    ['nested', 'Date'],
    ['settled', 'string'],
    ["Number('1')", 'number'],
  ])('%s: the declarations give %s, as inference does', (source, expected) => {
    const node = at(source);
    expect(text(checker.getTypeAtLocation(node))).toBe(expected);
    expect(text(getDeclaredType(checker, node, 'symbol'))).toBe(expected);
    expect(text(getDeclaredType(checker, node, 'shape'))).toBe(expected);
  });

  it('names the class of a fallback between two values of it (global || new Client())', () => {
    const declared = getDeclaredType(checker, at('client.emails'), 'symbol');
    expect(declared).toBeDefined();
    const client = getDeclaredType(checker, (at('client.emails') as ts.PropertyAccessExpression).expression, 'symbol');
    expect(client?.getSymbol()?.getName()).toBe('Client');
  });

  it('gives nothing where only inference knows: an open type parameter, a generic read for its shape', () => {
    expect(getDeclaredType(checker, at('identity(client)'), 'symbol')).toBeUndefined();
    expect(getDeclaredType(checker, at('box(1).value'), 'symbol')).toBeUndefined();
    expect(text(getDeclaredType(checker, at('box(1).size'), 'symbol'))).toBe('number');
    expect(getDeclaredType(checker, at('box(1).size'), 'shape')).toBeUndefined();
    // Overloads that return different types: the arguments decide, so inference must.
    expect(text(checker.getTypeAtLocation(at("parse('1')")))).toBe('number');
    expect(getDeclaredType(checker, at("parse('1')"), 'shape')).toBeUndefined();
  });

  describe('the type a called function declares for a value passed to it', () => {
    const calls = new Map<string, ts.CallExpression>();
    const declarations = new Map<string, ts.FunctionDeclaration>();
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text.startsWith('notify')) calls.set(node.expression.text, node);
      if (ts.isFunctionDeclaration(node) && node.name) declarations.set(node.name.text, node);
      ts.forEachChild(node, visit);
    };
    if (file) visit(file);
    /** The slot type of each read of `source` inside the call of `callee`, as text. */
    const slots = (callee: string, source: string): (string | undefined)[] => {
      const call = calls.get(callee);
      const fn = declarations.get(callee);
      if (!call || !fn) throw new Error(`no call of ${callee}`);
      const found: (string | undefined)[] = [];
      const find = (node: ts.Node): void => {
        if (ts.isExpression(node) && node.getText() === source) found.push(text(getDeclaredSlotType(checker, node, call, fn)));
        else ts.forEachChild(node, find);
      };
      find(call);
      return found;
    };

    it('reads an argument, a property of an object literal at any depth, through parentheses and the left of ?? / ||', () => {
      expect(slots('notify', 'row.team.id')).toEqual(['string']);
      expect(slots('notify', 'row.createdAt')).toEqual(['Date']);
      // `extra` is a Record: its index signature types every key; the second read is the left of `??`, the optional `note`.
      expect(slots('notify', 'row.email')).toEqual(['unknown', 'string']);
    });

    it('counts arguments after a `this` parameter, which the call passes as its receiver', () => {
      expect(slots('notifyBound', 'row.createdAt')).toEqual(['Date']);
      expect(slots('notifyBound', 'row.team.id')).toEqual(['string']);
    });

    it('gives nothing for a rest parameter or a generic function (the value decides there)', () => {
      expect(slots('notifyAll', 'row.team.id')).toEqual([undefined]);
      expect(slots('notifyOne', 'row.email')).toEqual([undefined]);
    });

    it('gives nothing for a value that is not passed as it is (an operand, a callee)', () => {
      expect(slots('notify', 'row.team')).toEqual([undefined]);
      expect(slots('notify', "'none'")).toEqual([undefined]);
    });
  });
});
