import type { Finding } from "../core/finding.js";
import type { AnalyserRun, Comparison, ResolvedFinding, Review } from "../core/review.js";

export interface CompareInput {
  readonly previous: Review;
  readonly findings: readonly Finding[];
  /** Fingerprints still present but hidden by a suppression or the baseline: never "fixed". */
  readonly suppressedFingerprints?: ReadonlySet<string>;
  readonly analysers: readonly AnalyserRun[];
  /** analyser id → paths it analysed to completion in this review. */
  readonly analysedPaths: ReadonlyMap<string, ReadonlySet<string>>;
  /** Rule ids that exist now (in any analyser). */
  readonly ruleIds: ReadonlySet<string>;
  /** current path → identity path (renames map back to the old path). */
  readonly identities: ReadonlyMap<string, string>;
}

/**
 * Which findings are new, which previous ones are fixed, and which could not
 * be re-checked. A previous finding counts as fixed only when its file was in
 * scope, an analyser that reported it completed on that file, and its rule
 * still exists; otherwise it is "not re-checked" (never silently "fixed").
 */
export function compareWithPrevious(input: CompareInput): Comparison {
  const previousFingerprints = new Set(input.previous.findings.map((f) => f.fingerprint));
  const currentFingerprints = new Set(input.findings.map((f) => f.fingerprint));
  const completed = new Set(input.analysers.filter((a) => a.status === "completed").map((a) => a.id));
  // Previous findings carry the old path; find which current path it became.
  const currentPathOfIdentity = new Map<string, string>();
  for (const [path, identity] of input.identities) currentPathOfIdentity.set(identity, path);

  const fixed: ResolvedFinding[] = [];
  const notRechecked: ResolvedFinding[] = [];
  for (const finding of input.previous.findings) {
    if (currentFingerprints.has(finding.fingerprint)) continue;
    if (input.suppressedFingerprints?.has(finding.fingerprint)) continue;
    const previousIdentity = input.previous.fileIdentities[finding.file]?.identity ?? finding.file;
    const currentPath = currentPathOfIdentity.get(previousIdentity) ?? finding.file;
    const rechecked =
      input.ruleIds.has(finding.ruleId) &&
      finding.sources.some(
        (source) => completed.has(source) && input.analysedPaths.get(source)?.has(currentPath),
      );
    (rechecked ? fixed : notRechecked).push(resolved(finding));
  }
  return {
    previousReviewId: input.previous.id,
    newFingerprints: input.findings
      .filter((f) => !previousFingerprints.has(f.fingerprint))
      .map((f) => f.fingerprint),
    fixed,
    notRechecked,
  };
}

function resolved(finding: Finding): ResolvedFinding {
  return {
    fingerprint: finding.fingerprint,
    ruleId: finding.ruleId,
    file: finding.file,
    line: finding.range.start.line,
    severity: finding.severity,
    title: finding.title,
  };
}
