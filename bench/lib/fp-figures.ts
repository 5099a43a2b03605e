/**
 * The figures of the false-positive set, computed from the reviewed findings,
 * the production decision and the verdicts; no I/O. The targets are issue
 * 12's: at most 1 high or critical finding per 10,000 production lines, at
 * least 80% of them judged true, none unjudged.
 */
import { isAtLeast, type Severity } from "../../src/core/severity.js";
import type { Verdict } from "./fp-verdicts.js";

export const TARGET_PER_10K = 1;
export const TARGET_TRUE_SHARE = 0.8;

/** The fields of a JSON-report finding the benchmark uses. */
export interface ReportedFinding {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly severity: Severity;
  readonly title: string;
  readonly description: string;
  readonly cwe: readonly string[];
  /**
   * The product's verdict, when its report classified the files: false for a
   * finding marked `nonProduction`, true for the others. Absent: decided by path.
   */
  readonly production?: boolean;
}

export interface ProjectInput {
  readonly project: string;
  readonly productionLines: number;
  readonly nonProductionLines: number;
  readonly findings: readonly ReportedFinding[];
  /** Wall time of the CLI child, and the review's own duration from its report. */
  readonly seconds: number;
  readonly reviewSeconds: number;
}

export interface Judged {
  true: number;
  false: number;
  debatable: number;
  unjudged: number;
}

export interface ProjectFigures {
  readonly project: string;
  readonly productionLines: number;
  readonly nonProductionLines: number;
  /** High and critical findings in production code. */
  readonly severe: number;
  readonly per10k: number;
  readonly judged: Judged;
  readonly severeNonProduction: number;
  readonly mediumLowProduction: number;
  readonly mediumLowNonProduction: number;
  readonly seconds: number;
  readonly reviewSeconds: number;
}

export interface Figures {
  readonly projects: readonly ProjectFigures[];
  readonly total: ProjectFigures;
  /** Verdicts whose fingerprint no review reported any more: shown so they can be pruned. */
  readonly staleVerdicts: number;
  /** High and critical production findings per rule id, most first: where the noise comes from. */
  readonly severeByRule: readonly (readonly [string, number])[];
  readonly targets: { readonly per10k: boolean; readonly trueShare: boolean; readonly unjudged: boolean };
}

export function isSevere(f: ReportedFinding): boolean {
  return isAtLeast(f.severity, "high");
}

function isMediumOrLow(f: ReportedFinding): boolean {
  return f.severity === "medium" || f.severity === "low";
}

export function per10k(count: number, lines: number): number {
  return lines === 0 ? 0 : (count * 10_000) / lines;
}

function projectFigures(
  input: ProjectInput,
  isProduction: (f: ReportedFinding) => boolean,
  verdicts: ReadonlyMap<string, Verdict>,
): ProjectFigures {
  const production = input.findings.filter(isProduction);
  const other = input.findings.filter((f) => !isProduction(f));
  const severe = production.filter(isSevere);
  const judged: Judged = { true: 0, false: 0, debatable: 0, unjudged: 0 };
  for (const f of severe) {
    const v = verdicts.get(f.fingerprint);
    if (v === undefined) judged.unjudged += 1;
    else judged[v.verdict] += 1;
  }
  return {
    project: input.project,
    productionLines: input.productionLines,
    nonProductionLines: input.nonProductionLines,
    severe: severe.length,
    per10k: per10k(severe.length, input.productionLines),
    judged,
    severeNonProduction: other.filter(isSevere).length,
    mediumLowProduction: production.filter(isMediumOrLow).length,
    mediumLowNonProduction: other.filter(isMediumOrLow).length,
    seconds: input.seconds,
    reviewSeconds: input.reviewSeconds,
  };
}

function sum(rows: readonly ProjectFigures[], pick: (r: ProjectFigures) => number): number {
  return rows.reduce((s, r) => s + pick(r), 0);
}

export function computeFigures(
  inputs: readonly ProjectInput[],
  isProduction: (f: ReportedFinding) => boolean,
  verdicts: ReadonlyMap<string, Verdict>,
): Figures {
  const projects = inputs.map((i) => projectFigures(i, isProduction, verdicts));
  const productionLines = sum(projects, (p) => p.productionLines);
  const severe = sum(projects, (p) => p.severe);
  const judged: Judged = {
    true: sum(projects, (p) => p.judged.true),
    false: sum(projects, (p) => p.judged.false),
    debatable: sum(projects, (p) => p.judged.debatable),
    unjudged: sum(projects, (p) => p.judged.unjudged),
  };
  const total: ProjectFigures = {
    project: "total",
    productionLines,
    nonProductionLines: sum(projects, (p) => p.nonProductionLines),
    severe,
    per10k: per10k(severe, productionLines),
    judged,
    severeNonProduction: sum(projects, (p) => p.severeNonProduction),
    mediumLowProduction: sum(projects, (p) => p.mediumLowProduction),
    mediumLowNonProduction: sum(projects, (p) => p.mediumLowNonProduction),
    seconds: sum(projects, (p) => p.seconds),
    reviewSeconds: sum(projects, (p) => p.reviewSeconds),
  };
  const reported = new Set(inputs.flatMap((i) => i.findings.map((f) => f.fingerprint)));
  const staleVerdicts = [...verdicts.keys()].filter((fp) => !reported.has(fp)).length;
  const byRule = new Map<string, number>();
  for (const f of inputs.flatMap((i) => i.findings))
    if (isSevere(f) && isProduction(f)) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const severeByRule = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    projects,
    total,
    staleVerdicts,
    severeByRule,
    targets: {
      per10k: total.per10k <= TARGET_PER_10K,
      // The share is of every severe finding: an unjudged one does not count as true.
      trueShare: severe === 0 || judged.true / severe >= TARGET_TRUE_SHARE,
      unjudged: judged.unjudged === 0,
    },
  };
}
