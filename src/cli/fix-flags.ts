import { CodeGuardianError } from "../core/errors.js";
import type { FixCheckOptions } from "../platform/fix-checks.js";

/** The heavier-check flags shared by `review --fix` and `fix` (operator-only: they run programs). */
export interface CheckFlags {
  readonly pyCompile?: string | boolean;
  readonly tsc?: string;
  readonly testCommand?: string;
  readonly checkTimeout?: string;
}

export function checkOptions(flags: CheckFlags): FixCheckOptions {
  const seconds = flags.checkTimeout === undefined ? 300 : Number(flags.checkTimeout);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `--check-timeout must be a positive number of seconds, not "${flags.checkTimeout}"`,
    );
  }
  const test = flags.testCommand?.trim().split(/\s+/).filter(Boolean) ?? [];
  return {
    timeoutMs: seconds * 1000,
    ...(flags.pyCompile === undefined || flags.pyCompile === false
      ? {}
      : { python: flags.pyCompile === true ? "python3" : flags.pyCompile }),
    ...(flags.tsc === undefined ? {} : { typescript: flags.tsc }),
    ...(test[0] === undefined ? {} : { testCommand: { command: test[0], args: test.slice(1) } }),
  };
}

/** Default cap on model-proposed fixes per review: each costs a call, and a re-check for LLM findings. */
export const DEFAULT_LLM_FIXES = 20;

/** --llm-fixes: how many model-proposed fixes at most (0 turns them off). */
export function llmFixLimit(flag: string | undefined): number {
  if (flag === undefined) return DEFAULT_LLM_FIXES;
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 0) {
    throw new CodeGuardianError(
      "CG_USAGE",
      `--llm-fixes must be a whole number of fixes (0 or more), not "${flag}"`,
    );
  }
  return n;
}
