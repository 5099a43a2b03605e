import { z } from "zod";
import type { LlmPrompt } from "../../../src/llm/types.js";

/** Long enough to be redacted, distinct so a leak is attributable. */
export const KEYS = {
  openai: "sk-openai-test-0123456789",
  anthropic: "sk-ant-test-0123456789",
  google: "gemini-test-0123456789",
} as const;

export const findingsSchema = z.object({
  findings: z.array(z.object({ line: z.number().int(), title: z.string(), cwe: z.string().nullable() })),
});
export type Findings = z.infer<typeof findingsSchema>;

export const goodAnswer: Findings = { findings: [{ line: 3, title: "SQL built from input", cwe: "CWE-89" }] };

export function findingsPrompt(overrides: Partial<LlmPrompt<Findings>> = {}): LlmPrompt<Findings> {
  return {
    system: "You review Python code for security problems.",
    prompt: "def q(name):\n    cursor.execute('SELECT * FROM t WHERE n = ' + name)\n",
    schema: findingsSchema,
    schemaName: "findings",
    maxOutputTokens: 500,
    temperature: 0,
    ...overrides,
  };
}

/** The `model` field of every request a chat-completions or messages server received. */
export function modelsRequested(requests: readonly { body: unknown }[]): string[] {
  return requests.map((r) => String((r.body as { model?: unknown }).model));
}
