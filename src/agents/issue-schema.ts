import { z } from "zod";
import { SEVERITIES } from "../core/severity.js";

/**
 * The shape every agent reports an issue in. No optional fields: strict
 * JSON-schema modes refuse them (see docs/llm.md).
 */
export const issueSchema = z.object({
  line: z.number().int().describe("1-based line the issue is on, as numbered in the code shown"),
  quote: z
    .string()
    .describe("at least one whole line of the code the issue is about, copied exactly (not just a keyword)"),
  severity: z.enum(SEVERITIES),
  title: z.string().describe("one short sentence"),
  description: z.string().describe("what is wrong and why it matters"),
  recommendation: z.string().describe("how to fix it"),
  confidence: z.number().describe("0 to 1: how sure you are that this is a real problem"),
  cwe: z.array(z.string()).describe('CWE ids such as "CWE-89"; empty when none applies'),
});
export type AgentIssue = z.infer<typeof issueSchema>;

/** The answer of an agent that reports issues and nothing else (pattern, performance, static). */
export const findingsAnswerSchema = z.object({ findings: z.array(issueSchema) });
export type FindingsAnswer = z.infer<typeof findingsAnswerSchema>;
