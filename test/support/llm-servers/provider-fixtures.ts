import { z } from "zod";
import {
  createAnthropicProvider,
  createCompatibleProvider,
  createGoogleProvider,
  createOpenAiProvider,
} from "../../../src/llm/providers/create-providers.js";
import type { LlmProvider, LlmRequest } from "../../../src/llm/types.js";
import { startAnthropicServer } from "./anthropic-wire.js";
import { startGeminiServer } from "./gemini-wire.js";
import { startOpenAiServer } from "./openai-wire.js";
import { header } from "./scripted-server.js";
import type { LlmTestServer, RecordedRequest } from "./scripted-server.js";

/*
 * One entry per provider implementation and wire variant: the contract test
 * in src/llm/providers runs the same cases against each.
 */

export const KEY = "test-key-0123456789abcdef";
export const WRONG_KEY = "wrong-key-9876543210fedcba";

export const schema = z.object({
  findings: z.array(z.object({ line: z.number().int(), title: z.string(), cwe: z.string().nullable() })),
});
export const answer = { findings: [{ line: 3, title: "SQL built from input", cwe: "CWE-89" }] };
export const request: LlmRequest<z.infer<typeof schema>> = {
  model: "model-under-test",
  system: "You review code for security problems.",
  prompt: "Review: cursor.execute('SELECT ' + name)",
  schema,
  schemaName: "findings",
  maxOutputTokens: 500,
  temperature: 0,
};

export interface Fixture {
  readonly name: string;
  start(): Promise<LlmTestServer>;
  provider(origin: string, key: string): LlmProvider;
  readonly path: RegExp;
  /** The credential as the server received it. */
  sentKey(request: RecordedRequest): string | undefined;
  /** Where the JSON schema sits in the request body. */
  sentSchema(body: unknown): unknown;
  /** Undefined where the server takes no key (Ollama). */
  readonly keyHint?: string;
  /** Gemini states the wait in the error body, not a header. */
  readonly retryAfter: string;
}

/** Walks into wire JSON; undefined where the path does not exist. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

export const FIXTURES: readonly Fixture[] = [
  {
    name: "openai chat completions",
    start: () => startOpenAiServer({ apiKey: KEY }),
    provider: (origin, key) => createOpenAiProvider({ apiKey: key, baseUrl: `${origin}/v1` }),
    path: /^\/v1\/chat\/completions$/,
    sentKey: (r) => header(r, "authorization")?.replace("Bearer ", ""),
    sentSchema: (b) => at(b, "response_format", "json_schema", "schema"),
    keyHint: "OPENAI_API_KEY",
    retryAfter: "2",
  },
  {
    name: "openai responses",
    start: () => startOpenAiServer({ apiKey: KEY, responsesApi: true }),
    provider: (origin, key) =>
      createOpenAiProvider({ apiKey: key, baseUrl: `${origin}/v1`, api: "responses" }),
    path: /^\/v1\/responses$/,
    sentKey: (r) => header(r, "authorization")?.replace("Bearer ", ""),
    sentSchema: (b) => at(b, "text", "format", "schema"),
    keyHint: "OPENAI_API_KEY",
    retryAfter: "2",
  },
  {
    name: "anthropic messages (tool use)",
    start: () => startAnthropicServer(KEY),
    provider: (origin, key) => createAnthropicProvider({ apiKey: key, baseUrl: `${origin}/v1` }),
    path: /^\/v1\/messages$/,
    sentKey: (r) => header(r, "x-api-key"),
    sentSchema: (b) => at(b, "tools", 0, "input_schema"),
    keyHint: "ANTHROPIC_API_KEY",
    retryAfter: "2",
  },
  {
    name: "gemini generateContent",
    start: () => startGeminiServer(KEY),
    provider: (origin, key) => createGoogleProvider({ apiKey: key, baseUrl: `${origin}/v1beta` }),
    path: /^\/v1beta\/models\/model-under-test:generateContent$/,
    sentKey: (r) => header(r, "x-goog-api-key"),
    sentSchema: (b) => at(b, "generationConfig", "responseSchema"),
    keyHint: "GEMINI_API_KEY",
    retryAfter: "2",
  },
  {
    name: "ollama /v1 (openai-compatible)",
    start: () => startOpenAiServer({ auth: "none" }),
    provider: (origin) => createCompatibleProvider({ name: "ollama", baseUrl: `${origin}/v1` }),
    path: /^\/v1\/chat\/completions$/,
    sentKey: () => undefined,
    sentSchema: (b) => at(b, "response_format", "json_schema", "schema"),
    retryAfter: "2",
  },
  {
    name: "azure openai (openai-compatible, api-key header, api-version)",
    start: () =>
      startOpenAiServer({
        prefix: "/openai/deployments/review",
        auth: "api-key",
        apiKey: KEY,
        requiredQuery: { "api-version": "2024-10-21" },
      }),
    provider: (origin, key) =>
      createCompatibleProvider({
        name: "azure",
        baseUrl: `${origin}/openai/deployments/review`,
        apiKey: key,
        apiKeyHeader: "api-key",
        queryParams: { "api-version": "2024-10-21" },
      }),
    path: /^\/openai\/deployments\/review\/chat\/completions$/,
    sentKey: (r) => header(r, "api-key"),
    sentSchema: (b) => at(b, "response_format", "json_schema", "schema"),
    keyHint: "azure",
    retryAfter: "2",
  },
];
