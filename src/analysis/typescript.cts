// TypeScript, required rather than imported. An ES module that imports a CommonJS package makes
// Node.js scan its source for export names, and typescript.js is 9 MB: about 150-300 ms of CPU per
// process, more than loading TypeScript itself (which typescript-eslint's parser has usually done
// already). Requiring it from this CommonJS module skips the scan; `export =` keeps the types.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the point of this module: require, not import (see above)
import ts = require('typescript');

export = ts;
