import { z } from "zod";
import { issueSchema } from "../issue-schema.js";
import { systemPrompt } from "../prompt-frame.js";
import type { AgentModule } from "../types.js";
import { priorFindingsBlock, wholeFileUnits, within } from "../units.js";

export const securitySchema = z.object({
  verdicts: z
    .array(
      z.object({
        ruleId: z.string(),
        line: z.number().int(),
        verdict: z.enum(["confirm", "reject"]),
        reason: z.string().describe("why, in one or two sentences, pointing at the code"),
      }),
    )
    .describe("one per deterministic finding listed, in the same order"),
  findings: z.array(issueSchema).describe("security issues the deterministic findings missed"),
});
export type SecurityAnswer = z.infer<typeof securitySchema>;

/**
 * Seed §3: confirms or rejects the built-in data-flow findings with a reason
 * (which moves their confidence, never removes them) and reports semantic
 * vulnerabilities the patterns cannot see, with CWE ids.
 */
export const securityAgent: AgentModule<SecurityAnswer> = {
  id: "security",
  task: "security",
  version: "security/2",
  schema: securitySchema,
  schemaName: "security_review",
  maxOutputTokens: 2000,
  system: systemPrompt(
    "Your area is security: injection, broken access control, authentication and session flaws, unsafe deserialisation, path traversal, SSRF, secrets handling, cryptography misuse, and race conditions with security impact.",
    [
      "You also get the findings of CodeGuardian's deterministic analysers for this file. For each one, answer confirm or reject with a reason grounded in the code (for example: the input is validated on line 12). Rejecting does not remove a finding; it lowers its confidence and shows your reason.",
      "Do not repeat a listed finding in `findings`. Give every new issue its CWE id (CWE-89 for SQL injection, CWE-78 for OS command injection, CWE-22 for path traversal, ...).",
    ],
  ),
  units(file) {
    const prior = file.prior.filter((f) => f.category === "security");
    return wholeFileUnits(file, "security vulnerabilities", (span) => [
      "Deterministic findings to confirm or reject:",
      priorFindingsBlock("deterministic findings", file, within(prior, span)),
    ]);
  },
  candidates(answer) {
    return answer.findings.map((issue) => ({
      issue,
      category: "security" as const,
      kind: issue.cwe[0]?.toLowerCase() ?? "issue",
    }));
  },
  verdicts(answer) {
    return answer.verdicts;
  },
};
