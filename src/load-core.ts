import { createRequire } from 'node:module';

import type * as Core from './core.js';

export type CoreModule = typeof Core;

const require = createRequire(import.meta.url);
let core: CoreModule | undefined;

/**
 * The analysis, loaded on the first file that passes the gate. ESLint calls `create` synchronously,
 * so this is `require()` of an ES module (Node.js 20.19 and later, the versions the package
 * supports); Node caches it, so later files pay nothing. The tests alias this module to an eager
 * import of `core.ts` (vitest.config.ts), since their sources are TypeScript.
 */
export function loadCore(): CoreModule {
  return (core ??= require('./core.js') as CoreModule);
}
