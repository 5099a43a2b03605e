import { describe, expect, test } from "vitest";
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter } from "./retry.js";

const NOW = Date.parse("2026-01-01T00:00:00Z");

describe("parseRetryAfter", () => {
  test.each([
    { value: "2", ms: 2000 },
    { value: " 10 ", ms: 10_000 },
    { value: "0.5", ms: 500 },
    { value: "0", ms: 0 },
    { value: "Thu, 01 Jan 2026 00:00:30 GMT", ms: 30_000 },
    { value: "Wed, 31 Dec 2025 23:59:00 GMT", ms: 0 },
    { value: "soon", ms: undefined },
    { value: "-3", ms: undefined },
    { value: "", ms: undefined },
    { value: undefined, ms: undefined },
  ])("$value → $ms", ({ value, ms }) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });
});

describe("backoffDelay (full jitter)", () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
  test.each([
    { retry: 0, random: 0.999, ms: 99 },
    { retry: 1, random: 0.5, ms: 100 },
    { retry: 3, random: 0.5, ms: 400 },
    { retry: 10, random: 0.5, ms: 500 },
    { retry: 2, random: 0, ms: 0 },
  ])("retry $retry with random $random → $ms ms", ({ retry, random, ms }) => {
    expect(backoffDelay(policy, retry, () => random)).toBe(ms);
  });
});
