import type { SgNode } from "@ast-grep/napi";

/**
 * Calls that only look at a value's type, length or shape: passing one says
 * nothing about whether the server allows the value (a tenant id made of
 * digits is still the tenant the client chose).
 */
const SHAPE_CHECKS = new Set([
  "isinstance",
  "len",
  "hasattr",
  "callable",
  "bool",
  "str",
  "int",
  "float",
  "match",
  "fullmatch",
  "search",
  "startswith",
  "endswith",
]);

/**
 * The texts a stored value is read through: the whole value, and what is
 * handed to a call inside it (`target` in `int(target)`).
 */
function valueTexts(value: SgNode): Set<string> {
  const out = new Set<string>([value.text()]);
  for (const call of value.findAll({ rule: { kind: "call" } })) {
    for (const arg of call.field("arguments")?.namedChildren() ?? []) {
      if (arg.kind() === "identifier" || arg.kind() === "attribute") out.add(arg.text());
    }
  }
  return out;
}

/** Whether a call in `condition` is a check (not a shape test) that is handed one of `texts`. */
function checksValue(condition: SgNode, texts: ReadonlySet<string>): boolean {
  for (const call of condition.findAll({ rule: { kind: "call" } })) {
    const callee = call.field("function")?.text() ?? "";
    if (SHAPE_CHECKS.has(callee.slice(callee.lastIndexOf(".") + 1))) continue;
    const args = call.field("arguments");
    if (!args) continue;
    for (const arg of args.namedChildren()) {
      const passed = arg.kind() === "keyword_argument" ? arg.field("value") : arg;
      if (passed && texts.has(passed.text())) return true;
    }
  }
  return false;
}

/** Whether a block's last statement leaves the function (`raise`, `return`). */
function exits(block: SgNode | null): boolean {
  const statements = block?.namedChildren().filter((c) => c.kind() !== "comment") ?? [];
  const last = statements[statements.length - 1]?.kind();
  return last === "raise_statement" || last === "return_statement";
}

/**
 * `if not await user_has_tenant(db, uid, tenant_id): raise HTTPForbidden()`
 * or `if not Membership.objects.filter(tenant_id=requested).exists(): raise …`
 * earlier in the same function: the server checked the value against what it
 * knows (a membership, a delegation) and refused it otherwise, so what is
 * stored next is a value the server has vouched for.
 */
export function verifiedBefore(write: SgNode, value: SgNode): boolean {
  let fn: SgNode | null = write.parent();
  while (fn && fn.kind() !== "function_definition") fn = fn.parent();
  if (!fn) return false;
  const at = write.range().start.index;
  const texts = valueTexts(value);
  return fn.findAll({ rule: { kind: "if_statement" } }).some((guard) => {
    if (guard.range().end.index > at) return false;
    const condition = guard.field("condition");
    if (condition?.kind() !== "not_operator") return false;
    return exits(guard.field("consequence")) && checksValue(condition, texts);
  });
}
