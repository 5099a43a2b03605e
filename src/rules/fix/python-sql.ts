import type { SgNode } from "@ast-grep/napi";
import { asKind, replace } from "./edits.js";
import type { Fix } from "../../core/fix.js";
import type { FixContext, RuleMatch } from "../define-rule.js";
import { parameterise, type Part } from "./sql-template.js";

/** Placeholder style of the DB-API driver a file imports (PEP 249 paramstyle). */
const DRIVERS: readonly { readonly imports: RegExp; readonly placeholder: "?" | "%s" }[] = [
  {
    imports: /^[^\S\n\r\u2028\u2029]*import sqlite3\b|^[^\S\n\r\u2028\u2029]*from sqlite3 import/m,
    placeholder: "?",
  },
  {
    imports:
      /^[^\S\n\r\u2028\u2029]*(?:import (?:psycopg2|psycopg|pymysql|MySQLdb|mysql\.connector)\b|from (?:psycopg2|psycopg|pymysql|MySQLdb|mysql\.connector|django\.db) import)/m,
    placeholder: "%s",
  },
];

/**
 * cur.execute(f"... WHERE name = '{name}'") → cur.execute("... WHERE name = ?", (name,)),
 * with the placeholder of the driver the file imports. Only when each value
 * is a whole SQL literal or stands where a value goes, the call has no
 * parameters yet, and exactly one driver style is imported.
 */
export function pySqlParameters({ node }: RuleMatch, { text }: FixContext): Fix | undefined {
  const styles = new Set(DRIVERS.filter((d) => d.imports.test(text)).map((d) => d.placeholder));
  if (styles.size !== 1) return undefined;
  const placeholder = [...styles][0]!;
  const call = asKind(node, ["call"]);
  if (!call || !/(?:^|\.)(?:execute|executemany)$/.test(call.field("function")?.text() ?? ""))
    return undefined;
  const args =
    call
      .field("arguments")
      ?.children()
      .filter((c) => c.isNamed() && c.kind() !== "comment") ?? [];
  const query = args[0];
  if (args.length !== 1 || !query) return undefined;
  const built = queryParts(query);
  const sql = built && parameterise(built.parts, () => placeholder, placeholder === "%s");
  if (!built || !sql || sql.values.length === 0) return undefined;
  const params = sql.values.length === 1 ? `(${sql.values[0]!},)` : `(${sql.values.join(", ")})`;
  return {
    description: `Pass the values as query parameters (${placeholder} placeholders)`,
    // The driver now quotes values itself: code that pre-escaped them would see doubled quotes.
    applicability: "suggested",
    edits: [replace(query, `${built.quote}${sql.template}${built.quote}, ${params}`)],
  };
}

/** The parts of an f-string, a `+` chain of plain strings and values, or "..." % values. */
function queryParts(node: SgNode): { parts: Part[]; quote: string } | undefined {
  if (node.kind() === "string") return fString(node);
  if (node.kind() !== "binary_operator") return undefined;
  const op = node
    .children()
    .find((c) => !c.isNamed())
    ?.text();
  const left = node.field("left");
  const right = node.field("right");
  if (!left || !right) return undefined;
  if (op === "%") return percent(left, right);
  if (op !== "+") return undefined;
  const pieces = flattenPlus(node);
  const parts: Part[] = [];
  let quote: string | undefined;
  for (const piece of pieces) {
    const literal = plainString(piece);
    if (literal) {
      if (quote !== undefined && literal.quote !== quote) return undefined;
      quote = literal.quote;
      parts.push({ sql: literal.body });
    } else if (piece.kind() === "string") return undefined;
    else parts.push({ value: piece.text() });
  }
  return quote === undefined ? undefined : { parts, quote };
}

function flattenPlus(node: SgNode): SgNode[] {
  const op = node
    .children()
    .find((c) => !c.isNamed())
    ?.text();
  if (node.kind() !== "binary_operator" || op !== "+") return [node];
  const left = node.field("left");
  const right = node.field("right");
  return left && right ? [...flattenPlus(left), ...flattenPlus(right)] : [node];
}

/** A string literal without prefix or interpolation: its quote and its body as written. */
function plainString(node: SgNode): { quote: string; body: string } | undefined {
  if (node.kind() !== "string") return undefined;
  const start = node.children()[0]?.text() ?? "";
  if (!/^(['"])$/.test(start)) return undefined;
  const inner = node.children().slice(1, -1);
  if (inner.some((c) => c.kind() !== "string_content" && c.kind() !== "escape_sequence")) return undefined;
  return { quote: start, body: inner.map((c) => c.text()).join("") };
}

function fString(node: SgNode): { parts: Part[]; quote: string } | undefined {
  const children = node.children();
  const start = /^[fF](['"])$/.exec(children[0]?.text() ?? "");
  if (!start) return undefined;
  const parts: Part[] = [];
  for (const child of children.slice(1, -1)) {
    if (child.kind() === "interpolation") {
      const inner = child.children().filter((c) => c.isNamed());
      // A conversion (!r) or format spec (:>10) changes the text, not only the value.
      if (inner.length !== 1 || !inner[0]) return undefined;
      parts.push({ value: inner[0].text() });
    } else if (child.kind() === "string_content" || child.kind() === "escape_sequence") {
      if (/[{}]/.test(child.text())) return undefined;
      parts.push({ sql: child.text() });
    } else return undefined;
  }
  return { parts, quote: start[1]! };
}

function percent(left: SgNode, right: SgNode): { parts: Part[]; quote: string } | undefined {
  const literal = plainString(left);
  if (!literal || /%(?!s)/.test(literal.body)) return undefined;
  const values =
    right.kind() === "tuple"
      ? right
          .children()
          .filter((c) => c.isNamed())
          .map((c) => c.text())
      : [right.text()];
  const pieces = literal.body.split("%s");
  if (pieces.length - 1 !== values.length) return undefined;
  const parts: Part[] = [];
  pieces.forEach((sql, i) => {
    parts.push({ sql });
    if (i < values.length) parts.push({ value: values[i]! });
  });
  return { parts, quote: literal.quote };
}
