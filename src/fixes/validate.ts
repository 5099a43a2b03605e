import type { Finding, FindingDraft } from "../core/finding.js";
import type { Fix, FixValidation } from "../core/fix.js";
import { LineIndex, type Range } from "../core/location.js";
import type { SourceFile } from "../core/source-file.js";
import type { Rule } from "../rules/define-rule.js";
import { applyEdits } from "./apply-edits.js";
import { EditMap } from "./edit-map.js";
import {
  aloneView,
  flowsAddedElsewhere,
  handedBack,
  linksAcrossFiles,
  reviewViewOf,
  type CrossFileContext,
  type ReviewView,
} from "./proof/cross-file.js";
import { proofSteps } from "./proof/steps.js";
import type { UsesLookup } from "./proof/uses.js";
import { DraftMemo, linesOverlap, recheckRule, syntaxErrors, withText } from "./recheck.js";

/**
 * The re-check for findings no built-in rule can repeat (LLM-only findings):
 * a second call of the same agent on the patched region. Its verdict makes a
 * fix "model-checked", never "proven".
 */
export type ModelRecheck = (finding: Finding, patched: SourceFile, place: Range) => Promise<RecheckVerdict>;

export interface RecheckVerdict {
  readonly present: boolean;
  /** The agent that judged (the one that found the issue). */
  readonly agent: string;
  /** Its reason; or why the re-check could not be made (then `present` is true). */
  readonly reason?: string;
}

export interface LadderDeps {
  /** Built-in rules used for the re-check and the no-new-findings check. */
  readonly rules: readonly Rule[];
  /** New drafts below this confidence do not count as new findings (the review would hide them). */
  readonly minConfidence?: number;
  readonly modelRecheck?: ModelRecheck;
  /** Shared between fixes on one file so each text is analysed once. */
  readonly memo?: DraftMemo;
  /**
   * Looks up, across the repository, the uses of what a fix changes (callers
   * of a re-signed function, script reads of a cookie made HttpOnly). Without
   * it the ladder cannot see uses, and says so on fixes that change contracts.
   */
  readonly uses?: UsesLookup;
  /**
   * The review's other files' summaries: with it, "finding gone" and "nothing
   * new" re-link the patched file with them, so a flow across files is
   * followed (docs/fixes.md, "Proven across files"). Without it only the
   * patched file is analysed.
   */
  readonly crossFile?: CrossFileContext;
}

export interface LadderInput {
  /** The file as it is now (with earlier accepted fixes applied). */
  readonly file: SourceFile;
  readonly finding: Finding;
  /** Edits in `file.text` coordinates. */
  readonly fix: Fix;
  /** Where the finding is in `file.text`. */
  readonly place: Range;
}

export interface LadderResult {
  readonly validation: FixValidation;
  /** The patched text; equal to the input text when the edits did not apply. */
  readonly after: string;
}

/**
 * The validation ladder: applies → parses → the finding is gone → nothing new.
 * Every step is recorded; a failed step makes the fix "rejected" with the
 * reason kept. Later steps still run where they can, so a report shows all
 * that is wrong with a fix, not only the first thing.
 */
export async function validateFix(input: LadderInput, deps: LadderDeps): Promise<LadderResult> {
  const { file, finding, fix } = input;
  const reasons: string[] = [];
  const applied = applyEdits(file.text, fix.edits);
  if (!applied.ok) {
    return {
      after: file.text,
      validation: rejected({ applies: false, parses: false, findingGone: false, noNewFindings: false }, [
        `does not apply: ${applied.reason}`,
      ]),
    };
  }
  const after = applied.text;
  const patched = withText(file, after);

  const errorsBefore = syntaxErrors(file, file.text);
  const errorsAfter = syntaxErrors(file, after);
  const parses = errorsAfter <= errorsBefore;
  if (!parses)
    reasons.push(
      `adds ${errorsAfter - errorsBefore} syntax error(s) (${errorsBefore} before, ${errorsAfter} after)`,
    );

  // Where the finding's place is after the edits: edits inside it widen it.
  const map = new EditMap(file.text);
  map.record(applied.edits);
  const placeAfter = map.mapLoose(input.place, after);

  const memo = deps.memo ?? new DraftMemo(deps.rules);
  const minConfidence = deps.minConfidence ?? 0;
  const viewBefore = viewOf(file, memo, deps.crossFile);
  const viewAfter = viewOf(patched, memo, deps.crossFile);
  const rule = recheckRule(finding, deps.rules);
  let findingGone = false;
  let recheckedWith: string | undefined;
  let modelChecked = false;
  if (rule) {
    recheckedWith = rule.meta.id;
    const checked = recheckByRule(rule, viewBefore, viewAfter, {
      place: input.place,
      placeAfter,
      handedBack: () => handedBack(memo.summaryOf(file), memo.summaryOf(patched), input.place),
      summarisedSink: (memo.summaryOf(file)?.sinks ?? []).some(
        (s) => s.ruleId === rule.meta.id && linesOverlap(s.range, input.place),
      ),
    });
    findingGone = checked.gone;
    reasons.push(...checked.reasons);
  } else if (deps.modelRecheck) {
    const verdict = await deps.modelRecheck(finding, patched, placeAfter);
    recheckedWith = verdict.agent;
    modelChecked = true;
    findingGone = !verdict.present;
    if (verdict.present)
      reasons.push(
        `${verdict.agent} still reports the finding after the fix${verdict.reason ? `: ${verdict.reason}` : ""}`,
      );
  } else {
    reasons.push(`no built-in rule can re-check ${finding.ruleId}`);
  }

  const added = newFindings(viewBefore.here, viewAfter.here, map, after, minConfidence);
  const moved = flowsAddedElsewhere(viewBefore, viewAfter, minConfidence);
  const noNewFindings = added.length === 0 && moved.length === 0;
  for (const draft of added.slice(0, 5))
    reasons.push(`adds ${draft.ruleId} at line ${draft.range.start.line}`);
  for (const draft of moved.slice(0, 5))
    reasons.push(
      `adds ${draft.ruleId} at ${draft.file} line ${draft.range.start.line}, a flow across files: the sink moved, the flow stayed`,
    );

  // What the fix wrote, not only what the rules still see: a route round the rule, or a fix against its policy.
  const proof = safeProofSteps({
    language: file.language,
    before: file.text,
    after,
    edits: fix.edits,
    map,
    placeAfter,
    finding,
  });
  reasons.push(...proof.reasons);
  let uses: readonly string[] = [];
  if (proof.contracts.length > 0 && deps.uses) {
    uses = await deps.uses(proof.contracts, { path: file.path, text: after });
    for (const use of uses.slice(0, 5)) reasons.push(`used at ${use}: a suggestion, never safe`);
  }

  const steps = {
    applies: true,
    parses,
    findingGone,
    noNewFindings,
    noIndirectRoute: proof.noIndirectRoute,
    policy: proof.policy,
    ...(uses.length > 0 ? { uses } : {}),
  };
  const passed = parses && findingGone && noNewFindings && proof.noIndirectRoute && proof.policy;
  const validation: FixValidation = {
    ...steps,
    status: passed ? (modelChecked ? "model-checked" : "proven") : "rejected",
    ...(recheckedWith === undefined ? {} : { recheckedWith }),
    reasons,
  };
  return { after, validation };
}

/**
 * "Finding gone" by the finding's rule: nothing of it at the (mapped) place
 * and fewer of it than before, counting flows across files that end in the
 * file. For a flow, also refused: a helper that now hands the value back to
 * its callers, and a link cut short by its limits (absence proves nothing).
 */
function recheckByRule(
  rule: Rule,
  before: ReviewView,
  after: ReviewView,
  at: {
    readonly place: Range;
    readonly placeAfter: Range;
    readonly handedBack: () => string[];
    /** A sink the summaries follow sits at the place (a flow may end there unseen when the link is cut). */
    readonly summarisedSink: boolean;
  },
): { gone: boolean; reasons: string[] } {
  const id = rule.meta.id;
  const reasons: string[] = [];
  const held = before.here.filter((d) => d.ruleId === id);
  const still = after.here.filter((d) => d.ruleId === id);
  const atPlace = still.filter((d) => linesOverlap(d.range, at.placeAfter));
  let gone = atPlace.length === 0 && still.length < held.length;
  const first = atPlace[0];
  if (first !== undefined)
    reasons.push(
      after.flows.has(first)
        ? `${id} still reports line ${first.range.start.line} after the fix, for a flow across files: ${firstSentence(first.description)}`
        : `${id} still reports line ${first.range.start.line} after the fix`,
    );
  else if (!gone) reasons.push(`${id} reports as often after the fix as before`);
  const flowAtPlace = [...before.flows].some((d) => linesOverlap(d.range, at.place));
  const handed = flowAtPlace ? at.handedBack() : [];
  if (handed.length > 0) {
    gone = false;
    reasons.push(...handed);
  }
  if (gone && (before.limited || after.limited) && (flowAtPlace || at.summarisedSink)) {
    gone = false;
    reasons.push("data flow across files stopped at its limit: the flow cannot be shown gone");
  }
  return { gone, reasons };
}

/** The file's findings at this text, with flows across files when the review's summaries are there. */
function viewOf(file: SourceFile, memo: DraftMemo, context: CrossFileContext | undefined): ReviewView {
  const drafts = memo.draftsOf(file);
  if (context === undefined || !linksAcrossFiles(file.language)) return aloneView(drafts);
  return reviewViewOf(file.path, drafts, memo.summaryOf(file), context);
}

function firstSentence(text: string): string {
  const end = text.indexOf(". ");
  return end === -1 ? text : text.slice(0, end + 1);
}

/** A step that cannot run proves nothing: the fix is refused with the reason, never let through. */
function safeProofSteps(input: Parameters<typeof proofSteps>[0]): ReturnType<typeof proofSteps> {
  try {
    return proofSteps(input);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      contracts: [],
      noIndirectRoute: false,
      policy: false,
      reasons: [`the proof steps could not run: ${message}`],
    };
  }
}

function rejected(steps: Omit<FixValidation, "status" | "reasons">, reasons: string[]): FixValidation {
  return { ...steps, status: "rejected", reasons };
}

/**
 * Drafts after the fix with no counterpart before it. A counterpart has the
 * same rule and either the same flagged code or a place that maps onto it
 * (a finding whose range contains the edit changes its text, not its identity).
 */
function newFindings(
  before: readonly FindingDraft[],
  after: readonly FindingDraft[],
  map: EditMap,
  afterText: string,
  minConfidence: number,
): FindingDraft[] {
  const beforeLines = new LineIndex(map.original);
  const afterLines = new LineIndex(afterText);
  const unmatched = [...before];
  const added: FindingDraft[] = [];
  for (const draft of after) {
    if (draft.confidence < minConfidence) continue;
    const code = flagged(afterLines, draft.range);
    const index = unmatched.findIndex(
      (old) =>
        old.ruleId === draft.ruleId &&
        (flagged(beforeLines, old.range) === code ||
          linesOverlap(map.mapLoose(old.range, afterText), draft.range)),
    );
    if (index === -1) added.push(draft);
    else unmatched.splice(index, 1);
  }
  return added;
}

function flagged(lines: LineIndex, range: Range): string {
  return lines.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end)).replace(/\s+/g, " ").trim();
}
