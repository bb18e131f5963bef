// The configuration the README recommends, with typed linting on.
import tsParser from '@typescript-eslint/parser';
import asyncNotifications from 'eslint-plugin-async-notifications';

export default [
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  asyncNotifications.configs.recommended,
];
