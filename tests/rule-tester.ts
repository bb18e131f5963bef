import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { RuleTester } from '@typescript-eslint/rule-tester';

export const fixtureRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'project');

/** Type-aware tester: files are resolved inside the fixture project with its tsconfig. */
export const typedRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      projectService: { allowDefaultProject: ['*.ts*', '*.js'] },
      tsconfigRootDir: fixtureRoot,
    },
  },
});

/** Syntax-only tester: the same parser without type information. */
export const untypedRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      project: false,
      projectService: false,
      tsconfigRootDir: fixtureRoot,
    },
  },
});

/** Every invalid case must state location and data, or the tester fails it. */
export const strictAssertions = { requireLocation: true, requireData: true } as const;
