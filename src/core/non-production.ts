import type { Finding } from "./finding.js";

/**
 * Findings in production code: the ones the exit code, the score and the
 * main report sections count. Findings marked `nonProduction` (tests,
 * examples, build scripts no production file imports) are listed apart
 * (docs/configuration.md, "Non-production code").
 */
export function isProductionFinding(finding: Pick<Finding, "nonProduction">): boolean {
  return finding.nonProduction === undefined;
}

export function productionFindings<F extends Pick<Finding, "nonProduction">>(findings: readonly F[]): F[] {
  return findings.filter(isProductionFinding);
}

export function nonProductionFindings<F extends Pick<Finding, "nonProduction">>(findings: readonly F[]): F[] {
  return findings.filter((f) => !isProductionFinding(f));
}

/** How many findings were moved apart, per kind of code, most first (then by name). */
export function nonProductionCounts(
  findings: readonly Pick<Finding, "nonProduction">[],
): [kind: string, count: number][] {
  const counts = new Map<string, number>();
  for (const f of findings)
    if (f.nonProduction) counts.set(f.nonProduction.kind, (counts.get(f.nonProduction.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
