import { z } from "zod";
import { isCodeLanguage } from "../../core/language.js";
import { extractFunctions, type ExtractedFunction } from "../functions.js";
import { issueSchema } from "../issue-schema.js";
import { fenceCode, fenceData, promptName, systemPrompt } from "../prompt-frame.js";
import type { AgentModule, AgentUnit, RedactedFile } from "../types.js";

export const logicSchema = z.object({
  findings: z.array(issueSchema.extend({ function: z.string().describe("the function the issue is in") })),
});
export type LogicAnswer = z.infer<typeof logicSchema>;

/** Functions up to this many lines are batched; longer ones get a call of their own. */
export const SMALL_FUNCTION_LINES = 30;
/** A batch of small functions stops growing at this many lines. */
export const BATCH_LINES = 120;

/**
 * Seed §3's logic verification: per function, extracted from the syntax tree
 * with its signature, docstring and callers, does the body do what its name,
 * signature and documentation promise, on every edge case?
 */
export const logicAgent: AgentModule<LogicAnswer> = {
  id: "logic",
  task: "logic",
  version: "logic/2",
  schema: logicSchema,
  schemaName: "logic_review",
  maxOutputTokens: 2000,
  system: systemPrompt(
    "Your area is logic: for each function shown, check that the body does what its name, signature and docstring promise. Look at edge cases (empty input, zero, negative numbers, None/undefined, boundaries, off-by-one), error handling (swallowed exceptions, wrong exception, partial updates on failure), and concurrency (shared state, check-then-act).",
    [
      "Name the function each issue is in. The callers' names tell you how the function is used; do not assume more about them.",
    ],
  ),
  units(file) {
    if (!isCodeLanguage(file.source.language)) return [];
    const all = extractFunctions(file.source.language, file.source.text);
    const outermost = all.filter((fn) => !all.some((o) => o !== fn && encloses(o, fn)));
    return batches(outermost).map((batch) => unitFor(file, batch));
  },
  candidates: (answer) =>
    answer.findings.map(({ function: _fn, ...issue }) => ({ issue, category: "logic", kind: "issue" })),
};

/** Nested functions are reviewed inside the function that holds them. */
function encloses(outer: ExtractedFunction, inner: ExtractedFunction): boolean {
  return (
    outer.startLine <= inner.startLine &&
    inner.endLine <= outer.endLine &&
    (outer.startLine < inner.startLine || outer.endLine > inner.endLine)
  );
}

export function batches(functions: readonly ExtractedFunction[]): ExtractedFunction[][] {
  const out: ExtractedFunction[][] = [];
  let current: ExtractedFunction[] = [];
  let lines = 0;
  for (const fn of functions) {
    const size = fn.endLine - fn.startLine + 1;
    if (size > SMALL_FUNCTION_LINES) {
      out.push([fn]);
      continue;
    }
    if (lines + size > BATCH_LINES && current.length > 0) {
      out.push(current);
      current = [];
      lines = 0;
    }
    current.push(fn);
    lines += size;
  }
  if (current.length > 0) out.push(current);
  return out.sort((a, b) => a[0]!.startLine - b[0]!.startLine);
}

function unitFor(file: RedactedFile, batch: readonly ExtractedFunction[]): AgentUnit {
  const lines = file.text.split("\n");
  // The signature and the callers are text from the file (a comment on the
  // `def` line, a default value), so they are fenced as data like the code;
  // only our own words and line numbers stand outside.
  const blocks = batch.map((fn) =>
    [
      `Function ${promptName(fn.name)}, lines ${fn.startLine}-${fn.endLine}:`,
      fenceData("function facts", [
        `Signature: ${fn.signature}`,
        `Docstring: ${fn.docstring === null ? "(none)" : "shown in the code"}`,
        `Called from: ${fn.callers.length > 0 ? fn.callers.join(", ") : "(no caller in this file)"}`,
      ]),
      fenceCode(
        `${file.source.path}:${fn.name}`,
        lines.slice(fn.startLine - 1, fn.endLine).join("\n"),
        fn.startLine,
      ),
    ].join("\n"),
  );
  return {
    file: file.source.path,
    label: `functions ${batch.map((f) => f.name).join(", ")}`,
    prompt: [
      `Verify the logic of these functions from ${promptName(file.source.path)} (${file.source.language}).`,
      ...blocks,
    ].join("\n\n"),
  };
}
