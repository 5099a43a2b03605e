import { InvalidArgumentError, Option } from "commander";
import { CodeGuardianError } from "../core/errors.js";
import { LOG_LEVELS } from "./logger.js";

/**
 * The flags `serve` and `worker` share, defined once so the two front ends
 * cannot drift: commander checks the log level against its choices and
 * answers a wrong one as a usage error.
 */
export function logLevelOption(): Option {
  return new Option("--log-level <level>", "least level of the JSON log lines")
    .choices(LOG_LEVELS)
    .default("info");
}

/** A `--queue` that is not a Redis URL, as the usage error to report; undefined when it is fine. */
export function queueUrlProblem(queue: string | undefined): CodeGuardianError | undefined {
  if (queue === undefined || /^rediss?:\/\//i.test(queue)) return undefined;
  return new CodeGuardianError("CG_USAGE", `--queue must be a redis:// URL, not ${queue}`);
}

/** A commander argument parser for a whole number in [min, max]; anything else is a usage error naming the flag. */
export function wholeNumber(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

/** A commander collector for a repeatable flag. */
export function collect(value: string, previous: readonly string[]): readonly string[] {
  return [...previous, value];
}
