import { describe, expect, test } from "vitest";
import { LlmError } from "./errors.js";
import { chainFor, DEFAULT_MODEL_TABLE, LLM_TASKS, parseModelRef, withCompatibleModel } from "./models.js";
import { formatModelRef } from "./types.js";
import type { ProviderId } from "./types.js";

const chain = (task: (typeof LLM_TASKS)[number], configured: ProviderId[]): string[] =>
  chainFor(DEFAULT_MODEL_TABLE, task, configured).map(formatModelRef);

describe("chainFor", () => {
  test.each([
    { task: "security", configured: ["openai"], expected: ["openai:gpt-4.1", "openai:gpt-4.1-mini"] },
    { task: "static", configured: ["openai"], expected: ["openai:gpt-4.1-mini"] },
    {
      task: "logic",
      configured: ["anthropic"],
      expected: ["anthropic:claude-sonnet-4-20250514", "anthropic:claude-haiku-4-5"],
    },
    {
      task: "security",
      configured: ["openai", "anthropic", "google"],
      expected: [
        "openai:gpt-4.1",
        "openai:gpt-4.1-mini",
        "anthropic:claude-sonnet-4-20250514",
        "google:gemini-2.5-pro",
      ],
    },
    {
      task: "logic",
      configured: ["openai", "anthropic"],
      expected: ["anthropic:claude-sonnet-4-20250514", "anthropic:claude-haiku-4-5", "openai:gpt-4.1"],
    },
    {
      task: "synthesis",
      configured: ["openai", "google"],
      expected: ["google:gemini-2.5-flash", "openai:gpt-4.1-mini"],
    },
  ] as const)("$task on $configured", ({ task, configured, expected }) => {
    expect(chain(task, [...configured])).toEqual(expected);
  });

  test.each(["openai", "anthropic", "google"] as const)(
    "with only %s configured, every task and fallback stays on it",
    (provider) => {
      for (const task of LLM_TASKS) {
        const refs = chainFor(DEFAULT_MODEL_TABLE, task, [provider]);
        expect(refs.length).toBeGreaterThan(0);
        expect(refs.every((r) => r.provider === provider)).toBe(true);
      }
    },
  );

  test("an openai-compatible server serves its one model for every task", () => {
    const table = withCompatibleModel(DEFAULT_MODEL_TABLE, "qwen2.5-coder:7b");
    for (const task of LLM_TASKS) {
      expect(chainFor(table, task, ["openai-compatible"]).map(formatModelRef)).toEqual([
        "openai-compatible:qwen2.5-coder:7b",
      ]);
    }
  });

  test("a pinned model goes first, an explicit chain replaces the computed one", () => {
    const table = {
      ...DEFAULT_MODEL_TABLE,
      chains: { fix: [{ provider: "google" as const, model: "gemini-2.5-pro" }] },
    };
    const pinned = { provider: "openai" as const, model: "gpt-4o" };
    expect(chainFor(table, "fix", ["openai", "google"], pinned).map(formatModelRef)).toEqual([
      "openai:gpt-4o",
      "google:gemini-2.5-pro",
    ]);
  });

  test("a pinned model on an unconfigured provider is a clear error", () => {
    expect(() =>
      chainFor(DEFAULT_MODEL_TABLE, "security", ["openai"], {
        provider: "anthropic",
        model: "claude-haiku-4-5",
      }),
    ).toThrow("llm.provider names anthropic:claude-haiku-4-5, but anthropic is not configured");
  });

  test.each([
    { configured: [], message: /no LLM provider is configured.*OPENAI_API_KEY/ },
    { configured: ["openai-compatible"], message: /no model is known.*openai-compatible:qwen2.5-coder/ },
  ] as const)("an empty chain is a clear error ($configured)", ({ configured, message }) => {
    expect(() => chainFor(DEFAULT_MODEL_TABLE, "security", [...configured])).toThrow(message);
  });
});

describe("parseModelRef", () => {
  test.each([
    ["openai:gpt-4.1", { provider: "openai", model: "gpt-4.1" }],
    ["openai-compatible:qwen2.5-coder:7b", { provider: "openai-compatible", model: "qwen2.5-coder:7b" }],
  ])("%s", (text, ref) => {
    expect(parseModelRef(text)).toEqual(ref);
  });

  test.each(["openai", "mistral:large", "anthropic:", ""])("refuses %j", (text) => {
    expect(() => parseModelRef(text)).toThrow(LlmError);
  });
});
