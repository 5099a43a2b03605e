/**
 * Run settings shared by the fuzz suites. CI runs every target with a fixed
 * seed so a failure reproduces exactly; `npm run bench:fuzz` sets
 * CG_FUZZ_SEED and CG_FUZZ_RUNS for long runs with a fresh seed (see
 * docs/benchmarks.md, "Fuzzing"). Reading the environment is allowed here:
 * test files are not part of src/.
 */
import type { Parameters } from "fast-check";

/** The seed CI uses; a bench run is reproduced by passing its seed as CG_FUZZ_SEED. */
export const CI_SEED = 20261207;

export function fuzzSeed(): number {
  const raw = process.env.CG_FUZZ_SEED;
  return raw === undefined || raw === "" ? CI_SEED : Number(raw);
}

export function fuzzRuns(): number {
  return Number(process.env.CG_FUZZ_RUNS ?? 1000);
}

/**
 * fast-check parameters for one property. `share` scales the run count for
 * properties that start real processes (git), so a 1,000-run target checks a
 * sampled subset of its inputs that way.
 */
export function fuzzParams<T>(share = 1): Parameters<T> {
  return { seed: fuzzSeed(), numRuns: Math.max(1, Math.round(fuzzRuns() * share)) };
}

/** vitest's limit for one property: generous, and growing with the run count of long bench runs. */
export function fuzzTimeout(): number {
  return Math.max(300_000, fuzzRuns() * 300);
}
