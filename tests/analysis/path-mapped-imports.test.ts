// What a path-mapped import stands for, resolved once per program (src/analysis/path-mapped-imports.ts):
// the checker's answer for one file's `notify` of `import { notify } from '@/lib/notify'` stands
// for every file's, and only where TypeScript resolves the specifier the same from every file.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import type { CallSummary } from '../../src/analysis/model.js';
import { resolveWithChecker } from '../../src/analysis/resolve-target.js';
import { summarizeFunction } from '../../src/analysis/summarize.js';
import { getTypeScriptView } from '../../src/analysis/views/typescript.js';
import { createVirtualProgram } from './virtual-program.js';

const HANDLER = `import { notify } from '@/lib/notify';
import { help } from '@/lib/helpers';
import { relayed } from '@/lib/relay';
import { notify as direct } from '../../lib/notify';
import { send } from 'mailer-lib';
import { deliver } from 'source-lib';
import { ghost } from 'missing-lib';
export async function POST() {
  await send('a');
  await deliver();
  await ghost();
  await notify('a');
  await help();
  await relayed('a');
  await direct('a');
  const stored = notify;
  await stored('b');
}
`;

const FILES: Record<string, string> = {
  '/virtual/lib/notify.ts': 'export async function notify(id: string): Promise<void> { void id; }',
  '/virtual/lib/helpers/index.ts': 'export async function help(): Promise<void> {}',
  '/virtual/lib/relay.ts': "export { notify as relayed } from './notify';",
  // A library's declarations, and a library shipped as TypeScript source: both found in node_modules.
  '/virtual/node_modules/mailer-lib/package.json': '{ "name": "mailer-lib", "types": "index.d.ts" }',
  '/virtual/node_modules/mailer-lib/index.d.ts': 'export declare function send(id: string): Promise<void>;',
  '/virtual/node_modules/source-lib/package.json': '{ "name": "source-lib", "types": "index.ts" }',
  '/virtual/node_modules/source-lib/index.ts': 'export async function deliver(): Promise<void> {}',
  '/virtual/app/first/route.ts': HANDLER,
  '/virtual/app/second/route.ts': HANDLER,
};

/** A program of the files above, its options read from a tsconfig as TypeScript's config parser reads them. */
function createProgram(compilerOptions: Record<string, unknown>): ts.Program {
  return createVirtualProgram(FILES, ['/virtual/app/first/route.ts', '/virtual/app/second/route.ts'], {
    strict: true,
    target: 'es2022',
    module: 'esnext',
    lib: ['es2022'],
    noEmit: true,
    ...compilerOptions,
  });
}

/** The calls of a route file's POST, by their text. */
function callsOf(program: ts.Program, file: string): Map<string, CallSummary> {
  const source = program.getSourceFile(file);
  const post = source?.statements.find(ts.isFunctionDeclaration);
  if (!post) throw new Error(`no POST in ${file}`);
  const { calls } = summarizeFunction<ts.Node>(post, getTypeScriptView(program.getTypeChecker()));
  return new Map(calls.map((call) => [call.text, call]));
}

/** The program's checker, counting the questions that resolve a name's import. */
function countingChecker(program: ts.Program): { checker: ts.TypeChecker; asked: () => number } {
  const real = program.getTypeChecker();
  let count = 0;
  const checker = new Proxy(real, {
    get(target, property, receiver) {
      // The questions that resolve an import: a name's symbol or binding, and what an import's binding stands for.
      if (property === 'getSymbolAtLocation' || property === 'getAliasedSymbol' || property === 'resolveName') {
        return (...args: never[]) => {
          count++;
          return (target[property] as (...a: never[]) => unknown)(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { checker, asked: () => count };
}

/** What resolving each call of the second file asks of the checker, once the first file's calls were resolved. */
function resolveBoth(compilerOptions: Record<string, unknown>, call: string): { first?: string; second?: string; asked: number } {
  const program = createProgram(compilerOptions);
  const { checker, asked } = countingChecker(program);
  const first = callsOf(program, '/virtual/app/first/route.ts').get(call);
  const second = callsOf(program, '/virtual/app/second/route.ts').get(call);
  if (!first || !second) throw new Error(`no call ${call}`);
  const firstTarget = resolveWithChecker(first, checker, program);
  const before = asked();
  const secondTarget = resolveWithChecker(second, checker, program);
  const where = (target: ReturnType<typeof resolveWithChecker>): string | undefined => target && `${target.name} in ${target.kind === 'ts' ? target.fileName : '?'}`;
  return { first: where(firstTarget), second: where(secondTarget), asked: asked() - before };
}

const BUNDLER = { moduleResolution: 'bundler', paths: { '@/*': ['./*'] } };

describe('the function a path-mapped import runs', () => {
  it("answers the second file's call of the same import without the checker: a module file and a folder's index", () => {
    expect(resolveBoth(BUNDLER, 'notify')).toEqual({ first: 'notify in /virtual/lib/notify.ts', second: 'notify in /virtual/lib/notify.ts', asked: 0 });
    expect(resolveBoth(BUNDLER, 'help')).toEqual({ first: 'help in /virtual/lib/helpers/index.ts', second: 'help in /virtual/lib/helpers/index.ts', asked: 0 });
  });

  it("answers the first file's call from the exports of the file the pattern maps the specifier to, never resolving the import with the checker", () => {
    const program = createProgram(BUNDLER);
    const real = program.getTypeChecker();
    const aliasesResolved: string[] = [];
    const checker = new Proxy(real, {
      get(target, property, receiver) {
        if (property === 'getAliasedSymbol') {
          return (symbol: ts.Symbol) => {
            aliasesResolved.push(symbol.name);
            return target.getAliasedSymbol(symbol);
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    const calls = callsOf(program, '/virtual/app/first/route.ts');
    const targetOf = (call: string): string | undefined => {
      const summary = calls.get(call);
      const target = summary && resolveWithChecker(summary, checker, program);
      return target && `${target.name} in ${target.kind === 'ts' ? target.fileName : '?'}`;
    };
    expect(targetOf('notify')).toBe('notify in /virtual/lib/notify.ts');
    expect(aliasesResolved).toEqual([]);
    // A folder's index may be overridden by a package.json there, and a re-export is an alias: the checker resolves both.
    expect([targetOf('help'), targetOf('relayed')]).toEqual(['help in /virtual/lib/helpers/index.ts', 'notify in /virtual/lib/notify.ts']);
    expect(aliasesResolved).toEqual(['help', 'relayed']);
  });

  it('asks the checker in each file for a re-exported function, a relative import and a variable that holds an import', () => {
    for (const [call, found] of [['relayed', 'notify'], ['direct', 'notify'], ['stored', 'stored']] as const) {
      const { first, second, asked } = resolveBoth(BUNDLER, call);
      expect({ call, first, second }).toEqual({ call, first: `${found} in /virtual/lib/notify.ts`, second: `${found} in /virtual/lib/notify.ts` });
      expect(asked, call).toBeGreaterThan(0);
    }
  });

  it('asks the checker in each file where a specifier may resolve by the importing file or to another file: another resolution mode, module suffixes', () => {
    const node16 = { module: 'node16', moduleResolution: 'node16', paths: { '@/*': ['./*'] } };
    expect(resolveBoth(node16, 'help').asked).toBe(2);
    // React Native's `moduleSuffixes` tries `notify.ios.ts` before `notify.ts`: the checker decides.
    const suffixes = { ...BUNDLER, moduleSuffixes: ['.ios', ''] };
    expect(resolveBoth(suffixes, 'notify')).toEqual({ first: 'notify in /virtual/lib/notify.ts', second: 'notify in /virtual/lib/notify.ts', asked: 2 });
  });

  it("answers a call of a library's function without resolving the import: the program's own resolution puts it in node_modules", () => {
    const program = createProgram(BUNDLER);
    const { checker, asked } = countingChecker(program);
    const calls = callsOf(program, '/virtual/app/first/route.ts');
    for (const name of ['send', 'deliver']) {
      const call = calls.get(name);
      expect(call && resolveWithChecker(call, checker, program), name).toBeUndefined();
    }
    expect(asked()).toBe(0);
    // An import that resolves nowhere is the checker's to judge, as before.
    const ghost = calls.get('ghost');
    expect(ghost && resolveWithChecker(ghost, checker, program)).toBeUndefined();
    expect(asked()).toBeGreaterThan(0);
  });
});
