import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startAnthropicServer } from "../../../test/support/llm-servers/anthropic-wire.js";
import { startOpenAiServer } from "../../../test/support/llm-servers/openai-wire.js";
import { answer, at, FIXTURES, KEY, request } from "../../../test/support/llm-servers/provider-fixtures.js";
import { reply } from "../../../test/support/llm-servers/scripted-server.js";
import type { LlmTestServer } from "../../../test/support/llm-servers/scripted-server.js";
import { LlmError, LlmOutputError } from "../errors.js";
import { createAnthropicProvider, createCompatibleProvider } from "./create-providers.js";

function fixture(prefix: string): (typeof FIXTURES)[number] {
  const found = FIXTURES.find((f) => f.name.startsWith(prefix));
  if (found === undefined) throw new Error(`no provider fixture named ${prefix}...`);
  return found;
}

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

describe("an answer withheld by the provider's safety filter", () => {
  test.each([fixture("openai chat"), fixture("gemini")])(
    "$name: the output error names the finish reason",
    async (blocking) => {
      const server = await blocking.start();
      try {
        server.script({ kind: "reply", text: "", blocked: true });
        const error = (await blocking
          .provider(server.origin, KEY)
          .generate(request)
          .catch((e: unknown) => e)) as LlmOutputError;
        expect(error).toBeInstanceOf(LlmOutputError);
        expect(error.validationMessage).toContain("the provider's finish reason: content-filter");
      } finally {
        await server.close();
      }
    },
  );
});

describe("a base URL that points at something else", () => {
  test.each(FIXTURES.map((f) => [f.name, f] as const))(
    "%s: a clear, non-retryable protocol error",
    async (_name, fixture) => {
      const web = createServer((_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<html><body>Welcome to nginx!</body></html>");
      });
      await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
      try {
        const origin = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
        const error = (await fixture
          .provider(origin, KEY)
          .generate(request)
          .catch((e: unknown) => e)) as LlmError;
        expect(error.kind).toBe("protocol");
        expect(error.retryable).toBe(false);
        expect(error.message).toContain("check the base URL");
      } finally {
        await new Promise((resolve) => web.close(resolve));
      }
    },
  );
});

describe("Gemini thinking tokens", () => {
  test("are billed output: counted in the usage returned", async () => {
    const gemini = fixture("gemini");
    const server = await gemini.start();
    try {
      server.script({
        kind: "reply",
        text: JSON.stringify(answer),
        usage: { input: 100, output: 20 },
        thinkingTokens: 300,
      });
      const provider = gemini.provider(server.origin, KEY);
      const response = await provider.generate(request);
      expect(response.usage).toEqual({ inputTokens: 100, outputTokens: 320 });
    } finally {
      await server.close();
    }
  });
});
