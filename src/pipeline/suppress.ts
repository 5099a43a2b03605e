import type { Finding } from "../core/finding.js";
import type { DismissedFinding, Notice } from "../core/review.js";
import type { Dismissal } from "../core/team.js";

/**
 * Inline suppression, one syntax per comment style, always with a reason:
 *
 *   cur.execute(sql)  # codeguardian-ignore[py/sql-injection]: sql is a constant built above
 *   // codeguardian-ignore[js/eval-injection, eslint/no-eval]: sandboxed worker, see ADR-12
 *
 * A comment silences the listed rules on its own line, or on the next line
 * when it stands alone. A comment without a reason silences nothing and is
 * reported, so "ignore" can never be typed absent-mindedly.
 */
// The reason is the rest of the line, read once; reasonOf trims it and drops a closing `*/`. Matching the
// reason lazily before `\s*(?:\*\/)?\s*$` re-read the blanks after it at every length
// (test/regex-linearity.test.ts); a rule list never holds `[`, so it stops there.
const MARKER = /(?:#|\/\/|\/\*)\s*codeguardian-ignore\[([^[\]]*)\](?::([^]*)|\s*(?:\*\/\s*)?$)/;

function reasonOf(rest: string | undefined): string {
  const reason = (rest ?? "").trim();
  return reason.endsWith("*/") ? reason.slice(0, -2).trim() : reason;
}

export interface Suppression {
  readonly line: number;
  /** Line the suppression applies to. */
  readonly target: number;
  readonly rules: readonly string[];
  readonly reason: string;
}

export function parseSuppressions(text: string): { suppressions: Suppression[]; invalid: number[] } {
  const suppressions: Suppression[] = [];
  const invalid: number[] = [];
  if (!text.includes("codeguardian-ignore")) return { suppressions, invalid };
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const match = MARKER.exec(raw);
    if (!match) return;
    const line = i + 1;
    const rules = (match[1] ?? "")
      .split(",")
      .map((r) => r.trim())
      .filter((r) => r !== "");
    const reason = reasonOf(match[2]);
    if (rules.length === 0 || reason === "") {
      invalid.push(line);
      return;
    }
    const standalone = raw.slice(0, match.index).trim() === "";
    suppressions.push({ line, target: standalone ? line + 1 : line, rules, reason });
  });
  return { suppressions, invalid };
}

export interface SuppressionResult {
  readonly kept: Finding[];
  readonly suppressed: number;
  readonly notices: Notice[];
}

/** Drops findings silenced by an inline comment whose rule list names the finding's rule or a merged one. */
export function applyInlineSuppressions(
  findings: readonly Finding[],
  texts: ReadonlyMap<string, string>,
): SuppressionResult {
  const byFile = new Map<string, Suppression[]>();
  const notices: Notice[] = [];
  for (const [file, text] of texts) {
    const { suppressions, invalid } = parseSuppressions(text);
    if (suppressions.length > 0) byFile.set(file, suppressions);
    for (const line of invalid) {
      notices.push({
        level: "warning",
        analyser: "suppressions",
        file,
        message: `line ${line}: codeguardian-ignore needs rule ids and a reason, e.g. "codeguardian-ignore[py/sql-injection]: constant query"; it was not applied`,
      });
    }
  }
  let suppressed = 0;
  const kept = findings.filter((finding) => {
    const list = byFile.get(finding.file);
    if (!list) return true;
    const ids = [finding.ruleId, ...finding.relatedRules];
    const hit = list.some(
      (s) =>
        s.target >= finding.range.start.line &&
        s.target <= finding.range.end.line &&
        s.rules.some((rule) => ids.includes(rule)),
    );
    if (hit) suppressed++;
    return !hit;
  });
  return { kept, suppressed, notices };
}

/** Drops findings whose fingerprint is in the committed baseline. */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: ReadonlySet<string>,
): { kept: Finding[]; suppressed: number } {
  const kept = findings.filter((f) => !baseline.has(f.fingerprint));
  return { kept, suppressed: findings.length - kept.length };
}

/** Leaves out findings whose fingerprint a person dismissed in the project, listing each with who, why and when. */
export function applyDismissals(
  findings: readonly Finding[],
  dismissals: ReadonlyMap<string, Dismissal>,
): { kept: Finding[]; dismissed: DismissedFinding[] } {
  const kept: Finding[] = [];
  const dismissed: DismissedFinding[] = [];
  for (const finding of findings) {
    const dismissal = dismissals.get(finding.fingerprint);
    if (dismissal === undefined) {
      kept.push(finding);
      continue;
    }
    dismissed.push({
      fingerprint: finding.fingerprint,
      ruleId: finding.ruleId,
      file: finding.file,
      line: finding.range.start.line,
      severity: finding.severity,
      title: finding.title,
      by: dismissal.by,
      reason: dismissal.reason,
      at: dismissal.at,
    });
  }
  return { kept, dismissed };
}
