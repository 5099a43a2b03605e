import { throwIfCancelled } from "../core/errors.js";
import type { Finding } from "../core/finding.js";
import type { Fix, FixValidation } from "../core/fix.js";
import { comparePositions } from "../core/location.js";
import { severityRank } from "../core/severity.js";
import type { SourceFile } from "../core/source-file.js";
import { FileFixSession, type ProposedFix, type SessionDeps } from "./session.js";

/**
 * The order fixes on one file are tried in, which decides overlaps: the
 * higher-severity finding goes first and wins; a later one whose edits
 * overlap it is re-derived on the patched text. Ties go to the earlier place,
 * then the fingerprint, so the outcome never depends on input order.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      comparePositions(a.range.start, b.range.start) ||
      a.fingerprint.localeCompare(b.fingerprint),
  );
}

export interface FilePlan {
  readonly file: SourceFile;
  readonly proposals: readonly ProposedFix[];
  /** The file with every accepted fix applied. */
  readonly after: string;
  /** Unified diff of the accepted fixes, for codeguardian.patch. */
  readonly diff: string;
}

export interface FixOutcome {
  readonly validation: FixValidation;
  readonly fix?: Fix;
}

export interface FixPlan {
  readonly files: readonly FilePlan[];
  /** Per finding fingerprint: its validation and the fix as applied (re-derived fixes differ). */
  readonly outcomes: ReadonlyMap<string, FixOutcome>;
  /** Every accepted fix, as one patch that applies from the repository root. */
  readonly patch: string;
}

export interface PlanDeps extends Omit<SessionDeps, "bom"> {
  /** Files that start with a UTF-8 BOM (repository-relative paths). */
  readonly bomFiles?: ReadonlySet<string>;
  /** Which proven fixes to take; default: every proven or model-checked one. */
  readonly accept?: (proposal: ProposedFix) => boolean;
  /** Aborting it stops the plan between fixes with CG_CANCELLED. */
  readonly signal?: AbortSignal;
}

/**
 * Validates every fix of the given findings on the files they belong to and
 * combines the accepted ones per file. Findings on files not given are
 * recorded as rejected (their content is unknown).
 */
export async function proveFixes(
  files: readonly SourceFile[],
  findings: readonly Finding[],
  deps: PlanDeps,
): Promise<FixPlan> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const outcomes = new Map<string, FixOutcome>();
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (!byPath.has(finding.file)) {
      outcomes.set(finding.fingerprint, {
        validation: {
          status: "rejected",
          applies: false,
          parses: false,
          findingGone: false,
          noNewFindings: false,
          reasons: ["the file's reviewed content is not available"],
        },
      });
      continue;
    }
    groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
  }
  const accept = deps.accept ?? ((p: ProposedFix) => p.validation.status !== "rejected");
  const plans: FilePlan[] = [];
  for (const [path, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = byPath.get(path)!;
    const session = new FileFixSession(file, { ...deps, bom: deps.bomFiles?.has(path) ?? false });
    const proposals: ProposedFix[] = [];
    for (const finding of resolveOverlaps(group)) {
      throwIfCancelled(deps.signal, "the fix stage");
      const proposal = await session.propose(finding);
      proposals.push(proposal);
      outcomes.set(finding.fingerprint, {
        validation:
          proposal.diff === "" ? proposal.validation : { ...proposal.validation, diff: proposal.diff },
        ...(proposal.fix ? { fix: proposal.fix } : {}),
      });
      if (proposal.validation.status !== "rejected" && accept(proposal)) session.accept(proposal);
    }
    plans.push({ file, proposals, after: session.text, diff: session.diff() });
  }
  return { files: plans, outcomes, patch: plans.map((p) => p.diff).join("") };
}

/**
 * The findings with their validation records. A rejected fix is dropped (the
 * recommendation stays), so reporters only ever show fixes that were proven;
 * a re-derived fix replaces the original one.
 */
export function withValidations(
  findings: readonly Finding[],
  outcomes: ReadonlyMap<string, FixOutcome>,
): Finding[] {
  return findings.map((finding) => {
    const outcome = outcomes.get(finding.fingerprint);
    if (!outcome) return finding;
    const { fix: _dropped, ...rest } = finding;
    if (outcome.validation.status === "rejected" || !outcome.fix) {
      return { ...rest, autoFixable: false, fixValidation: outcome.validation };
    }
    return {
      ...rest,
      fix: outcome.fix,
      autoFixable: outcome.fix.applicability === "safe",
      fixValidation: outcome.validation,
    };
  });
}

/** What the heavier checks said about one fix (shape of the platform's verdict). */
export interface CheckResult {
  readonly languageCheck?: boolean;
  readonly tests?: boolean;
  readonly reasons: readonly string[];
}

/** Records the heavier checks on each fix; a fix that failed one is rejected. */
export function withCheckResults(
  outcomes: ReadonlyMap<string, FixOutcome>,
  results: ReadonlyMap<string, CheckResult>,
): Map<string, FixOutcome> {
  const merged = new Map<string, FixOutcome>();
  for (const [id, outcome] of outcomes) {
    const result = results.get(id);
    if (!result) {
      merged.set(id, outcome);
      continue;
    }
    const failed = result.languageCheck === false || result.tests === false;
    merged.set(id, {
      ...outcome,
      validation: {
        ...outcome.validation,
        ...(result.languageCheck === undefined ? {} : { languageCheck: result.languageCheck }),
        ...(result.tests === undefined ? {} : { tests: result.tests }),
        ...(failed ? { status: "rejected" as const } : {}),
        reasons: [...outcome.validation.reasons, ...result.reasons],
      },
    });
  }
  return merged;
}
