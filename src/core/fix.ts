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

/**
 * How far a fix was proven. `proven`: applied, parsed and re-checked by the
 * built-in rule that found it. `model-checked`: an LLM-only finding whose
 * re-check was a second call of the same agent, never `proven`. `rejected`:
 * a step failed; the finding keeps only its recommendation.
 */
export type FixStatus = "proven" | "model-checked" | "rejected";

/** The validation ladder, each step recorded; optional steps only when they ran. */
export interface FixValidation {
  readonly status: FixStatus;
  /** The edits were in bounds, did not overlap, and matched the current content. */
  readonly applies: boolean;
  /** No new syntax errors (ERROR + MISSING nodes before vs after). */
  readonly parses: boolean;
  /** The re-check no longer reports the finding at that place. */
  readonly findingGone: boolean;
  /** No built-in rule reports anything new in the file. */
  readonly noNewFindings: boolean;
  /**
   * The patched code reaches no dangerous function by a route a rule's pattern
   * may not follow (computed names, aliases, names built from pieces, modules
   * loaded by name, a shell through an argument list) and adds no new sink.
   * Absent on fixes validated before the step existed.
   */
  readonly noIndirectRoute?: boolean;
  /** The fix keeps to its rule's written fix policy (src/fixes/policy.ts). */
  readonly policy?: boolean;
  /**
   * Uses elsewhere in the repository of what the fix changes (callers of a
   * renamed or re-signed function, script reads of a cookie made HttpOnly):
   * any use makes the fix a suggestion that lists them.
   */
  readonly uses?: readonly string[];
  /** The language's own checker (py_compile, tsc), when the operator enabled it. */
  readonly languageCheck?: boolean;
  /** The operator's test command, when configured. */
  readonly tests?: boolean;
  /** Rule id (or agent id) the re-check ran. */
  readonly recheckedWith?: string;
  /** Why a step failed, or notes on steps that could not run. */
  readonly reasons: readonly string[];
  /** This fix alone as a unified diff (a/ b/ paths), for reports; absent when it did not apply. */
  readonly diff?: string;
}

/** A validated fix is reused only for the same finding on byte-identical content. */
export interface FixCacheKey {
  readonly fingerprint: string;
  /** sha256 of the text the fix applies to. */
  readonly contentHash: string;
}

export interface CachedFix {
  /** The fix as applied (re-derived fixes differ from the finding's own). */
  readonly fix: Fix;
  readonly validation: FixValidation;
}

/** Where validated fixes are kept between reviews: in memory, or the store's database. */
export interface FixCache {
  get(key: FixCacheKey): Promise<CachedFix | undefined>;
  set(key: FixCacheKey, value: CachedFix): Promise<void>;
}
