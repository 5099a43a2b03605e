/**
 * Links the per-file summaries of one review: a call into another module is
 * resolved to the function it names, and data is followed through what that
 * function returns and into the sinks its parameters reach, over as many
 * files as the limits allow (docs/trust-levels.md, "Data flow across files"). Pure: the
 * summaries and a module resolver in, the flows out.
 */
import type { CallFact, FileSummary, ImportRef, Part, SinkFact, SourcePart } from "./summary.js";

/** One hop of a flow: the call in `file` at `line` to `callee`. */
export interface Step {
  readonly file: string;
  readonly line: number;
  readonly callee: string;
}

/** Data from a source in one file reaching a sink in another. */
export interface CrossFileFlow {
  readonly sinkFile: string;
  readonly sink: SinkFact;
  readonly sourceFile: string;
  readonly source: SourcePart;
  /** The calls the data went through, in order. */
  readonly steps: readonly Step[];
}

export interface LinkLimits {
  /** Calls followed from a source or towards a sink before giving up on a path. */
  readonly depth: number;
  /** Resolutions of a value per review: past it, no more flows are looked for. */
  readonly budget: number;
}

export const DEFAULT_LINK_LIMITS: LinkLimits = { depth: 3, budget: 20_000 };

/** Turns a module as written in `importer` into a reviewed file's path, or undefined (a package, the standard library). */
export type ModuleResolver = (
  importer: string,
  specifier: string,
  family: FileSummary["family"],
) => string | undefined;

export interface LinkResult {
  readonly flows: readonly CrossFileFlow[];
  /**
   * Sinks a file reported because input went through a call into another
   * module, where that module's function escapes the value for the sink (or
   * returns none of it): keys from {@link sinkKey}, for the per-file findings
   * to withdraw.
   */
  readonly cleared?: ReadonlySet<string>;
  /** A limit cut some path short: flows across files may be missing. */
  readonly limited: boolean;
}

interface FnRef {
  readonly file: FileSummary;
  readonly index: number;
}

interface ResolvedSource {
  readonly file: string;
  readonly source: SourcePart;
  readonly sanitised: ReadonlySet<string>;
  readonly steps: readonly Step[];
}

interface ResolvedParam {
  readonly index: number;
  readonly sanitised: ReadonlySet<string>;
  readonly steps: readonly Step[];
}

interface Resolved {
  readonly sources: readonly ResolvedSource[];
  readonly params: readonly ResolvedParam[];
}

interface ParamSink {
  readonly index: number;
  readonly sinkFile: string;
  readonly sink: SinkFact;
  readonly sanitised: ReadonlySet<string>;
  readonly steps: readonly Step[];
}

const NOTHING: Resolved = { sources: [], params: [] };

function union(a: ReadonlySet<string>, b: Iterable<string>): ReadonlySet<string> {
  const out = new Set(a);
  for (const k of b) out.add(k);
  return out;
}

export function linkSummaries(
  summaries: readonly FileSummary[],
  resolve: ModuleResolver,
  limits: LinkLimits = DEFAULT_LINK_LIMITS,
): LinkResult {
  const byPath = new Map(summaries.map((s) => [s.path, s]));
  const returnsMemo = new Map<string, { readonly value: Resolved; readonly cut: boolean }>();
  const sinksMemo = new Map<string, readonly ParamSink[]>();
  const inProgress = new Set<string>();
  let spent = 0;
  let limited = false;
  // Paths cut short (a limit, a cycle): a value read with a cut may look cleaner than it is.
  let cuts = 0;

  const named = (file: FileSummary, ref: ImportRef): FnRef | undefined => {
    const path = resolve(file.path, ref.specifier, file.family);
    const other = path === undefined ? undefined : byPath.get(path);
    if (!other || other.family !== file.family) return undefined;
    for (const key of ref.keys) {
      const index = other.exports[key];
      if (index !== undefined) return { file: other, index };
    }
    return undefined;
  };
  const target = (file: FileSummary, call: CallFact): FnRef | undefined =>
    named(file, call.callee) ?? (call.alternative ? named(file, call.alternative) : undefined);
  const stepOf = (file: FileSummary, call: CallFact): Step => ({
    file: file.path,
    line: call.line,
    callee: call.callee.text,
  });

  function resolveParts(file: FileSummary, parts: readonly Part[], depth: number): Resolved {
    if (parts.length === 0) return NOTHING;
    if (++spent > limits.budget) {
      limited = true;
      cuts++;
      return NOTHING;
    }
    const sources: ResolvedSource[] = [];
    const params: ResolvedParam[] = [];
    for (const part of parts) {
      const sanitised = new Set(part.sanitised);
      if (part.kind === "source") sources.push({ file: file.path, source: part, sanitised, steps: [] });
      else if (part.kind === "param") params.push({ index: part.index, sanitised, steps: [] });
      else {
        const call = file.calls[part.call];
        const callee = call === undefined ? undefined : target(file, call);
        if (
          call === undefined ||
          callee === undefined ||
          callee.file.functions[callee.index]?.returns === undefined
        ) {
          const other = resolveParts(file, part.otherwise ?? [], depth);
          sources.push(...other.sources);
          params.push(...other.params);
          continue;
        }
        if (depth <= 0) {
          limited = true;
          cuts++;
          continue;
        }
        const step = stepOf(file, call);
        const returned = returnsOf(callee, depth - 1);
        for (const s of returned.sources) {
          sources.push({ ...s, sanitised: union(s.sanitised, sanitised), steps: [step, ...s.steps] });
        }
        for (const p of returned.params) {
          const passed = resolveParts(file, call.args[p.index] ?? [], depth - 1);
          const extra = union(p.sanitised, sanitised);
          for (const s of passed.sources)
            sources.push({
              ...s,
              sanitised: union(s.sanitised, extra),
              steps: [...s.steps, step, ...p.steps],
            });
          for (const q of passed.params)
            params.push({
              index: q.index,
              sanitised: union(q.sanitised, extra),
              steps: [...q.steps, step, ...p.steps],
            });
        }
      }
    }
    return { sources, params };
  }

  function returnsOf(fn: FnRef, depth: number): Resolved {
    const key = `r:${fn.file.path}:${fn.index}`;
    const known = returnsMemo.get(key);
    if (known) {
      if (known.cut) cuts++;
      return known.value;
    }
    if (inProgress.has(key)) {
      cuts++;
      return NOTHING;
    }
    inProgress.add(key);
    const before = cuts;
    const summary = fn.file.functions[fn.index];
    const value = summary?.returns === undefined ? NOTHING : resolveParts(fn.file, summary.returns, depth);
    inProgress.delete(key);
    returnsMemo.set(key, { value, cut: cuts > before });
    return value;
  }

  /** Which of a function's parameters reach which sinks, in its own file or through the calls it makes. */
  function sinksOf(fn: FnRef, depth: number): readonly ParamSink[] {
    const key = `s:${fn.file.path}:${fn.index}`;
    const known = sinksMemo.get(key);
    if (known) return known;
    if (inProgress.has(key)) return [];
    inProgress.add(key);
    const out: ParamSink[] = [];
    for (const sink of fn.file.sinks) {
      if (sink.enclosing !== fn.index) continue;
      for (const p of resolveParts(fn.file, sink.value, depth).params) {
        out.push({ index: p.index, sinkFile: fn.file.path, sink, sanitised: p.sanitised, steps: p.steps });
      }
    }
    for (const call of Object.values(fn.file.calls)) {
      if (call.enclosing !== fn.index) continue;
      const callee = target(fn.file, call);
      if (callee === undefined) continue;
      if (depth <= 0) {
        limited = true;
        continue;
      }
      for (const s of sinksOf(callee, depth - 1)) {
        const passed = resolveParts(fn.file, call.args[s.index] ?? [], depth - 1);
        for (const q of passed.params) {
          out.push({
            index: q.index,
            sinkFile: s.sinkFile,
            sink: s.sink,
            sanitised: union(q.sanitised, s.sanitised),
            steps: [...q.steps, stepOf(fn.file, call), ...s.steps],
          });
        }
      }
    }
    inProgress.delete(key);
    sinksMemo.set(key, out);
    return out;
  }

  const flows: CrossFileFlow[] = [];
  const report = (sinkFile: string, sink: SinkFact, s: ResolvedSource, steps: readonly Step[]): void => {
    if (s.sanitised.has(sink.kind)) return;
    flows.push({ sinkFile, sink, sourceFile: s.file, source: s.source, steps });
  };
  for (const file of summaries) {
    // A sink here fed by what another module's function returns (a helper that reads the request).
    for (const sink of file.sinks) {
      for (const s of resolveParts(file, sink.value, limits.depth).sources) {
        if (s.steps.length > 0) report(file.path, sink, s, s.steps);
      }
    }
    // Data from here passed to another module's function whose parameter reaches a sink.
    for (const call of Object.values(file.calls)) {
      const callee = target(file, call);
      if (callee === undefined) continue;
      for (const s of sinksOf(callee, limits.depth - 1)) {
        for (const src of resolveParts(file, call.args[s.index] ?? [], limits.depth - 1).sources) {
          report(s.sinkFile, s.sink, { ...src, sanitised: union(src.sanitised, s.sanitised) }, [
            ...src.steps,
            stepOf(file, call),
            ...s.steps,
          ]);
        }
      }
    }
  }
  const cleared = new Set<string>();
  for (const file of summaries) {
    for (const sink of file.sinks) {
      if (sink.passed !== undefined && clears(file, sink.passed, sink.kind))
        cleared.add(sinkKey(file.path, sink));
    }
  }
  return { flows: strongestPerSink(flows), limited, cleared };

  /**
   * Every call the value went through names a summarised function, with no
   * path cut short, and what comes out of them either carries the input
   * sanitised for `kind` or none of it (the helpers were walked and return
   * the program's own values).
   */
  function clears(file: FileSummary, passed: readonly Part[], kind: string): boolean {
    for (const part of passed) {
      const call = part.kind === "call" ? file.calls[part.call] : undefined;
      const callee = call === undefined ? undefined : target(file, call);
      if (callee === undefined || callee.file.functions[callee.index]?.returns === undefined) return false;
    }
    const before = cuts;
    const out = resolveParts(file, passed, limits.depth);
    if (cuts > before) return false;
    // Each helper was walked and returns none of the input (`ORDERS.get(ref)` on a constant table,
    // `status != "DELETE 0"`): what the sink gets from them is the program's own value.
    if (out.sources.length + out.params.length === 0) return true;
    return out.sources.every((s) => s.sanitised.has(kind)) && out.params.every((p) => p.sanitised.has(kind));
  }
}

/** A sink's place in a review: its file, rule and where it starts. */
export function sinkKey(file: string, sink: Pick<SinkFact, "ruleId" | "range">): string {
  const { start } = sink.range;
  return `${file}:${sink.ruleId}:${start.line}:${start.column}`;
}

const LEVEL_RANK: Readonly<Record<string, number>> = { remote: 4, stored: 3, operator: 2, constant: 1 };

/** One flow per sink and rule: the least trusted source, then the most certain, then the shortest path. */
function strongestPerSink(flows: readonly CrossFileFlow[]): CrossFileFlow[] {
  const best = new Map<string, CrossFileFlow>();
  for (const flow of flows) {
    const key = sinkKey(flow.sinkFile, flow.sink);
    const held = best.get(key);
    if (held === undefined || better(flow, held)) best.set(key, flow);
  }
  return [...best.values()];
}

/** Whether flow `a` wins over `b` at one sink (the one a review reports there). */
export function better(a: CrossFileFlow, b: CrossFileFlow): boolean {
  const rank = (LEVEL_RANK[a.source.level] ?? 0) - (LEVEL_RANK[b.source.level] ?? 0);
  if (rank !== 0) return rank > 0;
  if (a.source.confidence !== b.source.confidence) return a.source.confidence > b.source.confidence;
  return a.steps.length < b.steps.length;
}
