import { Option } from "commander";
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
