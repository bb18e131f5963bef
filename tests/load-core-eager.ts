// vitest.config.ts aliases src/load-core.ts to this module: the tests run the TypeScript sources,
// which Node's require() (the lazy load of the built package) cannot read.
import * as core from '../src/core.js';

import type { CoreModule } from '../src/load-core.js';

export function loadCore(): CoreModule {
  return core;
}
