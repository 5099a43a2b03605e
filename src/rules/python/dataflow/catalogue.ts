import type { SgNode } from "@ast-grep/napi";
import { callArguments } from "./call-arguments.js";

/** SQL that reads the database's own description of its schema, not rows anyone stored. */
const CATALOGUE_SQL =
  /\b(?:information_schema|pg_catalog|pg_(?:class|namespace|attribute|index|constraint|sequences?|tables|indexes)|sqlite_(?:master|schema)|user_(?:tab|ind|cons|sequences|objects)\w*|all_(?:tab|ind|cons|sequences|objects)\w*|dba_\w+)\b|^\s*(?:PRAGMA|SHOW)\b/i;

/**
 * True for `cursor.fetchone()` (or `fetchall`/`fetchmany`) whose cursor last
 * ran, earlier in the same function, a literal query of the catalogue
 * (`information_schema`, `pg_catalog`, `sqlite_master`, `PRAGMA`, Oracle's
 * `user_*` views): the row holds table, column and sequence names that the
 * schema's owner defined, so it is not a stored (second-order) source.
 */
export function fetchesCatalogue(callee: SgNode): boolean {
  const receiver = callee.children()[0];
  if (receiver === undefined || !/^[\w.]+$/.test(receiver.text())) return false;
  let fn: SgNode | null = callee.parent();
  while (fn !== null && fn.kind() !== "function_definition" && fn.kind() !== "module") fn = fn.parent();
  if (fn === null) return false;
  const at = callee.range().start.index;
  let last: SgNode | undefined;
  for (const call of fn.findAll({ rule: { kind: "call", regex: "execute" } })) {
    const target = call.field("function");
    if (target?.kind() !== "attribute" || target.field("attribute")?.text() !== "execute") continue;
    if (target.field("object")?.text() !== receiver.text() || call.range().start.index >= at) continue;
    if (last === undefined || call.range().start.index > last.range().start.index) last = call;
  }
  const sql = callArguments(last?.field("arguments")).positional[0];
  return sql?.kind() === "string" && CATALOGUE_SQL.test(sql.text().replace(/^[a-zA-Z]*["']+/, ""));
}
