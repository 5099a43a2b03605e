import { answerFromRewrite } from "../../src/agents/fix/whole-file.js";
import { proposalToFix } from "../../src/agents/fix/proposal.js";
import { DEFAULT_CONFIG } from "../../src/core/config.js";
import type { Finding } from "../../src/core/finding.js";
import type { FixValidation } from "../../src/core/fix.js";
import type { Language } from "../../src/core/language.js";
import { LineIndex } from "../../src/core/location.js";
import { severityRank } from "../../src/core/severity.js";
import { validateFix } from "../../src/fixes/validate.js";
import { BUILTIN_RULES } from "../../src/rules/registry.js";
import { reviewed } from "./findings.js";

/** What the ladder made of a whole-file rewrite offered as the fix for the original's finding. */
export type RewriteVerdict =
  | { readonly kind: "not-applicable"; readonly reason: string }
  | { readonly kind: "refused-before-ladder"; readonly finding: Finding; readonly reason: string }
  | { readonly kind: "validated"; readonly finding: Finding; readonly validation: FixValidation };

/**
 * The finding a review reports on the original (the one on `flawLine` when
 * given, else the most severe), and the rewrite fed to the ladder as a
 * model's proposal for it: through proposalToFix, then validateFix.
 */
export async function judgeRewrite(input: {
  readonly original: string;
  readonly rewrite: string;
  readonly language: Language;
  readonly path: string;
  readonly flawLine?: number;
}): Promise<RewriteVerdict> {
  const { file, findings } = reviewed(input.original, input.language, input.path);
  const shown = findings.filter((f) => f.confidence >= DEFAULT_CONFIG.minConfidence);
  const onLine = shown.filter(
    (f) =>
      input.flawLine !== undefined &&
      f.range.start.line <= input.flawLine &&
      input.flawLine <= f.range.end.line,
  );
  const pool = (onLine.length > 0 ? onLine : shown).filter(
    (f) => f.category === "security" || onLine.length > 0,
  );
  const finding = [...pool].sort((a, b) => severityRank(b.severity) - severityRank(a.severity))[0];
  if (!finding) return { kind: "not-applicable", reason: "the rules report nothing on the original" };
  const lines = new LineIndex(input.original);
  const answer = answerFromRewrite(input.original, input.rewrite);
  const proposal = proposalToFix(answer, {
    text: input.original,
    redacted: input.original,
    window: { start: { line: 1, column: 1 }, end: { line: lines.lineCount, column: 1 } },
    model: "blind:rewrite",
    language: input.language,
  });
  if ("refused" in proposal) return { kind: "refused-before-ladder", finding, reason: proposal.refused };
  const { validation } = await validateFix(
    { file, finding, fix: proposal.fix, place: finding.range },
    { rules: BUILTIN_RULES, minConfidence: DEFAULT_CONFIG.minConfidence },
  );
  return { kind: "validated", finding, validation };
}
