import { findingsAnswerSchema, type FindingsAnswer } from "../issue-schema.js";
import { systemPrompt } from "../prompt-frame.js";
import type { AgentModule } from "../types.js";
import { wholeFileUnits } from "../units.js";

const ROLE =
  "Your area is performance: accidental quadratic work, queries or I/O inside loops (N+1), blocking calls in async code, unbounded growth of memory or caches, missing pagination or streaming, and resources that are never closed.";
const RULE =
  "Report a problem only when the cost is real for plausible input sizes; say which input makes it slow.";

/** Seed §3: work that grows faster than it needs to, and resources that leak. */
export const performanceAgent: AgentModule<FindingsAnswer> = {
  id: "performance",
  task: "performance",
  version: "performance/2",
  schema: findingsAnswerSchema,
  schemaName: "performance_review",
  maxOutputTokens: 1500,
  system: systemPrompt(ROLE, [RULE]),
  units: (file) => wholeFileUnits(file, "performance problems"),
  candidates: (answer) => answer.findings.map((issue) => ({ issue, category: "performance", kind: "issue" })),
  part: { role: `${ROLE} ${RULE}` },
};
