/**
 * The score calibration table (docs/score.md): each project's production
 * lines, penalty points and score by the current formula, and whether the
 * mature libraries sit in a band no wider than the issue allows with the
 * deliberately vulnerable code below it. No I/O.
 */
import type { Category } from "../../src/core/category.js";
import { penaltyDensity, penaltyPoints, qualityScore, SCORE_VERSION } from "../../src/core/score.js";
import type { Severity } from "../../src/core/severity.js";
import { renderTable } from "./render.js";

/** Issue 12: the mature libraries' scores may spread over at most this many points. */
export const MAX_BAND_WIDTH = 25;

export type ProjectGroup = "mature" | "vulnerable";

export interface ScoredProjectInput {
  readonly project: string;
  readonly group: ProjectGroup;
  readonly productionLines: number;
  /** Production findings only: the caller has left test and tooling code out. */
  readonly findings: readonly { readonly severity: Severity; readonly category: Category }[];
  /** The score the review itself reported, and its formula version, to show they agree. */
  readonly reported?: { readonly score: number; readonly version: number | undefined };
}

export interface ScoredProject {
  readonly project: string;
  readonly group: ProjectGroup;
  readonly productionLines: number;
  readonly findings: number;
  readonly points: number;
  readonly density: number;
  readonly score: number;
  readonly reported?: ScoredProjectInput["reported"];
}

export interface Calibration {
  readonly rows: readonly ScoredProject[];
  /** Lowest and highest score of the mature libraries. */
  readonly band?: { readonly low: number; readonly high: number };
  /** Highest score of the vulnerable code. */
  readonly vulnerableHigh?: number;
  readonly bandMet: boolean;
  readonly separated: boolean;
}

export function calibrate(inputs: readonly ScoredProjectInput[]): Calibration {
  const rows = inputs.map((p): ScoredProject => ({
    project: p.project,
    group: p.group,
    productionLines: p.productionLines,
    findings: p.findings.length,
    points: penaltyPoints(p.findings),
    density: penaltyDensity(p.findings, p.productionLines),
    score: qualityScore(p.findings, p.productionLines),
    ...(p.reported === undefined ? {} : { reported: p.reported }),
  }));
  const mature = rows.filter((r) => r.group === "mature").map((r) => r.score);
  const vulnerable = rows.filter((r) => r.group === "vulnerable").map((r) => r.score);
  const band = mature.length === 0 ? undefined : { low: Math.min(...mature), high: Math.max(...mature) };
  const vulnerableHigh = vulnerable.length === 0 ? undefined : Math.max(...vulnerable);
  return {
    rows,
    ...(band === undefined ? {} : { band }),
    ...(vulnerableHigh === undefined ? {} : { vulnerableHigh }),
    bandMet: band !== undefined && band.high - band.low <= MAX_BAND_WIDTH,
    separated: band !== undefined && vulnerableHigh !== undefined && vulnerableHigh < band.low,
  };
}

export function renderCalibration(c: Calibration): string {
  const header = ["project", "group", "prod lines", "findings", "points", "per KLOC", "score", "reported"];
  const rows = c.rows.map((r) => [
    r.project,
    r.group,
    String(r.productionLines),
    String(r.findings),
    r.points.toFixed(1),
    r.density.toFixed(2),
    r.score.toFixed(1),
    r.reported === undefined ? "–" : `${r.reported.score.toFixed(1)} (v${r.reported.version ?? 1})`,
  ]);
  const lines = [`Score version ${SCORE_VERSION}`, "", renderTable([header, ...rows], 2), ""];
  if (c.band) {
    const width = c.band.high - c.band.low;
    lines.push(
      `mature libraries: ${c.band.low.toFixed(1)}–${c.band.high.toFixed(1)} (width ${width.toFixed(1)}, at most ${MAX_BAND_WIDTH}): ${c.bandMet ? "met" : "NOT met"}`,
    );
  }
  if (c.vulnerableHigh !== undefined)
    lines.push(
      `vulnerable code: at most ${c.vulnerableHigh.toFixed(1)}, ${c.separated ? "below" : "NOT below"} the mature band`,
    );
  return lines.join("\n");
}
