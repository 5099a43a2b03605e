import type { Category } from "./category.js";
import type { Fix, FixValidation } from "./fix.js";
import type { Range } from "./location.js";
import type { Severity } from "./severity.js";

/**
 * What an analyser reports. Synthesis turns drafts into {@link Finding}s by
 * adding the snippet, the fingerprint and merging duplicates.
 */
export interface FindingDraft {
  /** Namespaced rule id: `py/sql-injection`, `bandit/B602`, `eslint/no-eval`. */
  readonly ruleId: string;
  /** Repository-relative POSIX path. */
  readonly file: string;
  readonly range: Range;
  readonly severity: Severity;
  readonly category: Category;
  readonly title: string;
  /** What is wrong and why it matters. */
  readonly description: string;
  /** How to fix it. */
  readonly recommendation: string;
  /** Primary CWE first ("CWE-89"); more specific children may follow. */
  readonly cwe: readonly string[];
  readonly cvss?: number;
  readonly fix?: Fix;
  /** In [0, 1]. */
  readonly confidence: number;
  /** Id of the analyser that produced it ("rules", "bandit", ...). */
  readonly source: string;
  /**
   * Rule family used to merge findings from different analysers that have no
   * CWE in common (for example "sql-injection"). Optional.
   */
  readonly family?: string;
  /**
   * Secrets this finding is about: masked in the snippet of every finding on
   * those lines, and never sent to an LLM provider.
   */
  readonly redact?: readonly Range[];
}

export interface Finding {
  readonly ruleId: string;
  readonly file: string;
  readonly range: Range;
  readonly severity: Severity;
  readonly category: Category;
  readonly title: string;
  readonly description: string;
  readonly recommendation: string;
  readonly cwe: readonly string[];
  readonly cvss?: number;
  /** The flagged lines as they are in the file (secrets already redacted). */
  readonly snippet: string;
  readonly fix?: Fix;
  readonly autoFixable: boolean;
  readonly confidence: number;
  /** Every analyser that reported this finding, leading one first. */
  readonly sources: readonly string[];
  /** Other rule ids merged into this finding (e.g. "bandit/B608"). */
  readonly relatedRules: readonly string[];
  readonly fingerprint: string;
  readonly family?: string;
  /**
   * Set when fixes were validated (`review --fix`, `fix`): the ladder's record.
   * A rejected fix is removed from `fix`; this keeps why.
   */
  readonly fixValidation?: FixValidation;
  /**
   * Present when the finding is in code that does not ship (a test, an
   * example, a build script) and no production file imports it: such
   * findings are listed apart and count neither for the exit code nor for
   * the score (docs/configuration.md, "Non-production code").
   */
  readonly nonProduction?: NonProductionMark;
}

export interface NonProductionMark {
  /** What kind of code it is: "test", "example", "docs", "benchmark", "build", "migration". */
  readonly kind: string;
  /** Why the file counts as that kind: "pytest file name test_*.py", "operator path tests/**". */
  readonly reason: string;
  /** The severity the rule gave before the finding was moved apart (when it was lowered). */
  readonly originalSeverity?: Severity;
}
