import type { ModuleResolver } from "./link.js";
import type { CallFact, FileSummary, Part } from "./summary.js";

/**
 * The files whose first-pass summaries (summary.ts, `SummaryPass`) must be
 * made whole before linking: those another file's flow reaches. A call into a
 * file reaches it when something rides on the call: an argument that carries
 * input (or a parameter, once the calling file is `reached` itself), or a
 * result that the calling file uses in a sink, in another call or in what it
 * returns. Each round makes the reached files
 * whole, whose own calls may reach further files; a chain of `depth` calls
 * needs at most `depth` rounds (docs/trust-levels.md, "Data flow across files").
 */
export function demandedFiles(
  summaries: ReadonlyMap<string, FileSummary>,
  resolve: ModuleResolver,
  reached: ReadonlySet<string> = new Set(),
): Set<string> {
  const wanted = new Set<string>();
  for (const file of summaries.values()) {
    // A parameter carries input only once another file's flow reaches this one: until then only sources count.
    const carries = reached.has(file.path) ? (parts: readonly Part[]) => parts.length > 0 : hasSource;
    const used = usedCalls(file);
    for (const call of Object.values(file.calls)) {
      if (!used.has(call.key) && !call.args.some(carries)) continue;
      for (const ref of refsOf(call)) {
        const path = resolve(file.path, ref.specifier, file.family);
        // No summary is a first pass that had nothing to link yet: the whole pass may still find something.
        const summary = path === undefined ? undefined : summaries.get(path);
        if (path !== undefined && (summary === undefined || summary.deferred === true)) wanted.add(path);
      }
    }
  }
  return wanted;
}

function hasSource(parts: readonly Part[]): boolean {
  return parts.some(
    (part) => part.kind === "source" || (part.kind === "call" && hasSource(part.otherwise ?? [])),
  );
}

function refsOf(call: CallFact): CallFact["callee"][] {
  return call.alternative === undefined ? [call.callee] : [call.callee, call.alternative];
}

/** Keys of the calls whose results the file uses: in a sink, in another call's arguments, in a return. */
function usedCalls(file: FileSummary): Set<string> {
  const used = new Set<string>();
  const add = (parts: readonly Part[]): void => {
    for (const part of parts) {
      if (part.kind !== "call") continue;
      used.add(part.call);
      add(part.otherwise ?? []);
    }
  };
  for (const sink of file.sinks) {
    add(sink.value);
    add(sink.passed ?? []);
  }
  for (const call of Object.values(file.calls)) for (const parts of call.args) add(parts);
  for (const fn of file.functions) add(fn.returns ?? []);
  return used;
}

/**
 * One round of demand: the reached files not asked for before (and now
 * marked as asked), so that a file is made whole at most once per review.
 */
export function nextDemand(
  summaries: ReadonlyMap<string, FileSummary>,
  resolve: ModuleResolver,
  asked: Set<string>,
): string[] {
  const paths = [...demandedFiles(summaries, resolve, asked)].filter((path) => !asked.has(path));
  for (const path of paths) asked.add(path);
  return paths;
}

/**
 * Demand rounds run in this thread, for callers that analyse files one by
 * one (the benchmarks' units, the tests' small repositories): `remake` runs
 * the rules on a file again with the whole summary pass.
 */
export function makeReachedWhole(
  summaries: Map<string, FileSummary>,
  resolve: ModuleResolver,
  remake: (path: string) => FileSummary | undefined,
  rounds: number,
): void {
  const asked = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    const reached = nextDemand(summaries, resolve, asked);
    if (reached.length === 0) return;
    for (const path of reached) {
      const whole = remake(path);
      if (whole) summaries.set(path, whole);
      else summaries.delete(path);
    }
  }
}
