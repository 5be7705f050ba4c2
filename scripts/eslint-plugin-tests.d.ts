import type { ESLint } from 'eslint';

/** The lint rules for hf's tests (scripts/eslint-plugin-tests.js). */
declare const plugin: ESLint.Plugin;
export default plugin;
