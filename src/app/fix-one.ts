import type { Fix, FixValidation } from "../core/fix.js";
import type { Review } from "../core/review.js";
import { proveReviewFixes } from "./fix-stage.js";

/** What asking for one finding's fix gave (docs/server.md, "Fixing one finding"). */
export type OneFix =
  | {
      /** `proven` or `model-checked` fixes come with their edits and diff; a `rejected` one with why. */
      readonly status: "proven" | "model-checked" | "rejected";
      readonly validation: FixValidation;
      readonly fix?: Fix;
      /** A unified diff of the fix, applying from the repository root. */
      readonly diff?: string;
    }
  | {
      /** Nothing deterministic can fix it here, or its file cannot be read as it was reviewed. */
      readonly status: "none";
      readonly reason: string;
    };

/**
 * Runs the fix stage's deterministic side (a rule's own fix, or a fix
 * provider's) and its validation ladder on one finding of a stored review,
 * against the review's working tree. The model is not asked: a fix that
 * needs it is for `codeguardian fix` or a later queued job. The file must
 * still hold what was reviewed (its hash is checked), so a fix never lands
 * on code that moved.
 */
export async function proveOneFix(
  review: Review,
  fingerprint: string,
  signal?: AbortSignal,
): Promise<OneFix> {
  const finding = review.findings.find((f) => f.fingerprint === fingerprint);
  if (finding === undefined) return { status: "none", reason: "the review has no such finding" };
  const one: Review = { ...review, findings: [finding] };
  // No heavier checks (a language checker, the tests): they belong to `codeguardian fix` on a checkout.
  const proven = await proveReviewFixes(one, { timeoutMs: 60_000 }, signal === undefined ? {} : { signal });
  const skipped = proven.skipped.find((s) => s.file === finding.file);
  if (skipped !== undefined) return { status: "none", reason: skipped.reason };
  const outcome = proven.plan.outcomes.get(fingerprint);
  if (outcome === undefined) {
    return { status: "none", reason: "no built-in rule or fix provider has a fix for this finding" };
  }
  const diff = proven.plan.files.find((f) => f.file.path === finding.file)?.diff;
  return {
    status: outcome.validation.status,
    validation: outcome.validation,
    ...(outcome.fix === undefined || outcome.validation.status === "rejected" ? {} : { fix: outcome.fix }),
    ...(diff === undefined || diff === "" ? {} : { diff }),
  };
}
