/**
 * Every property test in `npm test` runs with a fixed seed, so a failure in CI
 * is the same failure on a laptop, and with a bounded number of runs (100 unless
 * a test asks for another number). `FC_SEED=<n> npx vitest run` explores other
 * inputs locally.
 */
import fc from 'fast-check';

export const FC_GLOBAL_SEED = Number(process.env.FC_SEED ?? 20_240_926);

fc.configureGlobal({ seed: FC_GLOBAL_SEED, numRuns: 100 });
