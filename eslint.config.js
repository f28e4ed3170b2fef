import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const relativeImports = { group: ['./*', '../*'], message: 'Import project code through "@/…".' };

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.tmp/**', 'demo-run/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Extension code imports its own modules by their @/ path, so a file's dependencies read the same anywhere.
    files: ['entrypoints/**', 'utils/**', 'components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [relativeImports] }] },
  },
  {
    // No import cycles in the extension's code; `@/` paths are resolved as TypeScript resolves them (tsconfig paths).
    files: ['entrypoints/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // The content script runs in every page: it stays small and never holds vault code, so it may import only
    // its own modules, WXT's, and the protocol's types (erased at build time).
    files: ['entrypoints/content/**/*.{ts,tsx}', 'entrypoints/detector/**/*.{ts,tsx}', 'utils/autofill/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@/utils/autofill/|@/utils/messaging/|wxt(/|$))',
              message: 'The content script may import only @/utils/autofill/*, wxt/* and types from @/utils/messaging/*.',
            },
            {
              regex: '^@/utils/messaging/',
              allowTypeImports: true,
              message: 'The content script may import only types from @/utils/messaging/* (use `import type`).',
            },
          ],
        },
      ],
    },
  },
  {
    // Components talk to the background through the protocol; the vault and the handlers are not theirs to call.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            relativeImports,
            {
              group: ['@/utils/vault/*', '@/utils/background/*'],
              message: 'Components reach the vault and the background only through requests (@/utils/messaging/send).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', '*.config.ts'],
    rules: { 'no-console': 'off' },
  },
);
