// The per-program conclusion cache: what an editor's next program inherits, and what makes it start
// afresh. A program here is what the cache reads of one: its list of `SourceFile` objects. An
// editor's new program keeps the objects of the files that did not change.
import type ts from 'typescript';
import { beforeEach, describe, expect, it } from 'vitest';

import { forgetLatestProgram, getConclusionCache } from '../../src/analysis/conclusion-cache.js';

const file = (fileName: string): ts.SourceFile => ({ fileName }) as ts.SourceFile;
const programOf = (files: ts.SourceFile[]): ts.Program => ({ getSourceFiles: () => files }) as unknown as ts.Program;

const route = file('/p/app/api/like/route.ts');
const helper = file('/p/lib/notify.ts');
const other = file('/p/lib/other.ts');
const LINTED = '/p/app/api/like/route.ts';

describe('the conclusion cache of a program', () => {
  beforeEach(() => { forgetLatestProgram(); });

  it('is one cache per program and options', () => {
    const program = programOf([route, helper]);
    const cache = getConclusionCache(program, 'a');
    expect(getConclusionCache(program, 'a')).toBe(cache);
    expect(getConclusionCache(program, 'b')).not.toBe(cache);
  });

  it('is fresh for every lint without a program (syntax alone)', () => {
    expect(getConclusionCache(undefined, 'a')).not.toBe(getConclusionCache(undefined, 'a'));
  });

  it('is inherited by the next program when only the linted file changed', () => {
    const cache = getConclusionCache(programOf([route, helper, other]), 'a');
    const edited = programOf([file(LINTED), helper, other]);
    expect(getConclusionCache(edited, 'a')).toBe(cache);
  });

  it('is inherited when another file changed that no conclusion walked through (edited while the rule had nothing to analyse)', () => {
    const cache = getConclusionCache(programOf([route, helper, other]), 'a');
    cache.walkedFiles.add('/p/lib/notify.ts');
    expect(getConclusionCache(programOf([file(LINTED), helper, file('/p/lib/other.ts')]), 'a')).toBe(cache);
  });

  it('is not inherited when a changed file was walked through', () => {
    const cache = getConclusionCache(programOf([route, helper, other]), 'a');
    cache.walkedFiles.add('/p/lib/notify.ts');
    expect(getConclusionCache(programOf([route, file('/p/lib/notify.ts'), other]), 'a')).not.toBe(cache);
  });

  it('is not inherited when a file was replaced by another at its place in the list', () => {
    const cache = getConclusionCache(programOf([route, helper, other]), 'a');
    expect(getConclusionCache(programOf([route, helper, file('/p/lib/renamed.ts')]), 'a')).not.toBe(cache);
  });

  it('is not inherited when a file was added or removed', () => {
    const cache = getConclusionCache(programOf([route, helper]), 'a');
    expect(getConclusionCache(programOf([route, helper, other]), 'a')).not.toBe(cache);
    forgetLatestProgram();
    const again = getConclusionCache(programOf([route, helper, other]), 'a');
    expect(getConclusionCache(programOf([route, helper]), 'a')).not.toBe(again);
  });

  it('is not inherited when a cached conclusion walked through the linted file (another handler file calls into it)', () => {
    const cache = getConclusionCache(programOf([route, helper]), 'a');
    cache.walkedFiles.add(LINTED);
    expect(getConclusionCache(programOf([file(LINTED), helper]), 'a')).not.toBe(cache);
  });

  it('is inherited from the last program only', () => {
    const first = getConclusionCache(programOf([route, helper]), 'a');
    const second = getConclusionCache(programOf([route, other]), 'a');
    expect(second).not.toBe(first);
    expect(getConclusionCache(programOf([file(LINTED), other]), 'a')).toBe(second);
  });

  it('keeps every options key of the inherited program', () => {
    const program = programOf([route, helper]);
    const a = getConclusionCache(program, 'a');
    const b = getConclusionCache(program, 'b');
    const edited = programOf([file(LINTED), helper]);
    expect(getConclusionCache(edited, 'a')).toBe(a);
    expect(getConclusionCache(edited, 'b')).toBe(b);
  });
});
