/** The fast-check settings every test file starts with (tests/setup/fast-check.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('property tests', () => {
  it('run with a fixed seed and a bounded number of runs', () => {
    const config = fc.readConfigureGlobal();
    expect(Number.isInteger(config.seed)).toBe(true);
    expect(config.numRuns).toBe(100);
    // The same seed gives the same inputs: a failure can be replayed.
    const sample = () => fc.sample(fc.string(), { seed: config.seed, numRuns: 5 });
    expect(sample()).toEqual(sample());
  });
});
