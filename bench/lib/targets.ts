import type { QualityScore } from "./metrics.js";

export interface TargetCheck {
  readonly name: string;
  readonly met: boolean;
  readonly detail: string;
}

export const TARGETS = { precision: 0.95, recall: 0.9, classF1: 0.8 } as const;

/**
 * The quality targets: overall precision and recall, and no class (per
 * language) with F1 below the floor. A class the tool reports nothing for
 * counts as F1 0, not as "unknown".
 */
export function checkTargets(score: QualityScore): TargetCheck[] {
  const { precision, recall } = score.overall;
  const weak = score.rows
    .filter((r) => r.labels > 0 && (r.f1 ?? 0) < TARGETS.classF1)
    .map((r) => `${r.cwe}/${r.language} ${fmt(r.f1 ?? 0)}`);
  return [
    {
      name: `overall precision >= ${TARGETS.precision}`,
      met: precision !== undefined && precision >= TARGETS.precision,
      detail: precision === undefined ? "no findings" : fmt(precision, 3),
    },
    {
      name: `overall recall >= ${TARGETS.recall}`,
      met: recall !== undefined && recall >= TARGETS.recall,
      detail: recall === undefined ? "no labels" : fmt(recall, 3),
    },
    {
      name: `every class F1 >= ${TARGETS.classF1}`,
      met: weak.length === 0,
      detail:
        weak.length === 0
          ? "all classes"
          : `${weak.length} below: ${weak.slice(0, 6).join(", ")}${weak.length > 6 ? ", …" : ""}`,
    },
  ];
}

export function fmt(value: number | undefined, digits = 2): string {
  return value === undefined ? "–" : value.toFixed(digits);
}
