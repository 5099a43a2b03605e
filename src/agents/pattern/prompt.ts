import { findingsAnswerSchema, type FindingsAnswer } from "../issue-schema.js";
import { systemPrompt } from "../prompt-frame.js";
import type { AgentModule } from "../types.js";
import { wholeFileUnits } from "../units.js";

const ROLE =
  "Your area is design and maintainability: duplicated logic that will drift apart, functions doing several unrelated jobs, hidden global state, leaky abstractions, error handling that hides failures, and misuse of the language's or framework's idioms.";
const RULE = "Report what makes the code likely to break when changed, not matters of taste.";

/** Seed §3: design and maintainability problems that make the next change risky. */
export const patternAgent: AgentModule<FindingsAnswer> = {
  id: "pattern",
  task: "pattern",
  version: "pattern/2",
  schema: findingsAnswerSchema,
  schemaName: "pattern_review",
  maxOutputTokens: 1500,
  system: systemPrompt(ROLE, [RULE]),
  units: (file) => wholeFileUnits(file, "design and maintainability problems"),
  candidates: (answer) => answer.findings.map((issue) => ({ issue, category: "pattern", kind: "issue" })),
  part: { role: `${ROLE} ${RULE}` },
};
