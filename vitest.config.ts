import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Fixed seed and bounded runs for every property test; remark loaded for the renderers.
    setupFiles: ['tests/setup/fast-check.ts', 'tests/setup/markdown.ts'],
    // Unpacks the Chromium of @sparticuz/chromium once for the browser tests.
    globalSetup: ['tests/setup/tmpdir.ts', 'tests/setup/chromium.ts'],
    testTimeout: 30_000,
    // A test in which no assertion ran fails: it could not have failed otherwise.
    expect: { requireAssertions: true },
    hookTimeout: 60_000,
  },
});
