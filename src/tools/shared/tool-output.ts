import type { AnalyserOutput } from "../../core/analyser.js";
import type { FindingDraft } from "../../core/finding.js";
import type { Notice } from "../../core/review.js";
import type { RuleMeta } from "../../core/rule-meta.js";

/** What a tool's parser makes of one run's output. */
export interface ParsedToolOutput {
  readonly findings: FindingDraft[];
  readonly notices: Notice[];
  /** Metadata of every rule reported, by namespaced id. */
  readonly rules: Map<string, RuleMeta>;
  /** Files the tool could not analyse (syntax errors and the like). */
  readonly failedPaths: Set<string>;
}

export function emptyParsed(): ParsedToolOutput {
  return { findings: [], notices: [], rules: new Map(), failedPaths: new Set() };
}

export function mergeParsed(into: ParsedToolOutput, from: ParsedToolOutput): void {
  into.findings.push(...from.findings);
  into.notices.push(...from.notices);
  for (const [id, meta] of from.rules) into.rules.set(id, meta);
  for (const path of from.failedPaths) into.failedPaths.add(path);
}

/**
 * Files analysed to completion are those given to the tool that it did not
 * fail on. `rules` lists every rule the run could have reported (the table's,
 * then any others it did report), so a previous finding whose rule stayed
 * silent this time counts as fixed rather than as "could not re-check".
 */
export function toAnalyserOutput(
  paths: readonly string[],
  parsed: ParsedToolOutput,
  possibleRules: readonly RuleMeta[] = [],
): AnalyserOutput {
  const analysedPaths = paths.filter((path) => !parsed.failedPaths.has(path));
  const rules = new Map(possibleRules.map((meta) => [meta.id, meta]));
  // What the tool said about a rule in this run is more specific than the table.
  for (const [id, meta] of parsed.rules) rules.set(id, meta);
  return {
    findings: parsed.findings,
    notices: parsed.notices,
    filesAnalysed: analysedPaths.length,
    analysedPaths,
    rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** Tools' HIGH/MEDIUM/LOW confidence words on our [0, 1] scale. */
export function confidenceFromWord(word: string | undefined, fallback: number): number {
  switch (word?.toUpperCase()) {
    case "HIGH":
      return 0.9;
    case "MEDIUM":
      return 0.7;
    case "LOW":
      return 0.4;
    default:
      return fallback;
  }
}

/** Parses a tool's JSON, failing with a message that names the tool rather than a bare SyntaxError. */
export function parseToolJson(tool: string, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "") throw new Error(`${tool} produced no output`);
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    throw new Error(`${tool} produced output that is not JSON: ${JSON.stringify(trimmed.slice(0, 120))}`);
  }
}
