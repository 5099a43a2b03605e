import type { Fix } from "../../core/fix.js";
import type { FixContext, RuleMatch } from "../define-rule.js";
import { argumentNodes, asKind, pythonImport, replace } from "./edits.js";

/**
 * Python eval(text) of data → ast.literal_eval(text), which reads literals
 * (numbers, strings, lists, dicts) and runs nothing; `import ast` is added
 * before the file's first import when missing. Only a one-argument eval:
 * with globals or locals the caller meant code.
 */
export function pyLiteralEval({ node }: RuleMatch, { root, text }: FixContext): Fix | undefined {
  const call = asKind(node, ["call"]);
  const fn = call?.field("function");
  const args = call ? argumentNodes(call) : [];
  if (!call || fn?.text() !== "eval" || args.length !== 1 || args[0]!.kind() === "keyword_argument")
    return undefined;
  const edits = [replace(fn, "ast.literal_eval")];
  if (!/^import ast\b/m.test(text)) {
    const added = pythonImport(root, "ast");
    if (!added) return undefined;
    edits.push(added);
  }
  return {
    description: "Read the value with ast.literal_eval, which evaluates literals only",
    // Input that was an expression (a name, arithmetic, a call) now raises ValueError.
    applicability: "suggested",
    edits,
  };
}

/** `"(" + `, with the blanks after it: the opening of the old idiom for evaluating JSON. */
const OPENING = /^(["'])\(\1\s*\+\s*/;
const BLANK = /\s/;

/**
 * `"(" + text + ")"`: the old idiom for evaluating JSON; the data is `text`,
 * as `^(["'])\(\1\s*\+\s*([\s\S]+?)\s*\+\s*(["'])\)\3$` reads it. The
 * closing is read back from the end: in one pattern the data's lazy loop
 * would try the blanks before the last `+` from each of its characters
 * (docs/security-notes/linear-work.md).
 */
export function parenthesisedData(text: string): string | undefined {
  const opening = OPENING.exec(text);
  const quote = text.at(-1);
  if (!opening || (quote !== '"' && quote !== "'") || !text.endsWith(`${quote})${quote}`)) return undefined;
  let plus = text.length - 3;
  while (plus > 0 && BLANK.test(text[plus - 1]!)) plus--;
  if (text[--plus] !== "+") return undefined;
  let end = plus;
  while (end > 0 && BLANK.test(text[end - 1]!)) end--;
  const start = opening[0].length;
  if (start < end) return text.slice(start, end);
  // No data but blanks between the two `+`: the pattern gives the last blank back to the data.
  const openingPlus = text.lastIndexOf("+", start - 1);
  return openingPlus < plus - 1 && start === plus ? text[plus - 1] : undefined;
}

/** JavaScript eval(text) of data → JSON.parse(text). */
export function jsJsonParse({ node }: RuleMatch): Fix | undefined {
  const call = asKind(node, ["call_expression"]);
  const fn = call?.field("function")?.text();
  const args =
    call
      ?.field("arguments")
      ?.children()
      .filter((c) => c.isNamed() && c.kind() !== "comment") ?? [];
  if (!call || !fn || !/^(?:(?:window|globalThis)\.)?eval$/.test(fn) || args.length !== 1) return undefined;
  const arg = args[0]!;
  if (arg.kind() === "spread_element") return undefined;
  const data = parenthesisedData(arg.text()) ?? arg.text();
  return {
    description: "Parse the data with JSON.parse instead of running it",
    // Input that was JavaScript rather than JSON (single quotes, functions) now throws.
    applicability: "suggested",
    edits: [replace(call, `JSON.parse(${data})`)],
  };
}
