import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Fixed seed and bounded runs for every property test.
    setupFiles: ['tests/setup/fast-check.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
