import type { SgNode } from "@ast-grep/napi";

/** String methods that run a pattern given as their first argument. */
const PATTERN_TAKERS = new Set(["match", "matchAll", "replace", "replaceAll", "split", "search"]);

/**
 * Where a pattern held in a `const` or a class field runs: `NAME.test(s)`,
 * `this.re.exec(s)`, `s.match(NAME)` and the like, in the same file. The
 * backtracking happens there, on the text passed in, so that is where the
 * finding belongs (as the Python rule reports at the match call); the
 * definition is named in the message, since that is what the fix changes.
 */
export function patternUses(made: SgNode): SgNode[] {
  const references = referencesOf(made);
  const uses: SgNode[] = [];
  for (const ref of references) {
    const parent = ref.parent();
    if (parent?.kind() === "member_expression" && parent.field("object")?.id() === ref.id()) {
      const method = parent.field("property")?.text();
      const call = parent.parent();
      if ((method === "test" || method === "exec") && call?.kind() === "call_expression") uses.push(call);
    } else if (parent?.kind() === "arguments" && parent.namedChildren()[0]?.id() === ref.id()) {
      const call = parent.parent();
      const callee = call?.field("function");
      const method = callee?.kind() === "member_expression" ? callee.field("property")?.text() : undefined;
      if (call && method !== undefined && PATTERN_TAKERS.has(method)) uses.push(call);
    }
  }
  return uses;
}

/** The class field kinds of the TypeScript and JavaScript grammars (`private readonly re = /.../`). */
const FIELD_KINDS: ReadonlySet<string> = new Set(["public_field_definition", "field_definition"]);

/** `NAME` for a `const NAME = ...`; `this.NAME` inside the class for a field `NAME = ...`. */
function referencesOf(made: SgNode): SgNode[] {
  const holder = made.parent();
  if (!holder) return [];
  if (FIELD_KINDS.has(String(holder.kind()))) {
    const name = holder.field("name") ?? holder.field("property");
    const body = holder.parent();
    if (name?.kind() !== "property_identifier" || !body) return [];
    return body
      .findAll({ rule: { kind: "member_expression", has: { field: "object", kind: "this" } } })
      .filter((m) => m.field("property")?.text() === name.text());
  }
  const declaration = holder.parent();
  if (holder.kind() !== "variable_declarator" || declaration?.child(0)?.text() !== "const") return [];
  const name = holder.field("name");
  // A const is seen only in the block that declares it.
  const block = declaration?.parent();
  if (name?.kind() !== "identifier" || !block) return [];
  return block.findAll({ rule: { kind: "identifier" } }).filter((id) => id.text() === name.text());
}
