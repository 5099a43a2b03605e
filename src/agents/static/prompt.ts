import { findingsAnswerSchema, type FindingsAnswer } from "../issue-schema.js";
import { systemPrompt } from "../prompt-frame.js";
import type { AgentModule, RedactedFile } from "../types.js";
import { priorFindingsBlock, wholeFileUnits, within, type LineSpan } from "../units.js";

const ROLE =
  "Your area is what static analysis misses: wrong types or units passed between functions, values that can be None/undefined where the code assumes they are not, dead or contradictory conditions, misuse of library APIs, and resource or exception paths the linters do not follow.";
const RULE =
  "You get the linters' and rules' output for this file. Do not repeat any of it, not even in other words: report only what it does not say.";

const linterOutput = (file: RedactedFile, span: LineSpan): string[] => [
  "Linter and rule output (already reported, do not repeat):",
  priorFindingsBlock("linter output", file, within(file.prior, span)),
];

/**
 * Seed §3: reads what the linters and rules said and the code, and reports
 * what they cannot see. Whatever overlaps a listed finding's line is dropped
 * after anchoring, so a repeat never reaches the report.
 */
export const staticAgent: AgentModule<FindingsAnswer> = {
  id: "static",
  task: "static",
  version: "static/2",
  schema: findingsAnswerSchema,
  schemaName: "static_review",
  maxOutputTokens: 1500,
  system: systemPrompt(ROLE, [RULE]),
  units(file) {
    return wholeFileUnits(file, "defects the linter and rule output shown did not report", (span) =>
      linterOutput(file, span),
    );
  },
  candidates: (answer) => answer.findings.map((issue) => ({ issue, category: "logic", kind: "issue" })),
  keep: (draft, file) =>
    !file.prior.some(
      (p) => p.range.start.line <= draft.range.end.line && draft.range.start.line <= p.range.end.line,
    ),
  part: { role: `${ROLE} ${RULE}`, context: linterOutput },
};
