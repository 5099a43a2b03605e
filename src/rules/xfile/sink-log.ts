import type { SgNode } from "@ast-grep/napi";
import type { RuleContext } from "../define-rule.js";
import type { Taint as PythonTaint } from "../python/dataflow/taint.js";

/**
 * A sink a rule looked at in this file, whatever the per-file verdict: the
 * summary step (summarise.ts) later asks which parameters and imported calls
 * its value derives from. Noting costs a push; nothing is evaluated here.
 */
export interface NotedSink {
  readonly ruleId: string;
  /** The node the rule reports on (the call). */
  readonly at: SgNode;
  /** The value nodes the rule checks for taint. */
  readonly values: readonly SgNode[];
  readonly kind: string;
  readonly sink: string;
  readonly why: string;
}

const KEY = "xfile-sinks";

export function noteSink(ctx: RuleContext, sink: Omit<NotedSink, "ruleId">): void {
  ctx.memo<NotedSink[]>(KEY, () => []).push({ ...sink, ruleId: ctx.rule.id });
}

/** The sinks noted in one file's run, read once the rules are done. */
export function notedSinks(memo: ReadonlyMap<string, unknown>): readonly NotedSink[] {
  return (memo.get(KEY) as NotedSink[] | undefined) ?? [];
}

/** A Python sink the rules judged: the engine's verdict already holds what reaches it. */
export interface NotedPythonSink {
  readonly ruleId: string;
  readonly at: SgNode;
  /** The origins that reach the sink. */
  readonly taint: PythonTaint;
  readonly kind: string;
  readonly why: string;
}

const PY_KEY = "xfile-py-sinks";

export function notePythonSink(ctx: RuleContext, sink: Omit<NotedPythonSink, "ruleId">): void {
  ctx.memo<NotedPythonSink[]>(PY_KEY, () => []).push({ ...sink, ruleId: ctx.rule.id });
}

export function notedPythonSinks(memo: ReadonlyMap<string, unknown>): readonly NotedPythonSink[] {
  return (memo.get(PY_KEY) as NotedPythonSink[] | undefined) ?? [];
}
