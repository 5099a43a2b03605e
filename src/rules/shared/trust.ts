import type { RuleMeta } from "../../core/rule-meta.js";
import { severityRank, type Severity } from "../../core/severity.js";

/**
 * How far the data a flow starts from can be chosen by an attacker, most
 * untrusted first (docs/trust-levels.md):
 * - `remote`: request parts, uploads, WebSocket and queue messages, responses of outbound calls;
 * - `stored`: values read back from a database (second-order flows);
 * - `operator`: environment variables, command-line arguments, local files and
 *   standard input: whoever sets them already runs the program;
 * - `constant`: literals and the program's own values.
 */
export const TRUST_LEVELS = ["remote", "stored", "operator", "constant"] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

const RANK: Readonly<Record<TrustLevel, number>> = { remote: 3, stored: 2, operator: 1, constant: 0 };

/** Higher is less trusted. */
export function trustRank(level: TrustLevel): number {
  return RANK[level];
}

/** The least trusted of two levels: a value built from both is as dangerous as its worst part. */
export function strongest(a: TrustLevel, b: TrustLevel): TrustLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

export function strongestOf(levels: Iterable<TrustLevel>): TrustLevel {
  let out: TrustLevel = "constant";
  for (const level of levels) out = strongest(out, level);
  return out;
}

/** What a finding of a flow from a source of some level becomes. */
export interface FlowDecision {
  readonly severity: Severity;
  /** True for an operator-only flow: worded as hardening, not as an attack. */
  readonly hardening: boolean;
}

/** The most an operator-only flow is reported at. */
export const HARDENING_SEVERITY: Severity = "low";

/**
 * The most a flow is reported at when no remote or stored source is seen: the
 * value comes from a parameter no caller in view fills, an imported name, or
 * an argument of a library's public API. Such code may be reached by an
 * attacker, but nothing shows it, and on mature libraries these flows are
 * nearly all the developer's own identifiers and settings (docs/trust-levels.md,
 * "Unknown origin").
 */
export const UNKNOWN_ORIGIN_SEVERITY: Severity = "medium";

/** The lower of a rule's severity and a ceiling. */
export function capSeverity(severity: Severity, ceiling: Severity): Severity {
  return severityRank(severity) < severityRank(ceiling) ? severity : ceiling;
}

/** A rule's choices about trust levels, from its metadata. */
export type TrustPolicy = Pick<RuleMeta, "operatorFlows" | "storedFlows">;

/**
 * The one place where trust turns into severity, so that a later
 * configuration can change it: remote and stored data keep the rule's
 * severity; operator-only data is a low hardening note, or nothing for rules
 * whose metadata says such a flow means nothing (`operatorFlows: "ignore"`);
 * a constant is never a taint finding. A rule for which a database value is
 * no attack (`storedFlows: "ignore"`) drops stored flows. A flow of unknown
 * origin (`level` undefined: no known source reaches the sink) is at most
 * medium, so only remote and stored data make high or critical findings.
 * Undefined means "do not report".
 */
export function decideFlow(
  level: TrustLevel | undefined,
  ruleSeverity: Severity,
  policy: TrustPolicy = {},
): FlowDecision | undefined {
  if (level === undefined)
    return { severity: capSeverity(ruleSeverity, UNKNOWN_ORIGIN_SEVERITY), hardening: false };
  if (level === "remote") return { severity: ruleSeverity, hardening: false };
  if (level === "stored")
    return policy.storedFlows === "ignore" ? undefined : { severity: ruleSeverity, hardening: false };
  if (level === "constant" || policy.operatorFlows === "ignore") return undefined;
  return { severity: capSeverity(ruleSeverity, HARDENING_SEVERITY), hardening: true };
}

/**
 * The reason given instead of the rule's attack story for an operator-only
 * flow: the rule's own "why" speaks of an attacker, which the person who sets
 * the environment or the command line is not.
 */
export const HARDENING_WHY =
  "The value comes from whoever runs the program (its environment, command line or local files), who needs no exploit to do what this allows, so this is a hardening note rather than an attack path; it becomes one if the value is ever filled from outside, such as by a CI job, a container spec or a wrapper script that passes user input along.";
