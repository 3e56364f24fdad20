// Lint rules: typescript-eslint's recommended set, plus the house rules that keep layers apart.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'schema/**', 'examples/**', '.foothold/**', '.tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // core is pure: no I/O, no database, no HTTP (HOUSE-STYLE "Layout shows the architecture").
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'kysely', 'better-sqlite3', 'pg', 'hono', '@hono/*'], message: 'src/core is pure: no I/O, database or HTTP.' },
            { group: ['**/store/**', '**/services/**', '**/api/**', '**/cli/**', '**/web/**'], message: 'src/core imports nothing of ours but shared.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts', 'src/services/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/api/**', '**/cli/**', '**/web/**'], message: 'Arrows point inward: store and services do not import the edges.' }] },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['kysely', 'better-sqlite3', 'pg'], message: 'Only src/store touches SQL.' }] }],
    },
  },
  {
    // The web app runs in the browser and talks to the API only; a feature never imports another feature.
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        Response: 'readonly',
        File: 'readonly',
        ResizeObserver: 'readonly',
        Intl: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Worker: 'readonly',
        self: 'readonly',
        performance: 'readonly',
        requestAnimationFrame: 'readonly',
      },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path'], message: 'The web app runs in the browser.' },
            {
              group: ['**/store/**', '**/services/**', '**/api/**', '**/cli/**', '**/core/*/!(palette)'],
              message: 'The web app gets its data from the HTTP API; from core it takes only the report palette.',
            },
          ],
        },
      ],
    },
  },
  // A feature never imports another feature: from a feature's own folder, "../x/" is another feature;
  // from its components/, "../../x/" is. Both may reach src/web/lib and src/web/components.
  ...[
    ['src/web/features/*/*.{ts,tsx}', '^\\.\\./(?!\\.\\./)'],
    ['src/web/features/*/components/*.{ts,tsx}', '^\\.\\./\\.\\./(?!\\.\\./)'],
  ].map(([files, regex]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex, message: 'A feature never imports another feature: move what two need to src/web/components or src/web/lib.' },
            { group: ['node:*', 'fs', 'path'], message: 'The web app runs in the browser.' },
            {
              group: ['**/store/**', '**/services/**', '**/api/**', '**/cli/**', '**/core/*/!(palette)'],
              message: 'The web app gets its data from the HTTP API.',
            },
          ],
        },
      ],
    },
  })),
);
