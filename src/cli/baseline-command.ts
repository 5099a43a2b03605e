import { CodeGuardianError, EXIT, type ExitCode } from "../core/errors.js";
import { writeBaseline } from "../platform/baseline-file.js";
import type { Io } from "./io.js";
import { localTargetOnly } from "../app/review.js";
import { performReview, type ReviewOptions } from "./review-command.js";

/**
 * `codeguardian baseline [target]`: reviews the target and records every
 * current finding's fingerprint in .codeguardian/baseline.json (commit it);
 * later reviews report only what is new.
 */
export async function baselineCommand(
  target: string | undefined,
  options: Pick<ReviewOptions, "config" | "db">,
  io: Io,
): Promise<ExitCode> {
  const { review } = await performReview(
    target === undefined ? [] : [target],
    // The store's caches serve the review; a baseline is not a review to record.
    { ...options, store: true, record: false, baseline: false },
    io,
    {
      beforeRun: localTargetOnly(
        "a baseline is written into a local repository; clone it and run baseline there",
      ),
    },
  );
  if (review.completeness === "incomplete") {
    throw new CodeGuardianError(
      "CG_USAGE",
      "the review was incomplete, so a baseline would hide findings it never saw",
      {
        hint: "Fix or disable the failing analyser (see `codeguardian review`), then run baseline again.",
      },
    );
  }
  const path = await writeBaseline(review.target.root, review.findings, new Date());
  io.stdout.write(
    `codeguardian: recorded ${review.findings.length} findings in ${path}; commit it so CI sees the same baseline\n`,
  );
  return EXIT.ok;
}
