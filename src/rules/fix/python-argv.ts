import type { SgNode } from "@ast-grep/napi";
import { commandWordsOf, type CommandPiece } from "./command-words.js";

/** Static command text a shell would read literally: words of these characters, split by spaces. */
const STATIC = /^[\w./=:@+,\- ]*$/;
/** The same with `%`, where no %-formatting is in play (f-strings, `+` chains). */
const STATIC_PERCENT = /^[\w./=:@%+,\- ]*$/;
const PLAIN_START = /^["']$/;
const F_START = /^[fF]["']$/;

/**
 * The argument list a shell would have made of a command string, as Python
 * expressions: `f"dig +short {domain} {rtype}"`, `"ping -c %s %s" % (n, host)`
 * and `"ls -l " + name` give `"dig", "+short", domain, rtype` and the like.
 * Only where the written text holds nothing a shell interprets (quotes,
 * expansions, redirections, globs: STATIC) and the first word, the program,
 * is written out; a word that mixes text and a value stays one f-string
 * word. Undefined for anything else.
 */
export function commandWords(node: SgNode): string[] | undefined {
  const pieces = piecesOf(node);
  const words = pieces === undefined ? undefined : commandWordsOf(pieces);
  if (words === undefined) return undefined;
  const out: string[] = [];
  for (const word of words) {
    const rendered = renderWord(word);
    if (rendered === undefined) return undefined;
    out.push(rendered);
  }
  return out;
}

function renderWord(word: readonly CommandPiece[]): string | undefined {
  const only = word.length === 1 ? word[0] : undefined;
  if (only !== undefined && "value" in only) return only.value;
  if (word.every((p) => "text" in p))
    return JSON.stringify(word.map((p) => ("text" in p ? p.text : "")).join(""));
  // Text and values in one word: an f-string of the same pieces (before Python 3.12 its quote may not recur inside).
  const codes = word.flatMap((p) => ("value" in p ? [p.value] : []));
  const quote = codes.some((c) => c.includes('"')) ? "'" : '"';
  if (codes.some((c) => c.includes(quote) || c.includes("\\") || c.includes("{"))) return undefined;
  return `f${quote}${word.map((p) => ("text" in p ? p.text : `{${p.value}}`)).join("")}${quote}`;
}

function piecesOf(node: SgNode): CommandPiece[] | undefined {
  if (node.kind() === "string") return stringPieces(node);
  if (node.kind() !== "binary_operator") return undefined;
  const op = node
    .children()
    .find((c) => !c.isNamed())
    ?.text();
  const left = node.field("left");
  const right = node.field("right");
  if (!left || !right) return undefined;
  if (op === "%") return percentPieces(left, right);
  if (op !== "+") return undefined;
  const a = operandPieces(left);
  const b = operandPieces(right);
  return a && b ? [...a, ...b] : undefined;
}

/** One side of a `+` chain: more of the chain, a string, or a value. */
function operandPieces(node: SgNode): CommandPiece[] | undefined {
  if (node.kind() === "string" || node.kind() === "binary_operator") {
    const op = node
      .children()
      .find((c) => !c.isNamed())
      ?.text();
    if (node.kind() === "string" || op === "+") return piecesOf(node);
  }
  if (node.kind() === "concatenated_string") return undefined;
  return [{ value: node.text() }];
}

/** A plain or f-string literal with no escapes, conversions or format specs. */
function stringPieces(node: SgNode): CommandPiece[] | undefined {
  const children = node.children();
  const start = children[0]?.text() ?? "";
  const isF = F_START.test(start);
  if (!isF && !PLAIN_START.test(start)) return undefined;
  const pieces: CommandPiece[] = [];
  for (const child of children.slice(1, -1)) {
    if (child.kind() === "string_content") {
      if (!STATIC_PERCENT.test(child.text())) return undefined;
      pieces.push({ text: child.text() });
    } else if (child.kind() === "interpolation" && isF) {
      const inner = child.children();
      if (inner.length !== 3 || inner[0]?.text() !== "{" || inner[2]?.text() !== "}") return undefined;
      pieces.push({ value: inner[1]!.text() });
    } else return undefined;
  }
  return pieces;
}

/** `"ping -c %s %s" % (n, host)`: only `%s`, one per value. */
function percentPieces(format: SgNode, values: SgNode): CommandPiece[] | undefined {
  const written = format.kind() === "string" ? stringPieces(format) : undefined;
  if (written === undefined || written.some((p) => "value" in p)) return undefined;
  const text = written.map((p) => ("text" in p ? p.text : "")).join("");
  const codes =
    values.kind() === "tuple"
      ? values.children().filter((c) => c.isNamed() && c.kind() !== "comment")
      : [values];
  const parts = text.split("%s");
  if (parts.length !== codes.length + 1 || parts.some((p) => !STATIC.test(p))) return undefined;
  if (codes.some((c) => c.kind() === "list_splat" || c.kind() === "parenthesized_expression"))
    return undefined;
  const pieces: CommandPiece[] = [];
  parts.forEach((part, i) => {
    pieces.push({ text: part });
    const value = codes[i];
    if (value !== undefined) pieces.push({ value: value.text() });
  });
  return pieces;
}
