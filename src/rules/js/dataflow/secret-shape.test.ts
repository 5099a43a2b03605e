import { describe, expect, it } from "vitest";
import { looksLikeSecret } from "./secret-shape.js";

describe("looksLikeSecret", () => {
  it.each([
    ["sk_live_51H8xYzAbCdEf", true],
    ["AKIAIOSFODNN7EXAMPL1", true],
    ["S3cr3t!Passw0rd#2024", true],
    ["hunter2hunter2x9Q", true],
    ["changeme", false],
    ["your-api-key-here", false],
    ["DATABASE_PASSWORD", false],
    ["password", false],
    ["short1", false],
    ["https://example.com/token", false],
    ["${API_TOKEN}", false],
    ["aaaaaaaaaaaa", false],
    ["Enter your password", false],
  ])("%s → %s", (value, expected) => {
    expect(looksLikeSecret(value)).toBe(expected);
  });
});
