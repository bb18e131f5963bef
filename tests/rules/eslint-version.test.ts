import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

// The rule tests run twice: under ESLint 10 (`npm test`) and under ESLint 9 through the
// eslint-v9 npm alias (`npm run test:eslint9`). This checks the run got the ESLint it asked for.
describe('ESLint under test', () => {
  it('is the major version the run asked for', () => {
    const { Linter } = createRequire(import.meta.url)('eslint') as { Linter: { version: string } };
    const expected = process.env.ESLINT_PACKAGE === 'eslint-v9' ? '9' : '10';
    expect(Linter.version.split('.')[0]).toBe(expected);
  });
});
