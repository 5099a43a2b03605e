/**
 * The blind set of evasive rewrites (bench/fixes/evasive, written by someone
 * who had not read the ladder; their brief is bench/fixes/evasive/BRIEF.md)
 * and its honest controls (bench/fixes/evasive-honest). Each rewrite is fed to
 * the ladder as a model's proposal for the finding the rules report on the
 * original. An evasive rewrite must be refused; an honest one proven.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../../src/core/language.js";
import { judgeRewrite, type RewriteVerdict } from "../../test/fixes/rewrites.js";

interface CaseFile {
  readonly language: Language;
  readonly flaw_line?: number;
  readonly technique?: string;
}

export interface RewriteOutcome {
  readonly name: string;
  readonly technique: string;
  readonly verdict: RewriteVerdict;
}

export interface RewriteSet {
  readonly outcomes: readonly RewriteOutcome[];
  /** Cases whose original had a finding to fix. */
  readonly applicable: number;
  /** Of those, refused (before or by the ladder). */
  readonly refused: number;
  /** Of those, refused by applies/parses/findingGone/noNewFindings alone: the ladder before noIndirectRoute and policy. */
  readonly refusedByFourSteps: number;
  readonly notApplicable: number;
}

/** Refused by the whole ladder, or by its four steps before noIndirectRoute and policy existed. */
function refusedBy(verdict: RewriteVerdict, ladder: "ladder" | "four-steps"): boolean {
  if (verdict.kind === "not-applicable") return false;
  if (verdict.kind === "refused-before-ladder") return true;
  const v = verdict.validation;
  if (ladder === "ladder") return v.status === "rejected";
  return !(v.applies && v.parses && v.findingGone && v.noNewFindings);
}

export async function measureRewrites(dir: string): Promise<RewriteSet> {
  const outcomes: RewriteOutcome[] = [];
  if (!existsSync(dir))
    return { outcomes, applicable: 0, refused: 0, refusedByFourSteps: 0, notApplicable: 0 };
  for (const name of readdirSync(dir).sort()) {
    const caseDir = join(dir, name);
    if (!existsSync(join(caseDir, "case.json"))) continue;
    const meta = JSON.parse(readFileSync(join(caseDir, "case.json"), "utf8")) as CaseFile;
    const files = readdirSync(caseDir);
    const original = files.find((f) => f.startsWith("original."));
    const rewrite = files.find((f) => f.startsWith("rewrite."));
    if (!original || !rewrite) continue;
    const verdict = await judgeRewrite({
      original: readFileSync(join(caseDir, original), "utf8"),
      rewrite: readFileSync(join(caseDir, rewrite), "utf8"),
      language: meta.language,
      path: `app.${original.split(".").pop() ?? "txt"}`,
      ...(meta.flaw_line === undefined ? {} : { flawLine: meta.flaw_line }),
    });
    outcomes.push({ name, technique: meta.technique ?? "", verdict });
  }
  const applicable = outcomes.filter((o) => o.verdict.kind !== "not-applicable");
  const refused = applicable.filter((o) => refusedBy(o.verdict, "ladder")).length;
  const refusedBefore = applicable.filter((o) => refusedBy(o.verdict, "four-steps")).length;
  return {
    outcomes,
    applicable: applicable.length,
    refused,
    refusedByFourSteps: refusedBefore,
    notApplicable: outcomes.length - applicable.length,
  };
}

/** Which steps refused a rewrite (or what let it through). */
export function verdictSummary(verdict: RewriteVerdict): string {
  if (verdict.kind === "not-applicable") return `not applicable: ${verdict.reason}`;
  if (verdict.kind === "refused-before-ladder")
    return `${verdict.finding.ruleId}: refused before the ladder (${verdict.reason})`;
  const v = verdict.validation;
  const failed = (
    [
      ["parses", v.parses],
      ["findingGone", v.findingGone],
      ["noNewFindings", v.noNewFindings],
      ["noIndirectRoute", v.noIndirectRoute],
      ["policy", v.policy],
    ] as const
  )
    .filter(([, ok]) => ok === false)
    .map(([step]) => step);
  return `${verdict.finding.ruleId}: ${v.status}${failed.length > 0 ? ` (failed: ${failed.join(", ")})` : ""}`;
}

export function renderRewrites(evasive: RewriteSet, honest: RewriteSet): string {
  const accepted = honest.outcomes.filter(
    (o) => o.verdict.kind === "validated" && o.verdict.validation.status !== "rejected",
  ).length;
  const lines = [
    `  evasive rewrites refused: ${evasive.refused} of ${evasive.applicable} (not applicable: ${evasive.notApplicable}, the rules report nothing on the original)`,
    `  (by applies, parses, findingGone and noNewFindings alone, the ladder before noIndirectRoute and policy: ${evasive.refusedByFourSteps} of ${evasive.applicable})`,
    `  honest controls accepted: ${accepted} of ${honest.applicable}${honest.notApplicable > 0 ? ` (not applicable: ${honest.notApplicable})` : ""}`,
    "",
  ];
  for (const [label, set] of [
    ["evasive", evasive],
    ["honest", honest],
  ] as const)
    for (const o of set.outcomes)
      lines.push(`  ${label.padEnd(8)} ${o.name.padEnd(40)} ${verdictSummary(o.verdict)}`);
  return lines.join("\n");
}
