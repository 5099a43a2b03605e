import type { SgNode } from "@ast-grep/napi";
import type { RuleMeta } from "../../../core/rule-meta.js";
import type { RuleContext } from "../../define-rule.js";
import { decideFlow, HARDENING_WHY } from "../../shared/trust.js";
import { noteSink } from "../../xfile/sink-log.js";
import { branchOf } from "./scope.js";
import { callsMatching, newsMatching } from "./shared-nodes.js";
import { TaintEngine } from "./engine.js";
import {
  describeOrigins,
  hasOrigin,
  reaching,
  sourceLevelOf,
  UNKNOWN_CONFIDENCE,
  type SinkKind,
  type Taint,
  type Value,
} from "./taint.js";

/** The file's taint engine, shared by every JavaScript rule through the context memo. */
export function flowOf(ctx: RuleContext): TaintEngine | undefined {
  const root = ctx.root;
  if (!root) return undefined;
  return ctx.memo("js-dataflow", () => new TaintEngine(root, ctx.text));
}

/** True inside `if (false) { ... }` and similar constant-false branches. */
export function isDead(node: SgNode): boolean {
  return branchOf(node).dead;
}

/**
 * Call expressions whose callee text matches `callee` (see shared-nodes.ts for
 * the names collected). A RegExp, not a string: each rule's pattern is then a
 * literal (or a constant RegExp) that test/regex-linearity.test.ts proves
 * linear, since the callee's text is the reviewed code's. No `g` or `y` flag:
 * `test` would then carry `lastIndex` from one callee to the next.
 */
export function findCalls(ctx: RuleContext, callee: RegExp): SgNode[] {
  return callsMatching(ctx, callee);
}

/**
 * Calls found by a walk of their own, for callees the shared walk does not
 * collect: only for checks a text test has already shown to be worth it.
 */
export function findCallsByWalk(ctx: RuleContext, callee: string): SgNode[] {
  const root = ctx.root;
  if (!root) return [];
  return root.findAll({ rule: { kind: "call_expression", has: { field: "function", regex: callee } } });
}

/** `new X(...)` whose constructor text matches `constructor` (a RegExp, as for findCalls). */
export function findNews(ctx: RuleContext, constructor: RegExp): SgNode[] {
  return newsMatching(ctx, constructor);
}

export interface SinkCheck {
  readonly kind: SinkKind;
  /** "child_process.exec()", for the message. */
  readonly sink: string;
  /** Also report values of unknown origin (parameters, imports), at low confidence. */
  readonly reportUnknown?: boolean;
  readonly extraCwe?: readonly string[];
}

/**
 * Sinks where an exported method's argument is enough to report: the method
 * builds a command, query, path or URL from it, which is the flaw whoever the
 * caller is. Elsewhere (object keys, redirects, page bodies) library code
 * routinely handles caller data, so only a real source counts.
 */
const API_PARAMETER_SINKS: ReadonlySet<SinkKind> = new Set([
  "command",
  "sql",
  "code",
  "path",
  "url",
  "ldap",
  "xpath",
  "nosql",
]);

/** The taint that reaches a sink, or undefined when the value is clean, sanitised or only of unknown origin. */
export function taintAt(engine: TaintEngine, node: SgNode, check: SinkCheck): Taint | undefined {
  const t = reaching(engine.valueOf(node), check.kind);
  if (!t) return undefined;
  if (
    !API_PARAMETER_SINKS.has(check.kind) &&
    t.origins.length > 0 &&
    t.origins.every((o) => o.apiParameter)
  ) {
    return check.reportUnknown
      ? { ...t, origins: [], confidence: Math.min(t.confidence, UNKNOWN_CONFIDENCE) }
      : undefined;
  }
  if (!hasOrigin(t) && !check.reportUnknown) return undefined;
  return t;
}

/**
 * Reports a sink reached by taint, with the source named in the message and
 * confidence scaled by it, at the severity its trust level allows
 * (src/rules/shared/trust.ts): an operator-only flow becomes a low hardening
 * note, or nothing when the rule's metadata says so. Values of unknown origin
 * (including arguments of an exported method, which only say that some caller
 * may pass input) are at most medium. Returns whether it reported.
 */
export function reportTaint(
  ctx: RuleContext,
  meta: Pick<RuleMeta, "confidence" | "why">,
  at: SgNode,
  taint: Taint,
  check: SinkCheck,
): boolean {
  const decision = decideFlow(sourceLevelOf(taint), ctx.rule.severity, ctx.rule);
  if (decision === undefined) return false;
  const confidence = Math.round(meta.confidence * Math.min(1, taint.confidence) * 100) / 100;
  const what = !hasOrigin(taint)
    ? `A value built from data of unknown origin reaches ${check.sink}.`
    : decision.hardening
      ? `Data from ${describeOrigins(taint)} reaches ${check.sink}.`
      : `Untrusted data from ${describeOrigins(taint)} reaches ${check.sink}.`;
  ctx.report({
    node: at,
    message: `${what} ${decision.hardening ? HARDENING_WHY : meta.why}`,
    confidence,
    severity: decision.severity,
    ...(check.extraCwe ? { extraCwe: check.extraCwe } : {}),
  });
  return true;
}

/** Checks each candidate value and reports the sink once if any is tainted. */
export function checkSinkValues(
  ctx: RuleContext,
  engine: TaintEngine,
  meta: Pick<RuleMeta, "confidence" | "why">,
  at: SgNode,
  values: readonly SgNode[],
  check: SinkCheck,
): boolean {
  if (isDead(at)) return false;
  noteSink(ctx, { at, values, kind: check.kind, sink: check.sink, why: meta.why });
  for (const value of values) {
    const t = taintAt(engine, value, check);
    if (t && reportTaint(ctx, meta, at, t, check)) return true;
  }
  return false;
}

/**
 * Where to report a call: the method's name when a chain spreads over lines
 * (`db("t")\n  .where(...)\n  .andWhereRaw(sql)` is reported at `.andWhereRaw`),
 * the call itself otherwise.
 */
export function callAnchor(call: SgNode): SgNode {
  const property = call.field("function")?.field("property");
  if (!property || property.range().start.line === call.range().start.line) return call;
  return property;
}

/** Whether a value is built by concatenation or a template (as opposed to passed through). */
export function isBuiltString(node: SgNode): boolean {
  const kind = String(node.kind());
  if (kind === "template_string")
    return node.namedChildren().some((c) => c.kind() === "template_substitution");
  if (kind === "binary_expression") return node.field("operator")?.text() === "+";
  return false;
}

export type { Value };
