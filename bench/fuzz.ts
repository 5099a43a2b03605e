/**
 * `npm run bench:fuzz`: the fuzz suites of test/fuzz/ for a long run, with a
 * fresh random seed (printed first, so a failure can be replayed) and 20,000
 * runs per target unless told otherwise. CI runs the same suites with a fixed
 * seed and 1,000 runs (docs/benchmarks.md, "Fuzzing").
 *
 *   npm run bench:fuzz                          # random seed, 20,000 runs per target
 *   npm run bench:fuzz -- --runs 5000           # fewer runs
 *   npm run bench:fuzz -- --seed 1234           # replay a seed
 *   npm run bench:fuzz -- --runs 500 test/fuzz/config.fuzz.test.ts   # one target
 */
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: { seed: { type: "string" }, runs: { type: "string", default: "20000" } },
  allowPositionals: true,
});

const seed = values.seed === undefined ? randomInt(2 ** 31 - 1) : Number(values.seed);
const runs = Number(values.runs);
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(runs) || runs < 1) {
  console.error("bench:fuzz: --seed and --runs take whole numbers");
  process.exit(2);
}
const targets = positionals.length > 0 ? positionals : ["test/fuzz/"];
console.log(`bench:fuzz seed=${seed} runs=${runs} targets=${targets.join(" ")}`);
console.log(`replay with: npm run bench:fuzz -- --seed ${seed} --runs ${runs}`);

const started = performance.now();
const result = spawnSync("npx", ["vitest", "run", ...targets], {
  stdio: "inherit",
  env: { ...process.env, CG_FUZZ_SEED: String(seed), CG_FUZZ_RUNS: String(runs) },
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `bench:fuzz seed=${seed} runs=${runs}: ${result.status === 0 ? "no counterexample" : "FAILED"} in ${seconds} s`,
);
process.exit(result.status ?? 1);
