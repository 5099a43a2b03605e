import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { startAnthropicServer } from "../../../test/support/llm-servers/anthropic-wire.js";
import { startGeminiServer } from "../../../test/support/llm-servers/gemini-wire.js";
import { startOpenAiServer } from "../../../test/support/llm-servers/openai-wire.js";
import { header, reply } from "../../../test/support/llm-servers/scripted-server.js";
import type { LlmTestServer, RecordedRequest } from "../../../test/support/llm-servers/scripted-server.js";
import { LlmError, LlmOutputError } from "../errors.js";
import type { LlmProvider, LlmRequest } from "../types.js";
import {
  createAnthropicProvider,
  createCompatibleProvider,
  createGoogleProvider,
  createOpenAiProvider,
} from "./create-providers.js";

const KEY = "test-key-0123456789abcdef";
const WRONG_KEY = "wrong-key-9876543210fedcba";

const schema = z.object({
  findings: z.array(z.object({ line: z.number().int(), title: z.string(), cwe: z.string().nullable() })),
});
const answer = { findings: [{ line: 3, title: "SQL built from input", cwe: "CWE-89" }] };
const request: LlmRequest<z.infer<typeof schema>> = {
  model: "model-under-test",
  system: "You review code for security problems.",
  prompt: "Review: cursor.execute('SELECT ' + name)",
  schema,
  schemaName: "findings",
  maxOutputTokens: 500,
  temperature: 0,
};

interface Fixture {
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
function at(value: unknown, ...path: (string | number)[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

const FIXTURES: readonly Fixture[] = [
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

describe.each(FIXTURES)("$name", (fixture) => {
  let server: LlmTestServer;
  let provider: LlmProvider;
  beforeAll(async () => {
    server = await fixture.start();
    provider = fixture.provider(server.origin, KEY);
  });
  afterAll(() => server.close());

  test("sends the prompt, key and schema in the wire format and returns the validated object with usage", async () => {
    server.script(reply(answer, { input: 120, output: 40 }));
    const before = server.calls;
    const response = await provider.generate(request);
    expect(response.object).toEqual(answer);
    expect(response.usage).toEqual({ inputTokens: 120, outputTokens: 40 });
    expect(response.provider).toBe(provider.id);
    expect(JSON.parse(response.rawText)).toEqual(answer);
    expect(server.calls).toBe(before + 1);
    const sent = server.requests.at(-1)!;
    expect(sent.path).toMatch(fixture.path);
    expect(fixture.sentKey(sent)).toBe(fixture.keyHint === undefined ? undefined : KEY);
    expect(JSON.stringify(sent.body)).toContain(request.system);
    expect(JSON.stringify(sent.body)).toContain("cursor.execute");
    const sentSchema = fixture.sentSchema(sent.body);
    expect(at(sentSchema, "required")).toEqual(["findings"]);
    expect(at(sentSchema, "properties", "findings", "items", "required")).toEqual(["line", "title", "cwe"]);
  });

  test("text that is not JSON raises LlmOutputError with the text and the usage", async () => {
    server.script(reply("I found one problem: SQL injection.", { input: 100, output: 9 }));
    const error = await provider.generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmOutputError);
    const output = error as LlmOutputError;
    expect(output.rawText).toBe("I found one problem: SQL injection.");
    expect(output.validationMessage).toContain("not valid JSON");
    expect(output.usage).toEqual({ inputTokens: 100, outputTokens: 9 });
  });

  test("an answer cut off at the output limit says so", async () => {
    server.script({ kind: "reply", text: '{"findings":[{"line":3,"ti', truncated: true });
    const error = (await provider.generate(request).catch((e: unknown) => e)) as LlmOutputError;
    expect(error).toBeInstanceOf(LlmOutputError);
    expect(error.truncated).toBe(true);
    expect(error.validationMessage).toContain("cut off at the output limit of 500 tokens");
  });

  test("JSON failing the schema raises LlmOutputError naming the field", async () => {
    server.script(reply({ findings: [{ line: "three", title: "x", cwe: null }] }));
    const error = await provider.generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmOutputError);
    expect((error as LlmOutputError).validationMessage).toMatch(/findings\[0\]\.line/);
  });

  test.each([
    { status: 429, kind: "rate-limit", retryable: true },
    { status: 500, kind: "server", retryable: true },
    { status: 503, kind: "server", retryable: true },
    { status: 400, kind: "bad-request", retryable: false },
    { status: 403, kind: "auth", retryable: false },
    { status: 404, kind: "not-found", retryable: false },
  ])("HTTP $status becomes a $kind error", async ({ status, kind, retryable }) => {
    server.script(status === 429 ? { kind: "error", status, retryAfter: "2" } : { kind: "error", status });
    const error = (await provider.generate(request).catch((e: unknown) => e)) as LlmError;
    expect(error).toBeInstanceOf(LlmError);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(retryable);
    if (status === 429) expect(error.retryAfter).toBe(fixture.retryAfter);
  });

  test("a dropped connection becomes a retryable network error", async () => {
    server.script({ kind: "drop" });
    const error = (await provider.generate(request).catch((e: unknown) => e)) as LlmError;
    expect(error.kind).toBe("network");
    expect(error.retryable).toBe(true);
  });

  test.skipIf(fixture.keyHint === undefined)("a refused key names the fix and never the key", async () => {
    const wrong = fixture.provider(server.origin, WRONG_KEY);
    const error = (await wrong.generate(request).catch((e: unknown) => e)) as LlmError;
    expect(error.kind).toBe("auth");
    expect(error.message).toContain("rejected the API key");
    expect(error.message).toContain(fixture.keyHint);
    // The test servers echo the key they received; it must not survive.
    expect(fixture.sentKey(server.requests.at(-1)!)).toBe(WRONG_KEY);
    expect(`${error.message} ${error.stack ?? ""} ${JSON.stringify(error)}`).not.toContain(WRONG_KEY);
  });
});

describe("an OpenAI-compatible server without JSON-schema mode", () => {
  let server: LlmTestServer;
  beforeAll(async () => {
    server = await startOpenAiServer({ auth: "none" });
  });
  afterAll(() => server.close());

  test("gets plain JSON mode; our validation still applies and the SDK's warning is returned, not printed", async () => {
    const provider = createCompatibleProvider({
      name: "lmstudio",
      baseUrl: `${server.origin}/v1`,
      structuredOutputs: false,
    });
    server.script(reply(answer));
    const response = await provider.generate(request);
    expect(response.object).toEqual(answer);
    expect(at(server.requests.at(-1)?.body, "response_format")).toEqual({ type: "json_object" });
    // The schema never travels in JSON mode, so it is spelled out in the system prompt.
    const system = at(server.requests.at(-1)?.body, "messages", 0, "content");
    expect(system).toContain(request.system);
    expect(system).toContain('"required":["line","title","cwe"]');
    expect(response.warnings?.join("\n")).toMatch(/responseFormat/);
    server.script(reply({ findings: "none" }));
    await expect(provider.generate(request)).rejects.toBeInstanceOf(LlmOutputError);
  });
});

describe("an Anthropic model that refuses forced tool use", () => {
  let server: LlmTestServer;
  beforeAll(async () => {
    server = await startAnthropicServer(KEY);
  });
  afterAll(() => server.close());

  test("gets the native JSON-schema output format instead, with the switch reported", async () => {
    const provider = createAnthropicProvider({ apiKey: KEY, baseUrl: `${server.origin}/v1` });
    server.script(reply(answer));
    const response = await provider.generate({ ...request, model: "claude-sonnet-5-5" });
    expect(response.object).toEqual(answer);
    const body = server.requests.at(-1)?.body;
    expect(at(body, "tools")).toBeUndefined();
    expect(at(body, "output_config", "format", "type")).toBe("json_schema");
    expect(response.warnings?.join("\n")).toContain("Using 'outputFormat' instead");
  });
});
