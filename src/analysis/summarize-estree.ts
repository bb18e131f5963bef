// Moved: the linted file's syntax view is `views/estree.ts`, the one summarizer `summarize.ts`.
// This module keeps the old import path of `findLocalFunction` (used by src/fix/) working.
export { findLocalFunction } from './views/estree.js';
