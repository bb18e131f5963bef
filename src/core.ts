// What the rule needs once a file may hold a handler: the analysis and the suggestion builders.
// They load TypeScript and typescript-eslint's type utilities, so the rule loads this module
// lazily (src/load-core.ts) and a lint that meets no handler never does.
export { analyzeFile, describePath } from './analysis/index.js';
export { buildAfter, buildInngestSend, buildOneInngestEvent, planFindings } from './fix/inngest-send.js';
export { findEventGroup, planMove } from './fix/move-plan.js';
