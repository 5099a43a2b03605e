import type { SgNode } from "@ast-grep/napi";
import { isFunctionKind } from "./ast.js";

/** The keys a reviver must refuse for the parsed object to be safe to merge. */
const PROTO_KEY = /["'`]__proto__["'`]/;

/**
 * `JSON.parse(text, (key, value) => (BLOCKED.has(key) ? undefined : value))`:
 * a reviver that refuses `__proto__`, named in its own code or in a constant
 * set or array of this file it checks the key against, so the parsed object
 * holds no such key for a merge to copy.
 */
export function reviverDropsProtoKeys(reviver: SgNode | undefined): boolean {
  if (!reviver || !isFunctionKind(String(reviver.kind()))) return false;
  const text = reviver.text();
  if (text.length > 2_000) return false;
  if (PROTO_KEY.test(text)) return true;
  const names = new Set<string>();
  for (const call of reviver.findAll({ rule: { kind: "call_expression" } })) {
    const callee = call.field("function");
    const method = callee?.kind() === "member_expression" ? callee.field("property")?.text() : undefined;
    const object = callee?.field("object");
    if ((method === "has" || method === "includes") && object?.kind() === "identifier")
      names.add(object.text());
  }
  if (names.size === 0) return false;
  const program = reviver.getRoot().root();
  for (const statement of program.children()) {
    const kind = statement.kind();
    if (kind !== "lexical_declaration" && kind !== "variable_declaration") continue;
    for (const declarator of statement.namedChildren()) {
      const name = declarator.field("name")?.text();
      if (name !== undefined && names.has(name) && PROTO_KEY.test(declarator.field("value")?.text() ?? ""))
        return true;
    }
  }
  return false;
}
