import { describe, expect, it } from "vitest";
import type { LlmSkippedFile } from "../core/analyser.js";
import type { AnalyserRun, Notice } from "../core/review.js";
import { decideCompleteness } from "./completeness.js";

const run = (status: AnalyserRun["status"]): AnalyserRun => ({
  id: "rules",
  status,
  durationMs: 1,
  filesAnalysed: 1,
  findings: 0,
});
const skipped = (cause: LlmSkippedFile["cause"]): LlmSkippedFile => ({
  file: "a.py",
  analyser: "llm-security",
  reason: "why",
  cause,
});
const notice = (incomplete: boolean): Notice => ({
  level: "warning",
  analyser: "scope",
  message: "m",
  ...(incomplete ? { incomplete: true as const } : {}),
});

describe("decideCompleteness", () => {
  it("is complete when every analyser finished and nothing was left out", () => {
    expect(
      decideCompleteness({
        analysers: [run("completed"), run("unavailable")],
        notices: [notice(false)],
        llmNotReviewed: [],
      }),
    ).toBe("complete");
  });

  it.each(["failed", "timed-out"] as const)("is incomplete when an analyser %s", (status) => {
    expect(decideCompleteness({ analysers: [run(status)], notices: [], llmNotReviewed: [] })).toBe(
      "incomplete",
    );
  });

  it("is incomplete when a notice says a file was not analysed", () => {
    expect(
      decideCompleteness({ analysers: [run("completed")], notices: [notice(true)], llmNotReviewed: [] }),
    ).toBe("incomplete");
  });

  it("is partial when only an operator's limit cut LLM work", () => {
    expect(
      decideCompleteness({ analysers: [run("completed")], notices: [], llmNotReviewed: [skipped("limit")] }),
    ).toBe("partial");
  });

  it.each(["failure", "interruption"] as const)("is incomplete when an LLM %s left a file out", (cause) => {
    expect(
      decideCompleteness({
        analysers: [run("completed")],
        notices: [],
        llmNotReviewed: [skipped("limit"), skipped(cause)],
      }),
    ).toBe("incomplete");
  });
});
