import type { SgNode } from "@ast-grep/napi";
import type { Fix } from "../core/fix.js";
import type { LineIndex, Range } from "../core/location.js";
import type { RuleMeta } from "../core/rule-meta.js";
import type { Severity } from "../core/severity.js";
import type { SourceFile } from "../core/source-file.js";

/** What a check reports: a place, and optionally a sharper message or a fix. Never prints. */
export interface RuleReport {
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
  readonly fix?: Fix;
  /** Secret ranges to mask everywhere. */
  readonly redact?: readonly Range[];
}

export interface RuleContext {
  /** The metadata of the rule being run: shared reporting helpers read its severity and trust choices. */
  readonly rule: RuleMeta;
  readonly file: SourceFile;
  readonly text: string;
  readonly lines: LineIndex;
  /** The syntax tree's root for code languages; undefined for text files. */
  readonly root: SgNode | undefined;
  report(report: RuleReport): void;
  /**
   * Per-file memo shared by all rules, so an expensive analysis (the data-flow
   * facts of a file) is computed once however many rules ask for it.
   */
  memo<T>(key: string, compute: () => T): T;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A rule is data plus a check. `analyser` is always the built-in engine. */
export function defineRule(meta: Omit<RuleMeta, "analyser">, check: (context: RuleContext) => void): Rule {
  return { meta: Object.freeze({ ...meta, analyser: "rules" }), check };
}
