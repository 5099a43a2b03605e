/**
 * The ladder's view of a patched file within its review: the file's own
 * findings plus the flows across files that the review's other summaries and
 * the file's new summary link (docs/fixes.md, "Proven across files"). Pure:
 * summaries in, drafts out; whoever builds the context did the reading.
 */
import type { FindingDraft } from "../../core/finding.js";
import { sha256Hex } from "../../core/hash.js";
import type { ImportGraph } from "../../core/import-graph.js";
import type { Language } from "../../core/language.js";
import type { RuleMeta } from "../../core/rule-meta.js";
import type { SourceFile } from "../../core/source-file.js";
import { addCrossFileFindings, placeKey } from "../../rules/xfile/cross-file-findings.js";
import {
  better,
  DEFAULT_LINK_LIMITS,
  type CrossFileFlow,
  type LinkLimits,
  type ModuleResolver,
} from "../../rules/xfile/link.js";
import { reviewResolver } from "../../rules/xfile/resolver.js";
import type { FileSummary, Part } from "../../rules/xfile/summary.js";

/** What re-linking a patched file with the rest of its review needs. */
export interface CrossFileContext {
  /** The review's files' summaries by path, as reviewed; a patched file's own entry is replaced by its new summary. */
  readonly summaries: ReadonlyMap<string, FileSummary>;
  readonly resolve: ModuleResolver;
  /** The rules whose sinks flows are reported for (the review's enabled built-in rules). */
  readonly rules: readonly RuleMeta[];
  readonly limits?: LinkLimits;
}

export interface ReviewView {
  /** The file's findings: its rules' own, and flows from other files that end in it. */
  readonly here: readonly FindingDraft[];
  /** Findings of flows that end in the review's other files. */
  readonly elsewhere: readonly FindingDraft[];
  /** The flows those findings come from, one per sink, in the other files. */
  readonly flowsElsewhere: readonly CrossFileFlow[];
  /** Drafts of `here` that a flow across files made or reworded. */
  readonly flows: ReadonlySet<FindingDraft>;
  /** A link limit cut some path short: a flow may be missing, so absence proves nothing. */
  readonly limited: boolean;
}

const SUMMARISED: ReadonlySet<Language> = new Set(["python", "javascript", "typescript", "tsx"]);

/** Only code the summaries describe takes part in flows across files. */
export function linksAcrossFiles(language: Language): boolean {
  return SUMMARISED.has(language);
}

/** The view of a file with no review around it: its own findings only. */
export function aloneView(drafts: readonly FindingDraft[]): ReviewView {
  return { here: drafts, elsewhere: [], flowsElsewhere: [], flows: new Set(), limited: false };
}

/**
 * The review's findings with one file at a given text: `drafts` and `summary`
 * are that text's (the rules run on it), every other file is as reviewed.
 */
export function reviewViewOf(
  path: string,
  drafts: readonly FindingDraft[],
  summary: FileSummary | undefined,
  context: CrossFileContext,
): ReviewView {
  const summaries = [...context.summaries.values()].filter((s) => s.path !== path);
  if (summary !== undefined) summaries.push(summary);
  if (summaries.length < 2) return aloneView(drafts);
  const limits = context.limits ?? DEFAULT_LINK_LIMITS;
  const linked = addCrossFileFindings(drafts, summaries, context.rules, context.resolve, limits);
  // The flows themselves, for what moved: a flow into a sink a per-file finding already holds keeps that finding's place.
  const links = linked.links;
  const own = new Set(drafts);
  return {
    here: linked.drafts.filter((d) => d.file === path),
    elsewhere: linked.drafts.filter((d) => d.file !== path),
    flowsElsewhere: links.flows.filter((f) => f.sinkFile !== path),
    flows: new Set(linked.drafts.filter((d) => d.file === path && !own.has(d))),
    limited: links.limited,
  };
}

/**
 * Findings in other files after the fix that come from a flow across files
 * the review did not have before it: the fix moved the sink (into a helper of
 * another module, or back to a caller through a returned value) instead of
 * cutting the flow. Other files' text did not change, so a flow that was
 * there before sits at the same sink. The review keeps one flow per sink, the
 * strongest: a different flow there is new only if it beats the one before
 * (a weaker one was there all along, hidden by it).
 */
export function flowsAddedElsewhere(
  before: ReviewView,
  after: ReviewView,
  minConfidence: number,
): FindingDraft[] {
  const flowPlace = (f: CrossFileFlow): string =>
    placeKey(f.sinkFile, f.sink.ruleId, f.sink.range.start.line, f.sink.range.start.column);
  const held = new Map(before.flowsElsewhere.map((f) => [flowPlace(f), f]));
  const reported = new Map(
    after.elsewhere.map((d) => [placeKey(d.file, d.ruleId, d.range.start.line, d.range.start.column), d]),
  );
  const added: FindingDraft[] = [];
  for (const flow of after.flowsElsewhere) {
    const key = flowPlace(flow);
    const draft = reported.get(key);
    if (draft === undefined || draft.confidence < minConfidence) continue;
    const old = held.get(key);
    if (old === undefined || (!sameFlow(old, flow) && better(flow, old))) added.push(draft);
  }
  return added;
}

function sameFlow(a: CrossFileFlow, b: CrossFileFlow): boolean {
  return (
    a.sourceFile === b.sourceFile &&
    a.source.line === b.source.line &&
    a.source.label === b.source.label &&
    a.steps.length === b.steps.length &&
    a.steps.every((s, i) => s.file === b.steps[i]?.file && s.line === b.steps[i]?.line)
  );
}

/**
 * The context from the review's files as they were reviewed: each file's
 * summary (from whatever ran the rules on it) and modules resolved among them.
 */
export function crossFileContextOf(
  files: readonly SourceFile[],
  summaryOf: (file: SourceFile) => FileSummary | undefined,
  rules: readonly RuleMeta[],
  /** Every path modules may resolve to (default: the files'). */
  paths: readonly string[] = files.map((f) => f.path),
): CrossFileContext {
  const summaries = new Map<string, FileSummary>();
  for (const file of files) {
    if (!linksAcrossFiles(file.language)) continue;
    const summary = summaryOf(file);
    if (summary !== undefined) summaries.set(file.path, summary);
  }
  return { summaries, resolve: reviewResolver(paths), rules };
}

/**
 * A fix in a helper that stops running the value and returns it instead: a
 * parameter that reached the finding's sink before the fix is now returned
 * by the same function, so its callers in other files hold the data the flow
 * carried. The summaries of their sinks do not always say what the helper
 * returns (a caller's own analysis may already count the value as input), so
 * the hand-back itself is refused, not only a new flow it makes.
 */
export function handedBack(
  before: FileSummary | undefined,
  after: FileSummary | undefined,
  place: { readonly start: { readonly line: number }; readonly end: { readonly line: number } },
): string[] {
  if (before === undefined || after === undefined) return [];
  const reasons: string[] = [];
  for (const sink of before.sinks) {
    if (
      sink.enclosing === undefined ||
      sink.range.end.line < place.start.line ||
      sink.range.start.line > place.end.line
    )
      continue;
    const fn = before.functions[sink.enclosing];
    if (fn === undefined) continue;
    const reached = paramsOf(sink.value, sink.kind);
    const returnedBefore = paramsOf(fn.returns ?? [], sink.kind);
    const returnedAfter = paramsOf(after.functions.find((f) => f.name === fn.name)?.returns ?? [], sink.kind);
    for (const index of reached) {
      if (returnedBefore.has(index) || !returnedAfter.has(index)) continue;
      reasons.push(
        `${fn.name}() now returns its parameter ${index + 1}, which reached ${sink.sink} before the fix: the flow is handed back to its callers, not cut`,
      );
    }
  }
  return reasons;
}

/** Parameter indexes a value derives from without the sanitiser for `kind`. */
function paramsOf(parts: readonly Part[], kind: string): Set<number> {
  const found = new Set<number>();
  for (const part of parts) {
    if (part.sanitised.includes(kind)) continue;
    if (part.kind === "param") found.add(part.index);
    else if (part.kind === "call") for (const i of paramsOf(part.otherwise ?? [], kind)) found.add(i);
  }
  return found;
}

/**
 * The files within `hops` import edges of `from`, either way: the only ones a
 * flow through those files can touch within the link depth (each call
 * across files follows one import).
 */
export function filesNear(graph: ImportGraph, from: Iterable<string>, hops: number): Set<string> {
  const seen = new Set(from);
  let frontier = [...seen];
  for (let i = 0; i < hops && frontier.length > 0; i++) {
    const next: string[] = [];
    for (const path of frontier) {
      for (const other of [...(graph.imports.get(path) ?? []), ...(graph.importers.get(path) ?? [])]) {
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return seen;
}

const digests = new WeakMap<CrossFileContext, string>();

/**
 * What a validation made with this context depends on beyond the patched
 * file: the other files' summaries. Part of the fix cache's key, so a
 * validation is not reused once another file on a flow changed.
 */
export function contextDigest(context: CrossFileContext): string {
  let digest = digests.get(context);
  if (digest === undefined) {
    const entries = [...context.summaries.entries()].sort(([a], [b]) => a.localeCompare(b));
    digest = sha256Hex(JSON.stringify(entries));
    digests.set(context, digest);
  }
  return digest;
}
