// ESLint (flat config), run by `npm test`: the recommended rules, no evaluated code,
// and with type information for src/ and tests/ the rules that find real mistakes —
// a promise nobody awaits or that is passed where nothing awaits it, an `await` on
// something that is not a promise. Style is not linted.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import hfTests from './scripts/eslint-plugin-tests.js';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tests/fixtures/', 'docs/', 'schemas/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    rules: {
      // hf matches control characters on purpose (sanitising terminal and document text).
      'no-control-regex': 'off',
      'no-regex-spaces': 'off',
      'no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // hf never evaluates code (a test may evaluate hf's own generated code).
    files: ['src/**', 'bin/**'],
    rules: { 'no-eval': 'error', 'no-new-func': 'error', 'no-implied-eval': 'error' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'structuredClone', 'performance', 'fetch', 'AbortController'].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // bin/ is CommonJS (bin/package.json), so that hf starts without the ES-module loader.
    files: ['bin/**/*.{js,cjs}', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' } },
  },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'vitest.config.ts'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-for-in-array': 'error',
    },
  },
  {
    // Tests that can fail (scripts/eslint-plugin-tests.js).
    files: ['tests/**/*.ts'],
    plugins: { 'hf-tests': hfTests },
    rules: {
      'hf-tests/no-self-writing-snapshot': 'error',
      'hf-tests/no-vacuous-assertion': 'error',
      'hf-tests/no-early-return-in-property': 'error',
      'hf-tests/no-skipped-test': 'error',
    },
  },
);
