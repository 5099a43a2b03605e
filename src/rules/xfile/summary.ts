/**
 * Per-file function summaries for data flow across files (docs/trust-levels.md,
 * "Data flow across files"). The rules pool computes one per file beside its findings;
 * they are plain data, so they cross the worker boundary as they are, and the
 * review links them (link.ts) without parsing any file again. Both languages
 * share this shape; sink and sanitiser kinds are each engine's own words and
 * are only ever compared within one language.
 */
import type { SgNode } from "@ast-grep/napi";
import type { Range } from "../../core/location.js";
import type { TrustLevel } from "../shared/trust.js";
import type { ConstValue } from "../js/dataflow/const-value.js";

/** A known source read in this file (a request field, a stored row, the environment). */
export interface SourcePart {
  readonly kind: "source";
  readonly label: string;
  readonly words?: string;
  readonly level: TrustLevel;
  /** 1-based line in the file the summary belongs to. */
  readonly line: number;
  /** How sure the engine is that the value carries that input, 0–1. */
  readonly confidence: number;
  readonly sanitised: readonly string[];
}

/** The value derives from the enclosing summarised function's parameter `index`. */
export interface ParamPart {
  readonly kind: "param";
  readonly index: number;
  readonly sanitised: readonly string[];
}

/** The value derives from what the imported function called at `call` (a key of `FileSummary.calls`) returns. */
export interface CallPart {
  readonly kind: "call";
  readonly call: string;
  readonly sanitised: readonly string[];
  /**
   * What the engine itself made of the call, used when the callee is not a
   * summarised function (Python passes an unknown call's inputs through).
   */
  readonly otherwise?: readonly Part[];
}

export type Part = SourcePart | ParamPart | CallPart;

/** How a call names a function of another module, as written in the calling file. */
export interface ImportRef {
  /** The module as written: `./db`, `..models`, `app.db`. */
  readonly specifier: string;
  /**
   * Export keys to try, first match wins: `run` for `import { run }`,
   * `default` for a default import, `RepoService.history` for a method of an
   * imported class, `default.run` for a member of a default-exported object.
   */
  readonly keys: readonly string[];
  /** The callee as written, for messages: `db.runQuery`. */
  readonly text: string;
}

/** A call to a function of another module. */
export interface CallFact {
  readonly key: string;
  readonly callee: ImportRef;
  /** Another reading of the same callee, tried when the first names no summarised function (Python: `from pkg import mod; mod.f()`). */
  readonly alternative?: ImportRef;
  readonly line: number;
  /** Index into `FileSummary.functions` of the function it is in, when summarised. */
  readonly enclosing?: number;
  /** Each positional argument's parts. */
  readonly args: readonly (readonly Part[])[];
}

/** A sink a rule checked in this file, with what its value derives from. */
export interface SinkFact {
  readonly ruleId: string;
  /** The engine's sink kind, for sanitisers: "sql", "command" (JS) / "shell" (Python). */
  readonly kind: string;
  /** "pool.query()", for messages. */
  readonly sink: string;
  readonly range: Range;
  readonly line: number;
  readonly enclosing?: number;
  readonly value: readonly Part[];
  /** The rule's reason for this finding, as its per-file message would give it. */
  readonly why: string;
  /**
   * Set when everything that reaches the sink went through a call into
   * another module on the way (Python: `HTMLResponse(page(ref))`): one call
   * part per origin, its `otherwise` the origin before the call. When every
   * such call resolves to a summarised function that sanitises the value for
   * this sink or drops it, the per-file finding is withdrawn (link.ts, `cleared`).
   */
  readonly passed?: readonly Part[];
}

/** A place that applies settings another module may define (settings.ts): the rule's check runs once the imports are filled in. */
export interface SettingFact {
  readonly ruleId: string;
  /** A SettingCheck (settings.ts). */
  readonly check: "cookie" | "session-cookie" | "express-session" | "development" | "true";
  readonly range: Range;
  readonly line: number;
  readonly value: ConstValue;
  readonly what: string;
}

export interface FunctionSummary {
  /** "searchProducts", "RepoService.history". */
  readonly name: string;
  /**
   * What the function's returned values derive from; absent when the summary
   * step did not walk it (a Python function that neither reads input nor
   * returns a parameter), and the caller's own reading of the call stands.
   */
  readonly returns?: readonly Part[];
}

export interface FileSummary {
  readonly path: string;
  readonly family: "js" | "python";
  readonly functions: readonly FunctionSummary[];
  /** Export key (see ImportRef.keys) → index into `functions`. */
  readonly exports: Readonly<Record<string, number>>;
  readonly calls: Readonly<Record<string, CallFact>>;
  readonly sinks: readonly SinkFact[];
  /** Objects (and functions returning one) the module exports, by export key: what settings other modules import read. */
  readonly values?: Readonly<Record<string, ConstValue>>;
  /** Places in this file that apply settings naming another module. */
  readonly settings?: readonly SettingFact[];
  /**
   * A first-pass summary left out walks no other file has asked for yet (the
   * returns of its functions, the arguments of calls that only pass a
   * parameter on): demand.ts asks for the whole summary of such a file once
   * a flow from another file reaches it. A first pass with nothing to link
   * writes no summary at all, which demand.ts reads the same way.
   */
  readonly deferred?: true;
}

/**
 * How much of a file to summarise: "first" leaves out the walks that only
 * matter once another file's flow reaches the file (most files of a large
 * review are never reached, and those walks were most of the step's cost);
 * "whole" does them all; "none" is for a file no flow starts in or reaches
 * (a test no production file imports).
 */
export type SummaryPass = "none" | "first" | "whole";

/** A call's key in `FileSummary.calls` and `CallPart.call`: the offset it starts at, one per call in the file. */
export function callKey(call: SgNode): string {
  return String(call.range().start.index);
}
