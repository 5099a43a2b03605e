import type { SgNode } from "@ast-grep/napi";
import type { RuleContext } from "../../define-rule.js";
import { callArguments } from "./call-arguments.js";
import { FileFlow } from "./file-flow.js";
import { callQuery, hintMatches, hubOf, type Hint } from "./hub.js";
import { mayHaveSources } from "./sources.js";
import { decideFlow, HARDENING_WHY, trustRank, type TrustLevel } from "../../shared/trust.js";
import { reaching, type Origin, type SinkKind, type Taint } from "./taint.js";
import { notePythonSink } from "../../xfile/sink-log.js";

/** The data-flow facts of the file being checked, shared by every Python rule. */
export function flowOf(ctx: RuleContext): FileFlow {
  const root = ctx.root;
  if (root === undefined) throw new Error("python rules need a syntax tree");
  return ctx.memo("py-dataflow", () => {
    const hub = hubOf(ctx);
    return new FileFlow(root, ctx.text, hub.imports, () => hub.definitions());
  });
}

/** Which calls a rule looks at. */
export interface CallSpec {
  /** Cheap test on the file's text: when it fails, the file has no such call. */
  readonly hint: Hint;
  /**
   * Skip files that mention no known untrusted input: set by rules whose
   * findings on values of unknown origin stay below the default threshold.
   */
  readonly needsSource?: boolean;
  /**
   * With `needsSource`: in a file that matches this (the library's import) but
   * mentions no input, or in a def no caller of this file reaches, the calls
   * inside a def another module can import and call with arguments still
   * count: the cross-file summary (src/rules/xfile/) links them to the input
   * a caller passes. Such a call is reported in its own file only when a known
   * source reaches it; otherwise it is only noted for the summary.
   */
  readonly helperHint?: RegExp;
  /** Canonical dotted names ("os.system"); matched through the file's imports. */
  readonly functions?: readonly string[];
  /** Method names matched on any receiver ("execute"). */
  readonly methods?: readonly string[];
}

export interface FoundCall {
  readonly node: SgNode;
  /** Canonical dotted callee, or the method name for `methods` matches. */
  readonly callee: string;
  readonly viaMethod: boolean;
  readonly args: readonly SgNode[];
  readonly kwargs: ReadonlyMap<string, SgNode>;
  /** Found only as a possible sink of another module's input (`CallSpec.helperHint`). */
  readonly helperOnly?: boolean;
}

/** Registers a rule's calls with the per-file search; call once, when the rule's module loads. */
export function callSpec(spec: CallSpec): CallSpec {
  const { hint, helperHint } = spec;
  const gated: CallSpec =
    spec.needsSource === true
      ? {
          ...spec,
          hint: (text: string) =>
            hintMatches(hint, text) && (mayHaveSources(text) || (helperHint?.test(text) ?? false)),
        }
      : spec;
  callQuery(gated.functions ?? [], gated.methods ?? [], gated.hint);
  return gated;
}

/** The calls matching a spec made with {@link callSpec}, with their arguments split out. */
export function findCalls(ctx: RuleContext, spec: CallSpec): FoundCall[] {
  if (ctx.root === undefined) return [];
  const hub = hubOf(ctx);
  if (!hub.hint(spec.hint)) return [];
  const candidates = hub.calls;
  if (candidates.length === 0) return [];
  const flow = flowOf(ctx);
  const gated = spec.needsSource === true;
  const functions = new Set(spec.functions ?? []);
  const methods = new Set(spec.methods ?? []);
  const out: FoundCall[] = [];
  for (const node of candidates) {
    const [callee, argList] = node.children();
    if (callee === undefined) continue;
    const raw = callee.text().replace(/\s+/g, "");
    const dotted = flow.canonical(raw);
    let viaMethod = false;
    let name = dotted;
    if (!functions.has(dotted)) {
      const method = callee.kind() === "attribute" ? raw.slice(raw.lastIndexOf(".") + 1) : undefined;
      if (method === undefined || !methods.has(method)) continue;
      viaMethod = true;
      name = method;
    }
    const { positional: args, keyword: kwargs } = callArguments(argList);
    if (gated && !flow.exposed(node)) {
      if (spec.helperHint === undefined || !flow.importable(node)) continue;
      out.push({ node, callee: name, viaMethod, args, kwargs, helperOnly: true });
      continue;
    }
    out.push({ node, callee: name, viaMethod, args, kwargs });
  }
  return out;
}

/** How confident to be when the value's origin is not a known source. */
export interface UnknownPolicy {
  /** The value was built into a string (concatenation, formatting) from unknown parts. */
  readonly built: number;
  /** The unknown value reaches the sink as it is. */
  readonly direct: number;
}

export const DEFAULT_UNKNOWN: UnknownPolicy = { built: 0.5, direct: 0.35 };

export interface Verdict {
  readonly confidence: number;
  readonly origin: Origin;
  /** "request.args (line 4)", "parameter 'cmd' of run(), whose callers are not in this file". */
  readonly from: string;
  readonly fromSource: boolean;
  /** The least trusted known source's level; undefined when no known source reaches the sink. */
  readonly level?: TrustLevel;
  /** Everything that reaches the sink and its kind: the cross-file summary reads them (src/rules/xfile/). */
  readonly live: Taint;
  readonly kind: SinkKind;
}

/** The first parameter of a method: the object (or class) it is called on. */
const RECEIVERS = new Set(["self", "cls"]);

/**
 * Decides whether a taint reaching a sink of `kind` is worth a finding and how
 * sure it is: the least trusted known source wins (a request value over an
 * environment variable, whatever their confidence) and gives its confidence
 * and trust level; unknown provenance gives the policy's lower figures, so by
 * default only strings built from unknown parts reach the 0.5 reporting
 * threshold. A known source outranks unknown parts even when it is only
 * operator input: a helper's parameter that the file fills from the
 * environment is that environment value, not an unknown one.
 */
export function verdictFor(
  flow: FileFlow,
  taint: Taint,
  kind: SinkKind,
  policy: UnknownPolicy = DEFAULT_UNKNOWN,
): Verdict | undefined {
  const live = reaching(flow.resolve(taint), kind);
  if (live.length === 0) return undefined;
  const sources = live
    .filter((o) => o.kind === "source")
    .sort((a, b) => trustRank(b.level ?? "remote") - trustRank(a.level ?? "remote") || b.trust - a.trust);
  const best = sources[0];
  if (best !== undefined)
    return {
      confidence: best.trust,
      origin: best,
      from: describe(best),
      fromSource: true,
      level: best.level ?? "remote",
      live,
      kind,
    };
  // The object's own state (`self.base`) is set by the class's code, configuration far more
  // often than input: text built from it alone stays at the level of an unknown value.
  const built = live.find(
    (o) => o.built && !(o.kind === "param" && o.param === 0 && RECEIVERS.has(o.paramName ?? "")),
  );
  const origin = built ?? live[0];
  if (origin === undefined) return undefined;
  return {
    confidence: built ? policy.built : policy.direct,
    origin,
    from: describe(origin),
    fromSource: false,
    live,
    kind,
  };
}

export function describe(origin: Origin): string {
  const line = origin.node === undefined ? undefined : origin.node.range().start.line + 1;
  const at = line === undefined ? "" : ` (line ${line})`;
  if (origin.kind === "source") {
    if (origin.words === undefined) return `${origin.label}${at}`;
    return `${origin.words} (${origin.label}${line === undefined ? "" : `, line ${line}`})`;
  }
  if (origin.kind === "param")
    return `${origin.label}${at}, whose callers in this file pass no known untrusted input`;
  return `${origin.label}${at}, whose origin is unknown`;
}

/** True when the argument node is a literal (the common safe case, checked before any data flow). */
export function isLiteral(node: SgNode | undefined): boolean {
  if (node === undefined) return true;
  const kind = node.kind();
  if (kind === "string") return !node.text().match(/^[a-zA-Z]*[fF]/) || !node.text().includes("{");
  return kind === "integer" || kind === "float" || kind === "true" || kind === "false" || kind === "none";
}

/**
 * Reports a sink reached by tainted data, naming where the data came from, at
 * the severity its trust level allows (src/rules/shared/trust.ts): an
 * operator-only flow becomes a low hardening note, or nothing when the rule's
 * metadata says so; a value of unknown origin is at most medium. Returns
 * whether it reported.
 */
export function reportFlow(
  ctx: RuleContext,
  node: SgNode,
  verdict: Verdict,
  what: string,
  why: string,
  extra: { readonly extraCwe?: readonly string[] } = {},
): boolean {
  notePythonSink(ctx, { at: node, taint: verdict.live, kind: verdict.kind, why });
  const decision = decideFlow(verdict.level, ctx.rule.severity, ctx.rule);
  if (decision === undefined) return false;
  ctx.report({
    node,
    confidence: verdict.confidence,
    severity: decision.severity,
    message: `${what} ${verdict.from}. ${decision.hardening ? HARDENING_WHY : why}`,
    ...(extra.extraCwe ? { extraCwe: extra.extraCwe } : {}),
  });
  return true;
}

/**
 * A call found only as another module's possible sink (`CallSpec.helperHint`)
 * and reached by no known source here: noted for the cross-file summary, not
 * reported in its own file. Returns whether it was handled that way.
 */
export function notedOnly(ctx: RuleContext, call: FoundCall, verdict: Verdict, why: string): boolean {
  if (call.helperOnly !== true || verdict.fromSource) return false;
  notePythonSink(ctx, { at: call.node, taint: verdict.live, kind: verdict.kind, why });
  return true;
}

/** The taint of the `index`-th positional argument, or of keyword `name`. */
export function argTaint(flow: FileFlow, call: SgNode, index: number, name?: string): Taint {
  const facts = flow.callFacts(call);
  return facts.args[index] ?? (name === undefined ? undefined : facts.kwargs.get(name)) ?? [];
}

/**
 * The common shape of a taint rule's check: the argument at `index` (or
 * keyword `name`) of a found call, judged for sink `kind`, reported on the call.
 * Returns whether it reported.
 */
export function reportTaintedArg(
  ctx: RuleContext,
  call: FoundCall,
  arg: { readonly index: number; readonly name?: string },
  kind: SinkKind,
  words: { readonly what: string; readonly why: string; readonly extraCwe?: readonly string[] },
  policy: UnknownPolicy = DEFAULT_UNKNOWN,
): boolean {
  const node = call.args[arg.index] ?? (arg.name === undefined ? undefined : call.kwargs.get(arg.name));
  if (node === undefined || isLiteral(node)) return false;
  const flow = flowOf(ctx);
  const verdict = verdictFor(flow, argTaint(flow, call.node, arg.index, arg.name), kind, policy);
  if (verdict === undefined) return false;
  if (notedOnly(ctx, call, verdict, words.why)) return false;
  return reportFlow(
    ctx,
    call.node,
    verdict,
    words.what,
    words.why,
    words.extraCwe ? { extraCwe: words.extraCwe } : {},
  );
}
