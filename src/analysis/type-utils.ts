import { createRequire } from 'node:module';

import type * as TypeUtils from '@typescript-eslint/type-utils';
import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';

const require = createRequire(import.meta.url);
let typeUtils: typeof TypeUtils | undefined;

type Args = Parameters<typeof TypeUtils.typeMatchesSomeSpecifier>;
type Specifiers = readonly TypeOrValueSpecifier[];

// The same client type meets the same catalogue entry in every file of a program (a `Resend`
// instance, a drizzle database): the answer is kept per program, type and list of specifiers
// (lists are the catalogue's and the options' own arrays, so few).
const verdicts = new WeakMap<Args[2], WeakMap<Args[0], Map<Specifiers, boolean>>>();

/**
 * `typeMatchesSomeSpecifier` of `@typescript-eslint/type-utils`, loaded on its first use (only a
 * typed lint asks it anything, and loading it costs a lint on syntax alone about 40 ms), and
 * memoised per program, type and specifier list.
 */
export function typeMatchesSomeSpecifier(type: Args[0], specifiers: Specifiers, program: Args[2]): boolean {
  let byType = verdicts.get(program);
  if (!byType) verdicts.set(program, (byType = new WeakMap<Args[0], Map<Specifiers, boolean>>()));
  let bySpecifiers = byType.get(type);
  if (!bySpecifiers) byType.set(type, (bySpecifiers = new Map<Specifiers, boolean>()));
  let verdict = bySpecifiers.get(specifiers);
  if (verdict === undefined) {
    verdict = (typeUtils ??= require('@typescript-eslint/type-utils') as typeof TypeUtils).typeMatchesSomeSpecifier(type, specifiers as TypeOrValueSpecifier[], program);
    bySpecifiers.set(specifiers, verdict);
  }
  return verdict;
}
