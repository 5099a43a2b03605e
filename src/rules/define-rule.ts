import type { SgNode } from "@ast-grep/napi";
import type { Fix } from "../core/fix.js";
import type { LineIndex, Range } from "../core/location.js";
import type { RuleMeta } from "../core/rule-meta.js";
import type { Severity } from "../core/severity.js";
import type { SourceFile } from "../core/source-file.js";
import type { TemplateSource } from "./templates/raw-outputs.js";

/**
 * What a check reports: a place, and optionally a sharper message, never a
 * fix: the rule's fix step turns the match (this node and `state`) into edits.
 * Never prints.
 */
export interface RuleReport<S = never> {
  /** The node to flag; or give `range`. */
  readonly node?: SgNode;
  readonly range?: Range;
  /** Replaces the rule's description for this finding (what exactly is wrong here). */
  readonly message?: string;
  /** Overrides the rule's default confidence, e.g. lower when the source is unknown. */
  readonly confidence?: number;
  readonly severity?: Severity;
  /** A more specific child CWE added beside the rule's primary CWE. */
  readonly extraCwe?: readonly string[];
  /** What the check learned about this match that its fix step needs (a driver's placeholder, a flag's value node). */
  readonly state?: S;
  /** Secret ranges to mask everywhere. */
  readonly redact?: readonly Range[];
}

/** One match as the fix step sees it: the node the check reported, its place and the check's state. */
export interface RuleMatch<S = never> {
  readonly node: SgNode | undefined;
  readonly range: Range;
  readonly state: S | undefined;
}

/** What a fix step may read: the file the match is in, as the check saw it. */
export interface FixContext {
  readonly file: SourceFile;
  readonly text: string;
  readonly lines: LineIndex;
  readonly root: SgNode | undefined;
}

/**
 * A rule's fix step (Biome's `action`): the edits that resolve one match, or
 * undefined where no rewrite is certain. Every fix still goes through the
 * validation ladder (docs/fixes.md).
 */
export type FixStep<S = never> = (match: RuleMatch<S>, context: FixContext) => Fix | undefined;

export interface RuleContext<S = never> {
  /** The metadata of the rule being run: shared reporting helpers read its severity and trust choices. */
  readonly rule: RuleMeta;
  readonly file: SourceFile;
  readonly text: string;
  readonly lines: LineIndex;
  /** The syntax tree's root for code languages; undefined for text files. */
  readonly root: SgNode | undefined;
  /**
   * The repository's server-side templates (src/rules/templates/), as data:
   * a view that hands a value to a template which prints it raw is judged
   * with the template's text. Empty when the review has none.
   */
  readonly templates: readonly TemplateSource[];
  report(report: RuleReport<S>): void;
  /**
   * Per-file memo shared by all rules, so an expensive analysis (the data-flow
   * facts of a file) is computed once however many rules ask for it.
   */
  memo<T>(key: string, compute: () => T): T;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext<unknown>): void;
  /** Present exactly when `meta.fixable`; the rule's own state type is erased here. */
  readonly fix?: FixStep<unknown>;
}

/**
 * A rule is data plus a check, and for a fixable rule a fix step over what
 * the check matched: detecting, wording and fixing stay separate steps over
 * one match. `analyser` is always the built-in engine.
 */
export function defineRule<S = never>(
  meta: Omit<RuleMeta, "analyser">,
  check: (context: RuleContext<S>) => void,
  fix?: FixStep<S>,
): Rule {
  // The state a check reports is the state its own fix step reads: run-rules pairs them per rule.
  return {
    meta: Object.freeze({ ...meta, analyser: "rules" }),
    check,
    ...(fix ? { fix: fix as FixStep<unknown> } : {}),
  };
}
