/** The false-positive set's figures as a plain-text table, with the targets beside them. */
import type { Figures, ProjectFigures } from "./fp-figures.js";
import { TARGET_PER_10K, TARGET_TRUE_SHARE } from "./fp-figures.js";
import { percent, renderTable } from "./render.js";

const HEADERS = [
  "project",
  "prod lines",
  "high+crit",
  "per 10k",
  "true",
  "false",
  "debatable",
  "unjudged",
  "non-prod lines",
  "non-prod high+crit",
  "prod med+low",
  "non-prod med+low",
  "review s",
];

function cells(p: ProjectFigures): string[] {
  return [
    p.project,
    String(p.productionLines),
    String(p.severe),
    p.per10k.toFixed(2),
    String(p.judged.true),
    String(p.judged.false),
    String(p.judged.debatable),
    String(p.judged.unjudged),
    String(p.nonProductionLines),
    String(p.severeNonProduction),
    String(p.mediumLowProduction),
    String(p.mediumLowNonProduction),
    p.seconds.toFixed(1),
  ];
}

export function figuresTable(figures: Figures): string {
  return renderTable([HEADERS, ...figures.projects.map(cells), cells(figures.total)], 1);
}

export function printFigures(figures: Figures): void {
  const t = figures.total;
  const met = (ok: boolean): string => (ok ? "met    " : "NOT met");
  console.log(`\n${figuresTable(figures)}\n`);
  console.log(
    "high+crit, true/false/debatable/unjudged: findings in production code; review s: wall time of the CLI",
  );
  const byRule = figures.severeByRule.map(([rule, n]) => `${rule} ${n}`).join(", ");
  console.log(`by rule: ${byRule === "" ? "none" : byRule}`);
  console.log(`\nunjudged: ${t.judged.unjudged}`);
  if (figures.staleVerdicts > 0)
    console.log(`verdicts for fingerprints no review reported: ${figures.staleVerdicts}`);
  console.log("\nTargets (issue 12):");
  console.log(
    `  ${met(figures.targets.per10k)}  at most ${TARGET_PER_10K} high/critical per 10,000 production lines: ${t.per10k.toFixed(2)}`,
  );
  console.log(
    `  ${met(figures.targets.trueShare)}  at least ${TARGET_TRUE_SHARE * 100}% of them judged true: ${percent(t.judged.true, t.severe)}`,
  );
  console.log(`  ${met(figures.targets.unjudged)}  unjudged 0: ${t.judged.unjudged}`);
}
