import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { RuleTesterConfig } from '@typescript-eslint/rule-tester';

export const fixtureRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'project');

// A test file constructs its tester itself (`new RuleTester(typedConfig)`): eslint-plugin-eslint-plugin
// finds a file's test cases only through a tester constructed in that file.

/** Type-aware testing: files are resolved inside the fixture project with its tsconfig. */
export const typedConfig: RuleTesterConfig = {
  languageOptions: {
    parserOptions: {
      projectService: { allowDefaultProject: ['*.ts*', '*.js'] },
      tsconfigRootDir: fixtureRoot,
    },
  },
};

/** Syntax-only testing: the same parser without type information. */
export const untypedConfig: RuleTesterConfig = {
  languageOptions: {
    parserOptions: {
      project: false,
      projectService: false,
      tsconfigRootDir: fixtureRoot,
    },
  },
};

/** Every invalid case must state location and data, or the tester fails it. */
export const strictAssertions = { requireLocation: true, requireData: true } as const;
