import { RuleTester } from '@typescript-eslint/rule-tester';
import type { InvalidTestCase, RunTests } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';

/**
 * Where a case is not about useAfter, its output is derived from the report's location instead of
 * spelled out: the reported call's statement becomes `after(() => call)` and `after` is imported
 * from next/server (added to a value import of next/server, else after the last import). The
 * assertion is the same exact output; cases about useAfter itself (an existing import, a taken
 * name, Pages routes) spell it out.
 */
export const AFTER = { messageId: 'useAfter', output: '\u0000derived from the report location\u0000' } as const;

/**
 * A RuleTester that fills in each {@link AFTER} suggestion of the invalid cases before it runs them.
 * The test cases stay a literal `run(name, rule, { valid: [...], invalid: [...] })` argument, which
 * is what eslint-plugin-eslint-plugin reads.
 */
export class AfterRuleTester extends RuleTester {
  override run<MessageIds extends string, Options extends readonly unknown[]>(
    ruleName: string,
    rule: RuleModule<MessageIds, Options>,
    tests: RunTests<NoInfer<MessageIds>, NoInfer<Options>>,
  ): void {
    super.run(ruleName, rule, deriveAfter(tests));
  }
}

/** Fills in each {@link AFTER} suggestion of the invalid cases of a `RuleTester#run` argument. */
function deriveAfter<MessageIds extends string, Options extends readonly unknown[]>(tests: RunTests<MessageIds, Options>): RunTests<MessageIds, Options> {
  return { ...tests, invalid: tests.invalid.map((testCase) => fillCase(testCase)) };
}

function fillCase<MessageIds extends string, Options extends readonly unknown[]>(testCase: InvalidTestCase<MessageIds, Options>): InvalidTestCase<MessageIds, Options> {
  if (typeof testCase.errors === 'number') return testCase;
  return {
    ...testCase,
    errors: testCase.errors.map((error) => {
      const suggestions = error.suggestions;
      if (!suggestions?.some((s) => s.output === AFTER.output)) return error;
      const output = afterOutput(testCase.code, error.line!, error.column!, error.endLine!, error.endColumn!);
      return { ...error, suggestions: suggestions.map((s) => (s.output === AFTER.output ? { ...s, output } : s)) };
    }),
  };
}

/** What useAfter makes of the call reported at this location. */
export function afterOutput(code: string, line: number, column: number, endLine: number, endColumn: number): string {
  const offset = (l: number, c: number): number => code.split('\n').slice(0, l - 1).reduce((n, text) => n + text.length + 1, 0) + c - 1;
  const end = offset(endLine, endColumn);
  let start = offset(line, column);
  const call = code.slice(start, end);
  // The statement's expression: `await call`, `void call` or the call itself.
  const prefix = /(?:await |void )$/.exec(code.slice(0, start));
  if (prefix) start -= prefix[0].length;
  let output = `${code.slice(0, start)}after(() => ${call})${code.slice(end)}`;
  const nextServer = /^import \{([^}]*)\} from 'next\/server';$/m.exec(output);
  if (nextServer) return output.replace(nextServer[0], `import {${nextServer[1]!.replace(/\s*$/, '')}, after } from 'next/server';`);
  const imports = [...output.matchAll(/^import [^\n]*;$/gm)];
  const last = imports.at(-1);
  if (last) {
    const at = last.index + last[0].length;
    output = `${output.slice(0, at)}\nimport { after } from 'next/server';${output.slice(at)}`;
  } else {
    output = `import { after } from 'next/server';\n\n${output}`;
  }
  return output;
}
