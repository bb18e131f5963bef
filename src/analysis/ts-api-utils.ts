import { createRequire } from 'node:module';

import type * as TsApiUtils from 'ts-api-utils';

// Required, not imported: the ES build of ts-api-utils imports TypeScript, which makes Node.js scan
// typescript.js for export names (see typescript.cts); its CommonJS build requires it.
const tsutils = createRequire(import.meta.url)('ts-api-utils') as typeof TsApiUtils;

export const { isThenableType, isTypeFlagSet } = tsutils;
