// Runs before anything loads ESLint: with ESLINT_PACKAGE=eslint-v9 (an npm alias of ESLint 9),
// every `require('eslint')` and `require('eslint/...')` (the rule tester's among them) gets ESLint 9.
import Module from 'node:module';

const alias = process.env.ESLINT_PACKAGE;
if (alias && alias !== 'eslint') {
  const moduleWithResolver = Module as unknown as {
    _resolveFilename: (request: string, ...rest: unknown[]) => string;
  };
  const original = moduleWithResolver._resolveFilename;
  moduleWithResolver._resolveFilename = function resolveAliasedEslint(request: string, ...rest: unknown[]): string {
    const redirected = request === 'eslint' || request.startsWith('eslint/') ? alias + request.slice('eslint'.length) : request;
    return original.call(this, redirected, ...rest);
  };
}
