import type { Category } from "./category.js";
import type { Language } from "./language.js";
import type { Severity } from "./severity.js";

/**
 * What a taint rule makes of a flow whose only known source is operator input
 * (environment, command line, local files): a low hardening note, or nothing
 * where such a flow means nothing (docs/trust-levels.md).
 */
export type OperatorFlows = "note" | "ignore";

/** What a taint rule makes of a flow from stored data (a database read): a finding, or nothing. */
export type StoredFlows = "report" | "ignore";

/**
 * What a rule is, as plain data: shown by `codeguardian rules`, written into
 * SARIF's `tool.driver.rules`, documented in docs/rules/.
 */
export interface RuleMeta {
  /** Namespaced id: "py/sql-injection", "js/eval-injection", "bandit/B602". */
  readonly id: string;
  /** Analyser that owns the rule ("rules", "bandit", ...). */
  readonly analyser: string;
  readonly languages: readonly Language[];
  readonly category: Category;
  readonly severity: Severity;
  /** Default confidence of a finding, in [0, 1]. */
  readonly confidence: number;
  /** Most specific CWE first, then its parents. */
  readonly cwe: readonly string[];
  /** OWASP Top 10 2021 category, e.g. "A03:2021-Injection". */
  readonly owasp?: string;
  readonly title: string;
  /** What the rule finds. */
  readonly description: string;
  /** Why it matters. */
  readonly why: string;
  /** How to fix it. */
  readonly howToFix: string;
  readonly references: readonly string[];
  /** Some of its findings come with a fix: the rule's own, or a fix provider's (src/fixes/providers). */
  readonly fixable: boolean;
  /** Merge key across analysers ("sql-injection"). */
  readonly family?: string;
  /** Taint rules only: what an operator-only flow becomes; "note" when absent. */
  readonly operatorFlows?: OperatorFlows;
  /** Taint rules only: whether a flow from a database read is reported; "report" when absent. */
  readonly storedFlows?: StoredFlows;
}
