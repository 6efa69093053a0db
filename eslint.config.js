// Flat config: typescript-eslint's type-aware rules on every TypeScript file the tsconfig covers
// (src, tests, scripts, bench and the root config files). Plain JS/MJS helper scripts are not in
// the TypeScript project, so they get the syntax-only rule set instead of failing to resolve.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The helper scripts run under Node; naming its globals here avoids a dependency on `globals`.
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'structuredClone'].map((name) => [name, 'readonly']),
);

export default defineConfig([
  globalIgnores([
    'dist/',
    'node_modules/',
    'artifacts/',
    'public/',
    'test-results/',
    'playwright-report/',
    '.tmp/',
  ]),
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // House rule: no `any`, anywhere (docs/design.md, "One typed message map").
      '@typescript-eslint/no-explicit-any': 'error',
      // `_`-prefixed names are the conventional "deliberately unused" marker (callback arity).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Listeners and Preact handlers routinely take async functions; the promise is handled
      // inside them. Checking attributes would flag every `onClick={async () => …}`.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Test doubles implement async browser/storage interfaces without awaiting anything;
      // making each of them non-async would change the contract they stand in for.
      '@typescript-eslint/require-await': 'off',
      // Vitest types its asymmetric matchers (`expect.stringMatching(…)`) as `any`, so every
      // `toEqual({ x: expect.any(String) })` would be flagged. `no-explicit-any` still applies.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Tests pull methods off objects to call or spy on them (`const up = step(2).up`).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...nodeGlobals } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
]);
