import type { Result } from "sarif";
import type { DismissedFinding } from "../core/review.js";
import { artifactLocation } from "./sarif-location.js";
import { levelOf } from "./sarif-rules.js";

/**
 * A finding a person dismissed in the project's store (docs/storage.md,
 * "Dismissals") as a suppressed result: code scanning shows it as dismissed
 * rather than open, and the suppression says who, when and why. Only the
 * first line is known (the review keeps a dismissed finding's summary, not
 * its range), so the region is that line.
 */
export function dismissedResult(
  dismissed: DismissedFinding,
  ruleIndex: number,
  fingerprintKey: string,
): Result {
  return {
    ruleId: dismissed.ruleId,
    ruleIndex,
    level: levelOf(dismissed.severity),
    message: { text: dismissed.title.trim() === "" ? dismissed.ruleId : dismissed.title },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(dismissed.file),
          region: { startLine: dismissed.line },
        },
      },
    ],
    partialFingerprints: { [fingerprintKey]: dismissed.fingerprint },
    suppressions: [
      {
        // "external": the decision is kept outside the code, in the review store.
        kind: "external",
        status: "accepted",
        justification: dismissed.reason,
        properties: { dismissedBy: dismissed.by, dismissedAt: dismissed.at },
      },
    ],
    properties: { severity: dismissed.severity },
  };
}
