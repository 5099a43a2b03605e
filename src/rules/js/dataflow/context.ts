import type { SgNode } from "@ast-grep/napi";
import { isFunctionKind } from "./ast.js";

/**
 * Names that describe what a value is for: the variable it is assigned to,
 * the property it fills, the function it is returned from. Used by rules
 * whose severity depends on purpose (a random token vs a random colour).
 */
export function purposeNames(node: SgNode, limit = 16): string[] {
  const names: string[] = [];
  let steps = 0;
  for (const ancestor of node.ancestors()) {
    if (++steps > limit) break;
    const kind = String(ancestor.kind());
    if (kind === "variable_declarator") {
      const name = ancestor.field("name")?.text();
      if (name) names.push(name);
    } else if (kind === "assignment_expression" || kind === "augmented_assignment_expression") {
      const left = ancestor.field("left")?.text();
      if (left) names.push(left);
    } else if (kind === "pair") {
      const key = ancestor.field("key")?.text();
      if (key) names.push(key);
    } else if (isFunctionKind(kind)) {
      const name = ancestor.field("name")?.text() ?? ancestor.parent()?.field("name")?.text();
      if (name) names.push(name);
      // A method's class says what it is for too: OtpGenerator.next(), ResetTokens.create().
      if (kind === "method_definition") {
        const className = ancestor.parent()?.parent()?.field("name")?.text();
        if (className) names.push(className);
      }
      break;
    }
  }
  return names;
}
