import type { SgNode } from "@ast-grep/napi";
import { namePattern } from "../../shared/name-pattern.js";

/**
 * The value of a name assigned exactly once at the top level of its module
 * (`EMAIL_PATTERN = r"..."`, `DEBUG_ENGINE = Engine(...)`); undefined when it
 * is assigned more than once, or only declared (`NAME: str`).
 */
export function moduleValue(name: SgNode): SgNode | undefined {
  const values = name
    .getRoot()
    .root()
    .children()
    .filter((s) => s.kind() === "expression_statement")
    .map((s) => s.child(0))
    .filter((a): a is SgNode => a?.kind() === "assignment" && a.field("left")?.text() === name.text())
    .map((a) => a.field("right"));
  return values.length === 1 ? (values[0] ?? undefined) : undefined;
}

/** The name a call's value is assigned to (`env = Environment(...)` → `env`, `self._rng = Random()` → `self._rng`). */
export function assignedTo(call: SgNode): string | undefined {
  const parent = call.parent();
  return parent?.kind() === "assignment" &&
    parent.field("right")?.range().start.index === call.range().start.index
    ? parent.field("left")?.text()
    : undefined;
}

/**
 * The values assigned to the plain name `name` in the def that holds `at`
 * (or in its module, outside any def): `t = env.get_template(...)` → the
 * call. A right-hand side the parser could not read is null.
 */
export function localAssignments(at: SgNode, name: string): (SgNode | null)[] {
  let scope: SgNode | null = at.parent();
  while (scope !== null && scope.kind() !== "function_definition" && scope.kind() !== "module")
    scope = scope.parent();
  if (scope === null) return [];
  return scope
    .findAll({
      rule: {
        kind: "assignment",
        has: { field: "left", kind: "identifier", regex: `^${namePattern(name)}$` },
      },
    })
    .map((a) => a.field("right"));
}
