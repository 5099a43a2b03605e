import type { Range } from "./location.js";

/** One replacement: the text in `range` becomes `text`. */
export interface Edit {
  readonly range: Range;
  readonly text: string;
}

/**
 * `safe` fixes cannot change behaviour in any context the rule can see and may
 * be applied automatically; `suggested` ones need a person to accept them.
 */
export type Applicability = "safe" | "suggested";

export interface Fix {
  readonly description: string;
  readonly applicability: Applicability;
  /** Non-overlapping edits on the finding's file. */
  readonly edits: readonly Edit[];
}
