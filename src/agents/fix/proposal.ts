import type { Fix } from "../../core/fix.js";
import { isCodeLanguage, type CodeLanguage, type Language } from "../../core/language.js";
import { LineIndex, type Range } from "../../core/location.js";
import { MASK_PLACEHOLDER } from "../../core/redaction.js";
import { parseSource } from "../../rules/parse.js";
import { anchorQuote, cleanQuote } from "../anchor.js";
import type { FixProposalAnswer } from "./prompt.js";

export interface ProposalContext {
  /** The file as it is on disk. */
  readonly text: string;
  /** The same lines with every secret masked: what the model saw. */
  readonly redacted: string;
  /** The lines the model was shown; edits outside them are refused. */
  readonly window: Range;
  /** The model that answered, kept on the fix for the reports. */
  readonly model: string;
  readonly language: Language;
  /**
   * The finding is a hard-coded secret: its fix is to take the literal out
   * (read it from the environment), so dropping a masked literal is the point.
   */
  readonly removesSecret?: boolean;
}

export type ProposalResult = { readonly fix: Fix } | { readonly refused: string };

/**
 * Turns a model's answer into edits on the real file, or says why not. The
 * quoted lines must be the lines named (or be found near them within the
 * window): a model that miscounts lines must not edit the wrong ones.
 */
export function proposalToFix(answer: FixProposalAnswer, context: ProposalContext): ProposalResult {
  const explanation = oneLine(answer.explanation);
  if (!answer.fixable)
    return { refused: `the model found no local fix${explanation ? `: ${explanation}` : ""}` };
  const redacted = new LineIndex(context.redacted);
  const first = context.window.start.line;
  const last = context.window.end.line;
  const original = cleanQuote(answer.original);
  let start = answer.startLine;
  let end = answer.endLine;
  const named = start >= first && end <= last && start <= end;
  if (!named || squeeze(redacted.lines(start, end)) !== squeeze(original)) {
    const found = anchorQuote(context.redacted, original, answer.startLine);
    if (!found.ok || found.startLine < first || found.endLine > last) {
      return {
        refused: named
          ? `the lines the model quoted are not lines ${start}-${end}`
          : `the model named lines ${answer.startLine}-${answer.endLine}, outside the lines it was shown (${first}-${last})`,
      };
    }
    start = found.startLine;
    end = found.endLine;
  }
  const replacement = cleanReplacement(answer.replacement);
  if (MASK_PLACEHOLDER.test(replacement))
    return { refused: "the replacement contains the redaction mask (a removed secret)" };
  // The model never saw the secret on these lines: a rewrite of them for another finding drops it.
  if (context.removesSecret !== true && MASK_PLACEHOLDER.test(redacted.lines(start, end)))
    return { refused: "the lines to replace hold a masked secret, which the proposed edit would drop" };
  const real = new LineIndex(context.text);
  const before = real.lines(start, end);
  if (replacement === before) return { refused: "the model proposed no change" };
  // A finding "fixed" by deleting or commenting out the code, or by touching only comments, is not fixed.
  if (isCodeLanguage(context.language)) {
    const after = codeOnly(context.language, replacement);
    const was = codeOnly(context.language, before);
    if (after === "" && was !== "")
      return { refused: "the replacement only removes or comments out the code" };
    if (after === was) return { refused: "the replacement changes only comments or whitespace" };
  }
  const eol = context.text.includes("\r\n") ? "\r\n" : "\n";
  return {
    fix: {
      description: `${explanation || "Proposed by the model"} (proposed by ${context.model})`,
      applicability: "suggested",
      edits: [
        {
          range: { start: { line: start, column: 1 }, end: { line: end, column: real.line(end).length + 1 } },
          text: replacement.split("\n").join(eol),
        },
      ],
    },
  };
}

/** Models wrap code in fences and echo our numbering; neither belongs in the file. */
export function cleanReplacement(raw: string): string {
  let lines = raw.replace(/\r\n/g, "\n").split("\n");
  if (lines.length >= 2 && /^\s*```/.test(lines[0]!) && /^\s*```\s*$/.test(lines.at(-1)!)) {
    lines = lines.slice(1, -1);
  }
  const numbered = /^\s*\d+ \| ?/;
  const nonEmpty = lines.filter((l) => l.trim() !== "");
  if (nonEmpty.length > 0 && nonEmpty.every((l) => numbered.test(l)))
    lines = lines.map((l) => l.replace(numbered, ""));
  // The range ends at the last line's end, before its line break.
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  return lines.join("\n");
}

/** The text without comments and whitespace: what the program is made of. */
function codeOnly(language: CodeLanguage, text: string): string {
  const { root } = parseSource(language, text);
  const comments = root
    .findAll({ rule: { kind: "comment" } })
    .map((n) => [n.range().start.index, n.range().end.index] as const);
  let out = "";
  let at = 0;
  for (const [from, to] of comments) {
    out += text.slice(at, from);
    at = to;
  }
  return squeeze(out + text.slice(at));
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
