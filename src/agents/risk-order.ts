import type { FindingDraft } from "../core/finding.js";
import { severityRank } from "../core/severity.js";

/**
 * Files in order of deterministic risk: the most severe finding first, then
 * how many findings, then path. When the budget is short, the riskiest files
 * get the LLM's attention.
 */
export function byRisk<T extends { readonly path: string }>(
  files: readonly T[],
  findings: readonly FindingDraft[],
): T[] {
  const score = new Map<string, { top: number; count: number }>();
  for (const f of findings) {
    const s = score.get(f.file) ?? { top: -1, count: 0 };
    score.set(f.file, { top: Math.max(s.top, severityRank(f.severity)), count: s.count + 1 });
  }
  const of = (path: string): { top: number; count: number } => score.get(path) ?? { top: -1, count: 0 };
  return [...files].sort(
    (a, b) =>
      of(b.path).top - of(a.path).top ||
      of(b.path).count - of(a.path).count ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}
