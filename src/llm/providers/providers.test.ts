import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  answer,
  at,
  FIXTURES,
  KEY,
  request,
  WRONG_KEY,
} from "../../../test/support/llm-servers/provider-fixtures.js";
import { reply } from "../../../test/support/llm-servers/scripted-server.js";
import type { LlmTestServer } from "../../../test/support/llm-servers/scripted-server.js";
import { LlmError, LlmOutputError } from "../errors.js";
import type { LlmProvider } from "../types.js";

/** The contract every provider implementation passes, against its own wire format. */
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
