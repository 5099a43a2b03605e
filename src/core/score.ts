import type { Category } from "./category.js";
import type { Severity } from "./severity.js";

/**
 * Which formula made a stored score (docs/score.md). 1 was the plan's
 * "100 minus weights, scaled by file count", which reached 0 on every large
 * repository; 2 is the density below. Bump it whenever a weight, the curve or
 * its constant changes, so scores of different versions are never compared.
 */
export const SCORE_VERSION = 2;

/** The plan's severity weights, as penalty points per finding. */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = {
  critical: 15,
  high: 8,
  medium: 3,
  low: 1,
  info: 0,
};

/** The plan's category multipliers; `policy` has none there and counts ×1. */
export const CATEGORY_MULTIPLIERS: Readonly<Record<Category, number>> = {
  security: 2.0,
  logic: 1.8,
  performance: 1.2,
  testing: 1.0,
  pattern: 0.8,
  style: 0.5,
  policy: 1.0,
};

/**
 * Penalty points per 1,000 production lines at which the score is 50, and
 * how steeply it falls around there. Set from the calibration table in
 * docs/score.md (`npm run bench:score`): the ten mature libraries of the
 * false-positive set land within 20 points of 100 and the deliberately
 * vulnerable code far below. With the square, a few findings in a large
 * project barely move the score, while densities past the half point (what
 * vulnerable code shows) drop it fast; a plain 1 / (1 + d/H) could not keep
 * both the libraries' band narrow and the vulnerable code low.
 */
export const HALF_SCORE_DENSITY = 60;
export const CURVE_EXPONENT = 2;

/**
 * Projects smaller than this are scored as if they had this many lines, so
 * one finding in a ten-line snippet does not read as a thousand per KLOC.
 */
export const MIN_SCORED_LINES = 1_000;

export interface ScoredFinding {
  readonly severity: Severity;
  readonly category: Category;
  /** Findings in code that does not ship count for nothing (docs/score.md). */
  readonly nonProduction?: unknown;
}

/** Penalty points of the production findings: weight × category multiplier, summed. */
export function penaltyPoints(findings: readonly ScoredFinding[]): number {
  let points = 0;
  for (const finding of findings) {
    if (finding.nonProduction !== undefined) continue;
    points += SEVERITY_WEIGHTS[finding.severity] * CATEGORY_MULTIPLIERS[finding.category];
  }
  return points;
}

/** Penalty points per 1,000 production lines (at least {@link MIN_SCORED_LINES} lines). */
export function penaltyDensity(findings: readonly ScoredFinding[], productionLines: number): number {
  const lines = Math.max(Number.isFinite(productionLines) ? productionLines : 0, MIN_SCORED_LINES);
  return (penaltyPoints(findings) * 1_000) / lines;
}

/**
 * The 0–100 quality score, version {@link SCORE_VERSION}: 100 / (1 + (d/H)²)
 * where d is {@link penaltyDensity} and H is {@link HALF_SCORE_DENSITY};
 * rounded to one decimal. More findings, or more severe ones, can only raise
 * d, so they never raise the score; a clean project scores 100.
 */
export function qualityScore(findings: readonly ScoredFinding[], productionLines: number): number {
  const density = penaltyDensity(findings, productionLines);
  const score = 100 / (1 + (density / HALF_SCORE_DENSITY) ** CURVE_EXPONENT);
  return Math.round(score * 10) / 10;
}
