import { z } from "zod";
import { systemPrompt } from "../prompt-frame.js";

/** Bump when the fix prompt or schema changes meaning: it is part of the cache key. */
export const FIX_PROMPT_VERSION = "fix/1";
/** Bump when the re-check prompt or schema changes meaning. */
export const RECHECK_PROMPT_VERSION = "recheck/1";

/**
 * A replacement for whole lines, never a free-form diff: the model states
 * which lines it replaces and quotes them, so a wrong line number is caught
 * before anything is applied. No optional fields (strict schema modes).
 */
export const fixProposalSchema = z.object({
  fixable: z
    .boolean()
    .describe("false when no change inside the lines shown fixes the issue without guessing"),
  startLine: z.number().int().describe("first line replaced, as numbered in the code shown"),
  endLine: z.number().int().describe("last line replaced (equal to startLine for one line)"),
  original: z
    .string()
    .describe("lines startLine to endLine exactly as shown, without the line-number prefixes"),
  replacement: z
    .string()
    .describe(
      "the new text for those whole lines, with the same indentation style; no line-number prefixes, no code fences",
    ),
  explanation: z.string().describe("one sentence: what the change does and why it fixes the issue"),
});
export type FixProposalAnswer = z.infer<typeof fixProposalSchema>;

export const FIX_SYSTEM = systemPrompt(
  "Your task now is to fix one problem that was found in the code, with the smallest change that removes it.",
  [
    "How to fix:",
    "- Replace whole lines inside the code shown, starting with the lines you are asked to replace. Widen the range only when the fix needs it, and never beyond the code shown.",
    "- Keep everything else the code does exactly as it is: same names, same results for valid input, same style and indentation.",
    "- Use only names that are defined or imported in the code shown, or the language's standard library imported inside your replacement lines when they include the import section.",
    "- Never write the redaction mask into your replacement: read a removed secret from configuration (an environment variable) instead.",
    "- If the fix needs changes outside the code shown, or a design decision only the authors can make, answer fixable: false with empty original and replacement, and say why in explanation.",
  ],
);

export const recheckSchema = z.object({
  present: z.boolean().describe("true when the issue described is still in the code shown"),
  reason: z.string().describe("one or two sentences pointing at the code"),
});
export type RecheckAnswer = z.infer<typeof recheckSchema>;

/**
 * The re-check is asked of the agent that found the issue, under its own
 * role: it judges the patched code the way it judged the original.
 */
export const RECHECK_TASK_TEXT = [
  "Earlier you reported the issue below in this file. The code shown is the same region after a proposed fix.",
  "Answer present: true if the issue is still there in the code shown (partly fixed counts as present), false if the change removed it.",
  "Judge only this issue; other problems in the code do not count.",
].join("\n");
