import { describe, expect, test } from "vitest";
import { InMemoryLlmCache, llmCacheKey } from "./cache.js";
import type { CacheKeyParts } from "./cache.js";

const base: CacheKeyParts = {
  agent: "security",
  promptVersion: "1",
  model: { provider: "openai", model: "gpt-4.1" },
  system: "sys",
  prompt: "code",
  wireSchema: { type: "object" },
  maxOutputTokens: 500,
  temperature: 0,
};

describe("llmCacheKey", () => {
  test("is a stable sha256", () => {
    expect(llmCacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(llmCacheKey({ ...base })).toBe(llmCacheKey(base));
  });

  test.each<[string, Partial<CacheKeyParts>]>([
    ["agent", { agent: "logic" }],
    ["prompt version", { promptVersion: "2" }],
    ["provider", { model: { provider: "openai-compatible", model: "gpt-4.1" } }],
    ["model", { model: { provider: "openai", model: "gpt-4.1-mini" } }],
    ["system", { system: "sys2" }],
    ["prompt", { prompt: "code2" }],
    ["schema", { wireSchema: { type: "array" } }],
    ["output cap", { maxOutputTokens: 501 }],
    ["temperature", { temperature: 0.2 }],
    // Parts are delimited: moving text between fields changes the key.
    ["boundaries", { system: "sysc", prompt: "ode" }],
  ])("changes with the %s", (_name, change) => {
    expect(llmCacheKey({ ...base, ...change })).not.toBe(llmCacheKey(base));
  });
});

describe("InMemoryLlmCache", () => {
  test("returns copies, so a caller cannot change what is stored", async () => {
    const cache = new InMemoryLlmCache();
    const value = { findings: [{ line: 1 }] };
    await cache.set("k", value);
    value.findings.push({ line: 2 });
    const read = (await cache.get("k")) as typeof value;
    read.findings.length = 0;
    expect(await cache.get("k")).toEqual({ findings: [{ line: 1 }] });
    expect(await cache.get("missing")).toBeUndefined();
  });
});
