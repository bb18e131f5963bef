// Which names the program's own files declare a function under (src/analysis/resolve-target.ts
// `isDeclaredInProgram`): a member call by any other name is never asked of the checker. The text
// of a file answers first; a "no" must be certain, so each form of declaration is checked here
// against the text shortcuts: a name only used after a `.`, a literal key, a computed key, a
// unicode escape, a number's dot before a name on the next line.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { isDeclaredInProgram } from '../../src/analysis/resolve-target.js';

const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts'], noEmit: true };

/** A program of virtual files; files whose text did not change keep their `SourceFile` (as an editor's next program does). */
function programOf(files: Record<string, string>, oldProgram?: ts.Program): ts.Program {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files[name] ?? ts.sys.readFile(name);
  host.fileExists = (name) => name in files || ts.sys.fileExists(name);
  host.getSourceFile = (name, version) => {
    const text = files[name];
    if (text === undefined) return getSourceFile(name, version);
    const old = oldProgram?.getSourceFile(name);
    return old?.text === text ? old : ts.createSourceFile(name, text, version, true);
  };
  return ts.createProgram(Object.keys(files), options, host, oldProgram);
}

const USES = `
declare const response: { json(): unknown; items: { map(f: unknown): void } };
response.json();
response.items
  .map(String);
const copy = { ...response };
`;

describe('names the program declares', () => {
  it('takes a name used only after a dot as undeclared, and every declared form as declared', () => {
    const program = programOf({
      '/virtual/uses.ts': USES,
      '/virtual/forms.ts': `
export class Outbox {
  count = 1.
  flush() {}
  async #drain() {}
  'send-now'() {}
}
export const channels = { deliver: async () => {}, relay };
function relay() {}
export { relay as forward };
`,
      '/virtual/computed.ts': "export class Relay { ['relayNow']() {} }",
      '/virtual/escaped.ts': 'export class Courier { later() { this.dispatchSoon(); } dispatch\\u0053oon() {} }',
    });
    const answers = Object.fromEntries(
      ['json', 'map', 'items', 'response', 'flush', '#drain', 'send-now', 'deliver', 'relay', 'forward', 'relayNow', 'dispatchSoon', 'default', 'findUnique'].map((name) => [name, isDeclaredInProgram(name, program)]),
    );
    expect(answers).toEqual({
      json: false,
      map: false,
      items: false,
      // A module-level variable (`declare const`) is a declaration.
      response: true,
      flush: true,
      '#drain': true,
      'send-now': true,
      deliver: true,
      relay: true,
      forward: true,
      relayNow: true,
      dispatchSoon: true,
      default: true,
      findUnique: false,
    });
  });

  it("answers an edited program from the files that changed, keeping the last program's other answers", () => {
    const before = programOf({ '/virtual/uses.ts': USES, '/virtual/helpers.ts': 'export const ready = true;' });
    expect([isDeclaredInProgram('map', before), isDeclaredInProgram('response', before)]).toEqual([false, true]);
    const after = programOf({ '/virtual/uses.ts': USES, '/virtual/helpers.ts': 'export const helpers = { map() {} };' }, before);
    expect(after.getSourceFile('/virtual/uses.ts')).toBe(before.getSourceFile('/virtual/uses.ts'));
    // `map` is now declared by the edited file; `response` is still declared by the one that did not change.
    expect([isDeclaredInProgram('map', after), isDeclaredInProgram('response', after)]).toEqual([true, true]);
  });
});
