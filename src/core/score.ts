import type { Category } from "./category.js";
import type { Severity } from "./severity.js";

/** Seed §6.3 weights, applied exactly as the plan defines them. */
const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = {
  critical: -15,
  high: -8,
  medium: -3,
  low: -1,
  info: 0,
};

const CATEGORY_MULTIPLIERS: Readonly<Partial<Record<Category, number>>> = {
  security: 2.0,
  logic: 1.8,
  performance: 1.2,
  testing: 1.0,
  pattern: 0.8,
  style: 0.5,
};

/**
 * The 0–100 quality score of seed §6.3: start at 100, add weight × multiplier
 * per finding (policy and unknown categories count ×1.0), scale by
 * (1 + log10(max(files, 1)) × 0.1), clamp to [0, 100], round to one decimal.
 */
export function qualityScore(
  findings: readonly { readonly severity: Severity; readonly category: Category }[],
  totalFiles: number,
): number {
  let score = 100;
  for (const finding of findings) {
    const weight = SEVERITY_WEIGHTS[finding.severity] ?? -1;
    const multiplier = CATEGORY_MULTIPLIERS[finding.category] ?? 1.0;
    score += weight * multiplier;
  }
  const scaled = score * (1 + Math.log10(Math.max(totalFiles, 1)) * 0.1);
  const clamped = Math.max(0, Math.min(100, scaled));
  return Math.round(clamped * 10) / 10;
}
