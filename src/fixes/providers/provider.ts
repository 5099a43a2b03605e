import type { SgNode } from "@ast-grep/napi";
import type { Fix } from "../../core/fix.js";
import type { LineIndex, Range } from "../../core/location.js";

export interface FixContext {
  /** The syntax tree of the file the finding is in. */
  readonly root: SgNode;
  readonly text: string;
  readonly lines: LineIndex;
  /** Where the rule reported the finding. */
  readonly range: Range;
}

/**
 * A fix for a rule that reports without one: given the place the rule
 * reported, the edits that resolve it, or undefined when no rewrite is
 * certain there. Every provided fix still goes through the validation ladder.
 */
export interface FixProvider {
  readonly ruleId: string;
  provide(context: FixContext): Fix | undefined;
}
