import { describe, expect, test } from "vitest";
import { countTokens, estimateInputTokens } from "./tokens.js";

describe("countTokens", () => {
  test.each([
    { text: "", tokens: 0 },
    { text: "hello world", tokens: 2 },
    { text: "def f(x):\n    return x * 2\n", tokens: 11 },
  ])("$text → $tokens", ({ text, tokens }) => {
    expect(countTokens(text)).toBe(tokens);
  });

  test("a literal special-token marker in reviewed code is counted, not refused", () => {
    expect(countTokens("s = '<|endoftext|>'")).toBeGreaterThan(3);
  });
});

describe("estimateInputTokens", () => {
  const shape = {
    system: "You review code.",
    prompt: "print(1)\n".repeat(50),
    wireSchema: { type: "object" },
  };

  test("counts system, prompt, schema and chat framing", () => {
    const parts =
      countTokens(shape.system) + countTokens(shape.prompt) + countTokens(JSON.stringify(shape.wireSchema));
    expect(estimateInputTokens("openai", shape)).toBe(parts + 11);
  });

  test("other vendors' counts carry a safety margin, so reservations err high", () => {
    const openai = estimateInputTokens("openai", shape);
    expect(estimateInputTokens("anthropic", shape)).toBe(Math.ceil(openai * 1.2));
    expect(estimateInputTokens("google", shape)).toBe(Math.ceil(openai * 1.15));
  });
});
