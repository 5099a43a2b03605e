import type { Finding } from "../core/finding.js";
import type { Fix, FixValidation } from "../core/fix.js";
import { sha256Hex } from "../core/hash.js";
import type { SourceFile } from "../core/source-file.js";
import { applyEdits, renderUnifiedDiff } from "./apply-edits.js";
import type { FixCache } from "../core/fix.js";
import { EditMap } from "./edit-map.js";
import { contextDigest } from "./proof/cross-file.js";
import { DraftMemo, linesOverlap, recheckRule, withText } from "./recheck.js";
import { validateFix, type LadderDeps } from "./validate.js";

export interface SessionDeps extends LadderDeps {
  readonly cache?: FixCache;
  /** The file starts with a UTF-8 BOM (kept in diffs so they apply). */
  readonly bom?: boolean;
}

/** One fix as proposed on the file's current text. */
export interface ProposedFix {
  readonly finding: Finding;
  /** The edits applied, in `before` coordinates; absent when none could be found. */
  readonly fix?: Fix;
  readonly validation: FixValidation;
  readonly before: string;
  readonly after: string;
  /** This fix alone, as a unified diff from the current text. */
  readonly diff: string;
  /** True when an overlapping fix went first and this one was re-derived by re-running the rule. */
  readonly rederived: boolean;
}

const NOT_RUN = { applies: false, parses: false, findingGone: false, noNewFindings: false } as const;

/**
 * Fixes on one file, applied one after another. Each is validated on the text
 * as it is after the fixes accepted before it, so the combined result is what
 * was proven. A fix whose edits overlap one already accepted is re-derived:
 * its rule runs again on the current text and, if the finding is still there,
 * its new fix is taken.
 */
export class FileFixSession {
  private current: string;
  private readonly map: EditMap;
  private readonly deps: SessionDeps;

  constructor(
    readonly file: SourceFile,
    deps: SessionDeps,
  ) {
    this.current = file.text;
    this.map = new EditMap(file.text);
    this.deps = { ...deps, memo: deps.memo ?? new DraftMemo(deps.rules) };
  }

  get text(): string {
    return this.current;
  }

  get changed(): boolean {
    return this.current !== this.file.text;
  }

  /** The whole file's diff from its reviewed content to now. */
  diff(): string {
    return renderUnifiedDiff(this.file.path, this.file.text, this.current, { bom: this.deps.bom ?? false });
  }

  async propose(finding: Finding): Promise<ProposedFix> {
    const before = this.current;
    const place = this.map.mapLoose(finding.range, before);
    let fix = finding.fix && this.map.mapFix(finding.fix, before);
    let rederived = false;
    if (finding.fix && fix === undefined) {
      rederived = true;
      const found = this.rederive(finding, place);
      if (typeof found === "string") return this.refused(finding, found);
      fix = found;
    }
    if (fix === undefined) return this.refused(finding, "the finding has no fix");

    // With flows across files, the other files' summaries decide the validation too.
    const across = this.deps.crossFile;
    const contentHash = sha256Hex(across === undefined ? before : `${before}\u0000${contextDigest(across)}`);
    const key = { fingerprint: finding.fingerprint, contentHash };
    const cached = await this.deps.cache?.get(key);
    let validation: FixValidation;
    let after: string;
    // A cached fix is only reused when it still applies; the key makes that near-certain.
    const reused = cached && applyEdits(before, cached.fix.edits);
    if (cached && reused?.ok) {
      fix = cached.fix;
      validation = cached.validation;
      after = reused.text;
    } else {
      const result = await validateFix({ file: withText(this.file, before), finding, fix, place }, this.deps);
      validation = result.validation;
      after = result.after;
      await this.deps.cache?.set(key, { fix, validation });
    }
    if (rederived)
      validation = { ...validation, reasons: [...validation.reasons, "re-derived after an overlapping fix"] };
    // Code elsewhere relies on what the fix changes: a person must look, whatever the fix claimed.
    if (validation.uses && validation.uses.length > 0 && fix.applicability === "safe")
      fix = { ...fix, applicability: "suggested" };
    const diff = validation.applies
      ? renderUnifiedDiff(this.file.path, before, after, { bom: this.deps.bom ?? false })
      : "";
    return { finding, fix, validation, before, after, diff, rederived };
  }

  /** Takes a proposed fix into the file; it must have been proposed on the current text. */
  accept(proposal: ProposedFix): void {
    if (proposal.before !== this.current)
      throw new Error("the fix was proposed on an older text of the file");
    if (!proposal.fix || proposal.after === proposal.before) return;
    const applied = applyEdits(this.current, proposal.fix.edits);
    if (!applied.ok) throw new Error(`the fix no longer applies: ${applied.reason}`);
    this.map.record(applied.edits);
    this.current = applied.text;
  }

  private rederive(finding: Finding, place: Finding["range"]): Fix | string {
    const rule = recheckRule(finding, this.deps.rules);
    if (!rule) return `an overlapping fix went first and no built-in rule can re-derive ${finding.ruleId}`;
    const drafts = this.deps
      .memo!.draftsOf(withText(this.file, this.current))
      .filter((d) => d.ruleId === rule.meta.id && linesOverlap(d.range, place));
    if (drafts.length === 0) return "already resolved by an overlapping fix";
    for (const draft of drafts) if (draft.fix) return draft.fix;
    return "after an overlapping fix, the rule offers no fix here";
  }

  private refused(finding: Finding, reason: string): ProposedFix {
    return {
      finding,
      validation: { ...NOT_RUN, status: "rejected", reasons: [reason] },
      before: this.current,
      after: this.current,
      diff: "",
      rederived: false,
    };
  }
}
