import { createRequire } from 'node:module';

import type * as TypeUtils from '@typescript-eslint/type-utils';

const require = createRequire(import.meta.url);
let typeUtils: typeof TypeUtils | undefined;

/**
 * `typeMatchesSomeSpecifier` of `@typescript-eslint/type-utils`, loaded on its first use: only a
 * typed lint asks it anything, and loading it costs a lint on syntax alone about 40 ms.
 */
export function typeMatchesSomeSpecifier(...args: Parameters<typeof TypeUtils.typeMatchesSomeSpecifier>): boolean {
  return (typeUtils ??= require('@typescript-eslint/type-utils') as typeof TypeUtils).typeMatchesSomeSpecifier(...args);
}
