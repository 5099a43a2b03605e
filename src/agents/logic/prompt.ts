import { z } from "zod";
import { isCodeLanguage } from "../../core/language.js";
import { countTokens } from "../../llm/index.js";
import { extractFunctions, type ExtractedFunction } from "../functions.js";
import { issueSchema } from "../issue-schema.js";
import { fenceCode, fenceData, promptName, systemPrompt } from "../prompt-frame.js";
import type { AgentModule, AgentUnit, RedactedFile } from "../types.js";

export const logicSchema = z.object({
  findings: z.array(issueSchema.extend({ function: z.string().describe("the function the issue is in") })),
});
export type LogicAnswer = z.infer<typeof logicSchema>;

/** Functions up to this many lines (doc comment included) are batched; longer ones get a call of their own. */
export const SMALL_FUNCTION_LINES = 150;
/** A batch of small functions stops growing at this many lines (about 3,000 tokens of code). */
export const BATCH_LINES = 400;
/** Functions of a batch this close together are shown as one stretch of the file, the lines between included. */
const JOIN_GAP_LINES = 12;
/** Code shown per call is numbered every tenth line (prompt-frame.ts, `fenceCode`). */
const SPARSE_NUMBERING = 10;

/** A function with the line its doc comment starts on (JavaScript's comes before the declaration). */
interface Shown {
  readonly fn: ExtractedFunction;
  readonly from: number;
}

/**
 * Seed §3's logic verification: per function, extracted from the syntax tree
 * with its signature, docstring and callers, does the body do what its name,
 * signature and documentation promise, on every edge case?
 */
export const logicAgent: AgentModule<LogicAnswer> = {
  id: "logic",
  task: "logic",
  version: "logic/3",
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
    const lines = file.source.text.split("\n");
    const shown = outermost.map((fn) => ({ fn, from: docStart(fn, lines) }));
    const cut = batches(
      shown.map((s) => s.fn),
      (fn) => fn.endLine - shown.find((s) => s.fn === fn)!.from + 1,
    );
    return cut.map((batch) =>
      unitFor(
        file,
        shown.filter((s) => batch.includes(s.fn)),
        cut.length === 1,
      ),
    );
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

/**
 * The first line to show for a function: its doc comment's, when the comment
 * stands just above the declaration (JavaScript), so that the docstring the
 * model is told to check is in the code it reads.
 */
function docStart(fn: ExtractedFunction, lines: readonly string[]): number {
  const first = fn.docstring?.split("\n")[0]?.trim();
  if (first === undefined || first === "") return fn.startLine;
  const height = fn.docstring!.split("\n").length;
  for (let line = fn.startLine - 1; line >= Math.max(1, fn.startLine - height - 2); line--) {
    if (lines[line - 1]?.trim() === first) return line;
  }
  return fn.startLine;
}

export function batches(
  functions: readonly ExtractedFunction[],
  sizeOf: (fn: ExtractedFunction) => number = (fn) => fn.endLine - fn.startLine + 1,
): ExtractedFunction[][] {
  const out: ExtractedFunction[][] = [];
  let current: ExtractedFunction[] = [];
  let lines = 0;
  for (const fn of functions) {
    const size = sizeOf(fn);
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

/**
 * One call: the functions' facts in one data fence (the signature and the
 * callers are text from the file, so they are fenced like the code; only our
 * own words stand outside), then the code, functions close together shown as
 * one stretch with the file's line numbers.
 */
function unitFor(file: RedactedFile, batch: readonly Shown[], wholeFile: boolean): AgentUnit {
  const lines = file.text.split("\n");
  const facts = batch.flatMap(({ fn }) => [
    `Function ${fn.name}, lines ${fn.startLine}-${fn.endLine}:`,
    `Signature: ${fn.signature}`,
    `Docstring: ${fn.docstring === null ? "(none)" : "shown in the code"}`,
    `Called from: ${fn.callers.length > 0 ? fn.callers.join(", ") : "(no caller in this file)"}`,
  ]);
  const stretches: { from: number; to: number }[] = [];
  for (const { fn, from } of batch) {
    const last = stretches.at(-1);
    if (last !== undefined && from - last.to <= JOIN_GAP_LINES) last.to = Math.max(last.to, fn.endLine);
    else stretches.push({ from, to: fn.endLine });
  }
  const name = `${promptName(file.source.path)} (${file.source.language})`;
  const code = stretches.map((s) =>
    fenceCode(
      `${file.source.path}:${s.from}-${s.to}`,
      lines.slice(s.from - 1, s.to).join("\n"),
      s.from,
      SPARSE_NUMBERING,
    ),
  );
  const shown = [fenceData("function facts", facts), ...code];
  return {
    file: file.source.path,
    label: `functions ${batch.map((s) => s.fn.name).join(", ")}`,
    prompt: [`Verify the logic of these functions from ${name}.`, ...shown].join("\n\n"),
    // Every function of a small file in one unit: it may share a call with other small files (batch.ts).
    ...(wholeFile
      ? {
          section: {
            subject: "logic: that each function listed does what its name, signature and docstring promise",
            body: [`File ${name}:`, ...shown].join("\n\n"),
            tokens: countTokens(code.join("\n")),
          },
        }
      : {}),
  };
}
