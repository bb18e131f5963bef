// The program-wide facts of no-orphan-event: collected once per ts.Program, re-read for an edited
// file, and Inngest's wildcard semantics (https://www.inngest.com/docs/guides/multiple-triggers).
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getHeardEvents, matchesEventPattern } from '../../src/analysis/inngest-events.js';
import { fixtureRoot } from '../rule-tester.js';

const dir = path.join(fixtureRoot, 'cache-test');
const clientFile = path.join(dir, 'client.ts');
const functionsFile = path.join(dir, 'functions.ts');
const otherFile = path.join(dir, 'other.ts');

const CLIENT = "import { Inngest } from 'inngest';\nexport const inngest = new Inngest({ id: 'cache-test' });\n";
const functionsTriggeredBy = (event: string) =>
  `import { inngest } from './client';\nexport const fn = inngest.createFunction({ id: 'fn', triggers: [{ event: '${event}' }] }, async () => {});\n`;

/** A real program over in-memory files next to the fixture project (so `inngest` resolves from node_modules). */
function createProgram(files: Record<string, string>, oldProgram?: ts.Program): ts.Program {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, skipLibCheck: true, noEmit: true, types: [] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  // An unchanged file keeps its SourceFile object, as a language service keeps it between edits.
  const reused = new Map(oldProgram?.getSourceFiles().map((f) => [f.fileName, f]));
  host.readFile = (name) => files[name] ?? readFile(name);
  host.fileExists = (name) => name in files || fileExists(name);
  host.getSourceFile = (name, version, ...rest) => {
    const text = files[name];
    if (text === undefined) return getSourceFile(name, version, ...rest);
    const previous = reused.get(name);
    return previous?.text === text ? previous : ts.createSourceFile(name, text, version, true);
  };
  return ts.createProgram({ rootNames: Object.keys(files), options, host, oldProgram });
}

describe('the events a program hears', () => {
  it('are collected once per program, and an edited consumer file gives a new answer', () => {
    const first = createProgram({ [clientFile]: CLIENT, [functionsFile]: functionsTriggeredBy('cache/one') });
    const heard = getHeardEvents(first);
    expect(heard).toEqual({ patterns: ['cache/one'], unresolved: 0 });
    // The same program: the same object, nothing collected again.
    expect(getHeardEvents(first)).toBe(heard);

    // The consumer file is edited: a new program with a new SourceFile for it.
    const second = createProgram({ [clientFile]: CLIENT, [functionsFile]: functionsTriggeredBy('cache/two') }, first);
    expect(second.getSourceFile(functionsFile)).not.toBe(first.getSourceFile(functionsFile));
    expect(getHeardEvents(second)).toEqual({ patterns: ['cache/two'], unresolved: 0 });

    // Another file is added: the consumer file is reused unchanged and still read for the new program.
    const third = createProgram({ [clientFile]: CLIENT, [functionsFile]: functionsTriggeredBy('cache/two'), [otherFile]: 'export const x = 1;\n' }, second);
    expect(third.getSourceFile(functionsFile)).toBe(second.getSourceFile(functionsFile));
    expect(getHeardEvents(third)).not.toBe(getHeardEvents(second));
    expect(getHeardEvents(third)).toEqual({ patterns: ['cache/two'], unresolved: 0 });
  });

  it('a trigger whose name is not a literal is counted as unresolved, a cron trigger as nothing', () => {
    const program = createProgram({
      [clientFile]: CLIENT,
      [functionsFile]:
        "import { inngest } from './client';\n" +
        "const names: string[] = ['cache/a'];\n" +
        "export const fan = inngest.createFunction({ id: 'fan', triggers: names.map((event) => ({ event })) }, async () => {});\n" +
        "export const nightly = inngest.createFunction({ id: 'nightly', triggers: [{ cron: '0 3 * * *' }] }, async () => {});\n",
    });
    expect(getHeardEvents(program)).toEqual({ patterns: [], unresolved: 1 });
  });

  it('a createFunction on something that is not an Inngest client hears nothing', () => {
    const program = createProgram({
      [functionsFile]: "const factory = { createFunction: (options: { id: string; triggers: { event: string }[] }) => options };\nfactory.createFunction({ id: 'x', triggers: [{ event: 'cache/not-inngest' }] });\n",
    });
    expect(getHeardEvents(program)).toEqual({ patterns: [], unresolved: 0 });
  });
});

describe("Inngest's wildcard semantics", () => {
  it.each([
    ['app/*', 'app/user.created', true],
    ['app/*', 'app/blog.post.published', true],
    ['app/user.*', 'app/user.created', true],
    ['app/user.*', 'app/user.updated', true],
    ['app/blog.post.*', 'app/blog.post.published', true],
    ['app/user.*', 'app/blog.post.published', false],
    ['app/*', 'app', false],
    ['app/*', 'apps/user.created', false],
    ['app/user.created', 'app/user.created', true],
    ['app/user.created', 'app/user.created.v2', false],
    // Regular-expression characters in a name are plain characters.
    ['app/(user)+.*', 'app/(user)+.created', true],
    ['app/(user)+.*', 'app/userr.created', false],
  ])('%s hears %s: %s', (pattern, name, expected) => {
    expect(matchesEventPattern(pattern, name)).toBe(expected);
  });
});
