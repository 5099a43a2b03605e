import { describe, expect, it } from "vitest";
import { applyEdits } from "../../fixes/apply-edits.js";
import { REDACTION_MASK } from "../../core/redaction.js";
import { cleanReplacement, proposalToFix, type ProposalContext } from "./proposal.js";
import type { FixProposalAnswer } from "./prompt.js";

const CODE = [
  "def page(items, number, size):",
  '    """1-based pages."""',
  "    start = number * size",
  "    return items[start:start + size]",
  "",
].join("\n");

const context = (text = CODE, window = { from: 1, to: 4 }): ProposalContext => ({
  text,
  redacted: text,
  window: { start: { line: window.from, column: 1 }, end: { line: window.to, column: 1 } },
  model: "openai:gpt-4.1",
  language: "python",
});

const answer = (over: Partial<FixProposalAnswer>): FixProposalAnswer => ({
  fixable: true,
  startLine: 3,
  endLine: 3,
  original: "    start = number * size",
  replacement: "    start = (number - 1) * size",
  explanation: "Pages are 1-based.",
  ...over,
});

function applied(ctx: ProposalContext, a: FixProposalAnswer): string {
  const result = proposalToFix(a, ctx);
  if (!("fix" in result)) throw new Error(result.refused);
  const out = applyEdits(ctx.text, result.fix.edits);
  if (!out.ok) throw new Error(out.reason);
  return out.text;
}

describe("proposalToFix", () => {
  it("replaces the whole lines named, as a suggestion that names the model", () => {
    const result = proposalToFix(answer({}), context());
    expect(result).toMatchObject({
      fix: { applicability: "suggested", description: "Pages are 1-based. (proposed by openai:gpt-4.1)" },
    });
    expect(applied(context(), answer({}))).toBe(CODE.replace("number * size", "(number - 1) * size"));
  });

  it("puts a miscounted range right by the quoted lines, within the window", () => {
    expect(applied(context(), answer({ startLine: 2, endLine: 2 }))).toContain("(number - 1) * size");
  });

  it("refuses a quote that is not in the window, and a range outside it", () => {
    expect(proposalToFix(answer({ original: "    stop = 0" }), context())).toEqual({
      refused: "the lines the model quoted are not lines 3-3",
    });
    const narrow = context(CODE, { from: 1, to: 2 });
    expect(proposalToFix(answer({}), narrow)).toEqual({
      refused: "the model named lines 3-3, outside the lines it was shown (1-2)",
    });
  });

  it("refuses no change, a declined fix, and a replacement carrying the redaction mask", () => {
    expect(proposalToFix(answer({ replacement: "    start = number * size" }), context())).toEqual({
      refused: "the model proposed no change",
    });
    expect(
      proposalToFix(answer({ fixable: false, explanation: "needs a caller change" }), context()),
    ).toEqual({
      refused: "the model found no local fix: needs a caller change",
    });
    const secret = 'TOKEN = "abc123abc123"\n';
    const masked: ProposalContext = {
      ...context(secret, { from: 1, to: 1 }),
      redacted: `TOKEN = "${REDACTION_MASK}"\n`,
    };
    const echo = answer({
      startLine: 1,
      endLine: 1,
      original: `TOKEN = "${REDACTION_MASK}"`,
      replacement: `TOKEN = "${REDACTION_MASK}"  # keep`,
    });
    expect(proposalToFix(echo, masked)).toEqual({
      refused: "the replacement contains the redaction mask (a removed secret)",
    });
    expect(proposalToFix({ ...echo, replacement: 'TOKEN = "«secret:1»"  # keep' }, masked)).toEqual({
      refused: "the replacement contains the redaction mask (a removed secret)",
    });
    // Rewriting a line that holds a masked secret, for another finding, would drop the secret.
    const env = { ...echo, replacement: 'TOKEN = os.environ["TOKEN"]' };
    expect(proposalToFix(env, masked)).toEqual({
      refused: "the lines to replace hold a masked secret, which the proposed edit would drop",
    });
    // For the hard-coded secret itself, taking the literal out is the fix: the edit lands on the real line.
    expect(applied({ ...masked, removesSecret: true }, env)).toBe('TOKEN = os.environ["TOKEN"]\n');
  });

  it("keeps the file's CRLF line endings in multi-line replacements", () => {
    const crlf = CODE.replace(/\n/g, "\r\n");
    const out = applied(
      context(crlf),
      answer({ replacement: "    first = number - 1\n    start = first * size" }),
    );
    expect(out).toBe(
      crlf.replace("    start = number * size", "    first = number - 1\r\n    start = first * size"),
    );
  });
});

describe("proposals that do not fix anything", () => {
  it("refuses deleting or commenting out the flagged code, and comment-only changes", () => {
    expect(proposalToFix(answer({ replacement: "    # start = number * size" }), context())).toEqual({
      refused: "the replacement only removes or comments out the code",
    });
    expect(proposalToFix(answer({ replacement: "" }), context())).toEqual({
      refused: "the replacement only removes or comments out the code",
    });
    expect(
      proposalToFix(answer({ replacement: "    start  =  number * size  # pages start at 1" }), context()),
    ).toEqual({ refused: "the replacement changes only comments or whitespace" });
    const js: ProposalContext = {
      ...context("let a = f(x); // keep\n", { from: 1, to: 1 }),
      language: "javascript",
    };
    const jsAnswer = answer({ startLine: 1, endLine: 1, original: "let a = f(x); // keep" });
    expect(proposalToFix({ ...jsAnswer, replacement: "let a = f(x); /* checked */ // keep" }, js)).toEqual({
      refused: "the replacement changes only comments or whitespace",
    });
    expect(proposalToFix({ ...jsAnswer, replacement: "let a = g(x); // keep" }, js)).toHaveProperty("fix");
  });
});

describe("cleanReplacement", () => {
  it("drops code fences, echoed line numbers and one trailing line break", () => {
    expect(cleanReplacement("```python\n    x = 1\n```")).toBe("    x = 1");
    expect(cleanReplacement(" 3 |     x = 1\n 4 |     y = 2\n")).toBe("    x = 1\n    y = 2");
    expect(cleanReplacement("a | b\nplain")).toBe("a | b\nplain");
  });
});
